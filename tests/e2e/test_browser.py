"""A person's whole visit, in Chromium, on the embedded default and on the production parts.

Form → live gallery filling card by card → SVG, PNG and brand-kit downloads → the job's own link
→ History and Status → bad input refused next to the field.
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

from logostudio import service
from logostudio.queue import get_queue
from tests.e2e.conftest import Deployment
from tests.helpers import wait_for

BRIEF = {"type": "coffee shop", "name": "Blue Bean", "slogan": "Brewed slowly", "style": "playful", "color": "#6F4E37"}


def textbox(page: Any, label: str) -> Any:
    return page.get_by_role("textbox", name=label, exact=True)


def cards(page: Any) -> Any:
    """One SVG download button per finished card."""
    return page.locator('[data-testid="stDownloadButton"] button', has_text="SVG")


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
    return service.list_jobs(1, 1, dep.settings)[1]


def newest_job(dep: Deployment, known: set[str]) -> service.JobView | None:
    jobs, _ = service.list_jobs(1, 5, dep.settings)
    return next((j for j in jobs if j.id not in known), None)


def download(page: Any, button: Any, dep: Deployment, name: str) -> bytes:
    with page.expect_download(timeout=60_000) as info:
        button.click()
    path = dep.artifacts / name
    info.value.save_as(path)
    return path.read_bytes()


def test_a_visit_from_form_to_downloads_history_and_status(page: Any, deployment: Deployment) -> None:
    dep = deployment
    shots = dep.artifacts
    page.goto(dep.url)
    textbox(page, "Business type").wait_for()
    assert page.title() == "AI Logo Studio"
    fill_brief(page)
    page.screenshot(path=shots / "01-form.png")
    known = {j.id for j in service.list_jobs(1, 50, dep.settings)[0]}

    # 1–2. Submit; hold the worker at its next write once two variants have landed, so the page
    # can be seen part-filled; then let it finish and see all six cards.
    paused = threading.Event()
    release = threading.Event()
    seen: dict[str, Any] = {}

    def hold_job() -> None:
        job = wait_for(lambda: (j := newest_job(dep, known)) and j.progress >= 2 and j, 60, "two variants")
        seen["job_id"] = job.id
        with dep.writes_paused(job.id):
            paused.set()
            release.wait(60)

    holder = threading.Thread(target=hold_job, daemon=True)
    holder.start()
    page.get_by_role("button", name="Generate logos").click()
    assert paused.wait(60), "the job never reached two variants"
    try:
        page.wait_for_url(re.compile(r"[?&]job=[0-9a-f-]{36}"))
        job_id = seen["job_id"]
        assert job_id in page.url
        wait_for(
            lambda: 2 <= cards(page).count() < 6 and "Designing" in progress_text(page), 30, "a part-filled gallery"
        )
        partial_cards, partial_text = cards(page).count(), progress_text(page)
        assert re.search(r"Designing [3-6] of 6", partial_text), partial_text
        assert page.get_by_text(re.compile(r"Logo [3-6] is being designed")).count() >= 1
        page.screenshot(path=shots / "02-gallery-filling.png")
    finally:
        release.set()
        holder.join(30)
    wait_for(lambda: cards(page).count() == 6 and "All 6 logos ready" in progress_text(page), 60, "six cards")
    assert partial_cards < 6
    page.wait_for_function(
        "() => [...document.querySelectorAll('[data-testid=\"stImage\"] img')]"
        ".filter(i => i.complete && i.naturalWidth > 0).length >= 6"
    )
    page.screenshot(path=shots / "03-gallery.png")
    job = service.get_job(job_id, dep.settings)
    assert job is not None and job.status == "done" and job.business_name == "Blue Bean"
    assert job.prefs["style"] == "playful" and job.prefs["color"] == "#6f4e37"
    # Each card tells its layout, typeface and palette (swatches with hex codes).
    first = job.variants[0]
    body = page.inner_text("body")
    for v in job.variants:
        assert f"{v.meta['layout'].title()} · {v.meta['font']}" in body
        assert all(c.upper() in body for c in v.palette["colors"])

    # 3. Downloads of the first card: SVG parses, PNG is 1024×1024, brand kit is a full zip.
    svg = download(page, page.get_by_role("button", name="SVG").first, dep, "download.svg")
    root = ET.fromstring(svg)
    assert root.tag == "{http://www.w3.org/2000/svg}svg" and svg == service.read_object(first.svg_key, dep.settings)
    png = download(page, page.get_by_role("button", name="PNG").first, dep, "download.png")
    assert Image.open(io.BytesIO(png)).size == (1024, 1024)
    kit = download(page, page.get_by_role("button", name="Brand kit").first, dep, "brand-kit.zip")
    names = zipfile.ZipFile(io.BytesIO(kit)).namelist()
    for wanted in ("favicon.ico", "apple-touch-icon.png", "brand.txt", ".svg"):
        assert any(n.endswith(wanted) for n in names), (wanted, names)

    # The form keeps its last values through a visit to another page.
    page.get_by_role("link", name="Status").click()
    page.get_by_role("heading", name="Status", exact=True).wait_for()
    page.get_by_role("link", name="Create logos").click()
    textbox(page, "Business type").wait_for()
    expect(textbox(page, "Business name (optional)")).to_have_value(BRIEF["name"])
    expect(textbox(page, "Colour (optional)")).to_have_value(BRIEF["color"])

    # 4. The job's own link brings the same gallery back, without a new job.
    before = job_count(dep)
    page.goto(f"{dep.url}/?job={job_id}")
    wait_for(lambda: cards(page).count() == 6, 30, "the gallery from the link")
    assert page.get_by_role("heading", name="Blue Bean").count() == 1
    assert job_count(dep) == before

    # More like this: a new set that keeps the second card's layout, symbol and palette.
    page.locator(f".st-key-more-{job_id}-1 button >> visible=true").click()
    page.wait_for_url(lambda url: "job=" in url and job_id not in url)
    more_id = re.search(r"job=([0-9a-f-]{36})", page.url).group(1)
    more = wait_for(lambda: (j := service.get_job(more_id, dep.settings)) and j.finished and j, 60, "the new set")
    wait_for(
        lambda: cards(page).count() == 6 and page.locator(f".st-key-svg-{more_id}-5").count(),
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
    listed = service.list_jobs(1, 2, dep.settings)[0]
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
    # The refusal was drawn after the server checked the brief, so nothing can still be on its way.
    assert job_count(dep) == before
    assert get_queue(dep.settings).stats().depth == depth
