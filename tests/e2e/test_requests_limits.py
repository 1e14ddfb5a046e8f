"""A body far over the limit against the running server (`streamlit run app.py`, the embedded
default): refused with 413 while it streams in, on the API and on Streamlit's page alike, and the
server's memory stays where it was."""

from __future__ import annotations

import os
import tempfile
import threading
import time
from collections.abc import Iterator

import httpx
import pytest

from logostudio import studio
from logostudio.config import Settings
from tests.e2e.conftest import start_app
from tests.services import Process

BODY_BYTES = 64 * 1024 * 1024
CHUNK = 64 * 1024
MAX_GROWTH = 32 * 1024 * 1024


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[Process, str, Settings]]:
    data = tempfile.mkdtemp(prefix="logostudio-e2e-limits-")
    proc, url = start_app({**os.environ, "DATA_DIR": data})
    try:
        yield proc, url, Settings(DATA_DIR=data)
    finally:
        proc.stop()


def rss(pid: int) -> int:
    """The process's resident memory in bytes, from /proc/<pid>/status."""
    for line in open(f"/proc/{pid}/status").read().splitlines():  # noqa: SIM115
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise AssertionError(f"no VmRSS for process {pid}")


def body() -> Iterator[bytes]:
    """64 MB of JSON-looking bytes, sent chunked (no Content-Length)."""
    chunk = b" " * CHUNK
    for _ in range(BODY_BYTES // CHUNK):
        yield chunk


@pytest.mark.parametrize(("method", "path"), [("POST", "/api/generate"), ("GET", "/"), ("POST", "/")])
def test_a_64_mb_chunked_body_is_refused_and_memory_stays_bounded(
    server: tuple[Process, str, Settings], method: str, path: str
) -> None:
    proc, url, settings = server
    pid = proc.proc.pid
    key = studio.create_api_key(studio.operator_caller("limits@example.com", settings), "e2e", settings)[1]
    with httpx.Client(base_url=url, timeout=120) as warm:  # the route's first answer loads what it needs
        warm.request(method, path, json={"business_type": ""}, headers={"Authorization": f"Bearer {key}"})
    time.sleep(0.5)
    before = rss(pid)
    peak = before
    sending = True

    def watch() -> None:
        nonlocal peak
        while sending:
            peak = max(peak, rss(pid))
            time.sleep(0.01)

    watcher = threading.Thread(target=watch)
    watcher.start()
    started = time.monotonic()
    try:
        with httpx.Client(base_url=url, timeout=120) as c:
            response = c.request(
                method,
                path,
                content=body(),
                headers={"Authorization": f"Bearer {key}", "Content-Type": "application/json"},
            )
    finally:
        sending = False
        watcher.join()
    after = rss(pid)
    mb = 1024 * 1024
    print(
        f"\n{method} {path}: {response.status_code} in {time.monotonic() - started:.1f} s; server RSS before "
        f"{before / mb:.1f} MB, peak {peak / mb:.1f} MB (+{(peak - before) / mb:.1f}), after "
        f"{after / mb:.1f} MB (+{(after - before) / mb:.1f})"
    )
    assert response.status_code == 413, response.text[:300]
    assert f"at most {settings.max_request_bytes} bytes" in response.text
    assert peak - before < MAX_GROWTH, f"the server grew by {(peak - before) / mb:.1f} MB"
    # The connection is still good for the next request.
    assert httpx.get(f"{url}/health", timeout=30).status_code == 200
