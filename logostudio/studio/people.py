"""People and their API keys: signing in (a browser's sets become the person's), making, listing
and revoking keys, and finding who a key stands for."""

from __future__ import annotations

import uuid

from logostudio.config import Settings, get_settings
from logostudio.errors import InvalidInput, NoSuchKey
from logostudio.fields import KEY_NAME
from logostudio.storage import repository
from logostudio.storage.repository import KeyView
from logostudio.studio import identity, quota
from logostudio.studio.errors import reads_database
from logostudio.studio.identity import Caller


@reads_database
def sign_in(email: str, anon_id: uuid.UUID | None, settings: Settings | None = None) -> uuid.UUID:
    """The person's `users` row (made on first sign-in); the sets and keys this browser made
    anonymously become theirs. Returns the user id."""
    settings = settings or get_settings()
    user_id = repository.user_for_email(settings, email)
    if anon_id is not None:
        repository.claim_anonymous(settings, anon_id, user_id)
        repository.claim_shortlist(settings, anon_id, user_id)
    return user_id


@reads_database
def operator_caller(email: str, settings: Settings | None = None) -> Caller:
    """The person with ``email`` (made if new), as the operator acts for them from a terminal."""
    settings = settings or get_settings()
    return Caller(user_id=repository.user_for_email(settings, email), email=email.strip().lower())


def _key_name(name: str | None) -> str:
    text = " ".join((name or "").split())
    if any(not ch.isprintable() for ch in text):
        raise InvalidInput("Key name: use plain letters, digits and punctuation.")
    if len(text) > KEY_NAME.max_length:
        raise InvalidInput(KEY_NAME.too_long(len(text)))
    return text or "API key"


@reads_database
def create_api_key(
    caller: Caller, name: str | None = None, settings: Settings | None = None, *, by_operator: bool = False
) -> tuple[KeyView, str]:
    """A new key for the caller: its record and the key itself, which is shown this once and
    stored only as a hash. Raises InvalidInput for a name it cannot take, LimitReached when the
    caller (or, not signed in, their address) has made as many keys as an hour allows, and
    ServiceUnavailable when the database does not answer. The operator at a terminal
    (``by_operator``) makes keys for a person without limits, as they submit without limits."""
    settings = settings or get_settings()
    owner = caller.owner()
    if owner.nobody:
        raise InvalidInput("Keys belong to a browser or a person; this request has neither.")
    name = _key_name(name)
    if not by_operator:  # after the name is checked: a refused name costs nothing
        quota.take_key(caller, settings)
    key = identity.new_api_key()
    view = repository.create_api_key(settings, owner, name, identity.key_prefix(key), identity.hash_api_key(key))
    return view, key


@reads_database
def list_api_keys(settings: Settings | None = None, caller: Caller | None = None) -> list[KeyView]:
    """The caller's keys (every key for the operator), newest first, revoked ones included."""
    return repository.api_keys(settings or get_settings(), None if caller is None else caller.owner())


@reads_database
def revoke_api_key(key: str, settings: Settings | None = None, caller: Caller | None = None) -> KeyView:
    """Revoke one of the caller's keys, named by its id or by the start of the key (its prefix).
    Raises NoSuchKey when none (or more than one) matches."""
    settings = settings or get_settings()
    wanted = key.strip()
    owner = None if caller is None else caller.owner()
    keys = [k for k in repository.api_keys(settings, owner) if k.active]
    if wanted.startswith(identity.KEY_PREFIX) and len(wanted) > len(identity.key_prefix(wanted)):  # a whole key
        whole = repository.active_api_key_by_hash(settings, identity.hash_api_key(wanted))
        active = [k for k in keys if whole is not None and k.id == whole.id]
    else:
        active = [k for k in keys if wanted in (str(k.id), k.prefix)]
    if len(active) != 1:
        raise NoSuchKey(
            f"No active key {wanted!r}: `keys list` shows them."
            if not active
            else f"{wanted!r} names {len(active)} keys; give the key's id."
        )
    repository.revoke_api_key(settings, active[0].id, owner)
    found = repository.api_key(settings, active[0].id)
    assert found is not None
    return found


@reads_database
def authenticate(key: str, settings: Settings | None = None, address: str | None = None) -> Caller | None:
    """The caller an API key stands for (its owner, counted per key too), or None for an unknown
    or revoked key. ``address`` is the request's client: a key a browser made without signing in is
    counted there too, like the browser itself."""
    settings = settings or get_settings()
    if not key.startswith(identity.KEY_PREFIX):
        return None
    found = repository.active_api_key_by_hash(settings, identity.hash_api_key(key))
    if found is None:
        return None
    repository.note_api_key_used(settings, found.id)
    user_id, anon_id = found.owner
    return Caller(user_id=user_id, anon_id=anon_id, key_id=found.id, email=found.email, address=address)
