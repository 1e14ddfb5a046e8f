"""Who is asking: an anonymous browser, a signed-in person or a program's API key, and from where.

Every browser gets an identity the first time it visits: a random id in an HttpOnly cookie that
the server sets and signs (:mod:`itsdangerous`) with the secret from Settings, so nobody signs up
to start and nobody can pose as another browser by editing a cookie. Signing in (OpenID Connect
through Streamlit's ``st.login``) adds a `users` row; an API key stands for its owner.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
import time
import uuid
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from itsdangerous import BadSignature, URLSafeSerializer, URLSafeTimedSerializer

from logostudio.config import Settings
from logostudio.storage.views import Owner

COOKIE = "logostudio_id"
COOKIE_MAX_AGE = 365 * 24 * 3600
KEY_PREFIX = "ls_"


@dataclass(frozen=True)
class Caller:
    """One request's identity. ``user_id`` once signed in (or through a signed-in person's key),
    ``anon_id`` for a browser's own cookie (or a key made by an anonymous browser), ``key_id`` when
    a program calls with an API key; ``address`` is the client's, for the limits of callers who are
    not signed in."""

    user_id: uuid.UUID | None = None
    anon_id: uuid.UUID | None = None
    key_id: uuid.UUID | None = None
    email: str | None = None
    address: str | None = None

    @property
    def signed_in(self) -> bool:
        return self.user_id is not None

    @property
    def anonymous(self) -> bool:
        """Not signed in: a browser, or a key a browser made. Such identities cost nothing to make
        (clear the cookies, make another key), so their address is counted too."""
        return self.user_id is None

    def owner(self) -> Owner:
        """The owner of what this caller makes: a signed-in person, else the browser."""
        return Owner.of(self.user_id, self.anon_id)

    def owns(self, user_id: uuid.UUID | str | None, anon_id: uuid.UUID | str | None) -> bool:
        """Whether something owned by (user_id, anon_id) is this caller's: the person's, or, still
        unclaimed by any account, this browser's."""
        return Owner(self.user_id).owns(user_id, anon_id) or Owner(None, self.anon_id).owns(user_id, anon_id)


# ---------------------------------------------------------------- the secret


def secret_key(settings: Settings) -> str:
    """SECRET_KEY, or one made once and kept in DATA_DIR/secret_key (readable by the owner only)."""
    if settings.secret_key:
        return settings.secret_key
    return _persisted_secret(settings.data_dir.resolve())


@lru_cache(maxsize=8)
def _persisted_secret(data_dir: Path) -> str:
    path = data_dir / "secret_key"
    data_dir.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(FileExistsError):  # another process made it first: read theirs
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(secrets.token_urlsafe(48))
    for _ in range(50):  # the other process may still be writing it
        text = path.read_text().strip()
        if text:
            return text
        time.sleep(0.02)
    raise RuntimeError(f"{path} is empty: delete it or set SECRET_KEY")


# ---------------------------------------------------------------- the anonymous cookie


def _cookie_serializer(settings: Settings) -> URLSafeSerializer:
    return URLSafeSerializer(secret_key(settings), salt="logostudio.anonymous-id")


def new_anonymous_cookie(settings: Settings) -> tuple[uuid.UUID, str]:
    """A new anonymous id and the signed cookie value that carries it."""
    anon_id = uuid.uuid4()
    return anon_id, _cookie_serializer(settings).dumps(anon_id.hex)


def read_anonymous_cookie(value: str | None, settings: Settings) -> uuid.UUID | None:
    """The id in a cookie this server signed, or None for a missing, edited or foreign one."""
    if not value:
        return None
    try:
        return uuid.UUID(hex=str(_cookie_serializer(settings).loads(value)))
    except (BadSignature, ValueError, TypeError):
        return None


# ---------------------------------------------------------------- file links and API keys


def _file_serializer(settings: Settings) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(secret_key(settings), salt="logostudio.file-link")


def sign_file_link(key: str, settings: Settings) -> str:
    """A token that lets whoever holds it fetch object ``key`` for URL_EXPIRY seconds."""
    return _file_serializer(settings).dumps(key)


def file_link_allows(token: str, key: str, settings: Settings) -> bool:
    try:
        return _file_serializer(settings).loads(token, max_age=settings.url_expiry) == key
    except BadSignature:  # SignatureExpired is one
        return False


def new_api_key() -> str:
    """A new key as its owner sees it once: `ls_` and 43 URL-safe characters (256 random bits)."""
    return KEY_PREFIX + secrets.token_urlsafe(32)


def hash_api_key(key: str) -> str:
    """What is stored: a key has 256 random bits, so one SHA-256 is as strong as a slow hash."""
    return hashlib.sha256(key.strip().encode()).hexdigest()


def key_prefix(key: str) -> str:
    """The first characters, to tell one's keys apart in a list."""
    return key[:10]
