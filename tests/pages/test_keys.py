"""The API keys page driven through AppTest."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from logostudio import studio
from logostudio.config import get_settings
from logostudio.storage.db import ensure_schema
from tests.pages.apptest import one_page


def test_the_api_keys_page_says_when_the_hours_keys_are_made(use_env, tmp_path):
    """Making keys has a limit of its own: past it, the page says so and how long to wait."""
    use_env({"DATA_DIR": str(tmp_path / "data"), "KEYS_PER_HOUR": "1"})
    ensure_schema()
    at = AppTest.from_function(one_page, args=("keys",), default_timeout=60).run()
    for attempt in range(2):
        at.text_input(key="key_name").input(f"site {attempt}")
        at.button[0].click().run()
        assert not at.exception, at.exception
    assert len(studio.list_api_keys(get_settings())) == 1
    refusal = " ".join(e.value for e in at.error)
    assert "1 API key" in refusal and "in the last hour" in refusal, refusal
