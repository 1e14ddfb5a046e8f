"""Text a person typed is shown as text: hostile Markdown and HTML in every field of the form, in
a job link and in an error message never become a link, an image or markup in the browser."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlparse

import pytest

from logostudio import studio
from logostudio.web.ui.session import WORD_JOINER
from tests.e2e.conftest import Deployment
from tests.helpers import browser_tab, wait_for

EVIL = "evil.example"
TYPE = "**bold** :red[alert] :smile: $x^2$ bakery"
NAME = "[Claim your prize](https://evil.example/phish)"
SLOGAN = "![t](https://evil.example/pixel.png) <img src=https://evil.example/x.png>"
COLOUR = "<b>[x](https://evil.example/c)</b>"
JOB_LINK = "x`[y](https://evil.example/j)`<script>alert(1)</script>"


@pytest.fixture()
def watched_page(browser: Any, embedded_deployment: Deployment) -> Iterator[tuple[Any, list[str]]]:
    """A page of the embedded app and every URL it asked for."""
    with browser_tab(browser, "request", lambda request: request.url) as watched:
        yield watched


def shown(page: Any, selector: str = "body") -> str:
    """What a person reads: the page's text without the invisible joiners that keep URLs unlinked."""
    return " ".join(t.replace(WORD_JOINER, "") for t in page.locator(selector).all_inner_texts())


def assert_inert(page: Any) -> None:
    """No link, image or element anywhere on the page that came from typed text."""
    assert page.locator(f'a[href*="{EVIL}"]').count() == 0
    assert page.locator(f'img[src*="{EVIL}"]').count() == 0
    assert page.locator('[data-testid="stMain"] strong', has_text="bold").count() == 0
    assert page.locator('[data-testid="stMain"] script, [data-testid="stMain"] .katex').count() == 0


def test_hostile_markdown_and_html_stay_text(
    watched_page: tuple[Any, list[str]], embedded_deployment: Deployment
) -> None:
    page, requested = watched_page
    dep = embedded_deployment
    dep.artifacts.mkdir(parents=True, exist_ok=True)
    page.goto(dep.url)
    box = page.get_by_role("textbox", name="Business type", exact=True)
    box.fill(TYPE)
    page.get_by_role("textbox", name="Business name (optional)", exact=True).fill(NAME)
    page.get_by_role("textbox", name="Slogan (optional)", exact=True).fill(SLOGAN)
    page.get_by_role("textbox", name="Colour (optional)", exact=True).fill(COLOUR)
    page.get_by_role("button", name="Generate logos").click()

    # The colour is refused; the message quotes it literally.
    page.get_by_test_id("stForm").get_by_text("is not a CSS colour name").wait_for()
    assert f"Colour '{COLOUR}' is not a CSS colour name" in shown(page, '[data-testid="stForm"]')
    assert_inert(page)

    page.get_by_role("textbox", name="Colour (optional)", exact=True).fill("")
    page.get_by_role("button", name="Generate logos").click()
    page.wait_for_url(re.compile(r"[?&]job=[0-9a-f-]{36}"))
    job_id = re.search(r"job=([0-9a-f-]{36})", page.url).group(1)
    job = wait_for(lambda: (j := studio.get_job(job_id, dep.settings)) and j.finished and j, 60, "the set")
    assert job.status == "done" and (job.business_type, job.business_name, job.slogan) == (TYPE, NAME, SLOGAN)
    wait_for(lambda: "All 6 logos ready" in page.inner_text("body"), 30, "the gallery")
    assert NAME in shown(page, '[data-testid="stMain"] h3')
    body = shown(page)
    assert TYPE in body and f"“{SLOGAN}”" in body
    assert_inert(page)
    page.screenshot(path=dep.artifacts / "hostile-gallery.png")

    # History shows the same words, as words.
    page.get_by_role("link", name="History").click()
    page.get_by_role("heading", name="History", exact=True).wait_for()
    page.get_by_text("6/6 logos").filter(visible=True).first.wait_for()
    assert NAME in shown(page) and SLOGAN in shown(page)
    assert_inert(page)
    page.screenshot(path=dep.artifacts / "hostile-history.png")

    # A hostile job link is echoed as text, not as a code span it can break out of.
    page.goto(f"{dep.url}/?job={JOB_LINK}")
    page.get_by_text("No such job").wait_for()
    assert f"“{JOB_LINK[:39]}…” is not the id of a logo set" in shown(page)
    assert page.locator('[data-testid="stMain"] code').count() == 0
    assert_inert(page)

    assert not [url for url in requested if urlparse(url).hostname == EVIL]
