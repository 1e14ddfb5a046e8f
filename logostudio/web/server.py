"""The one web server: Streamlit's ``st.App`` serves the app at /, the REST API under /api, /health,
and /files/ (the embedded default's logo files, by signed link). One process, one port.

``app.py`` builds the ``st.App`` from the pieces here; ``streamlit run app.py`` finds it and serves
it with uvicorn. What runs around every route is in :mod:`~logostudio.web.middleware`.
"""

from __future__ import annotations

import contextlib
import mimetypes
import re
from collections.abc import AsyncIterator
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.types import ASGIApp

from logostudio import studio
from logostudio.errors import StorageError
from logostudio.web.api import api
from logostudio.web.middleware import middleware


def health_json() -> tuple[dict[str, Any], int]:
    """Each dependency's state and latency; 503 when any does not answer."""
    h = studio.health()
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
        data = studio.linked_object(key, request.query_params.get("token", ""))
    except KeyError:
        return PlainTextResponse("This link is wrong or has expired: ask /api/result for fresh links.", 404)
    except StorageError as exc:
        return PlainTextResponse(f"Storage is not answering ({exc}); try again in a moment.", 503)
    media_type = mimetypes.guess_type(key)[0] or "application/octet-stream"
    return Response(data, media_type=media_type, headers={"Cache-Control": "private, max-age=3600"})


class AnyPathMount(Mount):
    """A Mount that takes every path under its prefix, newlines too: Starlette's pattern (``.*``)
    stops at a newline, so ``/api/result/%0A1`` would fall through to Streamlit instead of getting
    the API's JSON 404."""

    def __init__(self, path: str, app: ASGIApp) -> None:
        super().__init__(path, app=app)
        self.path_regex = re.compile(self.path_regex.pattern, re.DOTALL)


def routes() -> list[BaseRoute]:
    return [
        Route("/health", health_route, methods=["GET"]),
        Route("/files/{key:path}", file_route, methods=["GET"]),
        AnyPathMount("/api", app=api),
    ]


def _start() -> int:
    studio.ensure_schema()
    return studio.recover_jobs()


@contextlib.asynccontextmanager
async def lifespan(_app: Any) -> AsyncIterator[None]:
    """Once per server: the embedded schema is made (so the API answers before any page is
    opened) and jobs a restart interrupted are run again."""
    await run_in_threadpool(_start)
    yield


__all__ = ["file_route", "health_json", "lifespan", "middleware", "routes"]
