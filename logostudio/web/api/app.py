"""The API application, served under /api by the same server as the app (see
:mod:`logostudio.web.server`), and how each refusal becomes a :class:`Problem` answer.

FastAPI gives the OpenAPI schema (/api/openapi.json) and the interactive docs (/api/docs)."""

from __future__ import annotations

from collections.abc import Mapping

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi_offline import FastAPIOffline
from starlette.exceptions import HTTPException as StarletteHTTPException

from logostudio import studio
from logostudio.errors import TooLarge, Unauthorized
from logostudio.web.api.routes import router
from logostudio.web.api.schemas import Problem

# The interactive docs (/api/docs, /api/redoc) load Swagger UI and ReDoc from this server, not a
# CDN, so they work offline and behind a firewall.
api = FastAPIOffline(
    static_url="/docs-assets",
    title="AI Logo Studio API",
    version="1.0.0",
    description=(
        "Describe a business, get a set of logos. POST a brief to /generate, follow /progress/{job_id} "
        "(Server-Sent Events) and fetch /result/{job_id}. Every route wants `Authorization: Bearer <key>`."
    ),
)


def _problem(
    status: int, detail: str, errors: dict[str, str] | None = None, headers: Mapping[str, str] | None = None
) -> JSONResponse:
    return JSONResponse(
        Problem(detail=detail, errors=errors).model_dump(exclude_none=True), status_code=status, headers=headers
    )


@api.exception_handler(Unauthorized)
def _unauthorized(_request: Request, exc: Unauthorized) -> JSONResponse:
    return _problem(401, str(exc), headers={"WWW-Authenticate": "Bearer"})


@api.exception_handler(TooLarge)
def _too_large(_request: Request, exc: TooLarge) -> JSONResponse:
    return _problem(413, str(exc))


@api.exception_handler(studio.LimitReached)
def _limited(_request: Request, exc: studio.LimitReached) -> JSONResponse:
    return _problem(429, str(exc), headers={"Retry-After": str(exc.retry_after)})


@api.exception_handler(studio.InvalidBrief)
def _invalid(_request: Request, exc: studio.InvalidBrief) -> JSONResponse:
    return _problem(422, "The brief was refused: " + " ".join(exc.errors.values()), exc.errors)


@api.exception_handler(studio.NoSuchJob)
def _no_such_job(_request: Request, exc: studio.NoSuchJob) -> JSONResponse:
    return _problem(404, f"No such job: {str(exc)[:80]}. Check the id; POST /api/generate answers with it.")


@api.exception_handler(studio.ServiceUnavailable)
def _unavailable(_request: Request, exc: studio.ServiceUnavailable) -> JSONResponse:
    return _problem(503, str(exc))


@api.exception_handler(RequestValidationError)
def _bad_parameter(_request: Request, exc: RequestValidationError) -> JSONResponse:
    errors = {str(e["loc"][-1]) if e["loc"] else "request": str(e["msg"]) for e in exc.errors()}
    return _problem(422, "; ".join(f"{k}: {v}" for k, v in errors.items()), errors)


@api.exception_handler(StarletteHTTPException)
def _http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
    return _problem(exc.status_code, str(exc.detail), headers=exc.headers)


api.include_router(router)
