"""The server's own pieces without a browser: the identity cookie, /health's answers, /files links."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from starlette.applications import Starlette
from starlette.responses import PlainTextResponse
from starlette.routing import Route
from starlette.testclient import TestClient

from logostudio import studio
from logostudio.studio import identity
from logostudio.web import server as web
from tests.helpers import wait_for_job
from tests.services import free_port


def page(_request: object) -> PlainTextResponse:
    return PlainTextResponse("the app")


@pytest.fixture()
def client(use_env, tmp_path) -> Iterator[TestClient]:
    use_env({"DATA_DIR": str(tmp_path / "data")})
    app = Starlette(routes=[*web.routes(), Route("/", page)], middleware=web.middleware(), lifespan=web.lifespan)
    with TestClient(app, base_url="http://testserver") as started:  # the lifespan makes the schema
        yield started


def set_cookies(response) -> list[str]:
    return response.headers.get_list("set-cookie")


def test_a_browser_gets_one_signed_http_only_cookie(client: TestClient) -> None:
    first = client.get("/")
    (cookie,) = set_cookies(first)
    assert cookie.startswith(f"{identity.COOKIE}=")
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Path=/" in cookie and "Max-Age=" in cookie
    assert set_cookies(client.get("/")) == []  # kept: no new identity on the next visit
    client.cookies.set(identity.COOKIE, "forged.value")
    assert len(set_cookies(client.get("/"))) == 1  # a forged one is replaced
    client.cookies.clear()
    for path in ("/health", "/api/jobs", "/files/x"):  # programs get no cookie
        assert set_cookies(client.get(path)) == []


def test_health_answers_with_each_dependency(client: TestClient) -> None:
    ok = client.get("/health")
    assert ok.status_code == 200
    body = ok.json()
    assert body["status"] == "ok" and set(body["dependencies"]) == {"database", "queue", "storage"}
    for dep in body["dependencies"].values():
        assert dep["status"] == "ok" and dep["latency_ms"] >= 0 and dep["backend"]


def test_health_is_503_when_a_dependency_does_not_answer(use_env, tmp_path, prod_env) -> None:
    use_env({**prod_env, "REDIS_URL": f"redis://127.0.0.1:{free_port()}/0"})
    response = TestClient(Starlette(routes=web.routes())).get("/health")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "unavailable" and body["dependencies"]["queue"]["status"] == "down"
    assert (
        body["dependencies"]["database"]["status"] == "ok"
        and "Connection refused" in body["dependencies"]["queue"]["detail"]
    )


def test_file_links_fetch_the_object_and_nothing_else(client: TestClient) -> None:
    job_id = studio.submit({"business_type": "bakery", "variants": 1})
    job = wait_for_job(job_id)
    url = studio.result(job_id, base_url="http://testserver").urls[job.variants[0].png_key]
    got = client.get(url)
    assert got.status_code == 200 and got.headers["content-type"] == "image/png"
    assert got.content == studio.read_object(job.variants[0].png_key)
    wrong = client.get(url.replace("v00_", "v01_"))
    assert wrong.status_code == 404 and "expired" in wrong.text
    assert client.get(url.split("?")[0]).status_code == 404
