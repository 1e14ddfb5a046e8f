"""The count in this process's memory (no REDIS_URL) lets go of identities whose windows passed.

The `limits` library's ``memory://`` store kept every identity it ever saw (an empty list per key
once its window passed) and swept all of them after every hit: 100,000 identities held about
20 MB for good and each sweep took close to half a second, holding the GIL.
"""

from __future__ import annotations

import gc
import time
import tracemalloc
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from logostudio.config import Settings
from logostudio.studio import quota
from logostudio.studio.identity import Caller

IDENTITIES = 100_000


class Clock:
    """``time.time`` for the count, moved on by hand (an hour passes in a statement)."""

    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture()
def clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[Clock]:
    fake = Clock()
    monkeypatch.setattr(time, "time", fake)
    quota._limiter.cache_clear()  # a fresh count, on the fake clock
    yield fake
    quota._limiter.cache_clear()


def _held() -> int:
    gc.collect()
    return tracemalloc.get_traced_memory()[0]


def _many(settings: Settings, clock: Clock) -> None:
    """100,000 programs' keys, each making a set, within two minutes."""
    for n in range(IDENTITIES):
        clock.now += 0.001
        quota.take(Caller(key_id=uuid.UUID(int=n + 1)), 1, settings)


def _later_hits(settings: Settings, clock: Clock, count: int = 300) -> list[float]:
    """Once every window (a minute, an hour) has passed, traffic goes on: one program making
    sets, a few seconds apart. The seconds each of its hits took."""
    clock.now += 3601
    took = []
    for _ in range(count):
        clock.now += 10
        began = time.perf_counter()
        quota.take(Caller(key_id=uuid.UUID(int=0)), 1, settings)
        took.append(time.perf_counter() - began)
    return took


def test_identities_whose_windows_passed_are_let_go(tmp_path: Path, clock: Clock) -> None:
    settings = Settings(DATA_DIR=str(tmp_path), JOBS_PER_MINUTE=10, VARIANTS_PER_HOUR=300)
    quota.limiter(settings)  # made before measuring: the count's own start-up is not what is measured
    tracemalloc.start()
    try:
        start = _held()
        _many(settings, clock)
        busy = _held() - start
        _later_hits(settings, clock)
        after = _held() - start
    finally:
        tracemalloc.stop()
    print(f"\nheld with {IDENTITIES} identities: {busy / 1e6:.1f} MB; after their windows: {after / 1e6:.2f} MB")
    assert busy > 5_000_000  # the identities are really counted while their windows last
    assert after < 500_000, f"{after / 1e6:.1f} MB still held after every window passed"


def test_one_hit_stays_quick_however_many_identities_were_seen(tmp_path: Path, clock: Clock) -> None:
    settings = Settings(DATA_DIR=str(tmp_path), JOBS_PER_MINUTE=10, VARIANTS_PER_HOUR=300)
    _many(settings, clock)
    took = sorted(_later_hits(settings, clock))
    median, slowest = took[len(took) // 2], took[-1]
    print(f"\nhits after {IDENTITIES} identities: median {median * 1000:.2f} ms, slowest {slowest * 1000:.1f} ms")
    assert median < 0.002 and slowest < 0.05, (median, slowest)
    store = quota.limiter(settings).storage
    if isinstance(store, quota.MovingWindows):
        assert len(store) == 2  # the one program's minute and hour


def test_a_window_still_counts_after_others_are_let_go(tmp_path: Path, clock: Clock) -> None:
    """Letting go of the old identities takes nothing from one whose window has not passed."""
    settings = Settings(DATA_DIR=str(tmp_path), JOBS_PER_MINUTE=3, VARIANTS_PER_HOUR=10)
    me = Caller(key_id=uuid.uuid4())
    quota.take(me, 4, settings)
    for n in range(5_000):
        quota.take(Caller(key_id=uuid.UUID(int=n + 1)), 1, settings)
    clock.now += 61  # the minute has passed, the hour has not
    for n in range(5_000):  # the others' minute windows are let go as traffic goes on
        clock.now += 0.001
        quota.take(Caller(key_id=uuid.UUID(int=10_000 + n)), 1, settings)
    quota.take(me, 6, settings)
    with pytest.raises(quota.LimitReached, match=r"You have made 10 logos in the last hour"):
        quota.take(me, 1, settings)
    clock.now += 3601
    quota.take(me, 10, settings)
