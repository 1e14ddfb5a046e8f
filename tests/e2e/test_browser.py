"""A person's whole visit, in Chromium, on the embedded default and on the production parts.

Form → (a double click) → live gallery filling card by card, brought into view with the form
folded → SVG, PNG and brand-kit downloads → the job's own link → History and back → Status →
bad input refused next to the field, old messages gone.
"""

from __future__ import annotations

import io
import re
import threading
import xml.etree.ElementTree as ET
import zipfile
from typing import Any

from PIL import Image
from playwright.sync_api import expect

from logostudio import studio
from logostudio.pipeline.queue import get_queue
from logostudio.web.ui.copy import colors_in_svg, describe
from tests.e2e.conftest import Deployment
from tests.helpers import wait_for

BRIEF = {"type": "coffee shop", "name": "Blue Bean", "slogan": "Brewed slowly", "style": "playful", "color": "#6F4E37"}


def textbox(page: Any, label: str) -> Any:
    return page.get_by_role("textbox", name=label, exact=True)


def cards(page: Any) -> Any:
    """The picture of each finished card."""
    return page.locator('[class*="st-key-card-"] [data-testid="stImage"] img')


def press(page: Any, key: str) -> None:
    """The button of the widget with this key (Streamlit draws a hidden twin of some buttons)."""
    page.locator(f".st-key-{key}").get_by_role("button").filter(visible=True).first.click()


def open_form(page: Any) -> None:
    """Unfold the form (it folds away once a set is on screen)."""
    box = textbox(page, "Business type")
    if not box.is_visible():
        page.get_by_text("Change the brief and make a new set").click()
        box.wait_for()


# At the first frame the progress line says so: how many cards are there, and drawn.
ALL_READY = """(n) => {
  const bar = document.querySelector('[data-testid="stProgress"]');
  if (!bar || !bar.innerText.includes(`All ${n} logos ready`)) return null;
  const pictures = [...document.querySelectorAll('[class*="st-key-card-"] [data-testid="stImage"] img')];
  return {cards: pictures.length, drawn: pictures.filter(i => i.complete && i.naturalWidth > 0).length};
}"""


def progress_text(page: Any) -> str:
    bar = page.get_by_test_id("stProgress")
    return bar.inner_text() if bar.count() else ""


def fill_brief(page: Any) -> None:
    textbox(page, "Business type").fill(BRIEF["type"])
    textbox(page, "Business name (optional)").fill(BRIEF["name"])
    textbox(page, "Slogan (optional)").fill(BRIEF["slogan"])
    page.get_by_test_id("stSelectbox").filter(has_text="Style").click()
    page.get_by_role("option", name=BRIEF["style"], exact=True).click()
    textbox(page, "Colour (optional)").fill(BRIEF["color"])


def job_count(dep: Deployment) -> int:
    return studio.list_jobs(1, 1, dep.settings)[1]


def newest_job(dep: Deployment, known: set[str]) -> studio.JobView | None:
    jobs, _ = studio.list_jobs(1, 5, dep.settings)
    return next((j for j in jobs if j.id not in known), None)


def download(page: Any, button: Any, dep: Deployment, name: str) -> bytes:
    """Press ``button``, expect a download named ``name`` and return its bytes."""
    with page.expect_download(timeout=60_000) as info:
        button.click()
    assert info.value.suggested_filename == name
    path = dep.artifacts / name
    info.value.save_as(path)
    return path.read_bytes()


def test_a_visit_from_form_to_downloads_history_and_status(page: Any, deployment: Deployment) -> None:
    dep = deployment
    shots = dep.artifacts
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(dep.url)
    textbox(page, "Business type").wait_for()
    assert page.title() == "AI Logo Studio"
    fill_brief(page)
    page.screenshot(path=shots / "01-form.png")
    known_jobs = studio.list_jobs(1, 50, dep.settings)[0]
    known = {j.id for j in known_jobs}

    # 1–2. Submit; hold the worker at its next write once two variants have landed, so the page
    # can be seen part-filled; then let it finish and see all six cards.
    paused = threading.Event()
    release = threading.Event()
    seen: dict[str, Any] = {}

    def hold_job() -> None:
        job = wait_for(lambda: newest_job(dep, known), 60, "the new job")
        seen["job_id"] = job.id
        with dep.writes_paused(job.id, progress=2):
            paused.set()
            release.wait(60)

    holder = threading.Thread(target=hold_job, daemon=True)
    holder.start()
    # A double click, at a person's speed: one set, not two.
    generate = page.get_by_role("button", name="Generate logos").bounding_box()
    x, y = generate["x"] + generate["width"] / 2, generate["y"] + generate["height"] / 2
    page.mouse.click(x, y)
    page.wait_for_timeout(120)
    page.mouse.click(x, y)
    assert paused.wait(60), f"the job never reached two variants: {studio.list_jobs(1, 5, dep.settings)[0]}"
    try:
        page.wait_for_url(re.compile(r"[?&]job=[0-9a-f-]{36}"))
        job_id = seen["job_id"]
        assert job_id in page.url
        # The form folds away and the gallery comes into view (it used to land below the fold).
        expect(textbox(page, "Business type")).to_be_hidden()
        heading = page.get_by_role("heading", name="Blue Bean")
        heading.wait_for()
        wait_for(lambda: 0 <= heading.bounding_box()["y"] < 300, 10, "the gallery's heading near the top")
        assert page.title() == "Blue Bean · AI Logo Studio"  # the tab names the set
        seen_part: dict[str, Any] = {}

        def part_filled() -> bool:  # read once: the fragment may redraw between two reads
            seen_part["cards"], seen_part["text"] = cards(page).count(), progress_text(page)
            return 2 <= seen_part["cards"] < 6 and "Designing" in seen_part["text"]

        wait_for(part_filled, 30, "a part-filled gallery")
        partial_cards, partial_text = seen_part["cards"], seen_part["text"]
        assert re.search(r"Designing [3-6] of 6", partial_text), partial_text
        assert page.get_by_text(re.compile(r"Logo [3-6] is being designed")).count() >= 1
        page.screenshot(path=shots / "02-gallery-filling.png")
    finally:
        release.set()
        holder.join(30)
    # "All 6 logos ready" shows only once every card is drawn (it used to come before the last ones).
    ready = page.wait_for_function(ALL_READY, arg=6, timeout=60_000, polling="raf").json_value()
    assert ready == {"cards": 6, "drawn": 6}, ready
    assert partial_cards < 6
    page.screenshot(path=shots / "03-gallery.png")
    job = studio.get_job(job_id, dep.settings)
    assert job is not None and job.status == "done" and job.business_name == "Blue Bean"
    assert job.prefs["style"] == "playful" and job.prefs["color"] == "#6f4e37"
    made = [j for j in studio.list_jobs(1, 50, dep.settings)[0] if j.id not in known]
    assert [j.id for j in made] == [job_id], f"the double click made more than one set: {made}"
    # Each card says what it is in words, with the colours the logo is drawn in.
    first = job.variants[0]
    body = page.inner_text("body")
    for v in job.variants:
        assert describe(v.meta) in body
        drawn = colors_in_svg(studio.read_object(v.svg_key, dep.settings).decode())
        card = page.locator(f".st-key-card-{job_id}-{v.index}")
        assert [c.get_attribute("title") for c in card.locator(".ls-chip").all()] == drawn[:8]
    assert not re.search(r"(?i)signature|analogous|complementary|checks passed", body)

    # 3. Downloads of the first card (in its Download menu): SVG parses, PNG is 1024×1024, brand
    # kit is a full zip; each named after the set and the logo's number.
    press(page, f"dl-{job_id}-0")
    svg = download(page, page.get_by_role("button", name="SVG"), dep, "blue-bean-01.svg")
    root = ET.fromstring(svg)
    assert root.tag == "{http://www.w3.org/2000/svg}svg" and svg == studio.read_object(first.svg_key, dep.settings)
    png = download(page, page.get_by_role("button", name="PNG"), dep, "blue-bean-01.png")
    assert Image.open(io.BytesIO(png)).size == (1024, 1024)
    kit = download(page, page.get_by_role("button", name="Brand kit"), dep, "blue-bean-01-brand-kit.zip")
    names = zipfile.ZipFile(io.BytesIO(kit)).namelist()
    assert {n.split("/")[0] for n in names} == {"blue-bean-01-brand-kit"}
    for wanted in ("favicon.ico", "apple-touch-icon.png", "brand.txt", ".svg"):
        assert any(n.endswith(wanted) for n in names), (wanted, names)
    page.keyboard.press("Escape")

    # Another page and back to Create logos: the set is still there, and so is its brief.
    page.get_by_role("link", name="Status").click()
    page.get_by_role("heading", name="Status", exact=True).wait_for()
    page.get_by_role("link", name="Create logos").click()
    page.wait_for_url(re.compile(f"job={job_id}"))
    wait_for(lambda: cards(page).count() == 6, 30, "the set still on Create logos")
    open_form(page)
    expect(textbox(page, "Business name (optional)")).to_have_value(BRIEF["name"])
    expect(textbox(page, "Colour (optional)")).to_have_value(re.compile(BRIEF["color"], re.IGNORECASE))

    # 4. The job's own link brings the same gallery back, without a new job.
    before = job_count(dep)
    page.goto(f"{dep.url}/?job={job_id}")
    wait_for(lambda: cards(page).count() == 6, 30, "the gallery from the link")
    assert page.get_by_role("heading", name="Blue Bean").count() == 1
    assert job_count(dep) == before

    # More like this (in the card's More menu): a new set that keeps the second card's layout,
    # symbol and palette, and says where it came from.
    press(page, f"more-menu-{job_id}-1")
    press(page, f"more-{job_id}-1")
    page.wait_for_url(lambda url: "job=" in url and job_id not in url)
    page.get_by_text("More like #2 of Blue Bean").wait_for()
    more_id = re.search(r"job=([0-9a-f-]{36})", page.url).group(1)
    more = wait_for(lambda: (j := studio.get_job(more_id, dep.settings)) and j.finished and j, 60, "the new set")
    wait_for(
        lambda: cards(page).count() == 6 and page.locator(f".st-key-card-{more_id}-5").count(),
        30,
        "six cards like the second one",
    )
    second = job.variants[1]
    assert more.status == "done" and more.prefs["layout"] == second.meta["layout"]
    assert all(v.meta["layout"] == second.meta["layout"] and v.palette == second.palette for v in more.variants)
    page.goto(f"{dep.url}/?job={job_id}")
    wait_for(lambda: cards(page).count() == 6, 30, "the first gallery again")

    # 5. History lists it and reopens it; Status shows every part answering.
    page.get_by_role("link", name="History").click()
    page.get_by_role("heading", name="History", exact=True).wait_for()
    page.get_by_text("Blue Bean", exact=True).first.wait_for()
    page.screenshot(path=shots / "04-history.png")
    # Newest first: the "More like this" set, then the original.
    listed = studio.list_jobs(1, 2, dep.settings)[0]
    assert [j.id for j in listed] == [more_id, job_id]
    page.get_by_role("button", name="Open").nth(1).click()
    page.wait_for_url(re.compile(f"job={job_id}"))
    wait_for(lambda: cards(page).count() == 6, 30, "the gallery reopened from History")
    page.get_by_role("link", name="Status").click()
    page.get_by_role("heading", name="Status", exact=True).wait_for()
    page.get_by_text("Workers").wait_for()
    body = page.inner_text("body")
    assert body.count("answering") >= 3 and "down" not in body, body
    backends = (
        ("PostgreSQL", "Redis + RQ", "S3 bucket")
        if dep.name == "production"
        else ("SQLite", "in-process runner", "local folder")
    )
    assert all(b in body for b in backends), body
    page.screenshot(path=shots / "05-status.png")

    # 6. Bad input: a message next to the field, nothing stored or enqueued.
    depth = get_queue(dep.settings).stats().depth
    before = job_count(dep)
    page.get_by_role("link", name="Create logos").click()
    open_form(page)
    textbox(page, "Business type").fill("")
    page.get_by_role("button", name="Generate logos").click()
    message = page.get_by_test_id("stForm").get_by_text("Business type is required")
    message.wait_for()
    page.screenshot(path=shots / "06-error-empty.png")
    textbox(page, "Business type").fill("a very long business type " * 4)
    page.get_by_role("button", name="Generate logos").click()
    too_long = re.compile(r"Business type is too long: \d+ characters, at most 80")
    page.get_by_test_id("stForm").get_by_text(too_long).wait_for()
    # The message sits right under its field, before the next row of the form.
    field_box = textbox(page, "Business type").bounding_box()
    msg_box = page.get_by_test_id("stForm").get_by_text("Business type is too long").bounding_box()
    name_box = textbox(page, "Business name (optional)").bounding_box()
    assert field_box["y"] < msg_box["y"] < name_box["y"]
    page.screenshot(path=shots / "07-error-too-long.png")
    # 25 logos: the form says why not (it used to turn red and do nothing), and old messages go.
    textbox(page, "Business type").fill("coffee shop")
    page.get_by_role("spinbutton", name="Variants").fill("25")
    page.get_by_role("button", name="Generate logos").click()
    page.get_by_test_id("stForm").get_by_text("Variants must be from 1 to 24 (got 25)").wait_for()
    assert "Business type is too long" not in page.get_by_test_id("stForm").inner_text()
    # The refusal was drawn after the server checked the brief, so nothing can still be on its way.
    assert job_count(dep) == before
    assert get_queue(dep.settings).stats().depth == depth
