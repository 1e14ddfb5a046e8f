"""The one retry policy: how long a job waits out a passing fault, and how often it starts over.

A storage or database call inside a job that fails is tried again after each pause in
``step_pauses``; when that is not enough, the whole job is queued again ``job_retries`` times
(by RQ, or by the in-process runner), and only the last attempt ends the job in `error`. A loop
that waits for a dependency to come back (the worker's Redis, a job's database, the reconciler's
passes) pauses as :meth:`RetryPolicy.backoff` says: doubling from a first pause up to a cap.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy.exc import InterfaceError, OperationalError

from logostudio.errors import StorageError, TransientError

log = logging.getLogger(__name__)
T = TypeVar("T")


class Backoff(Iterator[float]):
    """Pauses that double from ``first`` up to ``cap``, for a loop waiting on a dependency;
    :meth:`reset` starts again from ``first`` once the dependency answers."""

    def __init__(self, first: float, cap: float) -> None:
        self.first, self.cap = first, cap
        self._next = min(first, cap)

    def __next__(self) -> float:
        pause = self._next
        self._next = min(pause * 2, self.cap)
        return pause

    def reset(self) -> None:
        self._next = min(self.first, self.cap)


@dataclass(frozen=True)
class RetryPolicy:
    step_pauses: tuple[float, ...] = (0.5, 1.0, 2.0, 4.0)
    job_retries: int = 2
    wait_first: float = 1.0  # the first pause while a dependency does not answer
    wait_cap: float = 10.0  # the longest
    reconcile_cap: float = 30.0  # the longest pause between reconciler passes while one fails

    def backoff(self, first: float | None = None, cap: float | None = None) -> Backoff:
        """The pauses of a loop that waits for a dependency (this policy's first and cap unless given)."""
        return Backoff(self.wait_first if first is None else first, self.wait_cap if cap is None else cap)

    def call(self, what: str, fn: Callable[[], T]) -> T:
        """``fn()``, tried again after each pause while storage or the database does not answer;
        then TransientError naming ``what`` was being done."""
        for attempt, pause in enumerate((*self.step_pauses, None), start=1):
            try:
                return fn()
            except (StorageError, OperationalError, InterfaceError) as exc:
                if pause is None:
                    storage = isinstance(exc, StorageError)
                    kind = "Storage" if storage else "The database"
                    raise TransientError(
                        f"{kind} did not answer while {what}: {short(exc)}", "storage" if storage else "database"
                    ) from exc
                log.warning("%s failed (attempt %d), trying again in %.1f s: %s", what, attempt, pause, exc)
                time.sleep(pause)
        raise AssertionError("unreachable")


POLICY = RetryPolicy()


def short(exc: BaseException, limit: int = 240) -> str:
    """An exception's message on one line, cut to ``limit`` characters."""
    text = " ".join(str(exc).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
