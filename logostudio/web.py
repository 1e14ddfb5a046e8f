"""The one web server: Streamlit's ``st.App`` serves the app at /, the REST API under /api, /health,
and /files/ (the embedded default's logo files, by signed link). One process, one port.

``app.py`` builds the ``st.App`` from the pieces here; ``streamlit run app.py`` finds it and serves
it with uvicorn. The middleware gives every browser its anonymous identity (a signed, HttpOnly
cookie) before the page that opens Streamlit's websocket is served, so the app reads it from
``st.context.cookies`` on the very first visit.
"""

from __future__ import annotations

import contextlib
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
    return [Middleware(AnonymousIdentity)]


def _start() -> int:
    ensure_schema()
    return service.recover_jobs()


@contextlib.asynccontextmanager
async def lifespan(_app: Any) -> AsyncIterator[None]:
    """Once per server: the embedded schema is made (so the API answers before any page is
    opened) and jobs a restart interrupted are run again."""
    await run_in_threadpool(_start)
    yield


__all__ = ["AnonymousIdentity", "file_route", "health_json", "lifespan", "middleware", "routes"]
