"""The running server: `streamlit run app.py` on a free port (the app, the API, /health), driven by
Chromium and by an HTTP client.

Debian's Chromium (`/usr/bin/chromium`, installed by scripts/test) through Playwright's Python
package; screenshots and downloads land in test-artifacts/e2e/<deployment>/. The embedded
deployment signs people in against a real OpenID Connect provider started here
(`oidc-provider-mock`); its `[auth]` secrets are written for the run, never committed.
"""

from __future__ import annotations

import contextlib
import os
import secrets
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

# Authlib puts an "always" filter for its own deprecation warnings first in line when it is first
# imported; imported here, before pytest's filters (pytest.ini) go in front of it for each test.
import authlib.deprecate  # noqa: F401  # isort: skip

from logostudio import studio
from logostudio.config import Settings
from tests.services import REPO, Process, free_port

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
ARTIFACTS = REPO / "test-artifacts" / "e2e"
# True once no element of the page is stale: Streamlit marks what a rerun is about to replace.
IDLE = """() => !document.querySelector('[data-stale="true"]')"""
# The servers' fair limits in these tests: low enough to flood in a few seconds, high enough for a
# person's visit (two sets of six in one browser); addresses generous, as every test is 127.0.0.1.
LIMITS = {
    "JOBS_PER_MINUTE": "10",
    "VARIANTS_PER_HOUR": "30",
    "ADDRESS_JOBS_PER_MINUTE": "100",
    "ADDRESS_VARIANTS_PER_HOUR": "1000",
}


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


def start_app(env: dict[str, str], args: tuple[str, ...] = (), port: int | None = None) -> tuple[Process, str]:
    """`streamlit run app.py` from the repository root on a free port; returns (process, base URL).
    Its PUBLIC_URL is that address, so the links /api/result hands out lead back to it."""
    port = port or free_port()
    url = f"http://127.0.0.1:{port}"
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
            *args,
        ],
        port=port,
        env={**env, "PUBLIC_URL": url},
        log_name="streamlit",
    )
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
    issuer: str | None = None  # the OpenID Connect provider people sign in with, where configured

    def api_key(self, email: str | None = None) -> str:
        """A new key of a new (or the given) person, made as an operator would with the CLI."""
        owner = studio.operator_caller(email or f"program-{uuid.uuid4().hex[:8]}@example.com", self.settings)
        return studio.create_api_key(owner, "e2e", self.settings)[1]

    @contextlib.contextmanager
    def writes_paused(self, job_id: str, progress: int = 0, timeout: float = 60) -> Iterator[int]:
        """Hold the job's row (PostgreSQL) or the database's write lock (SQLite) once the job has
        landed ``progress`` variants, so the worker waits at its next write, as it would behind a
        slow database; reads go on. Yields the progress held at.

        The lock is taken to look, and kept only when what it sees is far enough: a worker that
        lands a variant every few milliseconds cannot run past the moment between look and lock."""
        deadline = time.monotonic() + timeout
        if self.settings.is_postgres:
            with psycopg.connect(self.settings.database_url, autocommit=False) as conn:
                while True:
                    row = conn.execute(
                        "SELECT progress FROM jobs WHERE id = %s FOR UPDATE", (uuid.UUID(job_id),)
                    ).fetchone()
                    if row is not None and row[0] >= progress:
                        break
                    conn.rollback()
                    if time.monotonic() > deadline:
                        raise AssertionError(f"job {job_id} did not reach {progress} variants in {timeout} s")
                    time.sleep(0.002)
                try:
                    yield row[0]
                finally:
                    conn.rollback()
        else:
            conn = sqlite3.connect(self.settings.data_dir / "logostudio.db", timeout=30, isolation_level=None)
            try:
                while True:
                    conn.execute("BEGIN IMMEDIATE")
                    row = conn.execute("SELECT progress FROM jobs WHERE id = ?", (uuid.UUID(job_id).hex,)).fetchone()
                    if row is not None and row[0] >= progress:
                        break
                    conn.execute("ROLLBACK")
                    if time.monotonic() > deadline:
                        raise AssertionError(f"job {job_id} did not reach {progress} variants in {timeout} s")
                    time.sleep(0.002)
                try:
                    yield row[0]
                finally:
                    conn.execute("ROLLBACK")
            finally:
                conn.close()


@pytest.fixture(scope="session")
def oidc_issuer() -> Iterator[str]:
    """A real OpenID Connect provider on loopback: any client id, and a page where one types who
    signs in (the `sub`, which is also the e-mail claim)."""
    from oidc_provider_mock import run_server_in_thread

    with run_server_in_thread() as server:
        yield f"http://localhost:{server.server_port}"


def auth_secrets(folder: Path, port: int, issuer: str) -> Path:
    """The app's `[auth]` section for this run, as `.streamlit/secrets.toml` would hold it."""
    path = folder / "secrets.toml"
    path.write_text(
        "[auth]\n"
        f'redirect_uri = "http://127.0.0.1:{port}/oauth2callback"\n'
        f'cookie_secret = "{secrets.token_hex(32)}"\n'
        'client_id = "logostudio-e2e"\n'
        f'client_secret = "{secrets.token_hex(16)}"\n'
        f'server_metadata_url = "{issuer}/.well-known/openid-configuration"\n'
    )
    return path


@pytest.fixture(scope="session")
def embedded_deployment(oidc_issuer: str) -> Iterator[Deployment]:
    data = tempfile.mkdtemp(prefix="logostudio-e2e-embedded-")
    port = free_port()
    secrets_file = auth_secrets(Path(data), port, oidc_issuer)
    # tests/conftest.py has already blanked the production variables in os.environ.
    env = {**os.environ, **LIMITS, "DATA_DIR": data}
    proc, url = start_app(env, ("--secrets.files", str(secrets_file)), port)
    try:
        yield Deployment("embedded", url, Settings(**LIMITS, DATA_DIR=data), proc, ARTIFACTS / "embedded", oidc_issuer)
    finally:
        proc.stop()


@pytest.fixture(scope="session")
def production_deployment(prod_env: dict[str, str], rq_worker: Process) -> Iterator[Deployment]:
    proc, url = start_app({**os.environ, **prod_env, **LIMITS})
    try:
        yield Deployment("production", url, Settings(**prod_env, **LIMITS), proc, ARTIFACTS / "production")
    finally:
        proc.stop()


@pytest.fixture(scope="session")
def production_second_server(production_deployment: Deployment, prod_env: dict[str, str]) -> Iterator[str]:
    """A second app server on the same PostgreSQL, Redis and S3, as a load balancer would have."""
    proc, url = start_app({**os.environ, **prod_env, **LIMITS})
    try:
        yield url
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
