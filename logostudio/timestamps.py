"""Times as the studio keeps and shows them: always in UTC.

A leaf module (no imports of the package), so the storage views, the pages and the CLI can share
one way to store and write a time, and the design engine never needs it.
"""

from __future__ import annotations

from datetime import UTC, datetime

FORMAT = "%Y-%m-%d %H:%M UTC"


def utcnow() -> datetime:
    """Now, in UTC: every stored time is UTC."""
    return datetime.now(UTC)


def aware(when: datetime) -> datetime:
    """``when`` with its zone: SQLite hands times back without one, and every stored time is UTC."""
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def utc_text(when: datetime) -> str:
    """``when`` as people read it on every page: converted to UTC, to the minute, marked UTC."""
    return aware(when).astimezone(UTC).strftime(FORMAT)


__all__ = ["FORMAT", "aware", "utc_text", "utcnow"]
