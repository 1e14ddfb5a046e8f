"""Every exception the project raises, under one base class, as rq keeps its own in one small module.

``str()`` of each is a message a person can act on; the pages, the API and the CLI turn them into
their own answers. Each also derives from the built-in error it is a kind of (ValueError for input
that was refused, LookupError for something not found, …), so code that catches those still does.
Nothing here imports from the rest of the package, so every layer, the engine too, may raise them.
"""

from __future__ import annotations


class LogoStudioError(Exception):
    """The base of every error of this project."""


# ---------------------------------------------------------------- refused input


class InvalidBrief(LogoStudioError, ValueError):
    """The brief was refused; ``errors`` maps each field to a message a person can act on."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(f"{k}: {v}" for k, v in errors.items()))
        self.errors = errors


class InvalidInput(LogoStudioError, ValueError):
    """A value other than a brief's (a key's name, a shortlist without an owner) was refused."""


class BadLink(LogoStudioError, ValueError):
    """A link parameter that is not what the page takes; the message says what it takes."""


class DoesNotFit(LogoStudioError, ValueError):
    """The words cannot be set at a legible size in the chosen layout."""


class TooManyForAnHour(LogoStudioError, ValueError):
    """More logos in one set than the hourly limit allows at all (waiting will not help)."""


class TooLarge(LogoStudioError, ValueError):
    """A request body longer than any brief: refused as it streams in, before it is parsed."""


# ---------------------------------------------------------------- who may do what


class Unauthorized(LogoStudioError, PermissionError):
    """No API key, or one that is unknown or revoked."""


class NotYours(LogoStudioError, PermissionError):
    """Only the set's owner may rerun it or make more from it; the message says what to do instead."""

    def __init__(self) -> None:
        super().__init__(
            "Only the person who made this set can make new variations of it or run it again. "
            "You can still view and download it, or describe your own business above."
        )


class LimitReached(LogoStudioError):
    """Over a limit: ``str()`` says what to do, ``retry_after`` is in whole seconds."""

    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after


# ---------------------------------------------------------------- not found


class NoSuchJob(LogoStudioError, LookupError):
    """No set (or no such logo in it) under that id."""


class NoSuchKey(LogoStudioError, LookupError):
    """No active API key (or more than one) matches."""


# ---------------------------------------------------------------- a dependency did not answer


class ServiceUnavailable(LogoStudioError, RuntimeError):
    """A dependency did not answer; the message says what was (not) done."""


class StorageError(LogoStudioError, RuntimeError):
    """Storage did not answer or refused; transient unless said otherwise."""


class QueueUnavailable(LogoStudioError, RuntimeError):
    """The queue backend did not answer."""


class TransientError(LogoStudioError, RuntimeError):
    """Storage or the database did not answer; the job may succeed when run again."""

    def __init__(self, message: str, dependency: str = "storage") -> None:
        super().__init__(message)
        self.dependency = dependency  # "storage" or "database"


class LeaseLost(LogoStudioError, RuntimeError):
    """The job was taken over by another run (its lease ran out): this run must write nothing more."""


__all__ = [
    "BadLink",
    "DoesNotFit",
    "InvalidBrief",
    "InvalidInput",
    "LeaseLost",
    "LimitReached",
    "LogoStudioError",
    "NoSuchJob",
    "NoSuchKey",
    "NotYours",
    "QueueUnavailable",
    "ServiceUnavailable",
    "StorageError",
    "TooLarge",
    "TooManyForAnHour",
    "TransientError",
    "Unauthorized",
]
