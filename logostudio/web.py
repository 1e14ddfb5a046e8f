"""The one web server: Streamlit's ``st.App`` serves the app at /, the REST API under /api, /health,
and /files/ (the embedded default's logo files, by signed link). One process, one port.

``app.py`` builds the ``st.App`` from the pieces here; ``streamlit run app.py`` finds it and serves
it with uvicorn. The middleware gives every browser its anonymous identity (a signed, HttpOnly
cookie) before the page that opens Streamlit's websocket is served, so the app reads it from
``st.context.cookies`` on the very first visit.
"""

from __future__ import annotations

import contextlib
import json
import mimetypes
from collections.abc import AsyncIterator
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.requests import Request, cookie_parser
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from logostudio import health, identity, service
from logostudio.api import api
from logostudio.config import get_settings
from logostudio.db import ensure_schema
from logostudio.storage import StorageError

# Programs' paths: no anonymous identity for them (the API has keys, the others need none).
MACHINE_PATHS = ("/api", "/health", "/files/")


def _header(scope: Scope, name: bytes) -> bytes | None:
    """The first value of a request header (names in ASGI scopes are lower case)."""
    for key, value in scope.get("headers") or []:
        if key == name:
            return bytes(value)
    return None


class BodyLimit:
    """Refuses a request body over MAX_REQUEST_BYTES with 413 on every route, ours and Streamlit's,
    before it is held in memory: a declared Content-Length at once, without reading a byte; a body
    of unknown length (chunked) counted as it streams in and refused as soon as it passes the limit.

    A chunked body within the limit is read here and handed to the route whole, so a route that
    never reads its body (Streamlit's page) answers 413 too, rather than 200 to a client that is
    still streaming. A body that is refused is left unread; the server drops the rest of it."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = get_settings().max_request_bytes
        declared = _header(scope, b"content-length")
        if declared is not None:
            digits = declared.strip()
            if not digits.isdigit():
                await _refuse(scope, send, 400, "The Content-Length header is not a number of bytes.")
            elif len(digits) > 18 or int(digits) > limit:
                await _refuse(scope, send, 413, _too_large(limit, int(digits) if len(digits) <= 18 else None))
            else:  # the server hands over no more than the declared length
                await self.app(scope, receive, send)
            return
        if _header(scope, b"transfer-encoding") is None:  # no body at all
            await self.app(scope, receive, send)
            return
        body = bytearray()
        while True:
            message = await receive()
            if message["type"] != "http.request":  # the client left: the route hears it
                await self.app(scope, _replay(message, receive), send)
                return
            body += message.get("body", b"")
            if len(body) > limit:
                await _refuse(scope, send, 413, _too_large(limit))
                return
            if not message.get("more_body", False):
                break
        whole: Message = {"type": "http.request", "body": bytes(body), "more_body": False}
        await self.app(scope, _replay(whole, receive), send)


def _too_large(limit: int, size: int | None = None) -> str:
    said = f"is {size} bytes" if size is not None else f"passed {limit} bytes"
    return (
        f"The request body {said}; this server takes at most {limit} bytes in one request "
        "(MAX_REQUEST_BYTES). Send less."
    )


def _replay(first: Message, receive: Receive) -> Receive:
    """``receive`` that gives ``first`` once, then whatever the server sends next (a disconnect)."""
    pending = [first]

    async def replayed() -> Message:
        return pending.pop() if pending else await receive()

    return replayed


async def _refuse(scope: Scope, send: Send, status: int, detail: str) -> None:
    """An answer from the door: the API's Problem JSON under /api, plain text elsewhere."""
    if str(scope.get("path", "")).startswith("/api"):
        body, media = json.dumps({"detail": detail}).encode(), b"application/json"
    else:
        body, media = detail.encode(), b"text/plain; charset=utf-8"
    headers = [(b"content-type", media), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class AnonymousIdentity:
    """Sets the signed anonymous-identity cookie on a browser that has none (or a forged one)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or str(scope.get("path", "")).startswith(MACHINE_PATHS):
            await self.app(scope, receive, send)
            return
        settings = get_settings()
        headers = dict(scope.get("headers") or [])
        cookies = cookie_parser(headers.get(b"cookie", b"").decode("latin-1"))
        if identity.read_anonymous_cookie(cookies.get(identity.COOKIE), settings) is not None:
            await self.app(scope, receive, send)
            return
        _, value = identity.new_anonymous_cookie(settings)
        cookie = f"{identity.COOKIE}={value}; Max-Age={identity.COOKIE_MAX_AGE}; Path=/; HttpOnly; SameSite=Lax"
        if scope.get("scheme") == "https":
            cookie += "; Secure"

        async def send_with_cookie(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), (b"set-cookie", cookie.encode())]}
            await send(message)

        await self.app(scope, receive, send_with_cookie)


def health_json() -> tuple[dict[str, Any], int]:
    """Each dependency's state and latency; 503 when any does not answer."""
    h = health.check()
    body = {
        "status": "ok" if h.ok else "unavailable",
        "dependencies": {
            d.name.lower(): {
                "status": "ok" if d.ok else "down",
                "backend": d.backend,
                "latency_ms": round(d.latency_ms, 1),
                "detail": d.detail,
            }
            for d in h.dependencies
        },
        "queue": {"depth": h.queue_depth, "workers": h.workers, "running": h.running, "failed": h.failed_jobs},
    }
    return body, 200 if h.ok else 503


def health_route(_request: Request) -> Response:
    body, status = health_json()
    return JSONResponse(body, status_code=status, headers={"Cache-Control": "no-store"})


def file_route(request: Request) -> Response:
    """A logo file of the embedded default, for whoever holds a link the API handed out."""
    key = request.path_params["key"]
    try:
        data = service.linked_object(key, request.query_params.get("token", ""))
    except KeyError:
        return PlainTextResponse("This link is wrong or has expired: ask /api/result for fresh links.", 404)
    except StorageError as exc:
        return PlainTextResponse(f"Storage is not answering ({exc}); try again in a moment.", 503)
    media_type = mimetypes.guess_type(key)[0] or "application/octet-stream"
    return Response(data, media_type=media_type, headers={"Cache-Control": "private, max-age=3600"})


def routes() -> list[BaseRoute]:
    return [
        Route("/health", health_route, methods=["GET"]),
        Route("/files/{key:path}", file_route, methods=["GET"]),
        Mount("/api", app=api),
    ]


def middleware() -> list[Middleware]:
    return [Middleware(BodyLimit), Middleware(AnonymousIdentity)]


def _start() -> int:
    ensure_schema()
    return service.recover_jobs()


@contextlib.asynccontextmanager
async def lifespan(_app: Any) -> AsyncIterator[None]:
    """Once per server: the embedded schema is made (so the API answers before any page is
    opened) and jobs a restart interrupted are run again."""
    await run_in_threadpool(_start)
    yield


__all__ = ["AnonymousIdentity", "BodyLimit", "file_route", "health_json", "lifespan", "middleware", "routes"]
