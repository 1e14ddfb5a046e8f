"""Jobs: submitting a brief (recorded first, then handed to the queue), running one again or
deriving a new one from it, and reading where jobs are and what they made."""

from __future__ import annotations

import contextlib
import logging
import random
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from logostudio import design
from logostudio.briefs import LogoBrief, parse_brief
from logostudio.config import Settings, get_settings
from logostudio.errors import InvalidBrief, NoSuchJob, QueueUnavailable
from logostudio.fields import SET_SEARCH
from logostudio.pipeline.queue import get_queue
from logostudio.pipeline.reconciler import queue_down_message, reconcile_once
from logostudio.storage import repository
from logostudio.storage.models import JobStatus
from logostudio.storage.repository import JobView
from logostudio.storage.views import NOBODY
from logostudio.studio import quota
from logostudio.studio.errors import database_down, reads_database
from logostudio.studio.files import object_url
from logostudio.studio.identity import Caller
from logostudio.studio.lookup import checked_id, existing_job, find_job, owned_job, variant_of, with_infos

log = logging.getLogger(__name__)

# What a person reads while their job waits for the queue (the app, the CLI and the API alike).
QUEUE_DOWN = queue_down_message()


# ---------------------------------------------------------------- submitting


@dataclass(frozen=True)
class Submission:
    """A recorded job, and whether the queue took it now (if not, ``notice`` says it will start
    when the queue is back: the reconciler hands it over then)."""

    job_id: str
    enqueued: bool
    notice: str | None = None


def submit(data: Mapping[str, Any], settings: Settings | None = None, caller: Caller | None = None) -> str:
    """Check the brief, count it against the caller's limits, store the job (queued, the caller's)
    and enqueue it. Returns the job id.

    Raises InvalidBrief, LimitReached or ServiceUnavailable (the database or the limit counter did
    not answer); in each case nothing is stored. A queue that does not answer does not refuse the
    job: see :func:`submit_job`."""
    return submit_job(data, settings, caller).job_id


def submit_job(data: Mapping[str, Any], settings: Settings | None = None, caller: Caller | None = None) -> Submission:
    """:func:`submit`, saying whether the job is in the queue yet or waits for it to come back."""
    return submit_brief(parse_brief(data), settings or get_settings(), caller)


def _count(caller: Caller | None, variants: int, settings: Settings) -> None:
    """Take one set of ``variants`` logos from the caller's limits (the operator has none)."""
    if caller is None:
        return
    try:
        quota.take(caller, variants, settings)
    except quota.TooManyForAnHour as exc:
        raise InvalidBrief({"variants": str(exc)}) from exc


def submit_brief(
    brief: LogoBrief, settings: Settings, caller: Caller | None, info: dict[str, Any] | None = None
) -> Submission:
    """Record a checked brief and hand it to the queue; ``info`` (a `set_info` row: where the set
    came from) is written before the job is handed over, so the worker finds it."""
    variants = brief.variants or settings.default_variants
    seed = brief.seed if brief.seed is not None else random.SystemRandom().randrange(2**31)
    _check_words_fit(brief, seed, variants)
    _count(caller, variants, settings)
    owner = caller.owner() if caller is not None else NOBODY
    try:
        job_id = repository.create_job(settings, brief, seed, variants, owner, info)
    except SQLAlchemyError as exc:
        raise database_down(exc, "; nothing was submitted") from exc
    return _hand_to_queue(job_id, settings)


def _check_words_fit(brief: LogoBrief, seed: int, variants: int) -> None:
    """Refuse, before anything is counted, a brief whose words no layout can set: the worker would
    fail it with "no layout fitted". The engine tells from its scenes alone (under a millisecond
    for a set of six once its fonts are loaded)."""
    if design.words_fit(brief.design_brief(), seed, variants):
        return
    if brief.business_name:
        field, what = "business_name", "The business name is too long to set legibly in a logo"
    else:
        field, what = (
            "business_type",
            "With no business name, the business type is drawn instead, and it is too long to set legibly in a logo",
        )
    how = "give a shorter name" if brief.business_name else "give a business name"
    layout = f", or choose another layout than {brief.layout}" if brief.layout else ""
    raise InvalidBrief({field: f"{what}: {how}, or put spaces between its words so it can wrap{layout}."})


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


def retry_job(job_id: str, settings: Settings | None = None, caller: Caller | None = None) -> str:
    """Run a failed job again (same id, same brief and seed): the owner's to do, and it counts. A
    job that is not in `error` is left as it is (pressing Try again twice starts one run)."""
    settings = settings or get_settings()
    jid = checked_id(job_id)
    job = owned_job(job_id, settings, caller)
    if job.status != JobStatus.error:
        return str(jid)
    _count(caller, job.total, settings)
    try:
        if not repository.queue_again(settings, jid):
            if repository.get_job(settings, jid, with_variants=False) is None:
                raise NoSuchJob(job_id)
            return str(jid)
    except SQLAlchemyError as exc:
        raise database_down(exc, "; nothing was changed") from exc
    _hand_to_queue(jid, settings)
    return str(jid)


def new_variations(job_id: str, settings: Settings | None = None, caller: Caller | None = None) -> str:
    """A new job with the same brief and a new seed (the owner's to ask for); none of its logos
    looks like one the owner already has from this business (see variants.designs_for)."""
    settings = settings or get_settings()
    job = owned_job(job_id, settings, caller)
    info = {"origin": "variations", "source_job_id": uuid.UUID(job.id), "source_title": job.title}
    update: dict[str, Any] = {"seed": None}
    if job.info and job.info.origin == "edit":  # variations of the edited logo: a full set, its words
        update["variants"] = None
    return submit_brief(job.shown_brief.model_copy(update=update), settings, caller, info).job_id


def more_like_this(job_id: str, index: int, settings: Settings | None = None, caller: Caller | None = None) -> str:
    """A new job that keeps this variant's layout, symbol and palette and varies the rest."""
    settings = settings or get_settings()
    job = owned_job(job_id, settings, caller)
    variant = variant_of(job, index)
    keep = {
        "layout": variant.meta.get("layout"),
        "palette": variant.palette,
        "icon": variant.meta.get("icon") or job.brief.icon,
        "seed": None,
    }
    info = {
        "origin": "more",
        "source_job_id": uuid.UUID(job.id),
        "source_index": index,
        "source_title": job.title,
    }
    return submit_brief(job.brief.model_copy(update=keep), settings, caller, info).job_id


def recover_jobs(settings: Settings | None = None) -> int:
    """Embedded default, at start-up: one reconciler pass that runs again the jobs a previous app
    process left `queued` or `processing` (this process runs every embedded job, and none yet).
    With RQ the reconcilers beside the workers do this all the time; nothing to do here."""
    settings = settings or get_settings()
    queue = get_queue(settings)
    if queue.backend != "in-process":
        return 0
    return reconcile_once(settings, queue, take_over=True).enqueued


# ---------------------------------------------------------------- reading


def get_job(job_id: str | uuid.UUID | None, settings: Settings | None = None) -> JobView | None:
    """The job with its variants, or None for an unknown or malformed id."""
    return find_job(job_id, settings or get_settings())


@reads_database
def list_jobs(
    page: int = 1,
    per_page: int = 50,
    settings: Settings | None = None,
    caller: Caller | None = None,
    search: str | None = None,
) -> tuple[list[JobView], int]:
    """The caller's jobs (every job for the operator) newest first, one page at a time, with the
    first variant of each for a thumbnail; and their total. ``search`` keeps the sets whose name
    or business type contains it."""
    settings = settings or get_settings()
    owner = None if caller is None else caller.owner()
    if search and search.strip():
        jobs, total = repository.find_sets(settings, max(1, page), per_page, owner, search[: SET_SEARCH.max_length])
    else:
        jobs, total = repository.list_jobs(settings, max(1, page), per_page, owner)
    return with_infos(jobs, settings), total


def status_line(job: JobView) -> str:
    """One sentence on where a job is, as the gallery's progress bar (and the API) says it."""
    if job.status == JobStatus.done:
        return f"All {job.total} logos ready" if job.total > 1 else "The logo is ready"
    if job.status == JobStatus.error:
        return job.error or "These logos could not be made."
    if job.status == JobStatus.queued:  # waiting: for the queue, for a worker, or to run again
        return job.error or f"Waiting for a worker… ({job.progress} of {job.total})"
    return f"Designing {min(job.progress + 1, job.total)} of {job.total}…"


@dataclass(frozen=True)
class Progress:
    """Where a job is; two are equal when there is nothing new to tell someone following it."""

    status: JobStatus
    percent: int  # 0–100
    done: int  # variants made
    total: int  # variants asked for
    error: str | None  # why it failed, when it did

    @property
    def finished(self) -> bool:
        return self.status in (JobStatus.done, JobStatus.error)


def progress(job_id: str, settings: Settings | None = None) -> Progress:
    """Where a job is: status, per cent done, variants done of total, and why it failed."""
    job = existing_job(job_id, settings or get_settings())
    return Progress(
        status=job.status,
        percent=100 if job.status == JobStatus.done else round(100 * job.progress / max(job.total, 1)),
        done=job.progress,
        total=job.total,
        error=job.error if job.status == JobStatus.error else None,
    )


@dataclass(frozen=True)
class JobFiles:
    """A job and, for each of its variants' files, a URL that fetches it: what a result hands out."""

    job: JobView
    urls: dict[str, str]  # storage key → URL (see object_url)


def result(job_id: str, settings: Settings | None = None, base_url: str | None = None) -> JobFiles:
    """The job with its variants' meta and every file's URL, each fetchable (see object_url)."""
    settings = settings or get_settings()
    job = existing_job(job_id, settings)
    keys = [key for v in job.variants for key in (v.svg_key, v.png_key)]
    return JobFiles(job, {key: object_url(key, settings, base_url) for key in keys})
