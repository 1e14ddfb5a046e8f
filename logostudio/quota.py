"""Fair limits: sets per minute and logos per hour, per identity, per API key and per address.

Counted with the `limits` library over a moving window (nobody gets twice the limit by straddling a
boundary): in Redis when REDIS_URL is set, so every app server shares one count, in this process's
memory in the embedded default. A request that would go over says what the person can do and when.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from dataclasses import dataclass
from functools import lru_cache

from limits import RateLimitItem, RateLimitItemPerHour, RateLimitItemPerMinute
from limits.storage import storage_from_string
from limits.strategies import MovingWindowRateLimiter

from logostudio.config import Settings
from logostudio.identity import Caller

KEY_PREFIX = "logostudio-limits"
log = logging.getLogger(__name__)


class LimitReached(Exception):
    """Over a limit: ``str()`` says what to do, ``retry_after`` is in whole seconds."""

    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class TooManyForAnHour(ValueError):
    """More logos in one set than the hourly limit allows at all (waiting will not help)."""


@dataclass(frozen=True)
class _Bucket:
    item: RateLimitItem
    who: str  # e.g. "user:…", "anon:…", "key:…", "addr:…"
    cost: int
    kind: str  # "sets" or "logos"
    whose: str  # "you" or "address"


@lru_cache(maxsize=8)
def _limiter(uri: str) -> MovingWindowRateLimiter:
    options: dict[str, float | str | bool] = {}
    if uri.startswith("redis"):
        options = {"key_prefix": KEY_PREFIX, "socket_connect_timeout": 3, "socket_timeout": 5}
    return MovingWindowRateLimiter(storage_from_string(uri, **options))


# lru_cache may run `_limiter` once per thread when several miss at once: a burst of requests on a
# fresh server made several in-memory counts, each letting the limit through (12 sets in a minute
# with a limit of 10). One is made at a time.
_MAKING = threading.Lock()


def _shared(uri: str) -> MovingWindowRateLimiter:
    with _MAKING:
        return _limiter(uri)


def limiter(settings: Settings) -> MovingWindowRateLimiter:
    return _shared(settings.redis_url or "memory://")


def duration(seconds: float) -> str:
    """A wait in a person's words: "45 seconds", "4 minutes", "1 hour 5 minutes"."""
    s = max(1, math.ceil(seconds))
    if s < 60:
        return f"{s} second{'s' if s != 1 else ''}"
    m = math.ceil(s / 60)
    if m < 60:
        return f"{m} minute{'s' if m != 1 else ''}"
    h, m = divmod(m, 60)
    return f"{h} hour{'s' if h != 1 else ''}" + (f" {m} minute{'s' if m != 1 else ''}" if m else "")


def _buckets(caller: Caller, variants: int, settings: Settings) -> list[_Bucket]:
    whos: list[tuple[str, str, int, int]] = []  # (who, whose, sets per minute, logos per hour)
    per_identity = (settings.jobs_per_minute, settings.variants_per_hour)
    if caller.key_id is not None:
        whos.append((f"key:{caller.key_id}", "you", *per_identity))
    if caller.user_id is not None:
        whos.append((f"user:{caller.user_id}", "you", *per_identity))
    elif caller.anon_id is not None:
        whos.append((f"anon:{caller.anon_id}", "you", *per_identity))
    if caller.anonymous and caller.address:
        whos.append(
            (f"addr:{caller.address}", "address", settings.address_jobs_per_minute, settings.address_variants_per_hour)
        )
    out: list[_Bucket] = []
    for who, whose, sets, logos in whos:
        if sets:
            out.append(_Bucket(RateLimitItemPerMinute(sets), who, 1, "sets", whose))
        if logos:
            out.append(_Bucket(RateLimitItemPerHour(logos), who, variants, "logos", whose))
    return out


def take(caller: Caller, variants: int, settings: Settings) -> None:
    """Count one set of ``variants`` logos for ``caller``, or raise LimitReached and count nothing.

    Raises TooManyForAnHour when one set alone is over the hourly limit. When the shared count
    (Redis) does not answer, this process counts on its own until it is back: a request is still
    limited, and a job a person asks for is still accepted (it waits for the queue like any other)."""
    buckets = _buckets(caller, variants, settings)
    for b in buckets:
        if b.kind == "logos" and b.cost > b.item.amount:
            raise TooManyForAnHour(
                f"At most {b.item.amount} logos can be made in an hour; ask for {b.item.amount} or fewer."
            )
    try:
        _take(limiter(settings), buckets)
    except LimitReached:
        raise
    except Exception as exc:  # the storage's own errors (redis, …)
        if not settings.redis_url:
            raise
        log.warning("the shared limit count did not answer (%s: %s); counting in this process", type(exc).__name__, exc)
        _take(_shared("memory://"), buckets)


# One request at a time in this process tests and takes its counts, so a request refused by its
# second count never takes a place from its first.
_TAKING = threading.Lock()


def _take(lim: MovingWindowRateLimiter, buckets: list[_Bucket]) -> None:
    # Test every count first, then take from each: a refused request costs nothing. `hit` is
    # atomic in Redis, so two servers racing for the last place cannot both get it.
    with _TAKING:
        for b in buckets:
            if not lim.test(b.item, b.who, cost=b.cost):
                raise _refusal(lim, b)
        for b in buckets:
            if not lim.hit(b.item, b.who, cost=b.cost):
                raise _refusal(lim, b)


def _refusal(lim: MovingWindowRateLimiter, b: _Bucket) -> LimitReached:
    stats = lim.get_window_stats(b.item, b.who)
    wait = max(1.0, stats.reset_time - time.time())
    left = max(0, stats.remaining)
    limit = b.item.amount
    subject = "You have" if b.whose == "you" else "This network has"
    if b.kind == "sets":
        message = (
            f"{subject} made {limit} logo sets in the last minute, the most allowed. "
            f"You can make another in {duration(wait)}."
        )
    elif left:
        message = (
            f"You asked for {b.cost} logos, but {'you' if b.whose == 'you' else 'this network'} can make only "
            f"{left} more this hour (at most {limit} an hour). Ask for {left} or fewer now, "
            f"or wait {duration(wait)} for more."
        )
    else:
        message = (
            f"{subject} made {limit} logos in the last hour, the most allowed. You can make more in {duration(wait)}."
        )
    return LimitReached(message, math.ceil(wait))


__all__ = ["LimitReached", "TooManyForAnHour", "duration", "limiter", "take"]
