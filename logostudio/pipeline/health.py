"""Does each dependency answer, how fast, and how busy is the queue (the Status page, /health)."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from logostudio.config import Settings, get_settings
from logostudio.pipeline.queue import get_queue
from logostudio.storage import repository
from logostudio.storage.db import current_revision, get_engine
from logostudio.storage.objects import get_storage

# What a dependency being down means for a person, said where the Status page and the API read it.
IMPACT = {
    "Database": "Nothing can be submitted or shown until the database answers again; nothing is lost. "
    "Workers wait for it and go on with their jobs when it is back.",
    "Queue": "New logo sets are still accepted: they wait in the database and start as soon as the queue "
    "answers again. Running jobs finish.",
    "Storage": "Logos cannot be saved or downloaded. Jobs retry for a while, then end with a Try again button.",
}


@dataclass(frozen=True)
class DependencyHealth:
    name: str
    backend: str
    ok: bool
    latency_ms: float
    detail: str

    @property
    def impact(self) -> str:
        """What it means for a person while this dependency is down ("" while it answers)."""
        return "" if self.ok else IMPACT.get(self.name, "")


@dataclass(frozen=True)
class Health:
    dependencies: list[DependencyHealth]
    queue_depth: int | None
    workers: int | None
    running: int | None
    failed_jobs: int | None
    jobs_by_status: dict[str, int]
    waiting_for_queue: int | None = None  # jobs recorded but not yet handed to the queue (the outbox)

    @property
    def ok(self) -> bool:
        return all(d.ok for d in self.dependencies)


def _probe(name: str, backend: str, fn: Callable[[], str | None]) -> DependencyHealth:
    start = time.perf_counter()
    try:
        detail = fn() or "answering"
        return DependencyHealth(name, backend, True, (time.perf_counter() - start) * 1000, detail)
    except Exception as exc:  # any failure is a state to show, not a crash
        return DependencyHealth(
            name,
            backend,
            False,
            (time.perf_counter() - start) * 1000,
            f"{type(exc).__name__}: {' '.join(str(exc).split())[:200]}",
        )


def check(settings: Settings | None = None) -> Health:
    settings = settings or get_settings()

    def database() -> str:
        with get_engine(settings).connect() as conn:
            conn.execute(text("SELECT 1"))
        return f"schema {current_revision(settings) or 'not migrated'}"

    queue = get_queue(settings)
    storage = get_storage(settings)
    deps = [
        _probe("Database", "PostgreSQL" if settings.is_postgres else "SQLite", database),
        _probe("Queue", "Redis + RQ" if queue.backend == "rq" else "in-process runner", queue.ping),
        _probe("Storage", f"S3 bucket {settings.s3_bucket}" if storage.name == "s3" else "local folder", storage.ping),
    ]
    depth = workers = running = failed = None
    if deps[1].ok:
        with contextlib.suppress(Exception):  # the queue went away between the probe and this
            stats = queue.stats()
            depth, workers, running, failed = stats.depth, stats.workers, stats.running, stats.failed
    by_status: dict[str, int] = {}
    outbox = None
    if deps[0].ok:
        with contextlib.suppress(SQLAlchemyError):
            by_status = repository.count_by_status(settings)
            outbox = repository.count_waiting_for_queue(settings)
    return Health(deps, depth, workers, running, failed, by_status, outbox)
