"""The REST API, served under /api by the same server as the app (see :mod:`logostudio.web`).

FastAPI gives the OpenAPI schema (/api/openapi.json) and the interactive docs (/api/docs). Every
route but /health (which lives beside the app, not here) wants ``Authorization: Bearer <key>``;
what a key makes belongs to its owner and counts against the key's and the owner's limits. Briefs
are checked by the same :func:`~logostudio.studio.briefs.parse_brief` as the form, so a refusal carries
the form's message for each field.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Mapping
from datetime import datetime
from typing import Annotated, Any, Literal

from fastapi import Depends, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi_offline import FastAPIOffline
from pydantic import BaseModel, Field
from sse_starlette import EventSourceResponse
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from logostudio import studio
from logostudio.config import get_settings
from logostudio.design.layouts import LAYOUTS
from logostudio.design.styles import STYLE_NAMES, THEMES
from logostudio.studio.briefs import MAX_SEED, MAX_VARIANTS
from logostudio.studio.identity import Caller

PROGRESS_POLL_SECONDS = 0.25
MAX_BODY = 16_384  # bytes: the longest honest brief is well under 2 kB
MAX_DEPTH = 8  # arrays and objects inside each other: a brief needs 2 (its preferences)
Status = Literal["queued", "processing", "done", "error"]


# ---------------------------------------------------------------- shapes


class Problem(BaseModel):
    """Why a request was refused, in words a person can act on; ``errors`` maps each field of a
    refused brief to the same message the app's form shows next to it."""

    detail: str
    errors: dict[str, str] | None = None


class Accepted(BaseModel):
    job_id: str = Field(examples=["0b7f2c9e-4a51-4a5e-9d43-1c2f6a7b8e90"])
    status: Literal["queued"] = "queued"


class FileLink(BaseModel):
    s3_key: str
    url: str = Field(
        description="Fetchable as it is: presigned S3, or a /files/ link starting with the server's PUBLIC_URL; expires"
    )


class VariantResult(BaseModel):
    index: int
    palette: dict[str, Any]
    svg: FileLink
    png: FileLink
    meta: dict[str, Any]


class Counts(BaseModel):
    done: int
    total: int


class JobResult(BaseModel):
    job_id: str
    status: Status
    error: str | None
    progress: Counts
    variants: list[VariantResult]


class JobSummary(BaseModel):
    job_id: str
    status: Status
    business_type: str
    business_name: str | None
    slogan: str | None
    progress: Counts
    created_at: datetime


class ProgressEvent(BaseModel):
    """The `data` of each /progress event."""

    status: Status
    progress: int = Field(ge=0, le=100, description="Per cent done")
    done: int = Field(ge=0, description="Variants made")
    total: int = Field(ge=1, description="Variants asked for")
    error: str | None = Field(description="Why the job failed, when it did")


class JobPage(BaseModel):
    jobs: list[JobSummary]
    page: int
    per_page: int
    total: int


# The request body as the seed's API took it; checked by parse_brief, not by FastAPI, so a refusal
# is the form's per-field messages.
_TEXT_OR_NULL = {"type": ["string", "null"]}
GENERATE_BODY: dict[str, Any] = {
    "type": "object",
    "required": ["business_type"],
    "additionalProperties": False,
    "properties": {
        "business_type": {"type": "string", "minLength": 1, "maxLength": 80, "examples": ["coffee shop"]},
        "business_name": {**_TEXT_OR_NULL, "maxLength": 60, "examples": ["Blue Bean"]},
        "slogan": {**_TEXT_OR_NULL, "maxLength": 80, "examples": ["Brewed slowly"]},
        "preferences": {
            "type": ["object", "null"],
            "additionalProperties": False,
            "properties": {
                "style": {"enum": [*STYLE_NAMES, None]},
                "theme": {"enum": [*THEMES, None]},
                "color": {
                    **_TEXT_OR_NULL,
                    "maxLength": 40,
                    "description": "A CSS colour name, a colour word like amber, or a hex code like #6F4E37",
                    "examples": ["teal"],
                },
                "icon": {**_TEXT_OR_NULL, "maxLength": 40},
                "layout": {"enum": [*LAYOUTS, None]},
            },
            "examples": [{"style": "playful", "theme": "light", "color": "#6F4E37"}],
        },
        "variants": {"type": ["integer", "null"], "minimum": 1, "maximum": MAX_VARIANTS, "examples": [6]},
        "seed": {"type": ["integer", "null"], "minimum": 0, "maximum": MAX_SEED},
        "icon": {
            **_TEXT_OR_NULL,
            "maxLength": 40,
            "description": "An icon keyword or name (coffee, rocket-launch) instead of the automatic match",
        },
    },
}


def _problem(
    status: int, detail: str, errors: dict[str, str] | None = None, headers: Mapping[str, str] | None = None
) -> JSONResponse:
    return JSONResponse(
        Problem(detail=detail, errors=errors).model_dump(exclude_none=True), status_code=status, headers=headers
    )


REFUSALS: dict[int | str, dict[str, Any]] = {
    401: {"model": Problem, "description": "No API key, or one that is unknown or revoked"},
    422: {"model": Problem, "description": "A parameter or the brief was refused; `errors` says why, per field"},
    429: {
        "model": Problem,
        "description": "Over a limit; `Retry-After` says in how many seconds to try again",
        "headers": {"Retry-After": {"schema": {"type": "integer"}, "description": "seconds"}},
    },
    503: {"model": Problem, "description": "The database, queue or request counter did not answer"},
}


# ---------------------------------------------------------------- who is calling

bearer = HTTPBearer(auto_error=False, description="An API key: make one on the app's API keys page")


class Unauthorized(Exception):
    pass


class TooLarge(Exception):
    """A body longer than any brief: refused as it streams in, before it is parsed."""


def caller(request: Request, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> Caller:
    if credentials is None or credentials.scheme.lower() != "bearer" or not credentials.credentials:
        raise Unauthorized(
            "Send an API key as 'Authorization: Bearer <key>'. Make one on the app's API keys page, "
            "or with: python -m logostudio keys create --email EMAIL"
        )
    found = studio.authenticate(
        credentials.credentials, get_settings(), request.client.host if request.client else None
    )
    if found is None:
        raise Unauthorized("This API key is unknown or was revoked. Make a new one on the app's API keys page.")
    return found


Authorized = Annotated[Caller, Depends(caller)]


# ---------------------------------------------------------------- the application

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


@api.post(
    "/generate",
    status_code=202,
    response_model=Accepted,
    responses={
        **REFUSALS,
        413: {"model": Problem, "description": f"The body is over {MAX_BODY} bytes, more than any brief needs"},
    },
    summary="Submit a brief",
    openapi_extra={"requestBody": {"required": True, "content": {"application/json": {"schema": GENERATE_BODY}}}},
)
async def generate(request: Request, who: Authorized) -> Accepted:
    """Queue a set of logos for a brief; answers at once with the job's id."""
    data = _brief_json(await _brief_body(request))
    job_id = await run_in_threadpool(studio.submit, data, get_settings(), who)
    return Accepted(job_id=job_id)


@api.get(
    "/result/{job_id}",
    response_model=JobResult,
    responses={**REFUSALS, 404: {"model": Problem, "description": "No such job"}},
    summary="A set's logos",
)
def result(job_id: str, who: Authorized) -> dict[str, Any]:
    """Every variant's palette, meta and SVG and PNG links (anyone with the id may read a set).

    Links start with PUBLIC_URL, never with the Host header a request names: a caller who sets it
    would otherwise have links to any host handed out in this server's name."""
    return studio.result(job_id, get_settings())


@api.get(
    "/progress/{job_id}",
    responses={
        **REFUSALS,
        404: {"model": Problem, "description": "No such job"},
        200: {
            "description": 'Server-Sent Events: `data: {"status", "progress" (0–100), "done", "total", "error"}`, '
            "one per change; the stream ends when the job is done or failed",
            "content": {
                "text/event-stream": {
                    "schema": {
                        "type": "object",
                        "required": ["event", "data"],
                        "properties": {
                            "event": {"const": "progress"},
                            "data": {
                                "type": "string",
                                "contentMediaType": "application/json",
                                "contentSchema": ProgressEvent.model_json_schema(),
                            },
                        },
                    }
                }
            },
        },
    },
    response_class=EventSourceResponse,
    summary="Follow a set being made",
)
async def progress(job_id: str, request: Request, who: Authorized) -> EventSourceResponse:
    settings = get_settings()
    first = await run_in_threadpool(studio.progress, job_id, settings)  # NoSuchJob → 404 before streaming

    async def events() -> AsyncIterator[dict[str, str]]:
        state = first
        yield {"event": "progress", "data": json.dumps(state)}
        while state["status"] not in ("done", "error"):
            await asyncio.sleep(PROGRESS_POLL_SECONDS)
            if await request.is_disconnected():
                return
            now = await run_in_threadpool(studio.progress, job_id, settings)
            if now != state:
                state = now
                yield {"event": "progress", "data": json.dumps(state)}

    return EventSourceResponse(events(), ping=15, headers={"Cache-Control": "no-store"})


@api.get("/jobs", response_model=JobPage, responses=REFUSALS, summary="Your sets")
def jobs(
    who: Authorized,
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
    per_page: Annotated[int, Query(ge=1, le=100)] = 20,
) -> JobPage:
    """The key owner's sets, newest first (the same list as their History page)."""
    found, total = studio.list_jobs(page, per_page, get_settings(), caller=who)
    return JobPage(
        jobs=[
            JobSummary(
                job_id=j.id,
                status=j.status.value,
                business_type=j.business_type,
                business_name=j.business_name,
                slogan=j.slogan,
                progress=Counts(done=j.progress, total=j.total),
                created_at=j.created_at,
            )
            for j in found
        ],
        page=page,
        per_page=per_page,
        total=total,
    )


async def _brief_body(request: Request) -> bytes:
    """The body, read only as far as a brief can reach: a longer one is refused while it streams in
    (the server's own limit, MAX_REQUEST_BYTES, is larger and applies to every route)."""
    too_large = TooLarge(
        f"The body is over {MAX_BODY} bytes; a brief fits in {MAX_BODY}. Send only the brief's fields "
        "(see /api/docs), with text no longer than the form takes."
    )
    declared = request.headers.get("content-length", "")
    if declared.isascii() and declared.isdigit() and (len(declared) > 18 or int(declared) > MAX_BODY):
        raise too_large
    raw = bytearray()
    async for chunk in request.stream():
        raw += chunk
        if len(raw) > MAX_BODY:
            raise too_large
    return bytes(raw)


def _brief_json(raw: bytes) -> Any:
    """The body's JSON, refused (422) when it is not JSON or nests deeper than any brief: json.loads
    recurses once per level and gives up with RecursionError (a 16 kB body holds 8000 levels), and
    nothing past this point should have to walk such a thing."""
    too_deep = studio.InvalidBrief(
        {
            "brief": f"The body is nested too deeply: a brief is one object whose 'preferences' is an object, "
            f"with no arrays or objects more than {MAX_DEPTH} levels inside each other."
        }
    )
    try:
        data = json.loads(raw or b"null")
    except RecursionError:
        raise too_deep from None
    except ValueError as exc:
        raise studio.InvalidBrief({"brief": f"The body is not JSON ({exc})."}) from None
    if _depth(data) > MAX_DEPTH:
        raise too_deep
    return data


def _depth(value: Any) -> int:
    """How many arrays and objects are inside each other in ``value``, counted without recursion."""
    deepest = 0
    stack = [(value, 1)]
    while stack:
        item, level = stack.pop()
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else None
        if children is None:
            continue
        deepest = max(deepest, level)
        if deepest > MAX_DEPTH:
            break
        stack.extend((child, level + 1) for child in children)
    return deepest


__all__ = ["GENERATE_BODY", "api"]
