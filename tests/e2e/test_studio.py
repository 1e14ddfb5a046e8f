"""The studio in Chromium: hearts on logos of two sets and the Shortlist side by side; a card opened
in the editor, its name, typeface, colour, symbol (found by a word) and layout changed, each seen in
the preview within a second; the mock-ups downloaded; Save; the saved logo downloaded, found in
History and reopened by its link; and the gallery on a phone.

Screenshots land in test-artifacts/e2e/embedded/studio-*.png (the README's come from these).
"""

from __future__ import annotations

import base64
import io
import os
import re
import time
from collections.abc import Iterator
from typing import Any

import pytest
from PIL import Image
from playwright.sync_api import expect

from logostudio import studio
from logostudio.config import Settings
from logostudio.storage.db import ensure_schema
from tests.e2e.conftest import IDLE, Deployment, start_app
from tests.helpers import GOLDEN, wait_for, wait_for_job

PREVIEW = '.st-key-ed-preview [data-testid="stImage"] img'
# An element of the current run (Streamlit keeps the last run's until the new one replaces them).
FRESH = '[data-testid="stElementContainer"]:not([data-stale="true"])'
BLUE = {
    "business_type": "coffee shop",
    "business_name": "Blue Bean",
    "slogan": "Brewed slowly",
    "preferences": {"style": "playful", "color": "#6F4E37"},
    "variants": 3,
    "seed": 3,
}


@pytest.fixture()
def studio_page(browser: Any, embedded_deployment: Deployment) -> Iterator[Any]:
    embedded_deployment.artifacts.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(viewport={"width": 1280, "height": 1000}, accept_downloads=True)
    context.set_default_timeout(30_000)
    try:
        yield context.new_page()
    finally:
        context.close()


def press(page: Any, key: str) -> None:
    """The button of the widget with this key (Streamlit draws a hidden twin of some buttons)."""
    page.locator(f".st-key-{key}").get_by_role("button").filter(visible=True).first.click()


def fresh(page: Any) -> Any:
    return page.locator(FRESH)


def download(page: Any, button: Any, dep: Deployment, name: str) -> bytes:
    with page.expect_download(timeout=60_000) as info:
        button.click()
    assert info.value.suggested_filename == name
    path = dep.artifacts / f"studio-{name}"
    info.value.save_as(path)
    return path.read_bytes()


def preview_svg(page: Any) -> str:
    src = page.locator(PREVIEW).get_attribute("src")
    assert src.startswith("data:image/svg+xml;base64,")
    return base64.b64decode(src.split(",", 1)[1]).decode("utf-8")


def within_a_second(page: Any, action: Any, what: str) -> str:
    """Do ``action`` (the page idle first) and wait for the preview to change; the new SVG."""
    page.wait_for_function(IDLE)
    before = page.locator(PREVIEW).get_attribute("src")
    start = time.monotonic()
    action()
    page.wait_for_function(
        "([sel, old]) => { const i = document.querySelector(sel); return i && i.src !== old && i.complete }",
        arg=[PREVIEW, before],
        polling="raf",
        timeout=10_000,
    )
    took = time.monotonic() - start
    assert took < 1.0, f"{what}: the preview changed after {took:.2f} s"
    return preview_svg(page)


def tab(page: Any, name: str, ready: Any) -> None:
    page.get_by_role("tab", name=name).click()
    ready.wait_for()


def test_edit_save_shortlist_and_mockups(studio_page: Any, embedded_deployment: Deployment) -> None:
    dep, page = embedded_deployment, studio_page
    shots = dep.artifacts
    golden = wait_for_job(studio.submit(GOLDEN, dep.settings), dep.settings)
    blue = wait_for_job(studio.submit(BLUE, dep.settings), dep.settings)

    # 1. A heart on a logo of each set; the Shortlist shows both, side by side and large.
    for job, index in ((golden, 1), (blue, 2)):
        page.goto(f"{dep.url}/?job={job.id}")
        page.locator(f".st-key-card-{job.id}-{index}").wait_for()
        press(page, f"heart-{job.id}-{index}")
        expect(
            page.locator(f".st-key-heart-{job.id}-{index}").get_by_test_id("stBaseButton-primary").first
        ).to_be_visible()
    page.get_by_role("link", name="Shortlist").click()
    page.get_by_role("heading", name="Shortlist", exact=True).wait_for()
    left, right = page.locator(f".st-key-card-{blue.id}-2"), page.locator(f".st-key-card-{golden.id}-1")
    right.wait_for()
    page.wait_for_function(IDLE)
    a, b = left.bounding_box(), right.bounding_box()
    assert abs(a["y"] - b["y"]) < 2 and a["x"] + a["width"] <= b["x"], (a, b)  # side by side, newest first
    assert a["width"] > 500 and b["width"] > 500  # large
    main = page.get_by_test_id("stMain")
    for text in ("#3 of Blue Bean", "#2 of Golden Crust", "2 logos from 2 sets"):
        expect(main).to_contain_text(text)  # waits while the page is still being drawn
    page.screenshot(path=shots / "studio-shortlist.png")

    # 2. A card opens in the editor under its own link.
    page.goto(f"{dep.url}/?job={golden.id}")
    press(page, f"edit-{golden.id}-0")
    page.wait_for_url(re.compile(rf"/editor\?job={golden.id}&v=0"))
    page.locator(PREVIEW).wait_for()
    assert page.title() == "Edit logo #1 of Golden Crust · AI Logo Studio"
    shipped = preview_svg(page)
    assert shipped == studio.read_object(golden.variants[0].svg_key, dep.settings).decode()

    # Each change shows in the preview within a second.
    name = page.get_by_role("textbox", name="Business name", exact=True)

    def rename() -> None:
        name.fill("Crust & Crumb")
        name.press("Enter")

    svg = within_a_second(page, rename, "the name")
    assert "<title>crust &amp; crumb</title>" in svg.lower()
    tab(page, "Typeface", fresh(page).get_by_role("button", name="Caladea", exact=True))
    assert page.locator('.st-key-ed-typeface-caladea [data-testid="stImage"] img').count() == 1  # its name, in itself
    within_a_second(page, lambda: fresh(page).get_by_role("button", name="Caladea", exact=True).click(), "the typeface")
    tab(page, "Colours", page.get_by_role("button", name="Name color picker"))

    def name_colour(hex_code: str) -> Any:
        def pick() -> None:
            page.get_by_role("button", name="Name color picker").click()
            box = page.get_by_role("dialog").locator("input").first
            box.fill(hex_code)
            box.press("Enter")
            page.keyboard.press("Escape")

        return pick

    svg = within_a_second(page, name_colour("#8B0000"), "the name's colour")
    assert 'fill="#8B0000"' in svg
    # A colour that reads poorly is kept, with a warning (not a silent fix).
    svg = within_a_second(page, name_colour("#F4F1E8"), "a faint colour")
    assert 'fill="#F4F1E8"' in svg
    page.get_by_text("Name is hard to read").wait_for()
    within_a_second(page, name_colour("#8B0000"), "the colour back")
    expect(page.get_by_text("Name is hard to read")).to_have_count(0)
    tab(page, "Symbol", page.get_by_role("textbox", name="Find a symbol"))
    search = page.get_by_role("textbox", name="Find a symbol")
    search.fill("croissant")
    search.press("Enter")
    croissant = fresh(page).get_by_role("button", name="croissant", exact=True)
    croissant.wait_for()
    svg = within_a_second(page, croissant.click, "the symbol")
    tab(page, "Layout", fresh(page).get_by_role("button", name="Stacked", exact=True))
    svg = within_a_second(
        page, lambda: fresh(page).get_by_role("button", name="Stacked", exact=True).click(), "the layout"
    )
    edited = {"name": "Crust & Crumb", "family": "Caladea", "name_color": "#8B0000", "icon": "food-croissant"}
    _, recipe = studio.edit_recipe(golden.id, 0, dep.settings)
    expected = studio.preview_edit(recipe, {**edited, "layout": "stacked"})
    assert svg == expected.svg and (expected.layout, expected.icon, expected.font) == (
        "stacked",
        "food-croissant",
        "Caladea",
    )
    page.wait_for_function(IDLE)
    page.screenshot(path=shots / "studio-editor.png")

    # A reload keeps the logo and its changes (they are in the link).
    assert "edits=" in page.url
    page.reload()
    page.locator(PREVIEW).wait_for()
    wait_for(lambda: preview_svg(page) == svg, 30, "the edited logo after a reload")

    # 3. See it in use: every mock-up, the business cards and the social images downloaded as PNG.
    page.get_by_role("button", name="See it in use").click()
    dialog = page.get_by_role("dialog")
    last = studio.mockup_list()[-1]
    dialog.locator(f".st-key-mockup-png-{last.id}").wait_for()
    page.wait_for_function(IDLE)
    assert dialog.locator('[class*="st-key-mockup-png-"]').count() == len(studio.mockup_list())
    page.screenshot(path=shots / "studio-mockups.png")
    for mockup_id, size in (("business-cards", (1600, 1000)), ("open-graph", (1200, 630)), ("avatar", (400, 400))):
        png = download(
            page,
            dialog.locator(f".st-key-mockup-png-{mockup_id}").get_by_role("button").first,
            dep,
            f"crust-crumb-01-{mockup_id}.png",
        )
        assert Image.open(io.BytesIO(png)).size == size
    dialog.get_by_role("button", name="Close").click()
    expect(dialog).to_have_count(0)

    # 4. Save: a set of its own, with the edited logo byte for byte, that says where it came from.
    page.get_by_role("button", name="Save as a new set").click()
    page.wait_for_url(re.compile(r"/\?job=[0-9a-f-]{36}"))
    saved_id = re.search(r"job=([0-9a-f-]{36})", page.url).group(1)
    assert saved_id != golden.id
    page.get_by_text("The logo is ready").wait_for(timeout=60_000)
    page.get_by_role("heading", name="Crust & Crumb").wait_for()
    page.get_by_text("Edited from #1 of Golden Crust").wait_for()
    press(page, f"dl-{saved_id}-0")
    assert download(page, page.get_by_role("button", name="SVG"), dep, "crust-crumb-01.svg").decode() == svg
    page.keyboard.press("Escape")

    # 5. History finds it; its link opens it again.
    page.get_by_role("link", name="History").click()
    page.get_by_role("textbox", name="Find a set").fill("crumb")
    page.get_by_role("textbox", name="Find a set").press("Enter")
    page.get_by_text("1 logo set found").wait_for()
    entry = page.locator(f".st-key-set-{saved_id}")
    expect(entry).to_contain_text("Edited from #1 of Golden Crust")
    entry.get_by_role("button", name="Open").click()
    page.wait_for_url(re.compile(f"job={saved_id}"))
    page.get_by_text("The logo is ready").wait_for()
    page.goto(f"{dep.url}/?job={saved_id}")
    page.locator(f".st-key-card-{saved_id}-0").wait_for()
    assert page.title() == "Crust & Crumb · AI Logo Studio"

    # 6. Cards of a row are the same height whatever their captions (at 1024 px they used to differ
    # for this very set); on a phone, one row of small buttons per card, so six logos are not a
    # 5,700 px page.
    saved = studio.get_job(saved_id, dep.settings)
    assert saved is not None and saved.anon_id is not None  # the saved set is this browser's own
    this_browser = studio.Caller(anon_id=saved.anon_id)
    six = wait_for_job(studio.submit({**BLUE, "variants": 6, "seed": 9}, dep.settings, this_browser), dep.settings)
    page.set_viewport_size({"width": 1024, "height": 900})
    page.goto(f"{dep.url}/?job={six.id}")
    page.locator(f".st-key-card-{six.id}-5").wait_for()
    page.wait_for_function(IDLE)
    for row in (0, 3):
        heights = [page.locator(f".st-key-card-{six.id}-{i}").bounding_box()["height"] for i in range(row, row + 3)]
        assert max(heights) - min(heights) < 1.5, f"cards {row + 1}–{row + 3} are {heights} px tall"
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{dep.url}/?job={six.id}")
    page.locator(f".st-key-card-{six.id}-5").wait_for()
    page.wait_for_function(IDLE)
    for i in range(6):
        row = page.locator(f".st-key-actions-{six.id}-{i}").bounding_box()
        assert row["height"] < 60, f"card {i + 1}'s buttons take {row['height']} px"
    height = page.locator(".st-key-gallery").bounding_box()["height"]
    assert height < 3400, f"six logos take {height} px on a phone"
    page.locator(f".st-key-card-{six.id}-0").scroll_into_view_if_needed()
    page.screenshot(path=shots / "studio-phone-gallery.png")
    press(page, f"edit-{six.id}-0")
    page.locator(PREVIEW).wait_for()
    page.wait_for_function(IDLE)
    page.screenshot(path=shots / "studio-phone-editor.png")


def test_a_fresh_servers_first_visitor_can_open_an_editor_link(browser: Any, tmp_path: Any) -> None:
    """With the pages in a folder called pages/, a new server ran the first page asked for without
    the app's main script, so an editor link opened first after a restart failed."""
    settings = Settings(DATA_DIR=str(tmp_path))
    ensure_schema(settings)
    job = wait_for_job(studio.submit({**GOLDEN, "variants": 1}, settings), settings)
    proc, url = start_app({**os.environ, "DATA_DIR": str(tmp_path)})
    try:
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        page = context.new_page()
        page.goto(f"{url}/editor?job={job.id}&v=0")
        page.locator(PREVIEW).wait_for(timeout=60_000)
        assert preview_svg(page) == studio.read_object(job.variants[0].svg_key, settings).decode()
        expect(page.get_by_role("link", name="Shortlist")).to_be_visible()  # the app's own navigation
        assert page.get_by_test_id("stException").count() == 0
        context.close()
    finally:
        proc.stop()
