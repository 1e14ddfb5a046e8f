"""The one place that reads and writes the job tables (`jobs`, `logo_variants`).

The service and the task both come here; nothing else writes SQL. Reads return frozen views
(:class:`JobView`, :class:`VariantView`), never ORM objects, so no caller holds a session.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.dialects import postgresql, sqlite

from logostudio.briefs import LogoBrief
from logostudio.config import Settings
from logostudio.db import get_engine, session_scope
from logostudio.models import Job, JobStatus, LogoVariant, utcnow


@dataclass(frozen=True)
class VariantView:
    index: int
    palette: dict[str, Any]
    svg_key: str
    png_key: str
    meta: dict[str, Any]


@dataclass(frozen=True)
class JobView:
    id: str
    brief: LogoBrief
    seed: int
    status: JobStatus
    progress: int
    total: int
    error: str | None
    created_at: datetime
    updated_at: datetime
    variants: list[VariantView] = field(default_factory=list)

    @property
    def finished(self) -> bool:
        return self.status in (JobStatus.done, JobStatus.error)

    @property
    def title(self) -> str:
        return self.brief.business_name or self.brief.business_type.title()

    @property
    def business_type(self) -> str:
        return self.brief.business_type

    @property
    def business_name(self) -> str | None:
        return self.brief.business_name

    @property
    def slogan(self) -> str | None:
        return self.brief.slogan

    @property
    def prefs(self) -> dict[str, Any]:
        return self.brief.preferences()


def _aware(dt: datetime) -> datetime:
    """SQLite hands datetimes back without a zone; every stored time is UTC."""
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def _variant_view(v: LogoVariant) -> VariantView:
    return VariantView(v.index, dict(v.palette), v.svg_key, v.png_key, dict(v.meta or {}))


def _job_view(job: Job, variants: Iterable[LogoVariant] = ()) -> JobView:
    brief = LogoBrief.stored(
        job.business_type, job.business_name, job.slogan, job.prefs or {}, job.variant_count, job.seed
    )
    return JobView(
        id=str(job.id),
        brief=brief,
        seed=job.seed,
        status=JobStatus(job.status),
        progress=job.progress,
        total=job.variant_count,
        error=job.error_message,
        created_at=_aware(job.created_at),
        updated_at=_aware(job.updated_at),
        variants=[_variant_view(v) for v in variants],
    )


def parse_job_id(job_id: str | uuid.UUID | None) -> uuid.UUID | None:
    """The id as a UUID, or None when it is not one (so a bad link is just "no such job")."""
    if isinstance(job_id, uuid.UUID):
        return job_id
    try:
        return uuid.UUID(str(job_id).strip())
    except (ValueError, AttributeError, TypeError):
        return None


# ---------------------------------------------------------------- reads


def get_job(settings: Settings, job_id: uuid.UUID, with_variants: bool = True) -> JobView | None:
    with session_scope(settings) as session:
        job = session.get(Job, job_id)
        if job is None:
            return None
        variants = (
            session.scalars(select(LogoVariant).where(LogoVariant.job_id == job_id).order_by(LogoVariant.index))
            if with_variants
            else ()
        )
        return _job_view(job, variants)


def get_variant(settings: Settings, job_id: uuid.UUID, index: int) -> VariantView | None:
    with session_scope(settings) as session:
        row = session.scalar(select(LogoVariant).where(LogoVariant.job_id == job_id, LogoVariant.index == index))
        return None if row is None else _variant_view(row)


def list_jobs(settings: Settings, page: int, per_page: int) -> tuple[list[JobView], int]:
    """One page of jobs, newest first, each with its first variant (for a thumbnail); and the total."""
    with session_scope(settings) as session:
        total = session.scalar(select(func.count()).select_from(Job)) or 0
        jobs = list(
            session.scalars(
                select(Job).order_by(Job.created_at.desc(), Job.id).offset((page - 1) * per_page).limit(per_page)
            )
        )
        firsts = {
            v.job_id: v
            for v in session.scalars(
                select(LogoVariant).where(LogoVariant.job_id.in_([j.id for j in jobs]), LogoVariant.index == 0)
            )
        }
        return [_job_view(j, [firsts[j.id]] if j.id in firsts else []) for j in jobs], total


def count_by_status(settings: Settings) -> dict[str, int]:
    with session_scope(settings) as session:
        return {
            str(status): n for status, n in session.execute(select(Job.status, func.count()).group_by(Job.status)).all()
        }


def ids_with_status(settings: Settings, statuses: Iterable[JobStatus]) -> list[uuid.UUID]:
    with session_scope(settings) as session:
        return list(session.scalars(select(Job.id).where(Job.status.in_([s.value for s in statuses]))))


# ---------------------------------------------------------------- writes


def create_job(settings: Settings, brief: LogoBrief, seed: int, variant_count: int) -> uuid.UUID:
    job_id = uuid.uuid4()
    with session_scope(settings) as session:
        session.add(
            Job(
                id=job_id,
                business_type=brief.business_type,
                business_name=brief.business_name,
                slogan=brief.slogan,
                prefs=brief.preferences(),
                seed=seed,
                variant_count=variant_count,
                status=JobStatus.queued.value,
                progress=0,
            )
        )
    return job_id


def delete_job(settings: Settings, job_id: uuid.UUID) -> None:
    with session_scope(settings) as session:
        session.execute(delete(Job).where(Job.id == job_id))


def _set(settings: Settings, job_id: uuid.UUID, *conditions: Any, **values: Any) -> bool:
    """Update one job's row (where ``conditions`` hold); True when a row changed."""
    values.setdefault("updated_at", utcnow())
    with session_scope(settings) as session:
        result = session.execute(update(Job).where(Job.id == job_id, *conditions).values(**values))
        return bool(result.rowcount)  # type: ignore[attr-defined]


def queue_again(settings: Settings, job_id: uuid.UUID) -> bool:
    """Back to `queued` from the start (Try again); False for an unknown job."""
    return _set(settings, job_id, status=JobStatus.queued.value, error_message=None, progress=0)


def note_retry(settings: Settings, job_id: uuid.UUID, reason: str) -> None:
    """The job failed on a passing fault and waits in the queue for its next attempt."""
    _set(settings, job_id, status=JobStatus.queued.value, error_message=f"{reason} Retrying…")


def mark_processing(settings: Settings, job_id: uuid.UUID) -> None:
    _set(settings, job_id, status=JobStatus.processing.value, error_message=None)


def mark_error(settings: Settings, job_id: uuid.UUID, message: str) -> None:
    _set(settings, job_id, status=JobStatus.error.value, error_message=message)


def mark_error_unless_done(settings: Settings, job_id: uuid.UUID, message: str) -> None:
    """Record a failure the job's own handling did not see (a timeout, a lost work horse)."""
    _set(
        settings,
        job_id,
        Job.status.in_([JobStatus.queued.value, JobStatus.processing.value]),
        status=JobStatus.error.value,
        error_message=message,
    )


def expire_if_stale(settings: Settings, job_id: uuid.UUID, after: timedelta, message: str) -> bool:
    """A `processing` job with no progress for longer than ``after`` lost its worker: `error`."""
    return _set(
        settings,
        job_id,
        Job.status == JobStatus.processing.value,
        Job.updated_at < utcnow() - after,
        status=JobStatus.error.value,
        error_message=message,
    )


def save_variant(
    settings: Settings,
    job_id: uuid.UUID,
    index: int,
    palette: dict[str, Any],
    svg_key: str,
    png_key: str,
    meta: dict[str, Any],
) -> None:
    """Upsert variant ``index`` and count it in the job's progress, in one transaction."""
    values = {
        "id": uuid.uuid5(job_id, str(index)),
        "job_id": job_id,
        "index": index,
        "palette": palette,
        "svg_key": svg_key,
        "png_key": png_key,
        "meta": meta,
        "created_at": utcnow(),
    }
    dialect = postgresql if get_engine(settings).dialect.name == "postgresql" else sqlite
    stmt = dialect.insert(LogoVariant).values(**values)
    stmt = stmt.on_conflict_do_update(
        index_elements=["job_id", "index"],
        set_={k: stmt.excluded[k] for k in ("palette", "svg_key", "png_key", "meta")},
    )
    with session_scope(settings) as session:
        session.execute(stmt)
        session.execute(update(Job).where(Job.id == job_id).values(progress=index + 1, updated_at=utcnow()))


def finish_job(settings: Settings, job_id: uuid.UUID, count: int) -> None:
    """`done` with ``count`` variants; rows beyond them (from a longer earlier run) go."""
    with session_scope(settings) as session:
        session.execute(delete(LogoVariant).where(LogoVariant.job_id == job_id, LogoVariant.index >= count))
        session.execute(
            update(Job)
            .where(Job.id == job_id)
            .values(status=JobStatus.done.value, progress=count, error_message=None, updated_at=utcnow())
        )


__all__ = [
    "JobView",
    "VariantView",
    "count_by_status",
    "create_job",
    "delete_job",
    "expire_if_stale",
    "finish_job",
    "get_job",
    "get_variant",
    "ids_with_status",
    "list_jobs",
    "mark_error",
    "mark_error_unless_done",
    "mark_processing",
    "note_retry",
    "parse_job_id",
    "queue_again",
    "save_variant",
]
