"""Use cases: the only thing the app and the CLI call.

Briefs are checked in :mod:`logostudio.briefs`, the job tables are read and written in
:mod:`logostudio.repository`, dependencies are probed in :mod:`logostudio.health`.
"""

from __future__ import annotations

import contextlib
import functools
import random
import uuid
from collections.abc import Callable, Mapping
from datetime import timedelta
from typing import Any, ParamSpec, TypeVar

from sqlalchemy.exc import SQLAlchemyError

from logostudio import repository
from logostudio.briefs import InvalidBrief, LogoBrief, parse_brief
from logostudio.config import Settings, get_settings
from logostudio.models import JobStatus, utcnow
from logostudio.queue import QueueUnavailable, get_queue
from logostudio.repository import JobView, VariantView
from logostudio.storage import get_storage

PAGE_SIZE = 50
P = ParamSpec("P")
R = TypeVar("R")


class ServiceUnavailable(RuntimeError):
    """A dependency did not answer; the message says what was (not) done."""


class NoSuchJob(LookupError):
    pass


def _database_down(exc: Exception, done: str = "") -> ServiceUnavailable:
    return ServiceUnavailable(
        f"The database is not answering ({type(exc).__name__}){done}. Check DATABASE_URL or try again in a moment."
    )


def _reads_database(fn: Callable[P, R]) -> Callable[P, R]:
    """A database that does not answer becomes ServiceUnavailable with a message, not a traceback."""

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return fn(*args, **kwargs)
        except SQLAlchemyError as exc:
            raise _database_down(exc) from exc

    return wrapper


def _job_id(job_id: str | uuid.UUID | None) -> uuid.UUID:
    jid = repository.parse_job_id(job_id)
    if jid is None:
        raise NoSuchJob(str(job_id))
    return jid


# ---------------------------------------------------------------- submitting


def submit(data: Mapping[str, Any], settings: Settings | None = None) -> str:
    """Check the brief, store the job (queued) and enqueue it. Returns the job id.

    Raises InvalidBrief or ServiceUnavailable; either way nothing is stored."""
    return _submit(parse_brief(data), settings or get_settings())


def _submit(brief: LogoBrief, settings: Settings) -> str:
    queue = get_queue(settings)
    try:
        queue.ping()
    except QueueUnavailable as exc:
        raise ServiceUnavailable(
            f"The job queue is not answering ({exc}); nothing was submitted. "
            "Check that Redis is running (REDIS_URL) and try again."
        ) from exc
    seed = brief.seed if brief.seed is not None else random.SystemRandom().randrange(2**31)
    try:
        job_id = repository.create_job(settings, brief, seed, brief.variants or settings.default_variants)
    except SQLAlchemyError as exc:
        raise _database_down(exc, "; nothing was submitted") from exc
    try:
        queue.enqueue(str(job_id))
    except QueueUnavailable as exc:
        with contextlib.suppress(SQLAlchemyError):
            repository.delete_job(settings, job_id)
        raise ServiceUnavailable(f"The job queue stopped answering ({exc}); nothing was submitted. Try again.") from exc
    return str(job_id)


def retry_job(job_id: str, settings: Settings | None = None) -> str:
    """Run a failed job again (same id, same brief and seed)."""
    settings = settings or get_settings()
    jid = _job_id(job_id)
    queue = get_queue(settings)
    try:
        queue.ping()
        if not repository.queue_again(settings, jid):
            raise NoSuchJob(job_id)
        queue.enqueue(str(jid))
    except QueueUnavailable as exc:
        raise ServiceUnavailable(f"The job queue is not answering ({exc}). Try again in a moment.") from exc
    except SQLAlchemyError as exc:
        raise _database_down(exc, "; nothing was submitted") from exc
    return str(jid)


def new_variations(job_id: str, settings: Settings | None = None) -> str:
    """A new job with the same brief and a new seed."""
    settings = settings or get_settings()
    job = _existing_job(job_id, settings)
    return _submit(job.brief.model_copy(update={"seed": None}), settings)


def more_like_this(job_id: str, index: int, settings: Settings | None = None) -> str:
    """A new job that keeps this variant's layout, symbol and palette and varies the rest."""
    settings = settings or get_settings()
    job = _existing_job(job_id, settings)
    variant = _variant_of(job, index)
    keep = {
        "layout": variant.meta.get("layout"),
        "palette": variant.palette,
        "icon": variant.meta.get("icon") or job.brief.icon,
        "seed": None,
    }
    return _submit(job.brief.model_copy(update=keep), settings)


# ---------------------------------------------------------------- reading


@_reads_database
def get_job(job_id: str | uuid.UUID | None, settings: Settings | None = None) -> JobView | None:
    """The job with its variants, or None for an unknown or malformed id."""
    settings = settings or get_settings()
    jid = repository.parse_job_id(job_id)
    if jid is None:
        return None
    job = repository.get_job(settings, jid)
    stale_after = timedelta(seconds=settings.job_timeout + 60)
    if job is not None and job.status == JobStatus.processing and utcnow() - job.updated_at > stale_after:
        repository.expire_if_stale(
            settings,
            jid,
            stale_after,
            f"The worker stopped answering (no progress for over {settings.job_timeout} s). Press Try again.",
        )
        job = repository.get_job(settings, jid)
    return job


def _existing_job(job_id: str, settings: Settings) -> JobView:
    job = get_job(job_id, settings)
    if job is None:
        raise NoSuchJob(job_id)
    return job


def _variant_of(job: JobView, index: int) -> VariantView:
    variant = next((v for v in job.variants if v.index == index), None)
    if variant is None:
        raise NoSuchJob(f"{job.id} has no variant {index}")
    return variant


@_reads_database
def list_jobs(page: int = 1, per_page: int = PAGE_SIZE, settings: Settings | None = None) -> tuple[list[JobView], int]:
    """Jobs newest first, one page at a time, with the first variant of each for a thumbnail."""
    return repository.list_jobs(settings or get_settings(), max(1, page), per_page)


def read_object(key: str, settings: Settings | None = None) -> bytes:
    return get_storage(settings or get_settings()).get(key)


def object_url(key: str, settings: Settings | None = None) -> str:
    settings = settings or get_settings()
    return get_storage(settings).url(key, settings.url_expiry)


def result(job_id: str, settings: Settings | None = None) -> dict[str, Any]:
    """The seed's result JSON, with each variant's meta."""
    settings = settings or get_settings()
    job = _existing_job(job_id, settings)
    return {
        "job_id": job.id,
        "status": job.status.value,
        "error": job.error,
        "progress": {"done": job.progress, "total": job.total},
        "variants": [
            {
                "index": v.index,
                "palette": v.palette,
                "svg": {"s3_key": v.svg_key, "url": object_url(v.svg_key, settings)},
                "png": {"s3_key": v.png_key, "url": object_url(v.png_key, settings)},
                "meta": v.meta,
            }
            for v in job.variants
        ],
    }


def brand_kit(job_id: str, index: int, settings: Settings | None = None) -> bytes:
    """A zip of the files a business needs for one variant (made on request)."""
    from logostudio.brandkit import build_brand_kit
    from logostudio.design import Design, design_variant

    settings = settings or get_settings()
    job = _existing_job(job_id, settings)
    variant = _variant_of(job, index)
    # The design is deterministic, so the kit's extra sources (dark, transparent, symbol) come
    # from designing the variant again; the stored SVG stays the reference.
    design = design_variant(job.brief.design_brief(), job.seed, index)
    stored_svg = read_object(variant.svg_key, settings).decode()
    if design.svg != stored_svg:  # designed by an earlier engine: the kit is built around the stored SVG
        design = Design(
            svg=stored_svg,
            palette=design.palette,
            layout=design.layout,
            icon=design.icon,
            font=design.font,
            checks=design.checks,
        )
    return build_brand_kit(design, name=job.title)


def resume_interrupted_jobs(settings: Settings | None = None) -> int:
    """Embedded default: jobs a previous app process left queued or processing are run again."""
    settings = settings or get_settings()
    queue = get_queue(settings)
    if queue.backend != "in-process":
        return 0
    ids = repository.ids_with_status(settings, (JobStatus.queued, JobStatus.processing))
    for jid in ids:
        queue.enqueue(str(jid))
    return len(ids)


__all__ = [
    "PAGE_SIZE",
    "InvalidBrief",
    "JobView",
    "NoSuchJob",
    "ServiceUnavailable",
    "VariantView",
    "brand_kit",
    "get_job",
    "list_jobs",
    "more_like_this",
    "new_variations",
    "object_url",
    "read_object",
    "result",
    "resume_interrupted_jobs",
    "retry_job",
    "submit",
]
