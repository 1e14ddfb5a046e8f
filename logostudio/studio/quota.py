"""Fair limits: sets per minute and logos per hour, per identity, per API key and per address; API
keys made per hour; brand kits and mock-ups made (not yet kept) per minute.

Counted with the `limits` library over a moving window (nobody gets twice the limit by straddling a
boundary): in Redis when REDIS_URL is set, so every app server shares one count, in this process's
memory in the embedded default (:class:`MovingWindows`, which lets go of an identity once its windows
have passed). A request that would go over says what the person can do and when.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from functools import lru_cache

from limits import RateLimitItem, RateLimitItemPerHour, RateLimitItemPerMinute
from limits.storage import MovingWindowSupport, Storage, storage_from_string
from limits.strategies import MovingWindowRateLimiter

from logostudio.config import Settings
from logostudio.errors import LimitReached, TooManyForAnHour
from logostudio.studio.identity import Caller

KEY_PREFIX = "logostudio-limits"
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Bucket:
    item: RateLimitItem
    who: str  # e.g. "user:…", "anon:…", "key:…", "addr:…"
    cost: int
    kind: str  # "sets", "logos", "keys" or "builds"
    whose: str  # "you" or "address"


# Each kind of count has a namespace of its own, so two limits of the same size and period (10 API
# keys and 10 logos an hour, say) never share one count. Sets and logos keep the library's default.
_KEYS = "KEYS"
_BUILDS = "BUILDS"


class MovingWindows(Storage, MovingWindowSupport):
    """Moving-window counts in this process's memory that let go of an identity once its window
    has passed.

    `limits`' own ``memory://`` store keeps an empty list for every key it ever saw and sweeps
    every key on a timer thread after each hit (100,000 identities: about 20 MB held for good, half
    a second of GIL per sweep). Here each window length keeps its keys in the order they were last
    hit, so the ones whose window has passed are always at the front: every call lets go of up to
    ``SWEEP`` of them, a cost that does not grow with the number of identities, and what is held
    is what the windows still count (the last hour's identities)."""

    STORAGE_SCHEME = None  # made directly, never from a URI
    SWEEP = 256  # expired keys let go per call: a burst is drained by the traffic after it

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()
        # window length (s) → key → hits in that window, newest first: (time, amount)
        self._windows: dict[int, OrderedDict[str, list[tuple[float, int]]]] = {}
        self._peaks: dict[int, int] = {}  # the most keys each window has held since it was copied

    @property
    def base_exceptions(self) -> type[Exception] | tuple[type[Exception], ...]:
        return ValueError

    def __len__(self) -> int:
        """The keys held, in every window."""
        with self._lock:
            return sum(len(keys) for keys in self._windows.values())

    def _sweep(self, now: float) -> None:
        budget = self.SWEEP
        for expiry, keys in list(self._windows.items()):
            while keys and budget:
                key, hits = next(iter(keys.items()))
                if hits and hits[0][0] > now - expiry:
                    break  # the rest were hit later still
                del keys[key]
                budget -= 1
            # A dict keeps the table it grew to, however few keys are left: one that emptied is
            # dropped and one down to a quarter of its peak is copied, so the memory goes too.
            if not keys:
                del self._windows[expiry]
                self._peaks.pop(expiry, None)
            elif len(keys) < self._peaks.get(expiry, 0) // 4:
                self._windows[expiry] = OrderedDict(keys)
                self._peaks[expiry] = len(keys)

    @staticmethod
    def _live(hits: list[tuple[float, int]], now: float, expiry: int) -> list[tuple[float, int]]:
        return [h for h in hits if h[0] > now - expiry]

    def acquire_entry(self, key: str, limit: int, expiry: int, amount: int = 1) -> bool:
        if amount > limit:
            return False
        now = time.time()
        with self._lock:
            self._sweep(now)
            keys = self._windows.setdefault(expiry, OrderedDict())
            hits = self._live(keys.get(key, []), now, expiry)
            if sum(n for _, n in hits) + amount > limit:
                return False
            keys[key] = [(now, amount), *hits]
            keys.move_to_end(key)
            self._peaks[expiry] = max(self._peaks.get(expiry, 0), len(keys))
            return True

    def get_moving_window(self, key: str, limit: int, expiry: int) -> tuple[float, int]:
        now = time.time()
        with self._lock:
            self._sweep(now)
            hits = self._live(self._windows.get(expiry, OrderedDict()).get(key, []), now, expiry)
        if not hits:
            return now, 0
        return hits[-1][0], sum(n for _, n in hits)

    def clear(self, key: str) -> None:
        with self._lock:
            for keys in self._windows.values():
                keys.pop(key, None)

    def reset(self) -> int | None:
        with self._lock:
            held = sum(len(keys) for keys in self._windows.values())
            self._windows.clear()
            self._peaks.clear()
        return held

    def check(self) -> bool:
        return True

    # Counters for the other strategies: the moving window is the only one used here.
    def incr(self, key: str, expiry: int, amount: int = 1) -> int:
        raise NotImplementedError("MovingWindows counts moving windows only")

    def get(self, key: str) -> int:
        raise NotImplementedError("MovingWindows counts moving windows only")

    def get_expiry(self, key: str) -> float:
        raise NotImplementedError("MovingWindows counts moving windows only")


@lru_cache(maxsize=8)
def _limiter(uri: str) -> MovingWindowRateLimiter:
    if uri == "memory://":
        return MovingWindowRateLimiter(MovingWindows())
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


def _owner(caller: Caller) -> str | None:
    """The count of the person or browser behind the caller (a key counts for its owner too)."""
    owner = caller.owner()
    if owner.nobody:
        return None
    return f"user:{owner.user_id}" if owner.user_id is not None else f"anon:{owner.anon_id}"


def _address(caller: Caller) -> str | None:
    """The address's count, for a caller who is not signed in (a browser, or a key a browser made):
    new cookies and new keys cost nothing, so the address is what holds them to a fair share."""
    return f"addr:{caller.address}" if caller.anonymous and caller.address else None


def _whos(caller: Caller, *, with_key: bool = True) -> list[tuple[str, str]]:
    """Whom a request counts for, as (who, whose): its API key, the person or browser behind it
    ("you"), and the address of a caller not signed in ("address")."""
    whos: list[tuple[str, str]] = []
    if with_key and caller.key_id is not None:
        whos.append((f"key:{caller.key_id}", "you"))
    if owner := _owner(caller):
        whos.append((owner, "you"))
    if address := _address(caller):
        whos.append((address, "address"))
    return whos


def _buckets(caller: Caller, variants: int, settings: Settings) -> list[_Bucket]:
    out: list[_Bucket] = []
    for who, whose in _whos(caller):
        sets, logos = (
            (settings.jobs_per_minute, settings.variants_per_hour)
            if whose == "you"
            else (settings.address_jobs_per_minute, settings.address_variants_per_hour)
        )
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
    _count(buckets, settings)


def take_key(caller: Caller, settings: Settings) -> None:
    """Count one new API key for ``caller``, or raise LimitReached and count nothing: KEYS_PER_HOUR
    for the person or browser, ADDRESS_KEYS_PER_HOUR for the address of one not signed in (each
    key is an identity of its own for the other limits, so making them must not be free)."""
    limits = {"you": settings.keys_per_hour, "address": settings.address_keys_per_hour}
    _count(
        [
            _Bucket(RateLimitItemPerHour(limits[whose], namespace=_KEYS), who, 1, "keys", whose)
            for who, whose in _whos(caller, with_key=False)
            if limits[whose]
        ],
        settings,
    )


def _build_buckets(caller: Caller, settings: Settings) -> list[_Bucket]:
    """A brand kit or mock-ups made on request (kept afterwards, so only the first asking counts):
    as many a minute as sets, per key, per person or browser, and per address for callers not
    signed in, in a count of their own so downloading never takes a place from making logos."""
    limits = {"you": settings.jobs_per_minute, "address": settings.address_jobs_per_minute}
    return [
        _Bucket(RateLimitItemPerMinute(limits[whose], namespace=_BUILDS), who, 1, "builds", whose)
        for who, whose in _whos(caller)
        if limits[whose]
    ]


def take_build(caller: Caller, settings: Settings) -> None:
    """Count one brand kit or set of mock-ups made for ``caller``, or raise LimitReached."""
    _count(_build_buckets(caller, settings), settings)


def build_refusal(caller: Caller, settings: Settings) -> LimitReached | None:
    """What :func:`take_build` would refuse with now, counting nothing (None when one more may be
    made, or when the count does not answer): for a page to say so before a download is pressed."""
    try:
        lim = limiter(settings)
        return next((_refusal(lim, b) for b in _build_buckets(caller, settings) if not lim.test(b.item, b.who)), None)
    except Exception as exc:  # the storage's own errors (redis, …): taking will say what it can
        log.warning("the limit count did not answer (%s: %s)", type(exc).__name__, exc)
        return None


def _count(buckets: list[_Bucket], settings: Settings) -> None:
    if not buckets:
        return
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
    if b.kind == "builds":
        whom = "you have" if b.whose == "you" else "this network has"
        message = (
            f"Brand kits and mock-ups are made the first time they are asked for, and {whom} asked for "
            f"{limit} new ones in the last minute, the most allowed. You can ask for another in {duration(wait)}; "
            "those made already download at once."
        )
    elif b.kind == "keys":
        message = (
            f"{subject} made {limit} API keys in the last hour, the most allowed. "
            f"You can make another in {duration(wait)}. The keys you have keep working."
        )
    elif b.kind == "sets":
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


__all__ = [
    "LimitReached",
    "MovingWindows",
    "TooManyForAnHour",
    "build_refusal",
    "duration",
    "limiter",
    "take",
    "take_build",
    "take_key",
]
