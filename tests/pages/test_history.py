"""The History page driven through AppTest: its pager, search, rename and delete."""

from __future__ import annotations

import html

from streamlit.testing.v1 import AppTest

from logostudio import studio
from logostudio.storage.db import ensure_schema
from tests.helpers import to_page, wait_for_job
from tests.pages.apptest import APP, fill, param, sets


def test_history_has_a_pager_at_the_top_a_search_box_rename_and_delete(use_env, tmp_path):
    """History used to be one long page with its pager at the bottom only, no search, no delete,
    and no way to rename a set."""
    settings = use_env({"DATA_DIR": str(tmp_path / "data")})
    ensure_schema(settings)
    at = AppTest.from_file(APP, default_timeout=60).run()
    sets(settings, at.session_state["_anonymous_session_id"], 25)
    to_page(at, "history").run()
    assert not at.exception, at.exception
    labels = [b.label for b in at.button]
    assert labels.index("Older →") < labels.index("Open")  # a pager above the first set…
    assert labels.count("Older →") == 2  # …and one below the last
    assert labels.count("Open") == 20
    at.text_input(key="history_search").input("crust").run()
    assert sum(b.label == "Open" for b in at.button) == 12
    assert any("12 logo sets found" in c.value for c in at.caption)
    # Rename the first one listed.
    at.text_input(key="history_search").input("Crust 23").run()
    names = [t for t in at.text_input if t.label == "Name of this set"]
    assert len(names) == 1
    names[0].input("My best crust")
    next(b for b in at.button if b.label == "Save name").click().run()
    assert not at.exception, at.exception
    at.text_input(key="history_search").input("best").run()
    assert any(m.value.startswith("**My best crust**") for m in at.markdown)
    # Delete it.
    next(b for b in at.button if b.label == "Delete this set").click().run()
    assert not at.exception, at.exception
    assert sum(b.label == "Open" for b in at.button) == 0
    assert studio.list_jobs(1, 50, settings, studio.Caller(anon_id=at.session_state["_anonymous_session_id"]))[1] == 24


def test_history_keeps_a_right_to_left_slogan_in_its_place(use_env, tmp_path):
    # Without bidi isolation an Arabic slogan pulls the " · 1/1 logos" after it into its own order.
    use_env({"DATA_DIR": str(tmp_path / "data")})
    slogan = "أطيب المأكولات الشامية"
    at = AppTest.from_file(APP, default_timeout=60).run()
    fill(at, type="restaurant", slogan=slogan)
    at.number_input(key="f_variants").set_value(1)
    at.button[0].click().run()
    wait_for_job(param(at, "job"))
    to_page(at, "history").run()
    assert not at.exception, at.exception
    line = next(html.unescape(c.value) for c in at.caption if "1/1 logos" in html.unescape(c.value))
    assert f"“\u2068{slogan}\u2069” · 1/1 logos" in line and line.startswith("restaurant · ")  # LTR as it is
