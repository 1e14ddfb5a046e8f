"""Every page's address, first thing on a fresh server: each opens under the app's navigation.

A folder called `pages/` beside the script Streamlit serves makes it run that folder's files as
pages of their own (its multipage apps of old), without the script: the first visitor of a new
server to /editor got the editor alone, and every later visitor too. Streamlit decides once per
process, on the first visit, so each deployment here gets a server of its own that no one has
visited, and its first visit is to a page that is not the default one (a first visit to / would
run the script, whose navigation turns the folder lookup off for everyone after).

Screenshots land in test-artifacts/e2e/<deployment>/pages-<page>-<visit>.png.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from logostudio import studio
from logostudio.config import Settings
from logostudio.storage.db import ensure_schema
from tests.e2e.conftest import ARTIFACTS, IDLE, LIMITS, start_app
from tests.helpers import GOLDEN, wait_for_job

# The top navigation's links, on every page (the editor is reached from a logo, not from it).
NAVIGATION = ("Create logos", "Shortlist", "History", "API keys", "Status")
# Each page's address ({job}: a real set), its heading, and the last thing it draws (in a tab not
# shown, for the editor); non-default pages first (see above).
PAGES = (
    ("editor", "/editor?job={job}&v=0", "Edit logo #1 of Golden Crust", "Background"),
    ("shortlist", "/shortlist", "Shortlist", "Nothing here yet."),
    ("history", "/history", "History", "0 logo sets · page 1 of 1"),
    ("keys", "/keys", "API keys", "Your keys (0 active)"),
    ("status", "/status", "Status", "Refresh"),
    ("create", "/", "AI Logo Studio", "Generate logos"),
)
RUNNING = "stStatusWidgetRunningIcon"  # Streamlit's sign that the page's script is still running


@dataclass
class FreshServer:
    name: str
    url: str
    job_id: str
    artifacts: Path


@pytest.fixture(params=["embedded", "production"])
def fresh_server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[FreshServer]:
    """A server started for this test alone, on a new DATA_DIR, with one finished set in its
    database (made before it starts, so no page of it has been asked for)."""
    overrides = {**LIMITS, "DATA_DIR": str(tmp_path)}
    if request.param == "production":
        request.getfixturevalue("rq_worker")  # the worker that makes the set
        overrides = {**request.getfixturevalue("prod_env"), **overrides}
    settings = Settings(**overrides)
    ensure_schema(settings)
    job = wait_for_job(studio.submit({**GOLDEN, "variants": 1}, settings), settings)
    proc, url = start_app({**os.environ, **overrides})
    artifacts = ARTIFACTS / request.param
    artifacts.mkdir(parents=True, exist_ok=True)
    try:
        yield FreshServer(request.param, url, job.id, artifacts)
    finally:
        proc.stop()


def visit(browser: Any, server: FreshServer, visit_name: str) -> None:
    """Every page's address in a new browser context (no cookie, no session): its heading and
    the top navigation, and no error; a screenshot of each."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(60_000)
    try:
        page = context.new_page()
        for slug, address, heading, last in PAGES:
            page.goto(server.url + address.format(job=server.job_id))
            expect(page.get_by_role("heading", name=heading, exact=True)).to_be_visible()
            for link in NAVIGATION:
                expect(page.get_by_role("link", name=link, exact=True).first).to_be_visible()
            # The page ran to its end (a text that starts so: get_by_text would take it anywhere within).
            # The first page to design a logo loads the engine then (a fresh server has not), which on a
            # busy machine takes longer than expect's default 5 s.
            expect(page.get_by_text(re.compile("^" + re.escape(last))).first).to_be_attached(timeout=60_000)
            expect(page.get_by_test_id(RUNNING)).to_have_count(0)
            page.wait_for_function(IDLE)
            assert page.get_by_test_id("stException").count() == 0, (slug, visit_name)
            page.screenshot(path=server.artifacts / f"pages-{slug}-{visit_name}.png")
    finally:
        context.close()


def test_every_page_opens_under_the_navigation_from_a_fresh_servers_first_visit(
    browser: Any, fresh_server: FreshServer
) -> None:
    visit(browser, fresh_server, "first")
    visit(browser, fresh_server, "second")
