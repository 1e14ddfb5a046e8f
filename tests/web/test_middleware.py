"""What a hostile request meets at the server's door, in process: bodies refused while they stream in,
JSON nested past reason, who the client is behind a proxy, the security headers, and links that do
not echo the Host header."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse
from starlette.routing import Route, WebSocketRoute
from starlette.testclient import TestClient
from starlette.websockets import WebSocket
from streamlit.web.server.starlette.starlette_websocket import StarletteClientContext
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

from logostudio import studio
from logostudio.config import get_settings
from logostudio.studio.identity import Caller
from logostudio.web import server as web
from logostudio.web.api import routes
from tests.helpers import wait_for_job

CHUNK = 8192


def page(_request: Request) -> PlainTextResponse:
    """Stands for Streamlit's page: it never reads a body."""
    return PlainTextResponse("the app")


async def echo(request: Request) -> JSONResponse:
    """Stands for a route that reads whatever body it is sent."""
    return JSONResponse({"bytes": len(await request.body())})


def build_app() -> Starlette:
    return Starlette(
        routes=[*web.routes(), Route("/", page, methods=["GET", "POST"]), Route("/echo", echo, methods=["POST"])],
        middleware=web.middleware(),
        lifespan=web.lifespan,
    )


@pytest.fixture()
def app(use_env, tmp_path) -> Iterator[Starlette]:
    use_env({"DATA_DIR": str(tmp_path / "data")})
    built = build_app()
    with TestClient(built):  # the lifespan makes the schema
        yield built


@pytest.fixture()
def client(app: Starlette) -> TestClient:
    return TestClient(app, raise_server_exceptions=False)


@pytest.fixture()
def key(app: Starlette) -> str:
    return studio.create_api_key(Caller(anon_id=uuid.uuid4()), "test")[1]


def call(
    app: Starlette, path: str, body: Iterator[bytes], headers: dict[str, str] | None = None
) -> tuple[int, bytes, int]:
    """One POST straight through the ASGI interface, its body pulled chunk by chunk as a server
    would hand it over. Returns (status, response body, body bytes the app pulled)."""
    pulled = 0
    ended = False
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        nonlocal pulled, ended
        if ended:
            await asyncio.sleep(0.01)
            return {"type": "http.disconnect"}
        chunk = next(body, None)
        if chunk is None:
            ended = True
            return {"type": "http.request", "body": b"", "more_body": False}
        pulled += len(chunk)
        return {"type": "http.request", "body": chunk, "more_body": True}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "asgi": {"version": "3.0", "spec_version": "2.3"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "root_path": "",
        "query_string": b"",
        "headers": [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()],
        "client": ("203.0.113.5", 40000),
        "server": ("testserver", 80),
        "state": {},
    }
    # A loop of its own in a thread of its own: Playwright's sync API may hold a running loop in this
    # thread when the browser tests ran first in the same session.
    with ThreadPoolExecutor(1) as runner:
        runner.submit(asyncio.run, app(scope, receive, send)).result()  # type: ignore[arg-type]
    start = next(m for m in sent if m["type"] == "http.response.start")
    content = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return start["status"], content, pulled


def chunks(total: int, size: int = CHUNK) -> Iterator[bytes]:
    """``total`` bytes of JSON-ish filler, ``size`` at a time."""
    for start in range(0, total, size):
        yield b" " * min(size, total - start)


# ---------------------------------------------------------------- request bodies


@pytest.mark.parametrize("path", ["/", "/echo", "/api/generate", "/health", "/nowhere"])
def test_a_declared_oversize_body_is_refused_before_a_byte_is_read(app: Starlette, key: str, path: str) -> None:
    limit = get_settings().max_request_bytes
    headers = {"Content-Length": str(limit + 1), "Authorization": f"Bearer {key}"}
    status, content, pulled = call(app, path, chunks(limit + 1), headers)
    assert status == 413 and pulled == 0
    assert str(limit) in content.decode()


@pytest.mark.parametrize("path", ["/", "/echo", "/api/generate", "/health"])
def test_a_streamed_body_is_refused_once_it_passes_the_limit(app: Starlette, key: str, path: str) -> None:
    limit = get_settings().max_request_bytes
    headers = {"Transfer-Encoding": "chunked", "Authorization": f"Bearer {key}"}
    status, content, pulled = call(app, path, chunks(4 * 1024 * 1024), headers)
    assert status == 413, content
    assert pulled <= limit + CHUNK, f"{pulled} bytes were read before the refusal"
    assert "bytes" in content.decode()


def test_a_body_within_the_limit_reaches_the_route_whole(app: Starlette) -> None:
    limit = get_settings().max_request_bytes
    status, content, pulled = call(app, "/echo", chunks(limit), {"Transfer-Encoding": "chunked"})
    assert status == 200 and pulled == limit and content == b'{"bytes":%d}' % limit
    status, content, _ = call(app, "/echo", chunks(1000), {"Content-Length": "1000"})
    assert status == 200 and content == b'{"bytes":1000}'


def test_the_limit_is_a_setting(use_env, tmp_path) -> None:
    use_env({"DATA_DIR": str(tmp_path / "data"), "MAX_REQUEST_BYTES": "2048"})
    app = build_app()
    assert call(app, "/echo", chunks(2048), {"Transfer-Encoding": "chunked"})[0] == 200
    status, _, pulled = call(app, "/echo", chunks(100_000, 512), {"Transfer-Encoding": "chunked"})
    assert status == 413 and pulled <= 2048 + 512


def test_generate_refuses_a_body_over_a_briefs_size_with_413(app: Starlette, client: TestClient, key: str) -> None:
    auth = {"Authorization": f"Bearer {key}"}
    brief = {"business_type": "bakery", "slogan": "x" * 20_000}  # under the server's limit, over a brief's
    for sent in (
        client.post("/api/generate", json=brief, headers=auth),
        client.post(
            "/api/generate", content=iter([b'{"business_type": "bakery", "slogan": "', b"x" * 20_000]), headers=auth
        ),
    ):
        assert sent.status_code == 413, sent.text
        assert sent.headers["content-type"] == "application/json"
        assert f"a brief fits in {routes.MAX_BODY}" in sent.json()["detail"]
    # A declared length over a brief's is refused before the body is read.
    status, content, pulled = call(app, "/api/generate", chunks(60_000, 1024), {"Content-Length": "60000", **auth})
    assert status == 413 and pulled == 0 and b"a brief fits in" in content
    ok = client.post("/api/generate", json={"business_type": "bakery", "variants": 1}, headers=auth)
    assert ok.status_code == 202, ok.text


def test_the_schema_documents_413(client: TestClient) -> None:
    schema = client.get("/api/openapi.json").json()
    refusal = schema["paths"]["/generate"]["post"]["responses"]["413"]
    assert refusal["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/Problem"}
    assert "16384" in refusal["description"]


# ---------------------------------------------------------------- JSON nested past reason


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(b"[" * 8000 + b"]" * 8000, id="8000-deep-lists"),
        pytest.param(
            b'{"business_type": "bakery", "preferences": ' + b'{"a":' * 2000 + b"1" + b"}" * 2001, id="objects"
        ),
        pytest.param(b'{"business_type": "bakery", "slogan": ' + b"[" * 500 + b"]" * 500 + b"}", id="500-in-a-field"),
        pytest.param(b'{"business_type": "bakery", "seed": [[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]}', id="20-deep"),
    ],
)
def test_json_nested_past_reason_is_refused_with_422(client: TestClient, key: str, body: bytes) -> None:
    r = client.post("/api/generate", content=body, headers={"Authorization": f"Bearer {key}"})
    assert r.status_code == 422, r.text
    assert "nested" in r.json()["detail"] and "nested" in r.json()["errors"]["brief"]


def test_a_brief_nested_as_deep_as_a_brief_goes_is_judged_on_its_fields(client: TestClient, key: str) -> None:
    auth = {"Authorization": f"Bearer {key}"}
    r = client.post("/api/generate", json={"business_type": "bakery", "preferences": {"style": [["x"]]}}, headers=auth)
    assert r.status_code == 422 and set(r.json()["errors"]) == {"style"}


# ---------------------------------------------------------------- links


def test_result_links_start_with_public_url_whatever_the_host_header(use_env, tmp_path) -> None:
    use_env({"DATA_DIR": str(tmp_path / "data"), "PUBLIC_URL": "https://logos.example.com/"})
    with TestClient(build_app()) as client:
        key = studio.create_api_key(Caller(anon_id=uuid.uuid4()), "test")[1]
        auth = {"Authorization": f"Bearer {key}"}
        job_id = client.post("/api/generate", json={"business_type": "bakery", "variants": 1}, headers=auth).json()[
            "job_id"
        ]
        wait_for_job(job_id)
        for host in ("evil.example", "testserver", "127.0.0.1:9"):
            result = client.get(f"/api/result/{job_id}", headers={**auth, "Host": host}).json()
            for kind in ("svg", "png"):
                url = result["variants"][0][kind]["url"]
                assert url.startswith(f"https://logos.example.com/files/jobs/{job_id}/"), (host, url)
                # The link answers on this server whatever address it names.
                assert client.get(url.removeprefix("https://logos.example.com")).status_code == 200


# ---------------------------------------------------------------- who the client is


def whoami(request: Request) -> JSONResponse:
    return JSONResponse({"client": request.client.host if request.client else None, "scheme": request.url.scheme})


async def whoami_ws(websocket: WebSocket) -> None:
    """What Streamlit's websocket sees: its client context is where st.context.ip_address comes from."""
    await websocket.accept()
    await websocket.send_json(
        {"ip_address": StarletteClientContext(websocket).remote_ip, "scheme": websocket.scope["scheme"]}
    )
    await websocket.close()


def proxied_app(env: dict[str, str], use_env, tmp_path) -> Starlette:
    use_env({"DATA_DIR": str(tmp_path / "data"), **env})
    return Starlette(
        routes=[*web.routes(), Route("/", page), Route("/whoami", whoami), WebSocketRoute("/ws", whoami_ws)],
        middleware=web.middleware(),
    )


def seen(app: Any, peer: str, headers: dict[str, str] | None = None) -> tuple[str, str, str, str, bool]:
    """(client, scheme) over HTTP, (ip_address, scheme) over the websocket, and whether the identity
    cookie came Secure, for a request from ``peer`` with ``headers``."""
    client = TestClient(app, client=(peer, 50000), headers=headers)
    cookie = client.get("/").headers["set-cookie"]
    http = client.get("/whoami").json()
    with client.websocket_connect("/ws") as ws:
        socket = ws.receive_json()
    return http["client"], http["scheme"], socket["ip_address"], socket["scheme"], "; Secure" in cookie


PROXY = {"X-Forwarded-For": "203.0.113.9", "X-Forwarded-Proto": "https"}


def test_an_ipv4_mapped_peer_counts_as_its_ipv4_address(use_env, tmp_path) -> None:
    app = proxied_app({}, use_env, tmp_path)
    assert seen(app, "::ffff:198.51.100.7") == ("198.51.100.7", "http", "198.51.100.7", "ws", False)
    assert seen(app, "2001:db8::1") == ("2001:db8::1", "http", "2001:db8::1", "ws", False)


def test_a_proxy_on_the_same_machine_is_believed_on_a_dual_stack_bind(use_env, tmp_path) -> None:
    app = proxied_app({}, use_env, tmp_path)
    for peer in ("::ffff:127.0.0.1", "127.0.0.1", "::1"):
        assert seen(app, peer, PROXY) == ("203.0.113.9", "https", "203.0.113.9", "wss", True), peer
    # Without the headers the proxy is the client (loopback, which st.context.ip_address gives as None).
    assert seen(app, "::ffff:127.0.0.1") == ("127.0.0.1", "http", "127.0.0.1", "ws", False)


def test_forwarded_headers_from_anyone_else_are_ignored(use_env, tmp_path) -> None:
    app = proxied_app({}, use_env, tmp_path)
    for peer in ("198.51.100.7", "::ffff:198.51.100.7", "2001:db8::1"):
        expected = peer.removeprefix("::ffff:")
        assert seen(app, peer, PROXY) == (expected, "http", expected, "ws", False), peer


def test_the_client_is_the_rightmost_address_no_trusted_proxy_added(use_env, tmp_path) -> None:
    app = proxied_app({"FORWARDED_ALLOW_IPS": "127.0.0.1, 10.0.0.0/8"}, use_env, tmp_path)
    chain = {"X-Forwarded-For": "6.6.6.6, 203.0.113.9, ::ffff:10.1.1.1", "X-Forwarded-For-Not": "x"}
    assert seen(app, "::ffff:10.2.3.4", chain)[0] == "203.0.113.9"  # 6.6.6.6 is what the client claimed
    two_headers = TestClient(app, client=("127.0.0.1", 1))
    got = two_headers.get("/whoami", headers=[("X-Forwarded-For", "6.6.6.6"), ("X-Forwarded-For", "203.0.113.9:4711")])
    assert got.json()["client"] == "203.0.113.9"
    ipv6 = two_headers.get("/whoami", headers={"X-Forwarded-For": "[2001:db8::7]:4711"})
    assert ipv6.json()["client"] == "2001:db8::7"
    only_proxies = two_headers.get("/whoami", headers={"X-Forwarded-For": "10.9.9.9, 10.1.1.1"})
    assert only_proxies.json()["client"] == "10.9.9.9"  # the first of trusted proxies' chain


def test_any_peer_is_believed_with_a_star(use_env, tmp_path) -> None:
    app = proxied_app({"FORWARDED_ALLOW_IPS": "*"}, use_env, tmp_path)
    assert seen(app, "198.51.100.7", PROXY) == ("203.0.113.9", "https", "203.0.113.9", "wss", True)


def test_uvicorns_own_proxy_middleware_in_front_changes_nothing(use_env, tmp_path) -> None:
    """uvicorn reads FORWARDED_ALLOW_IPS too and rewrites the client first when it trusts the peer
    (127.0.0.1, not ::ffff:127.0.0.1); the client it leaves is not rewritten again."""
    for allowed in ("127.0.0.1,::1", "127.0.0.1, 10.0.0.0/8", "*"):
        app = proxied_app({"FORWARDED_ALLOW_IPS": allowed}, use_env, tmp_path)
        behind = ProxyHeadersMiddleware(app, trusted_hosts=allowed)  # type: ignore[arg-type]
        for peer in ("127.0.0.1", "::ffff:127.0.0.1", "::1", "::ffff:10.2.3.4", "198.51.100.7"):
            for headers in (
                PROXY,
                {"X-Forwarded-For": "6.6.6.6, 203.0.113.9, 10.1.1.1", "X-Forwarded-Proto": "https"},
                {"X-Forwarded-For": "10.9.9.9, 10.1.1.1"},
                {"X-Forwarded-For": "203.0.113.9, ::ffff:127.0.0.1"},
                {},
            ):
                assert seen(behind, peer, headers) == seen(app, peer, headers), (allowed, peer, headers)


# ---------------------------------------------------------------- security headers

FILE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox"


def test_logo_files_are_served_inert(client: TestClient) -> None:
    job_id = studio.submit({"business_type": "bakery", "variants": 1})
    wait_for_job(job_id)
    found = studio.result(job_id, base_url="http://testserver")
    variant = found.job.variants[0]
    for key, media in ((variant.svg_key, "image/svg+xml"), (variant.png_key, "image/png")):
        got = client.get(found.urls[key])
        assert got.status_code == 200 and got.headers["content-type"] == media
        assert got.headers["x-content-type-options"] == "nosniff"
        assert got.headers["content-security-policy"] == f"{FILE_POLICY}; frame-ancestors 'self'"
        assert got.headers["referrer-policy"] == "same-origin"
    wrong = client.get("/files/jobs/x.svg?token=nope")
    assert wrong.status_code == 404 and wrong.headers["content-security-policy"].startswith(FILE_POLICY)


def test_every_answer_says_nosniff_and_who_may_frame_it(client: TestClient, key: str) -> None:
    auth = {"Authorization": f"Bearer {key}"}
    answers = {
        "page": client.get("/"),
        "health": client.get("/health"),
        "api": client.get("/api/jobs", headers=auth),
        "api refusal": client.get("/api/jobs"),
        "api docs": client.get("/api/docs"),
        "schema": client.get("/api/openapi.json"),
        "not found": client.get("/nowhere"),
        "too large": client.post("/echo", content=b"x" * 70_000),
    }
    for name, got in answers.items():
        assert got.headers.get("x-content-type-options") == "nosniff", name
        # Only who may frame it: Streamlit's page and Swagger UI run their own scripts and styles.
        assert got.headers.get_list("content-security-policy") == ["frame-ancestors 'self'"], name
        assert got.headers.get("referrer-policy") == "same-origin", name
        assert got.headers.get("x-frame-options") == "SAMEORIGIN", name


def test_who_may_frame_the_app_is_a_setting(use_env, tmp_path) -> None:
    use_env({"DATA_DIR": str(tmp_path / "data"), "FRAME_ANCESTORS": "'self' https://intranet.example.com"})
    got = TestClient(build_app()).get("/")
    assert got.headers["content-security-policy"] == "frame-ancestors 'self' https://intranet.example.com"
    assert "x-frame-options" not in got.headers  # it cannot name another origin
    use_env({"FRAME_ANCESTORS": "'none'"})
    got = TestClient(build_app()).get("/")
    assert (
        got.headers["content-security-policy"] == "frame-ancestors 'none'" and got.headers["x-frame-options"] == "DENY"
    )
