"""Use cases: the only thing the app and the CLI call.

Briefs are checked in :mod:`logostudio.briefs`, the job tables are read and written in
:mod:`logostudio.repository`, dependencies are probed in :mod:`logostudio.health`.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import random
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, ParamSpec, TypeVar

from sqlalchemy.exc import SQLAlchemyError

from logostudio import repository
from logostudio.briefs import InvalidBrief, LogoBrief, parse_brief
from logostudio.config import Settings, get_settings
from logostudio.models import JobStatus
from logostudio.queue import QueueUnavailable, get_queue
from logostudio.reconciler import queue_down_message, reconcile_once
from logostudio.repository import JobView, VariantView
from logostudio.storage import get_storage

log = logging.getLogger(__name__)
PAGE_SIZE = 50
P = ParamSpec("P")
R = TypeVar("R")


class ServiceUnavailable(RuntimeError):
    """A dependency did not answer; the message says what was (not) done."""


class NoSuchJob(LookupError):
    pass


def database_down(exc: Exception, done: str = "") -> ServiceUnavailable:
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
            raise database_down(exc) from exc

    return wrapper


def _job_id(job_id: str | uuid.UUID | None) -> uuid.UUID:
    jid = repository.parse_job_id(job_id)
    if jid is None:
        raise NoSuchJob(str(job_id))
    return jid


# ---------------------------------------------------------------- submitting

# What a person reads while their job waits for the queue (the app, the CLI and the API alike).
QUEUE_DOWN = queue_down_message()


@dataclass(frozen=True)
class Submission:
    """A recorded job, and whether the queue took it now (if not, ``notice`` says it will start
    when the queue is back: the reconciler hands it over then)."""

    job_id: str
    enqueued: bool
    notice: str | None = None


def submit(data: Mapping[str, Any], settings: Settings | None = None) -> str:
    """Check the brief, store the job (queued) and enqueue it. Returns the job id.

    Raises InvalidBrief or ServiceUnavailable (the database did not answer); either way nothing is
    stored. A queue that does not answer does not refuse the job: see :func:`submit_job`."""
    return submit_job(data, settings).job_id


def submit_job(data: Mapping[str, Any], settings: Settings | None = None) -> Submission:
    """:func:`submit`, saying whether the job is in the queue yet or waits for it to come back."""
    return _submit(parse_brief(data), settings or get_settings())


def _submit(brief: LogoBrief, settings: Settings) -> Submission:
    seed = brief.seed if brief.seed is not None else random.SystemRandom().randrange(2**31)
    try:
        job_id = repository.create_job(settings, brief, seed, brief.variants or settings.default_variants)
    except SQLAlchemyError as exc:
        raise database_down(exc, "; nothing was submitted") from exc
    return _hand_to_queue(job_id, settings)


def _hand_to_queue(job_id: uuid.UUID, settings: Settings) -> Submission:
    """The outbox: the job is recorded first; if the queue does not take it now, it waits in the
    database with a notice and the reconciler enqueues it when the queue answers again."""
    try:
        get_queue(settings).enqueue(str(job_id))
        return Submission(str(job_id), True)
    except QueueUnavailable as exc:
        log.warning("job %s waits for the queue: %s", job_id, exc)
        with contextlib.suppress(SQLAlchemyError):  # if this fails too, the reconciler still finds it
            repository.not_enqueued(settings, job_id, QUEUE_DOWN)
        return Submission(str(job_id), False, QUEUE_DOWN)


def retry_job(job_id: str, settings: Settings | None = None) -> str:
    """Run a failed job again (same id, same brief and seed). A job that is not in `error` is left
    as it is (pressing Try again twice starts one run)."""
    settings = settings or get_settings()
    jid = _job_id(job_id)
    try:
        if not repository.queue_again(settings, jid):
            if repository.get_job(settings, jid, with_variants=False) is None:
                raise NoSuchJob(job_id)
            return str(jid)
    except SQLAlchemyError as exc:
        raise database_down(exc, "; nothing was changed") from exc
    _hand_to_queue(jid, settings)
    return str(jid)


def new_variations(job_id: str, settings: Settings | None = None) -> str:
    """A new job with the same brief and a new seed."""
    settings = settings or get_settings()
    job = _existing_job(job_id, settings)
    return _submit(job.brief.model_copy(update={"seed": None}), settings).job_id


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
    return _submit(job.brief.model_copy(update=keep), settings).job_id


# ---------------------------------------------------------------- reading


@_reads_database
def get_job(job_id: str | uuid.UUID | None, settings: Settings | None = None) -> JobView | None:
    """The job with its variants, or None for an unknown or malformed id."""
    settings = settings or get_settings()
    jid = repository.parse_job_id(job_id)
    if jid is None:
        return None
    return repository.get_job(settings, jid)


def status_line(job: JobView) -> str:
    """One sentence on where a job is, as the gallery's progress bar (and the API) says it."""
    if job.status == JobStatus.done:
        return f"All {job.total} logos ready"
    if job.status == JobStatus.error:
        return job.error or "These logos could not be made."
    if job.status == JobStatus.queued:  # waiting: for the queue, for a worker, or to run again
        return job.error or f"Waiting for a worker… ({job.progress} of {job.total})"
    return f"Designing {min(job.progress + 1, job.total)} of {job.total}…"


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


def recover_jobs(settings: Settings | None = None) -> int:
    """Embedded default, at start-up: one reconciler pass that runs again the jobs a previous app
    process left `queued` or `processing` (this process runs every embedded job, and none yet).
    With RQ the reconcilers beside the workers do this all the time; nothing to do here."""
    settings = settings or get_settings()
    queue = get_queue(settings)
    if queue.backend != "in-process":
        return 0
    return reconcile_once(settings, queue, take_over=True).enqueued


__all__ = [
    "PAGE_SIZE",
    "QUEUE_DOWN",
    "InvalidBrief",
    "JobView",
    "NoSuchJob",
    "ServiceUnavailable",
    "Submission",
    "VariantView",
    "brand_kit",
    "database_down",
    "get_job",
    "list_jobs",
    "more_like_this",
    "new_variations",
    "object_url",
    "read_object",
    "recover_jobs",
    "result",
    "retry_job",
    "status_line",
    "submit",
    "submit_job",
]
