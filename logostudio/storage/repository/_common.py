"""What the repository's modules share: the owner filter, a job id read from a link, rows turned
into views, and the conditions of a job's run (its lease)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement, false, update

from logostudio.config import Settings
from logostudio.storage.db import session_scope
from logostudio.storage.models import ApiKey, Job, JobStatus, LogoVariant, ShortlistEntry, utcnow
from logostudio.storage.views import JobView, Owner, VariantView
from logostudio.timestamps import aware


def owned_by(model: type[Job] | type[ApiKey] | type[ShortlistEntry], owner: Owner) -> ColumnElement[bool]:
    """Rows of a signed-in person, or an anonymous browser's rows that no account has claimed
    (:meth:`Owner.owns <logostudio.storage.views.Owner.owns>` in SQL); no rows for nobody."""
    user_id, anon_id = owner
    if user_id is not None:
        return model.user_id == user_id
    if anon_id is not None:
        return (model.anon_id == anon_id) & model.user_id.is_(None)
    return false()


def parse_job_id(job_id: str | uuid.UUID | None) -> uuid.UUID | None:
    """The id as a UUID, or None when it is not one (so a bad link is just "no such job")."""
    if isinstance(job_id, uuid.UUID):
        return job_id
    try:
        return uuid.UUID(str(job_id).strip())
    except (ValueError, AttributeError, TypeError):
        return None


def variant_view(v: LogoVariant) -> VariantView:
    return VariantView(v.index, dict(v.palette), v.svg_key, v.png_key, dict(v.meta or {}))


def job_view(job: Job, variants: Iterable[LogoVariant] = ()) -> JobView:
    from logostudio.briefs import LogoBrief

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
        created_at=aware(job.created_at),
        updated_at=aware(job.updated_at),
        variants=[variant_view(v) for v in variants],
        user_id=job.user_id,
        anon_id=job.anon_id,
    )


def update_job(settings: Settings, job_id: uuid.UUID, *conditions: Any, **values: Any) -> bool:
    """Update one job's row (where ``conditions`` hold); True when a row changed."""
    values.setdefault("updated_at", utcnow())
    with session_scope(settings) as session:
        result = session.execute(update(Job).where(Job.id == job_id, *conditions).values(**values))
        return bool(result.rowcount)  # type: ignore[attr-defined]


def held(token: uuid.UUID | None) -> tuple[Any, ...]:
    """The condition that a run still holds its lease (no condition for a write outside a run)."""
    return () if token is None else (Job.lease_token == token,)


RELEASED = {"lease_token": None, "lease_expires_at": None}
