"""People who signed in: their `users` row, and what their browser made before they signed in."""

from __future__ import annotations

import uuid

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from logostudio.config import Settings
from logostudio.storage.db import session_scope
from logostudio.storage.models import ApiKey, Job, User
from logostudio.storage.repository._common import owned_by
from logostudio.storage.views import Owner


def user_for_email(settings: Settings, email: str) -> uuid.UUID:
    """The `users` row of ``email`` (lower-cased), made on first sign-in."""
    email = email.strip().lower()
    with session_scope(settings) as session:
        found = session.scalar(select(User.id).where(User.email == email))
        if found is not None:
            return found
    try:
        with session_scope(settings) as session:
            user = User(id=uuid.uuid4(), email=email)
            session.add(user)
        return user.id
    except IntegrityError:  # signed in on two devices at the same moment: the other made it
        with session_scope(settings) as session:
            return session.scalars(select(User.id).where(User.email == email)).one()


def claim_anonymous(settings: Settings, anon_id: uuid.UUID, user_id: uuid.UUID) -> int:
    """Sets and keys an anonymous browser made become the person's who signed in on it."""
    browser = Owner(None, anon_id)
    with session_scope(settings) as session:
        jobs = session.execute(update(Job).where(owned_by(Job, browser)).values(user_id=user_id))
        session.execute(update(ApiKey).where(owned_by(ApiKey, browser)).values(user_id=user_id))
        return int(jobs.rowcount)  # type: ignore[attr-defined]
