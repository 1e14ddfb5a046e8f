"""Shortlists: the logos a person or browser put a heart on, each with its set."""

from __future__ import annotations

import uuid

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError

from logostudio.config import Settings
from logostudio.storage.db import session_scope
from logostudio.storage.models import Job, LogoVariant, ShortlistEntry
from logostudio.storage.repository._common import job_view, owned_by, variant_view
from logostudio.storage.views import JobView, Owner, VariantView


def shortlist_add(settings: Settings, owner: Owner, job_id: uuid.UUID, index: int) -> bool:
    """Put variant ``index`` of a set on ``owner``'s shortlist (once); False for no such variant."""
    user_id, anon_id = owner
    with session_scope(settings) as session:
        found = select(LogoVariant.id).where(LogoVariant.job_id == job_id, LogoVariant.index == index)
        if session.scalar(found) is None:
            return False
    try:
        with session_scope(settings) as session:
            session.add(
                ShortlistEntry(id=uuid.uuid4(), user_id=user_id, anon_id=anon_id, job_id=job_id, variant_index=index)
            )
    except IntegrityError:  # already on it (a double click, two tabs)
        pass
    return True


def shortlist_remove(settings: Settings, owner: Owner, job_id: uuid.UUID, index: int) -> None:
    with session_scope(settings) as session:
        session.execute(
            delete(ShortlistEntry).where(
                owned_by(ShortlistEntry, owner), ShortlistEntry.job_id == job_id, ShortlistEntry.variant_index == index
            )
        )


def shortlisted_indexes(settings: Settings, owner: Owner, job_id: uuid.UUID) -> set[int]:
    """Which variants of this set are on ``owner``'s shortlist."""
    with session_scope(settings) as session:
        return set(
            session.scalars(
                select(ShortlistEntry.variant_index).where(
                    owned_by(ShortlistEntry, owner), ShortlistEntry.job_id == job_id
                )
            )
        )


def shortlist(settings: Settings, owner: Owner, limit: int = 60) -> list[tuple[JobView, VariantView]]:
    """``owner``'s shortlist, most recently added first: each logo with its set."""
    with session_scope(settings) as session:
        rows = session.execute(
            select(Job, LogoVariant)
            .join(ShortlistEntry, ShortlistEntry.job_id == Job.id)
            .join(
                LogoVariant,
                (LogoVariant.job_id == ShortlistEntry.job_id) & (LogoVariant.index == ShortlistEntry.variant_index),
            )
            .where(owned_by(ShortlistEntry, owner))
            .order_by(ShortlistEntry.created_at.desc(), ShortlistEntry.id)
            .limit(limit)
        ).all()
        return [(job_view(job), variant_view(variant)) for job, variant in rows]


def claim_shortlist(settings: Settings, anon_id: uuid.UUID, user_id: uuid.UUID) -> None:
    """The hearts an anonymous browser gave become the person's who signed in on it (those the
    person has already are dropped)."""
    with session_scope(settings) as session:
        have: set[tuple[uuid.UUID, int]] = {
            (job_id, index)
            for job_id, index in session.execute(
                select(ShortlistEntry.job_id, ShortlistEntry.variant_index).where(
                    owned_by(ShortlistEntry, Owner(user_id))
                )
            )
        }
        for entry in session.scalars(select(ShortlistEntry).where(owned_by(ShortlistEntry, Owner(None, anon_id)))):
            if (entry.job_id, entry.variant_index) in have:
                session.delete(entry)
            else:
                entry.user_id, entry.anon_id = user_id, None
                have.add((entry.job_id, entry.variant_index))
