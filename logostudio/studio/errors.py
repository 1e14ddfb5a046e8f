"""What the use cases refuse with, in words a person can act on: the app, the API and the CLI each
turn these into their own answer."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from sqlalchemy.exc import SQLAlchemyError

from logostudio.errors import ServiceUnavailable

P = ParamSpec("P")
R = TypeVar("R")


def database_down(exc: Exception, done: str = "") -> ServiceUnavailable:
    return ServiceUnavailable(
        f"The database is not answering ({type(exc).__name__}){done}. Check DATABASE_URL or try again in a moment."
    )


def reads_database(fn: Callable[P, R]) -> Callable[P, R]:
    """A database that does not answer becomes ServiceUnavailable with a message, not a traceback."""

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return fn(*args, **kwargs)
        except SQLAlchemyError as exc:
            raise database_down(exc) from exc

    return wrapper
