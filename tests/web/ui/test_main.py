"""The served script: the navigation registers every page as a function under its own address."""

from __future__ import annotations

import ast
from pathlib import Path

from streamlit.runtime.pages_manager import PagesManager
from streamlit.testing.v1 import AppTest

from tests.pages.apptest import APP
from tests.services import REPO


def _served_script() -> Path:
    """The script app.py's st.App serves, read from app.py (importing it would set Streamlit's
    process-wide main script path, where its config and secrets are looked for, for every test)."""
    tree = ast.parse((REPO / "app.py").read_text())
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and ast.unparse(n.func) == "st.App"]
    assert len(calls) == 1 and isinstance(calls[0].args[0], ast.Constant)
    return REPO / str(calls[0].args[0].value)


def test_streamlit_finds_no_pages_folder_to_run_a_page_from_alone() -> None:
    """A `pages/` folder beside the served script makes Streamlit run its files as pages of their
    own (multipage apps of old), without the script's navigation: a fresh server's first visitor
    to /editor got the editor alone. The pages are functions in the top-level `pages` package,
    and the script Streamlit looks beside is the one app.py serves, not app.py."""
    served = _served_script()
    assert served == Path(APP) and served.is_file()
    assert not (served.parent / "pages").exists()
    PagesManager.uses_pages_directory = None
    try:
        PagesManager(str(served))  # how the server's first session decides, once per process
        assert PagesManager.uses_pages_directory is False
    finally:
        PagesManager.uses_pages_directory = None
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception, at.exception
    registered = {info["url_pathname"]: info for info in at._registered_pages.values()}
    assert sorted(registered) == ["", "editor", "history", "keys", "shortlist", "status"]
    assert all(not info["script_path"] for info in registered.values())  # functions, not files to run
