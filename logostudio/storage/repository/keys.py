"""API keys: made, listed, found by their hash, noted when used and revoked. Only a key's hash
is stored; a view carries its owner's e-mail address for the operator's list."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

from sqlalchemy import or_, select, update

from logostudio.config import Settings
from logostudio.storage.db import session_scope
from logostudio.storage.models import ApiKey, User, utcnow
from logostudio.storage.repository._common import owned_by
from logostudio.storage.views import KeyView, Owner
from logostudio.timestamps import aware


def _key_view(key: ApiKey, email: str | None) -> KeyView:
    return KeyView(
        id=key.id,
        name=key.name,
        prefix=key.prefix,
        user_id=key.user_id,
        anon_id=key.anon_id,
        email=email,
        created_at=aware(key.created_at),
        last_used_at=aware(key.last_used_at) if key.last_used_at else None,
        revoked_at=aware(key.revoked_at) if key.revoked_at else None,
    )


def _keys_with_email() -> Any:
    return select(ApiKey, User.email).outerjoin(User, User.id == ApiKey.user_id)


def create_api_key(settings: Settings, owner: Owner, name: str, prefix: str, key_hash: str) -> KeyView:
    key_id = uuid.uuid4()
    user_id, anon_id = owner
    with session_scope(settings) as session:
        session.add(ApiKey(id=key_id, user_id=user_id, anon_id=anon_id, name=name, prefix=prefix, key_hash=key_hash))
    found = api_key(settings, key_id)
    assert found is not None
    return found


def api_key(settings: Settings, key_id: uuid.UUID) -> KeyView | None:
    with session_scope(settings) as session:
        row = session.execute(_keys_with_email().where(ApiKey.id == key_id)).first()
        return None if row is None else _key_view(*row)


def api_keys(settings: Settings, owner: Owner | None = None) -> list[KeyView]:
    """``owner``'s keys (everyone's when None), newest first, revoked ones included."""
    query = _keys_with_email().order_by(ApiKey.created_at.desc(), ApiKey.id)
    if owner is not None:
        query = query.where(owned_by(ApiKey, owner))
    with session_scope(settings) as session:
        return [_key_view(key, email) for key, email in session.execute(query).all()]


def active_api_key_by_hash(settings: Settings, key_hash: str) -> KeyView | None:
    with session_scope(settings) as session:
        row = session.execute(
            _keys_with_email().where(ApiKey.key_hash == key_hash, ApiKey.revoked_at.is_(None))
        ).first()
        return None if row is None else _key_view(*row)


def note_api_key_used(settings: Settings, key_id: uuid.UUID, every: timedelta = timedelta(minutes=1)) -> None:
    """`last_used_at`, written at most once a minute per key, so a busy program costs no write each call."""
    now = utcnow()
    with session_scope(settings) as session:
        session.execute(
            update(ApiKey)
            .where(ApiKey.id == key_id, or_(ApiKey.last_used_at.is_(None), ApiKey.last_used_at < now - every))
            .values(last_used_at=now)
        )


def revoke_api_key(settings: Settings, key_id: uuid.UUID, owner: Owner | None = None) -> bool:
    """Revoke ``owner``'s key (any key when None); False when there is no such active key."""
    where = [ApiKey.id == key_id, ApiKey.revoked_at.is_(None)]
    if owner is not None:
        where.append(owned_by(ApiKey, owner))
    with session_scope(settings) as session:
        return bool(session.execute(update(ApiKey).where(*where).values(revoked_at=utcnow())).rowcount)  # type: ignore[attr-defined]
