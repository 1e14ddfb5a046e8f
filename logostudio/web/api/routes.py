"""The API's routes: submit a brief, follow its job, fetch its logos, list the caller's sets.
Briefs are checked by the same :func:`~logostudio.briefs.parse_brief` as the form, so a
refusal carries the form's message for each field."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from sse_starlette import EventSourceResponse
from starlette.concurrency import run_in_threadpool

from logostudio import studio
from logostudio.config import get_settings
from logostudio.errors import TooLarge
from logostudio.web.api.deps import Authorized
from logostudio.web.api.schemas import (
    GENERATE_BODY,
    Accepted,
    JobPage,
    JobResult,
    JobSummary,
    Problem,
    ProgressEvent,
)
from logostudio.web.untrusted import nesting

PROGRESS_POLL_SECONDS = 0.25
MAX_BODY = 16_384  # bytes: the longest honest brief is well under 2 kB
MAX_DEPTH = 8  # arrays and objects inside each other: a brief needs 2 (its preferences)

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

router = APIRouter()


@router.post(
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


@router.get(
    "/result/{job_id}",
    response_model=JobResult,
    responses={**REFUSALS, 404: {"model": Problem, "description": "No such job"}},
    summary="A set's logos",
)
def result(job_id: str, who: Authorized) -> JobResult:
    """Every variant's palette, meta and SVG and PNG links (anyone with the id may read a set).

    Links start with PUBLIC_URL, never with the Host header a request names: a caller who sets it
    would otherwise have links to any host handed out in this server's name."""
    return JobResult.from_view(studio.result(job_id, get_settings()))


@router.get(
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

    def event(now: studio.Progress) -> dict[str, str]:
        return {"event": "progress", "data": json.dumps(ProgressEvent.from_view(now).model_dump(mode="json"))}

    async def events() -> AsyncIterator[dict[str, str]]:
        state = first
        yield event(state)
        while not state.finished:
            await asyncio.sleep(PROGRESS_POLL_SECONDS)
            if await request.is_disconnected():
                return
            now = await run_in_threadpool(studio.progress, job_id, settings)
            if now != state:
                state = now
                yield event(state)

    return EventSourceResponse(events(), ping=15, headers={"Cache-Control": "no-store"})


@router.get("/jobs", response_model=JobPage, responses=REFUSALS, summary="Your sets")
def jobs(
    who: Authorized,
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
    per_page: Annotated[int, Query(ge=1, le=100)] = 20,
) -> JobPage:
    """The key owner's sets, newest first (the same list as their History page)."""
    found, total = studio.list_jobs(page, per_page, get_settings(), caller=who)
    return JobPage(jobs=[JobSummary.from_view(j) for j in found], page=page, per_page=per_page, total=total)


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
    """The body's JSON, refused (422) when it is not JSON or nests deeper than any brief; the depth
    is measured before parsing, so nothing has to walk (or recurse into) such a thing."""
    try:
        text = raw.decode(json.detect_encoding(raw)) if raw else "null"
        if nesting(text) <= MAX_DEPTH:
            return json.loads(text)
    except ValueError as exc:
        raise studio.InvalidBrief({"brief": f"The body is not JSON ({exc})."}) from None
    raise studio.InvalidBrief(
        {
            "brief": f"The body is nested too deeply: a brief is one object whose 'preferences' is an object, "
            f"with no arrays or objects more than {MAX_DEPTH} levels inside each other."
        }
    )
