"""The running app in a real browser: `streamlit run app.py` on a free port, driven by Chromium.

Debian's Chromium (`/usr/bin/chromium`, installed by scripts/test) through Playwright's Python
package; screenshots and downloads land in test-artifacts/e2e/<deployment>/.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
import tempfile
import time
import urllib.request
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
import pytest

from logostudio.config import Settings
from tests.services import REPO, Process, free_port

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
ARTIFACTS = REPO / "test-artifacts" / "e2e"


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        pytest.fail(
            f"Chromium is not installed at {CHROMIUM}: run scripts/test (it installs Debian's "
            "'chromium' package) or set CHROMIUM_PATH",
            pytrace=False,
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        try:
            yield chromium
        finally:
            chromium.close()


def start_app(env: dict[str, str]) -> tuple[Process, str]:
    """`streamlit run app.py` from the repository root on a free port; returns (process, base URL)."""
    port = free_port()
    proc = Process(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            "app.py",
            "--server.port",
            str(port),
            "--server.address",
            "127.0.0.1",
            "--server.headless",
            "true",
            "--server.fileWatcherType",
            "none",
            "--browser.gatherUsageStats",
            "false",
        ],
        port=port,
        env=env,
        log_name="streamlit",
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            if urllib.request.urlopen(url + "/_stcore/health", timeout=2).read() == b"ok":
                return proc, url
        except OSError:
            pass
        if time.monotonic() > deadline:
            proc.stop()
            raise RuntimeError(f"streamlit did not answer:\n{proc.output()}")
        time.sleep(0.2)


@dataclass
class Deployment:
    """One running app and the parts behind it, as the browser tests need them."""

    name: str
    url: str
    settings: Settings
    app: Process
    artifacts: Path

    @contextlib.contextmanager
    def writes_paused(self, job_id: str) -> Iterator[None]:
        """Hold the job's row (PostgreSQL) or the database's write lock (SQLite) so the worker
        waits at its next write, as it would behind a slow database; reads go on."""
        if self.settings.is_postgres:
            with psycopg.connect(self.settings.database_url, autocommit=False) as conn:
                conn.execute("SELECT id FROM jobs WHERE id = %s FOR UPDATE", (uuid.UUID(job_id),))
                try:
                    yield
                finally:
                    conn.rollback()
        else:
            conn = sqlite3.connect(self.settings.data_dir / "logostudio.db", timeout=30, isolation_level=None)
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield
            finally:
                conn.execute("ROLLBACK")
                conn.close()


@pytest.fixture(scope="session")
def embedded_deployment() -> Iterator[Deployment]:
    data = tempfile.mkdtemp(prefix="logostudio-e2e-embedded-")
    # tests/conftest.py has already blanked the production variables in os.environ.
    proc, url = start_app({**os.environ, "DATA_DIR": data})
    try:
        yield Deployment("embedded", url, Settings(DATA_DIR=data), proc, ARTIFACTS / "embedded")
    finally:
        proc.stop()


@pytest.fixture(scope="session")
def production_deployment(prod_env: dict[str, str], rq_worker: Process) -> Iterator[Deployment]:
    proc, url = start_app({**os.environ, **prod_env})
    try:
        yield Deployment("production", url, Settings(**prod_env), proc, ARTIFACTS / "production")
    finally:
        proc.stop()


@pytest.fixture(params=["embedded", "production"])
def deployment(request: pytest.FixtureRequest) -> Deployment:
    dep: Deployment = request.getfixturevalue(f"{request.param}_deployment")
    dep.artifacts.mkdir(parents=True, exist_ok=True)
    return dep


@pytest.fixture()
def page(browser: Any, deployment: Deployment) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 2000}, accept_downloads=True)
    context.set_default_timeout(30_000)
    pg = context.new_page()
    try:
        yield pg
    finally:
        context.close()
