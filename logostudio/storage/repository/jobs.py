"""Jobs and their variants: reading them, and every write of a job's life from `queued` to `done`
or `error`. A run's writes name its lease token, so a run that lost its lease writes nothing more."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, delete, func, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite

from logostudio.config import Settings
from logostudio.errors import LeaseLost
from logostudio.storage.db import get_engine, session_scope
from logostudio.storage.models import Job, JobStatus, LogoVariant, SetInfo, utcnow
from logostudio.storage.repository._common import RELEASED, held, job_view, owned_by, update_job
from logostudio.storage.views import NOBODY, JobView, Owner

if TYPE_CHECKING:
    from logostudio.briefs import LogoBrief


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
        return job_view(job, variants)


def list_jobs(settings: Settings, page: int, per_page: int, owner: Owner | None = None) -> tuple[list[JobView], int]:
    """One page of ``owner``'s jobs (everyone's when None), newest first, each with its first
    variant (for a thumbnail); and the total."""
    return jobs_page(settings, [] if owner is None else [owned_by(Job, owner)], page, per_page)


def jobs_page(settings: Settings, where: list[Any], page: int, per_page: int) -> tuple[list[JobView], int]:
    """One page of the jobs that match ``where``, newest first, each with its first variant; and
    how many match."""
    with session_scope(settings) as session:
        total = session.scalar(select(func.count()).select_from(Job).where(*where)) or 0
        jobs = list(
            session.scalars(
                select(Job)
                .where(*where)
                .order_by(Job.created_at.desc(), Job.id)
                .offset((max(1, page) - 1) * per_page)
                .limit(per_page)
            )
        )
        firsts = {
            v.job_id: v
            for v in session.scalars(
                select(LogoVariant).where(LogoVariant.job_id.in_([j.id for j in jobs]), LogoVariant.index == 0)
            )
        }
        return [job_view(j, [firsts[j.id]] if j.id in firsts else []) for j in jobs], total


def count_by_status(settings: Settings) -> dict[str, int]:
    with session_scope(settings) as session:
        return {
            str(status): n for status, n in session.execute(select(Job.status, func.count()).group_by(Job.status)).all()
        }


def count_waiting_for_queue(settings: Settings) -> int:
    """Jobs recorded but not handed to the queue yet (it did not answer): the reconciler's outbox."""
    with session_scope(settings) as session:
        return (
            session.scalar(
                select(func.count())
                .select_from(Job)
                .where(Job.status == JobStatus.queued.value, Job.enqueued_at.is_(None))
            )
            or 0
        )


# ---------------------------------------------------------------- writes


def create_job(
    settings: Settings,
    brief: LogoBrief,
    seed: int,
    variant_count: int,
    owner: Owner = NOBODY,
    info: dict[str, Any] | None = None,
) -> uuid.UUID:
    """A `queued` job of ``owner``'s, marked as handed to the queue now: the caller enqueues it next
    (the outbox; if that fails the caller calls :func:`not_enqueued`, and the reconciler enqueues it
    later). ``info`` (where the set came from, an edited set's recipe) lands in the same transaction,
    so no worker ever sees the job without it."""
    job_id = uuid.uuid4()
    user_id, anon_id = owner
    with session_scope(settings) as session:
        session.add(
            Job(
                id=job_id,
                user_id=user_id,
                anon_id=anon_id,
                business_type=brief.business_type,
                business_name=brief.business_name,
                slogan=brief.slogan,
                prefs=brief.preferences(),
                seed=seed,
                variant_count=variant_count,
                status=JobStatus.queued.value,
                progress=0,
                enqueued_at=utcnow(),
                attempts=0,
            )
        )
        if info:
            session.flush()
            session.add(SetInfo(job_id=job_id, **{"nudge": 0, **info}))
    return job_id


def queue_again(settings: Settings, job_id: uuid.UUID) -> bool:
    """Try again: a job in `error` goes back to `queued` from the start, marked as handed to the
    queue now (the caller enqueues it). False when the job is not in `error` (or unknown)."""
    return update_job(
        settings,
        job_id,
        Job.status == JobStatus.error.value,
        status=JobStatus.queued.value,
        error_message=None,
        progress=0,
        attempts=0,
        enqueued_at=utcnow(),
        **RELEASED,
    )


def not_enqueued(settings: Settings, job_id: uuid.UUID, message: str) -> None:
    """Handing the job to the queue failed: it waits in the outbox (``enqueued_at`` NULL) with
    ``message`` until the reconciler enqueues it."""
    update_job(settings, job_id, Job.status == JobStatus.queued.value, enqueued_at=None, error_message=message)


def claim_job(
    settings: Settings, job_id: uuid.UUID, token: uuid.UUID, lease: timedelta, redo_done: bool = False
) -> JobView | None:
    """Start a run: one statement that loads the job, marks it `processing` and gives run ``token``
    its lease. Only a `queued` job, or a `processing` one whose lease ran out or is ``token``'s own
    (or ``redo_done``: a `done` one), can be claimed; None otherwise, so two runs of one job never
    overlap."""
    now = utcnow()
    claimable = [
        Job.status == JobStatus.queued.value,
        and_(
            Job.status == JobStatus.processing.value,
            or_(Job.lease_expires_at.is_(None), Job.lease_expires_at < now, Job.lease_token == token),
        ),
    ]
    if redo_done:
        claimable.append(Job.status == JobStatus.done.value)
    stmt = (
        update(Job)
        .where(Job.id == job_id, or_(*claimable))
        .values(
            status=JobStatus.processing.value,
            lease_token=token,
            lease_expires_at=now + lease,
            attempts=Job.attempts + 1,
            error_message=None,
            updated_at=now,
        )
        .returning(Job)
        .execution_options(synchronize_session=False)
    )
    with session_scope(settings) as session:
        job = session.scalars(stmt).one_or_none()
        return None if job is None else job_view(job)


def renew_lease(settings: Settings, job_id: uuid.UUID, token: uuid.UUID, lease: timedelta) -> bool:
    """Extend run ``token``'s lease; False when another run has taken the job over."""
    return update_job(settings, job_id, Job.lease_token == token, lease_expires_at=utcnow() + lease)


def note_retry(settings: Settings, job_id: uuid.UUID, reason: str, token: uuid.UUID | None = None) -> None:
    """The job failed on a passing fault and waits in the queue for its next attempt."""
    update_job(
        settings,
        job_id,
        *held(token),
        status=JobStatus.queued.value,
        error_message=f"{reason} Retrying…",
        **RELEASED,
    )


def mark_error(settings: Settings, job_id: uuid.UUID, message: str, token: uuid.UUID | None = None) -> None:
    update_job(settings, job_id, *held(token), status=JobStatus.error.value, error_message=message, **RELEASED)


def mark_error_unless_running(settings: Settings, job_id: uuid.UUID, message: str) -> bool:
    """Record a failure the job's own handling did not see (a lost work horse on its last try):
    only for a job not finished and not held by a live run."""
    return update_job(
        settings,
        job_id,
        Job.status.in_([JobStatus.queued.value, JobStatus.processing.value]),
        or_(Job.lease_expires_at.is_(None), Job.lease_expires_at < utcnow()),
        status=JobStatus.error.value,
        error_message=message,
        **RELEASED,
    )


def save_variant(
    settings: Settings,
    job_id: uuid.UUID,
    index: int,
    palette: dict[str, Any],
    svg_key: str,
    png_key: str,
    meta: dict[str, Any],
    token: uuid.UUID | None = None,
    lease: timedelta | None = None,
) -> None:
    """Upsert variant ``index`` and count it in the job's progress, in one transaction. With run
    ``token``, only while it holds the lease (which ``lease`` extends); LeaseLost otherwise."""
    now = utcnow()
    values = {
        "id": uuid.uuid5(job_id, str(index)),
        "job_id": job_id,
        "index": index,
        "palette": palette,
        "svg_key": svg_key,
        "png_key": png_key,
        "meta": meta,
        "created_at": now,
    }
    dialect = postgresql if get_engine(settings).dialect.name == "postgresql" else sqlite
    stmt = dialect.insert(LogoVariant).values(**values)
    stmt = stmt.on_conflict_do_update(
        index_elements=["job_id", "index"],
        set_={k: stmt.excluded[k] for k in ("palette", "svg_key", "png_key", "meta")},
    )
    progress: dict[str, Any] = {"progress": index + 1, "updated_at": now}
    if lease is not None:
        progress["lease_expires_at"] = now + lease
    with session_scope(settings) as session:
        counted = session.execute(update(Job).where(Job.id == job_id, *held(token)).values(**progress))
        if token is not None and not counted.rowcount:  # type: ignore[attr-defined]
            raise LeaseLost(str(job_id))
        session.execute(stmt)


def finish_job(settings: Settings, job_id: uuid.UUID, count: int, token: uuid.UUID | None = None) -> None:
    """`done` with ``count`` variants; rows beyond them (from a longer earlier run) go. With run
    ``token``, only while it holds the lease; LeaseLost otherwise."""
    with session_scope(settings) as session:
        done = session.execute(
            update(Job)
            .where(Job.id == job_id, *held(token))
            .values(status=JobStatus.done.value, progress=count, error_message=None, updated_at=utcnow(), **RELEASED)
        )
        if token is not None and not done.rowcount:  # type: ignore[attr-defined]
            raise LeaseLost(str(job_id))
        session.execute(delete(LogoVariant).where(LogoVariant.job_id == job_id, LogoVariant.index >= count))
