"""What many tests share: waiting for a job (or anything) to get somewhere, with a deadline; the
Streamlit app and its pages, driven through AppTest."""

from __future__ import annotations

import hashlib
import io
import json
import re
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from PIL import Image
from sqlalchemy import select
from streamlit.testing.v1 import AppTest
from streamlit.util import calc_hash

from logostudio import studio
from logostudio.config import Settings
from logostudio.storage.db import session_scope
from logostudio.storage.models import Job, JobStatus, LogoVariant
from logostudio.storage.objects import get_storage

T = TypeVar("T")

BRIEF: dict[str, Any] = {
    "business_type": "tech startup",
    "business_name": "Acme Cloud",
    "slogan": "Ideas that scale",
    "preferences": {"style": "modern", "theme": "light", "color": "blue"},
    "seed": 7,
}
# A bakery with every field filled: three variants of a fixed seed.
GOLDEN = {
    "business_type": "bakery",
    "business_name": "Golden Crust",
    "slogan": "Baked every morning",
    "preferences": {"style": "vintage", "theme": "light", "color": "#C9A227"},
    "variants": 3,
    "seed": 4,
}


def stored_job(**columns: Any) -> Job:
    """A jobs row to add straight to the database (no submit, no worker): a one-logo bakery set that
    failed, unless ``columns`` say otherwise."""
    defaults: dict[str, Any] = {
        "business_type": "bakery",
        "prefs": {},
        "seed": 1,
        "variant_count": 1,
        "status": "error",
        "progress": 0,
        "error_message": "Not made in this test.",
    }
    return Job(**{**defaults, **columns})


@contextmanager
def browser_tab(
    browser: Any, event: str, note: Callable[[Any], str], width: int = 1280, height: int = 2000
) -> Iterator[tuple[Any, list[str]]]:
    """A page in a browser context of its own, and ``note(e)`` of each ``event`` it fires
    ("request" and its URL, "console" and its text), for as long as the block runs."""
    context = browser.new_context(viewport={"width": width, "height": height})
    context.set_default_timeout(30_000)
    page = context.new_page()
    noted: list[str] = []
    page.on(event, lambda e: noted.append(note(e)))
    try:
        yield page, noted
    finally:
        context.close()


KEY = re.compile(r"^jobs/[0-9a-f-]{36}/v(\d\d)_[a-z0-9-]+\.(svg|png)$")


def wait_for(predicate: Callable[[], T | None], timeout: float, what: str, interval: float = 0.05) -> T:
    """The first truthy value of ``predicate()``; AssertionError naming ``what`` after ``timeout`` s."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


def wait_for_job(job_id: str, settings: Settings | None = None, timeout: float = 90) -> studio.JobView:
    """The job once it is `done` or `error`."""

    def finished() -> studio.JobView | None:
        job = studio.get_job(job_id, settings)
        assert job is not None, f"job {job_id} disappeared"
        return job if job.finished else None

    return wait_for(finished, timeout, f"job {job_id} to finish", interval=0.1)


def snapshot(job_id: str, settings: Settings) -> tuple[list[tuple[Any, ...]], dict[str, str]]:
    """A job's variant rows and the hashes of its stored objects."""
    with session_scope(settings) as session:
        rows = [
            (
                str(v.id),
                v.index,
                json.dumps(v.palette, sort_keys=True),
                v.svg_key,
                v.png_key,
                json.dumps(v.meta, sort_keys=True),
            )
            for v in session.scalars(
                select(LogoVariant).where(LogoVariant.job_id == job_id).order_by(LogoVariant.index)
            )
        ]
    storage = get_storage(settings)
    objects = {k: hashlib.sha256(storage.get(k)).hexdigest() for k in storage.list(f"jobs/{job_id}/")}
    return rows, objects


def assert_complete(job: studio.JobView, settings: Settings, count: int = 6) -> None:
    """`done` with ``count`` variant rows and exactly their SVG and PNG objects, under the seed's keys."""
    assert job.status == JobStatus.done, job.error
    assert job.progress == count and len(job.variants) == count
    storage = get_storage(settings)
    keys = storage.list(f"jobs/{job.id}/")
    assert len(keys) == 2 * count
    expected = set()
    for v in job.variants:
        palette_slug = re.sub("[^a-z0-9]+", "-", v.palette["name"].lower()).strip("-")
        assert v.svg_key == f"jobs/{job.id}/v{v.index:02d}_{palette_slug}.svg"
        assert v.png_key == v.svg_key[:-4] + ".png"
        assert set(v.palette) == {"name", "colors"} and len(v.palette["colors"]) == 4
        assert {"layout", "icon", "font", "checks"} <= set(v.meta)
        expected |= {v.svg_key, v.png_key}
    assert set(keys) == expected
    assert all(KEY.match(k) for k in keys)
    first = job.variants[0]
    ET.fromstring(storage.get(first.svg_key))
    png = Image.open(io.BytesIO(storage.get(first.png_key)))
    assert png.size == (1024, 1024)


def to_page(at: AppTest, page: str) -> AppTest:
    """Point ``at`` at one of the app's pages, as its link or the top navigation would: ``page`` is
    its address ("history", "editor"; "" for the default page at /) or its title ("Create logos").
    Call ``run()`` next.

    AppTest.switch_page takes page files, and the app's pages are functions: after a run the page
    is one of those the app registered; before the first (a first visit through a link) it is the
    page registered under that address, whose hash Streamlit derives from the address alone."""
    registered = at._registered_pages
    if registered:
        found = [h for h, info in registered.items() if page in (info.get("url_pathname"), info.get("page_name"))]
        if not found:
            known = [(info.get("url_pathname"), info.get("page_name")) for info in registered.values()]
            raise ValueError(f"no page {page!r} among {known}")
        at._page_hash = found[0]
    else:
        at._page_hash = calc_hash(page) if page else ""
    return at
