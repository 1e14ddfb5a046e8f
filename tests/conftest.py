"""Real services for the suite: PostgreSQL, Redis with an `rq worker` process, an S3 endpoint.

Each is started here (throwaway, on free ports) unless TEST_DATABASE_URL, TEST_REDIS_URL or
TEST_S3_ENDPOINT_URL point at one already.
"""

from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests import services

_DATA = tempfile.mkdtemp(prefix="logostudio-test-data-")
# The embedded default unless a test says otherwise: nothing from a developer's shell or .env leaks in.
for _name in (
    "DATABASE_URL",
    "REDIS_URL",
    "S3_ENDPOINT_URL",
    "S3_PUBLIC_BASE",
    "AWS_ACCESS_KEY_ID",
    "AWS_SECRET_ACCESS_KEY",
):
    os.environ[_name] = ""
os.environ.update(
    {
        "DATA_DIR": _DATA,
        "STORAGE_BACKEND": "auto",
        "LOGO_QUEUE": "logo.requests",
        "S3_BUCKET": "ai-logo-studio",
        "AWS_REGION": "us-east-1",
    }
)

from logostudio.config import Settings, get_settings  # noqa: E402


@pytest.fixture(autouse=True)
def _fresh_settings_cache() -> Iterator[None]:
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    if os.environ.get("TEST_DATABASE_URL"):
        yield os.environ["TEST_DATABASE_URL"]
        return
    pg = services.Postgres()
    try:
        yield pg.start()
    finally:
        pg.stop()


@pytest.fixture(scope="session")
def redis_url() -> Iterator[str]:
    if os.environ.get("TEST_REDIS_URL"):
        yield os.environ["TEST_REDIS_URL"]
        return
    proc, url = services.start_redis()
    try:
        yield url
    finally:
        proc.stop()


@pytest.fixture(scope="session")
def s3_url() -> Iterator[str]:
    if os.environ.get("TEST_S3_ENDPOINT_URL"):
        yield os.environ["TEST_S3_ENDPOINT_URL"]
        return
    proc, url = services.start_moto()
    try:
        yield url
    finally:
        proc.stop()


@pytest.fixture(scope="session")
def prod_env(postgres_url: str, redis_url: str, s3_url: str) -> dict[str, str]:
    """Environment of the production deployment (what app, CLI and `rq worker` processes get)."""
    shared_redis = bool(os.environ.get("TEST_REDIS_URL"))
    env = {
        "DATABASE_URL": postgres_url,
        "REDIS_URL": redis_url,
        "S3_ENDPOINT_URL": s3_url,
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_REGION": "us-east-1",
        "S3_BUCKET": f"logostudio-test-{uuid.uuid4().hex[:8]}",
        "LOGO_QUEUE": f"logo.requests.{uuid.uuid4().hex[:6]}" if shared_redis else "logo.requests",
        "DATA_DIR": tempfile.mkdtemp(prefix="logostudio-prod-data-"),
        "STORAGE_BACKEND": "auto",
    }
    # Several processes migrating at once must all succeed.
    services.migrate_concurrently(env, 3)
    return env


@pytest.fixture(scope="session")
def prod_settings(prod_env: dict[str, str]) -> Settings:
    return Settings(**prod_env)


@pytest.fixture(scope="session")
def rq_worker(prod_env: dict[str, str]) -> Iterator[services.Process]:
    """A real `rq worker logo.requests --url …` process, run from the repository root."""
    worker = services.start_rq_worker(prod_env["LOGO_QUEUE"], prod_env["REDIS_URL"], {**os.environ, **prod_env})
    try:
        yield worker
    finally:
        worker.stop()


@pytest.fixture()
def use_env(monkeypatch: pytest.MonkeyPatch):
    """Point get_settings() (and so the app) at a given environment for one test."""

    def apply(env: dict[str, str]) -> Settings:
        for key, value in env.items():
            monkeypatch.setenv(key, value)
        get_settings.cache_clear()
        return get_settings()

    return apply


@pytest.fixture()
def embedded_settings(tmp_path: Path) -> Settings:
    settings = Settings(DATA_DIR=str(tmp_path / "data"))
    from logostudio.storage.db import ensure_schema

    ensure_schema(settings)
    return settings


@pytest.fixture(params=["embedded", "production"])
def any_settings(request: pytest.FixtureRequest) -> Settings:
    """Both deployments: the embedded default, and PostgreSQL + Redis (with an `rq worker`) + S3."""
    if request.param == "embedded":
        return request.getfixturevalue("embedded_settings")
    request.getfixturevalue("rq_worker")
    return request.getfixturevalue("prod_settings")
