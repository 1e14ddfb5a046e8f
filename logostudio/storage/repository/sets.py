"""What the studio keeps of a set beyond its job: its own name and where it came from
(`set_info`); renaming, deleting and finding a person's sets; the logos they already have."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, or_, select, update

from logostudio.config import Settings
from logostudio.storage.db import session_scope
from logostudio.storage.models import Job, LogoVariant, SetInfo, ShortlistEntry
from logostudio.storage.repository._common import owned_by, parse_job_id
from logostudio.storage.repository.jobs import jobs_page
from logostudio.storage.views import JobView, Owner, SetInfoView


def _info_view(row: SetInfo) -> SetInfoView:
    return SetInfoView(
        name=row.name,
        origin=row.origin,
        source_job_id=None if row.source_job_id is None else str(row.source_job_id),
        source_index=row.source_index,
        source_title=row.source_title,
        edits=dict(row.edits) if row.edits is not None else None,
        base_index=row.base_index,
        nudge=row.nudge or 0,
    )


def set_infos(settings: Settings, job_ids: Iterable[uuid.UUID | str]) -> dict[str, SetInfoView]:
    """The `set_info` of each of these sets that has one, by job id (as text)."""
    ids = [i for i in (parse_job_id(j) for j in job_ids) if i is not None]
    if not ids:
        return {}
    with session_scope(settings) as session:
        return {str(r.job_id): _info_view(r) for r in session.scalars(select(SetInfo).where(SetInfo.job_id.in_(ids)))}


def _owns_job(session: Any, job_id: uuid.UUID, owner: Owner | None) -> bool:
    """Whether the job exists and is ``owner``'s (any job for the operator, ``owner`` None)."""
    where = [Job.id == job_id] + ([] if owner is None else [owned_by(Job, owner)])
    return session.scalar(select(func.count()).select_from(Job).where(*where)) == 1


def rename_set(settings: Settings, job_id: uuid.UUID, name: str | None, owner: Owner | None = None) -> bool:
    """Give ``owner``'s set a name of its own (None: back to the business name); False when there
    is no such set of theirs."""
    with session_scope(settings) as session:
        if not _owns_job(session, job_id, owner):
            return False
        row = session.get(SetInfo, job_id)
        if row is None:
            session.add(SetInfo(job_id=job_id, name=name, nudge=0))
        else:
            row.name = name
    return True


def delete_set(settings: Settings, job_id: uuid.UUID, owner: Owner | None = None) -> bool:
    """Delete ``owner``'s set with its variants, its `set_info` and every shortlist entry of it
    (the rows cascade); the sets made from it keep their record of it by its title. False when
    there is no such set of theirs."""
    with session_scope(settings) as session:
        if not _owns_job(session, job_id, owner):
            return False
        session.execute(update(SetInfo).where(SetInfo.source_job_id == job_id).values(source_job_id=None))
        session.execute(delete(ShortlistEntry).where(ShortlistEntry.job_id == job_id))
        session.execute(delete(SetInfo).where(SetInfo.job_id == job_id))
        session.execute(delete(LogoVariant).where(LogoVariant.job_id == job_id))
        session.execute(delete(Job).where(Job.id == job_id))
    return True


def find_sets(
    settings: Settings, page: int, per_page: int, owner: Owner | None, text: str
) -> tuple[list[JobView], int]:
    """Like :func:`~logostudio.storage.repository.jobs.list_jobs`, only the sets whose business
    name, type or own name contains ``text`` (any case; ``%`` and ``_`` are plain characters)."""
    needle = text.strip().lower()
    named = select(SetInfo.job_id).where(func.lower(SetInfo.name).contains(needle, autoescape=True))
    where = [
        or_(
            func.lower(Job.business_name).contains(needle, autoescape=True),
            func.lower(Job.business_type).contains(needle, autoescape=True),
            Job.id.in_(named),
        )
    ]
    if owner is not None:
        where.append(owned_by(Job, owner))
    return jobs_page(settings, where, page, per_page)


def earlier_variants(
    settings: Settings,
    owner: Owner,
    business_type: str,
    business_name: str | None,
    before: datetime,
    exclude: uuid.UUID,
    max_sets: int = 40,
) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """(meta, palette) of every variant in ``owner``'s sets of the same business (type and name,
    any case) made before ``before``, newest ``max_sets`` sets: the logos the person already has,
    so a new set can avoid them."""
    if Owner(*owner).nobody:
        return []
    same_name = (
        Job.business_name.is_(None)
        if not business_name
        else func.lower(Job.business_name) == business_name.strip().lower()
    )
    with session_scope(settings) as session:
        ids = list(
            session.scalars(
                select(Job.id)
                .where(
                    owned_by(Job, owner),
                    func.lower(Job.business_type) == business_type.strip().lower(),
                    same_name,
                    Job.created_at <= before,
                    Job.id != exclude,
                )
                .order_by(Job.created_at.desc())
                .limit(max_sets)
            )
        )
        if not ids:
            return []
        rows = session.execute(select(LogoVariant.meta, LogoVariant.palette).where(LogoVariant.job_id.in_(ids)))
        return [(dict(meta or {}), dict(palette or {})) for meta, palette in rows]
