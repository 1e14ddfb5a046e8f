"""Names people see on their disk: download files and folders, in ASCII that every system keeps."""

from __future__ import annotations

import re

from anyascii import anyascii

MAX_SLUG = 40


def slugify(text: str, fallback: str = "logo") -> str:
    """Lower-case ASCII words joined by hyphens, any script transliterated
    ("Café Joy" → cafe-joy, "Москва Кофе" → moskva-kofe); ``fallback`` when nothing is left."""
    slug = re.sub(r"[^a-z0-9]+", "-", anyascii(text).lower()).strip("-")
    return slug[:MAX_SLUG].strip("-") or fallback


def download_name(title: str, index: int, ext: str, what: str | None = None) -> str:
    """The file name of variant ``index`` (0-based) of a set called ``title``: cafe-joy-01.svg;
    ``what`` names a file made from it (cafe-joy-01-brand-kit.zip, cafe-joy-01-business-cards.png)."""
    return f"{slugify(title)}-{index + 1:02d}{f'-{slugify(what)}' if what else ''}.{ext}"
