"""Fair limits through the studio: per identity, per key, per address; messages that say when;
one shared count in Redis for every server."""

from __future__ import annotations

import re
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest

from logostudio import studio
from logostudio.config import Settings
from logostudio.storage.db import ensure_schema
from logostudio.studio import quota
from logostudio.studio.identity import Caller
from tests.helpers import wait_for_job

ONE = {"business_type": "bakery", "variants": 1}


@pytest.fixture()
def limited(tmp_path) -> Settings:
    settings = Settings(
        DATA_DIR=str(tmp_path / "data"),
        JOBS_PER_MINUTE=3,
        VARIANTS_PER_HOUR=10,
        ADDRESS_JOBS_PER_MINUTE=5,
        ADDRESS_VARIANTS_PER_HOUR=100,
    )
    ensure_schema(settings)
    return settings


def browser(address: str = "203.0.113.7") -> Caller:
    return Caller(anon_id=uuid.uuid4(), address=address)


def test_sets_per_minute_per_identity(limited: Settings) -> None:
    me = browser()
    ids = [studio.submit(ONE, limited, me) for _ in range(3)]
    with pytest.raises(studio.LimitReached) as refused:
        studio.submit(ONE, limited, me)
    message = str(refused.value)
    assert re.fullmatch(
        r"You have made 3 logo sets in the last minute, the most allowed\. "
        r"You can make another in (\d+ seconds?|1 minute)\.",
        message,
    ), message
    assert 1 <= refused.value.retry_after <= 60
    # Another browser has its own count; nothing was stored for the refusal.
    studio.submit(ONE, limited, browser("198.51.100.1"))
    assert studio.list_jobs(1, 10, limited, me)[1] == 3
    for job_id in ids:
        wait_for_job(job_id, limited)


def test_logos_per_hour_say_how_many_are_left(limited: Settings) -> None:
    me = browser()
    studio.submit({**ONE, "variants": 8}, limited, me)
    with pytest.raises(studio.LimitReached, match=r"You asked for 3 logos, but you can make only 2 more this hour "):
        studio.submit({**ONE, "variants": 3}, limited, me)
    studio.submit({**ONE, "variants": 2}, limited, me)
    with pytest.raises(studio.LimitReached, match=r"You have made 10 logos in the last hour, the most allowed\. "):
        studio.submit(ONE, limited, me)
    # One set larger than the hourly limit can never go through: a refused brief, not a wait.
    with pytest.raises(studio.InvalidBrief) as too_many:
        studio.submit({**ONE, "variants": 11}, limited, browser())
    assert too_many.value.errors == {"variants": "At most 10 logos can be made in an hour; ask for 10 or fewer."}


def test_anonymous_browsers_share_their_address_count(limited: Settings) -> None:
    # Five new browsers (cleared cookies) from one address: the address's limit holds.
    for _ in range(5):
        studio.submit(ONE, limited, browser("192.0.2.50"))
    with pytest.raises(studio.LimitReached, match=r"^This network has made 5 logo sets in the last minute"):
        studio.submit(ONE, limited, browser("192.0.2.50"))
    # A signed-in person or a key is counted as themselves, not by address.
    person = Caller(user_id=studio.sign_in("quota@example.com", None, limited), address="192.0.2.50")
    studio.submit(ONE, limited, person)
    # The operator at a terminal has no limits.
    for _ in range(4):
        studio.submit(ONE, limited)


def test_a_key_is_limited_and_so_is_its_owner(limited: Settings) -> None:
    owner = studio.operator_caller("keys@example.com", limited)
    _, key1 = studio.create_api_key(owner, "one", limited)
    _, key2 = studio.create_api_key(owner, "two", limited)
    k1 = studio.authenticate(key1, limited, "192.0.2.9")
    k2 = studio.authenticate(key2, limited, "192.0.2.9")
    assert k1 and k2
    studio.submit(ONE, limited, k1)
    studio.submit(ONE, limited, k1)
    studio.submit(ONE, limited, k2)
    # Two keys do not make twice the limit: the owner's count is full.
    with pytest.raises(studio.LimitReached):
        studio.submit(ONE, limited, k2)


def test_redis_holds_one_count_for_every_server(prod_settings: Settings) -> None:
    settings = prod_settings.model_copy(update={"jobs_per_minute": 4, "variants_per_hour": 100})
    caller = Caller(user_id=uuid.uuid4())

    def attempt(_: int) -> bool:
        try:
            quota.take(caller, 1, settings)
            return True
        except quota.LimitReached:
            return False

    first = [attempt(i) for i in range(2)]
    quota._limiter.cache_clear()  # a new Redis client, as another app server has: the same count
    with ThreadPoolExecutor(6) as pool:  # racing for the last two places
        rest = list(pool.map(attempt, range(10)))
    assert first == [True, True] and sum(rest) == 2, rest
    stats = quota.limiter(settings).get_window_stats(quota.RateLimitItemPerMinute(4), f"user:{caller.user_id}")
    assert stats.remaining == 0


def test_a_counter_that_does_not_answer_is_replaced_by_one_in_this_process(limited: Settings) -> None:
    """With Redis down a person's job is still accepted (it waits for the queue), and still limited."""
    from tests.services import free_port

    dead = limited.model_copy(update={"redis_url": f"redis://127.0.0.1:{free_port()}/0"})
    caller = browser()
    taken = 0
    with pytest.raises(quota.LimitReached):
        for _ in range(limited.jobs_per_minute + 1):
            quota.take(caller, 1, dead)
            taken += 1
    assert taken == limited.jobs_per_minute


def test_durations_read_as_a_person_says_them() -> None:
    assert [quota.duration(s) for s in (0.2, 1, 45, 60, 61, 240, 3599, 3600, 3900)] == [
        "1 second",
        "1 second",
        "45 seconds",
        "1 minute",
        "2 minutes",
        "4 minutes",
        "1 hour",
        "1 hour",
        "1 hour 5 minutes",
    ]


def test_the_count_in_this_process_holds_under_many_threads_at_once(limited: Settings) -> None:
    """The embedded default counts in memory: a burst from many threads at once, on a fresh server,
    gets exactly the limit through (threads that raced to make the count each made their own)."""
    for round_ in range(5):
        quota._limiter.cache_clear()
        caller = Caller(key_id=uuid.uuid4())

        def attempt(_: int, caller: Caller = caller) -> bool:
            try:
                quota.take(caller, 1, limited)
                return True
            except quota.LimitReached:
                return False

        with ThreadPoolExecutor(16) as pool:
            taken = list(pool.map(attempt, range(40)))
        assert sum(taken) == limited.jobs_per_minute, (round_, sum(taken))


def test_keys_made_by_browsers_not_signed_in_count_against_their_address(limited: Settings) -> None:
    """Three fresh browsers each made a key and used it from their address: 9 sets in a minute got
    through an address limit of 5, because a key was never counted by address."""
    address = "198.51.100.77"
    keys = [studio.create_api_key(browser(address), f"script {n}", limited)[1] for n in range(3)]
    programs = [studio.authenticate(key, limited, address) for key in keys]
    accepted = []
    for n in range(9):
        program = programs[n % 3]
        assert program is not None and not program.signed_in
        try:
            accepted.append(studio.submit(ONE, limited, program))
        except studio.LimitReached as refused:
            assert str(refused).startswith("This network has made 5 logo sets in the last minute")
    # No more than one browser alone gets from this address.
    assert len(accepted) == limited.address_jobs_per_minute
    for job_id in accepted:
        wait_for_job(job_id, limited)


def test_making_keys_has_a_limit_of_its_own(tmp_path) -> None:
    settings = Settings(DATA_DIR=str(tmp_path / "data"), KEYS_PER_HOUR=2, ADDRESS_KEYS_PER_HOUR=3)
    ensure_schema(settings)
    address = "198.51.100.90"
    me = browser(address)
    studio.create_api_key(me, "one", settings)
    studio.create_api_key(me, "two", settings)
    with pytest.raises(studio.LimitReached) as refused:
        studio.create_api_key(me, "three", settings)
    assert re.fullmatch(
        r"You have made 2 API keys in the last hour, the most allowed\. "
        r"You can make another in (\d+ minutes?|1 hour)\. The keys you have keep working\.",
        str(refused.value),
    ), str(refused.value)
    assert 3500 <= refused.value.retry_after <= 3600
    # A new browser (cookies cleared) on the same network: the address's count holds.
    studio.create_api_key(browser(address), "four", settings)
    with pytest.raises(studio.LimitReached, match=r"^This network has made 3 API keys in the last hour"):
        studio.create_api_key(browser(address), "five", settings)
    # A signed-in person is counted as themselves; nothing was stored for the refusals.
    person = Caller(user_id=studio.sign_in("keys-limit@example.com", None, settings), address=address)
    studio.create_api_key(person, "mine", settings)
    assert [k.name for k in studio.list_api_keys(settings, me)] == ["two", "one"]
