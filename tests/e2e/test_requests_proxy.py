"""Behind a reverse proxy on the same machine, against the running server bound as `./scripts/run`
binds it by default (`::`, IPv4 and IPv6 at once, so an IPv4 proxy's address arrives as
``::ffff:127.0.0.1``): the proxy's X-Forwarded-Proto is believed and the identity cookie is Secure."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator

import httpx
import pytest

from logostudio.studio.identity import COOKIE
from tests.e2e.conftest import start_app
from tests.services import Process

PROXY = {"X-Forwarded-Proto": "https", "X-Forwarded-For": "203.0.113.9"}


@pytest.fixture(scope="module")
def dual_stack() -> Iterator[int]:
    proc: Process
    proc, url = start_app(
        {**os.environ, "DATA_DIR": tempfile.mkdtemp(prefix="logostudio-e2e-proxy-")}, ("--server.address", "::")
    )
    try:
        yield int(url.rsplit(":", 1)[1])
    finally:
        proc.stop()


def cookie(url: str, headers: dict[str, str]) -> str:
    got = httpx.get(url, headers=headers, timeout=30)
    assert got.status_code == 200, got.text[:300]
    (value,) = [c for c in got.headers.get_list("set-cookie") if c.startswith(f"{COOKIE}=")]
    return value


@pytest.mark.parametrize("loopback", ["127.0.0.1", "[::1]"])
def test_a_local_proxy_saying_https_gets_a_secure_cookie(dual_stack: int, loopback: str) -> None:
    url = f"http://{loopback}:{dual_stack}/"
    assert "; Secure" in cookie(url, PROXY)
    assert "; Secure" not in cookie(url, {})  # plain HTTP without a proxy: a Secure cookie would be lost
