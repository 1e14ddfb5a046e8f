"""The security headers in Chromium, against the running server: a logo opened directly from its
/files/ link still draws under its strict policy, Streamlit's page and the API docs still work under
theirs (only frame-ancestors), and a page of another origin cannot frame the app."""

from __future__ import annotations

import io
import os
import tempfile
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from PIL import Image, ImageChops

from logostudio import studio
from logostudio.config import Settings
from tests.e2e.conftest import start_app
from tests.helpers import GOLDEN, browser_tab

BRIEF = {**GOLDEN, "variants": 2}


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[str, Settings]]:
    data = tempfile.mkdtemp(prefix="logostudio-e2e-headers-")
    proc, url = start_app({**os.environ, "DATA_DIR": data})
    try:
        yield url, Settings(DATA_DIR=data)
    finally:
        proc.stop()


@pytest.fixture()
def page(browser: Any) -> Iterator[tuple[Any, list[str]]]:
    """A fresh page, and every console message it logs."""
    with browser_tab(browser, "console", lambda message: message.text, width=900, height=700) as watched:
        yield watched


def policy_complaints(logged: list[str]) -> list[str]:
    return [m for m in logged if "Content Security Policy" in m or "Content-Security-Policy" in m]


def svg_links(url: str, settings: Settings) -> list[str]:
    key = studio.create_api_key(studio.operator_caller("headers@example.com", settings), "e2e", settings)[1]
    auth = {"Authorization": f"Bearer {key}"}
    with httpx.Client(base_url=url, headers=auth, timeout=60) as api:
        job_id = api.post("/api/generate", json=BRIEF).json()["job_id"]
        deadline = time.monotonic() + 120
        while (result := api.get(f"/api/result/{job_id}").json())["status"] not in ("done", "error"):
            assert time.monotonic() < deadline, "the set was not made in time"
            time.sleep(0.3)
    assert result["status"] == "done", result
    return [v["svg"]["url"] for v in result["variants"]]


def test_a_logo_opened_directly_draws_as_it_does_inline(
    server: tuple[str, Settings], page: tuple[Any, list[str]]
) -> None:
    url, settings = server
    pg, logged = page
    for link in svg_links(url, settings):
        served = httpx.get(link, timeout=30)
        assert "default-src 'none'" in served.headers["content-security-policy"]
        response = pg.goto(link)
        assert response is not None and response.status == 200
        assert pg.evaluate("document.documentElement.localName") == "svg"
        direct = Image.open(io.BytesIO(pg.screenshot(clip={"x": 0, "y": 0, "width": 512, "height": 512})))
        # The same markup inline in a page of no policy at all: what the logo looks like.
        pg.goto("about:blank")
        pg.set_content(f'<html><body style="margin:0">{served.text}</body></html>')
        inline = Image.open(io.BytesIO(pg.screenshot(clip={"x": 0, "y": 0, "width": 512, "height": 512})))
        difference = ImageChops.difference(direct.convert("RGB"), inline.convert("RGB"))
        assert difference.getbbox() is None, f"{link} draws differently opened directly: {difference.getbbox()}"
        assert len(direct.convert("RGB").getcolors(1 << 16) or []) > 3  # a logo, not a blank page
    assert policy_complaints(logged) == []


def test_streamlits_page_and_the_api_docs_work_under_their_policy(
    server: tuple[str, Settings], page: tuple[Any, list[str]]
) -> None:
    url, _ = server
    pg, logged = page
    response = pg.goto(url + "/")
    assert response is not None and response.headers["content-security-policy"] == "frame-ancestors 'self'"
    box = pg.get_by_role("textbox", name="Business type", exact=True)
    box.wait_for()  # drawn by Streamlit's scripts, over its websocket
    box.fill("bakery")
    pg.goto(url + "/api/docs")
    pg.locator(".swagger-ui .info").wait_for()
    assert pg.locator(".opblock").count() == 4
    assert policy_complaints(logged) == []


def test_a_page_of_another_origin_cannot_frame_the_app(
    server: tuple[str, Settings], page: tuple[Any, list[str]]
) -> None:
    url, _ = server
    pg, logged = page
    pg.set_content(f'<iframe src="{url}/health" width="400" height="200"></iframe>')
    deadline = time.monotonic() + 10
    while not policy_complaints(logged) and time.monotonic() < deadline:
        pg.wait_for_timeout(100)
    assert any("frame-ancestors" in m for m in policy_complaints(logged)), logged
