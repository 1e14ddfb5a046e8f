"""Stored files and the signed links that fetch them (the local folder's ``/files/`` route checks
the signature; S3 presigns its own)."""

from __future__ import annotations

from urllib.parse import quote

from logostudio.config import Settings, get_settings
from logostudio.storage.objects import get_storage
from logostudio.studio import identity


def read_object(key: str, settings: Settings | None = None) -> bytes:
    return get_storage(settings or get_settings()).get(key)


def object_url(key: str, settings: Settings | None = None, base_url: str | None = None) -> str:
    """A URL that fetches the object: presigned on S3; on the local folder, this server's
    ``/files/`` route with a signed token (``base_url`` or PUBLIC_URL in front)."""
    settings = settings or get_settings()
    storage = get_storage(settings)
    if storage.name != "local":
        return storage.url(key, settings.url_expiry)
    base = base_url.rstrip("/") if base_url else settings.public_base
    return f"{base}/files/{quote(key)}?token={identity.sign_file_link(key, settings)}"


def linked_object(key: str, token: str, settings: Settings | None = None) -> bytes:
    """The object behind a link :func:`object_url` made; KeyError for a wrong, old or missing one."""
    settings = settings or get_settings()
    if not identity.file_link_allows(token, key, settings):
        raise KeyError(key)
    return read_object(key, settings)
