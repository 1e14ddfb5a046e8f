"""The reconciler's reads and writes: jobs not finished, and taking over the ones that no queue
or live run holds. Each write holds only while the job is still as the reconciler saw it, so of
several reconcilers only one acts."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import or_, select, update

from logostudio.config import Settings
from logostudio.storage.db import session_scope
from logostudio.storage.models import Job, JobStatus, utcnow
from logostudio.storage.repository._common import RELEASED, update_job
from logostudio.storage.views import UnfinishedJob
from logostudio.timestamps import aware


def unfinished_jobs(settings: Settings, limit: int = 1000) -> list[UnfinishedJob]:
    """Every `queued` and `processing` job, oldest first (at most ``limit``)."""
    cols = (Job.id, Job.status, Job.enqueued_at, Job.lease_token, Job.lease_expires_at, Job.attempts, Job.updated_at)
    with session_scope(settings) as session:
        rows = session.execute(
            select(*cols)
            .where(Job.status.in_([JobStatus.queued.value, JobStatus.processing.value]))
            .order_by(Job.created_at)
            .limit(limit)
        ).all()
    return [
        UnfinishedJob(
            r[0],
            JobStatus(r[1]),
            None if r[2] is None else aware(r[2]),
            r[3],
            None if r[4] is None else aware(r[4]),
            r[5] or 0,
            aware(r[6]),
        )
        for r in rows
    ]


def _unchanged(seen: UnfinishedJob) -> tuple[Any, ...]:
    """The job is still as the reconciler saw it (so of several reconcilers only one acts)."""
    return (
        Job.status == seen.status.value,
        Job.enqueued_at.is_not_distinct_from(seen.enqueued_at),
        Job.lease_token.is_not_distinct_from(seen.lease_token),
    )


def take_for_enqueue(
    settings: Settings, seen: UnfinishedJob, message: str | None = None, take_over: bool = False
) -> datetime | None:
    """The reconciler takes a job it found not in the queue (or its run dead) to enqueue it: back to
    `queued`, lease released, ``enqueued_at`` now (returned). None when the job changed meanwhile.
    A `processing` job is taken only once its lease ran out, unless ``take_over`` (no run lives)."""
    now = utcnow()
    conditions = list(_unchanged(seen))
    if seen.status == JobStatus.processing and not take_over:
        conditions.append(or_(Job.lease_expires_at.is_(None), Job.lease_expires_at < now))
    # The message says why it runs again (None: nothing to say; a "queue is down" notice is stale).
    values: dict[str, Any] = {
        "status": JobStatus.queued.value,
        "enqueued_at": now,
        "error_message": message,
        "updated_at": now,
        **RELEASED,
    }
    with session_scope(settings) as session:
        result = session.execute(update(Job).where(Job.id == seen.id, *conditions).values(**values))
        return now if result.rowcount else None  # type: ignore[attr-defined]


def record_enqueued(settings: Settings, seen: UnfinishedJob) -> None:
    """A job the queue already holds, though the database had not noted it handed over (and may
    still show the notice that the queue was down)."""
    with session_scope(settings) as session:
        session.execute(
            update(Job).where(Job.id == seen.id, *_unchanged(seen)).values(enqueued_at=utcnow(), error_message=None)
        )


def give_up(settings: Settings, seen: UnfinishedJob, message: str) -> bool:
    """End a job that cannot run in `error` with ``message`` (unless it changed meanwhile)."""
    now = utcnow()
    conditions = list(_unchanged(seen))
    if seen.status == JobStatus.processing:
        conditions.append(or_(Job.lease_expires_at.is_(None), Job.lease_expires_at < now))
    return update_job(
        settings, seen.id, *conditions, status=JobStatus.error.value, error_message=message, updated_at=now, **RELEASED
    )
