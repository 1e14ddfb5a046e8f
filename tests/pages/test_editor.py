"""The editor page driven through AppTest (the browser tests in tests/e2e/test_studio.py drive it in Chromium)."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from logostudio import studio
from logostudio.storage.db import ensure_schema
from tests.helpers import to_page, wait_for_job
from tests.pages.apptest import APP


def test_the_editor_opens_on_a_logo_whose_letters_are_set_tight(use_env, tmp_path):
    # Some typefaces are set with slightly negative tracking: the letter-spacing control takes it.
    ensure_schema(use_env({"DATA_DIR": str(tmp_path / "data")}))
    tight = []
    for seed in range(1, 6):
        brief = {"business_type": "restaurant", "business_name": "مطعم الياسمين", "seed": seed}
        job = wait_for_job(studio.submit(brief))
        tight = [v for v in job.variants if float(v.meta.get("letter_spacing") or 0) < 0]
        if tight:
            break
    assert tight, "no variant with tight letters to open"
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["job"] = job.id
    at.query_params["v"] = str(tight[0].index)
    to_page(at, "editor").run()
    assert not at.exception, at.exception
    assert at.slider(key="ed_letter_spacing").value == tight[0].meta["letter_spacing"]
