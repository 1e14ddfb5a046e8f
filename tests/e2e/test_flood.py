"""A flood of requests against the running servers: exactly the limit gets through, the rest get 429
with Retry-After and a message a person can act on. On the production parts the flood is split
over two app servers sharing one Redis count; on the embedded default it is counted in memory.

The servers run with LIMITS (tests/e2e/conftest.py): 10 sets a minute, 30 logos an hour."""

from __future__ import annotations

import re
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from tests.e2e.conftest import LIMITS, Deployment
from tests.helpers import wait_for_job

SETS_PER_MINUTE = int(LIMITS["JOBS_PER_MINUTE"])
LOGOS_PER_HOUR = int(LIMITS["VARIANTS_PER_HOUR"])


@pytest.fixture()
def servers(deployment: Deployment, request: pytest.FixtureRequest) -> list[str]:
    """Where to send the flood: one server embedded; two behind an imaginary balancer in production."""
    if deployment.name == "production":
        return [deployment.url, request.getfixturevalue("production_second_server")]
    return [deployment.url]


def flood(servers: list[str], key: str, body: dict[str, object], count: int) -> list[httpx.Response]:
    """``count`` POST /api/generate at once (8 in flight), spread over ``servers``."""

    def send(i: int) -> httpx.Response:
        with httpx.Client(base_url=servers[i % len(servers)], timeout=60) as c:
            return c.post("/api/generate", json=body, headers={"Authorization": f"Bearer {key}"})

    with ThreadPoolExecutor(8) as pool:
        return list(pool.map(send, range(count)))


def report(name: str, deployment: Deployment, responses: list[httpx.Response], seconds: float) -> None:
    codes = Counter(r.status_code for r in responses)
    waits = sorted(int(r.headers["retry-after"]) for r in responses if r.status_code == 429)
    print(
        f"\nflood {name} [{deployment.name}]: {len(responses)} requests in {seconds:.1f} s → "
        f"{codes[202]} accepted (202), {codes[429]} refused (429), Retry-After {waits[0]}–{waits[-1]} s"
    )


def test_a_flood_of_sets_gets_exactly_the_limit_through(deployment: Deployment, servers: list[str]) -> None:
    key = deployment.api_key()
    start = time.monotonic()
    responses = flood(servers, key, {"business_type": "bakery", "variants": 1}, 40)
    report("sets per minute", deployment, responses, time.monotonic() - start)
    accepted = [r for r in responses if r.status_code == 202]
    refused = [r for r in responses if r.status_code == 429]
    assert len(accepted) == SETS_PER_MINUTE and len(refused) == 40 - SETS_PER_MINUTE, Counter(
        r.status_code for r in responses
    )
    for r in refused:
        assert 1 <= int(r.headers["retry-after"]) <= 60
        assert re.fullmatch(
            rf"You have made {SETS_PER_MINUTE} logo sets in the last minute, the most allowed\. "
            r"You can make another in (\d+ seconds?|1 minute)\.",
            r.json()["detail"],
        ), r.json()
    for r in accepted:
        job = wait_for_job(r.json()["job_id"], deployment.settings)
        assert job.status == "done", job.error


def test_a_flood_of_logos_stops_at_the_hourly_count(deployment: Deployment, servers: list[str]) -> None:
    key = deployment.api_key()
    per_set = 12
    start = time.monotonic()
    responses = flood(servers, key, {"business_type": "florist", "variants": per_set}, 8)
    report("logos per hour", deployment, responses, time.monotonic() - start)
    accepted = [r for r in responses if r.status_code == 202]
    assert len(accepted) == LOGOS_PER_HOUR // per_set, [r.json() for r in responses]
    left = LOGOS_PER_HOUR - per_set * len(accepted)
    messages = {r.json()["detail"] for r in responses if r.status_code == 429}
    assert messages == {
        f"You asked for {per_set} logos, but you can make only {left} more this hour (at most {LOGOS_PER_HOUR} an "
        f"hour). Ask for {left} or fewer now, or wait 1 hour for more."
    }, messages
    # What it says is so: the six that are left can still be had.
    with httpx.Client(base_url=servers[-1], headers={"Authorization": f"Bearer {key}"}, timeout=30) as c:
        last = c.post("/api/generate", json={"business_type": "florist", "variants": left})
        assert last.status_code == 202, last.text
        assert c.post("/api/generate", json={"business_type": "florist", "variants": 1}).status_code == 429
    for r in [*accepted, last]:
        wait_for_job(r.json()["job_id"], deployment.settings, timeout=120)
