"""Use cases: the only thing the app, the API and the CLI call.

Briefs are checked in :mod:`logostudio.briefs`, the tables are read and written in
:mod:`logostudio.repository`, dependencies are probed in :mod:`logostudio.health`, limits are
counted in :mod:`logostudio.quota`.

Who asks is a :class:`~logostudio.studio.identity.Caller`: the app passes the browser's (or the
signed-in person's), the API its key's. ``caller=None`` is the operator at a terminal (the CLI,
tests): no limits, no ownership, every job.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import hashlib
import json
import logging
import random
import threading
import uuid
from collections import OrderedDict
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, ParamSpec, TypeVar
from urllib.parse import quote

from sqlalchemy.exc import SQLAlchemyError

from logostudio.artwork import mockups
from logostudio.artwork.mockups import Mockup, list_mockups
from logostudio.config import Settings, get_settings
from logostudio.design import Design, DoesNotFit, words_fit
from logostudio.pipeline import variants
from logostudio.pipeline.queue import QueueUnavailable, get_queue
from logostudio.pipeline.reconciler import queue_down_message, reconcile_once
from logostudio.pipeline.variants import Recipe
from logostudio.storage import repository
from logostudio.storage.models import JobStatus
from logostudio.storage.objects import StorageError, get_storage, kit_key, mockup_key
from logostudio.storage.repository import JobView, KeyView, SetInfoView, VariantView
from logostudio.studio import identity, quota
from logostudio.studio.briefs import InvalidBrief, LogoBrief, parse_brief, parse_edits, parse_set_name
from logostudio.studio.identity import Caller
from logostudio.studio.quota import LimitReached

log = logging.getLogger(__name__)
PAGE_SIZE = 50
P = ParamSpec("P")
R = TypeVar("R")


class ServiceUnavailable(RuntimeError):
    """A dependency did not answer; the message says what was (not) done."""


class NoSuchJob(LookupError):
    pass


class NotYours(PermissionError):
    """Only the set's owner may rerun it or make more from it; the message says what to do instead."""

    def __init__(self) -> None:
        super().__init__(
            "Only the person who made this set can make new variations of it or run it again. "
            "You can still view and download it, or describe your own business above."
        )


class NoSuchKey(LookupError):
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


def submit(data: Mapping[str, Any], settings: Settings | None = None, caller: Caller | None = None) -> str:
    """Check the brief, count it against the caller's limits, store the job (queued, the caller's)
    and enqueue it. Returns the job id.

    Raises InvalidBrief, LimitReached or ServiceUnavailable (the database or the limit counter did
    not answer); in each case nothing is stored. A queue that does not answer does not refuse the
    job: see :func:`submit_job`."""
    return submit_job(data, settings, caller).job_id


def submit_job(data: Mapping[str, Any], settings: Settings | None = None, caller: Caller | None = None) -> Submission:
    """:func:`submit`, saying whether the job is in the queue yet or waits for it to come back."""
    return _submit(parse_brief(data), settings or get_settings(), caller)


def _count(caller: Caller | None, variants: int, settings: Settings) -> None:
    """Take one set of ``variants`` logos from the caller's limits (the operator has none)."""
    if caller is None:
        return
    try:
        quota.take(caller, variants, settings)
    except quota.TooManyForAnHour as exc:
        raise InvalidBrief({"variants": str(exc)}) from exc


def _submit(
    brief: LogoBrief, settings: Settings, caller: Caller | None, info: dict[str, Any] | None = None
) -> Submission:
    """Record a checked brief and hand it to the queue; ``info`` (a `set_info` row: where the set
    came from) is written before the job is handed over, so the worker finds it."""
    variants = brief.variants or settings.default_variants
    seed = brief.seed if brief.seed is not None else random.SystemRandom().randrange(2**31)
    _check_words_fit(brief, seed, variants)
    _count(caller, variants, settings)
    owner = caller.owner() if caller is not None else (None, None)
    try:
        job_id = repository.create_job(settings, brief, seed, variants, owner, info)
    except SQLAlchemyError as exc:
        raise database_down(exc, "; nothing was submitted") from exc
    return _hand_to_queue(job_id, settings)


def _check_words_fit(brief: LogoBrief, seed: int, variants: int) -> None:
    """Refuse, before anything is counted, a brief whose words no layout can set: the worker would
    fail it with "no layout fitted". The engine tells from its scenes alone (under a millisecond
    for a set of six once its fonts are loaded)."""
    if words_fit(brief.design_brief(), seed, variants):
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
    jid = _job_id(job_id)
    job = _owned_job(job_id, settings, caller)
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
    job = _owned_job(job_id, settings, caller)
    info = {"origin": "variations", "source_job_id": uuid.UUID(job.id), "source_title": job.title}
    update: dict[str, Any] = {"seed": None}
    if job.info and job.info.origin == "edit":  # variations of the edited logo: a full set, its words
        update["variants"] = None
    return _submit(job.shown_brief.model_copy(update=update), settings, caller, info).job_id


def more_like_this(job_id: str, index: int, settings: Settings | None = None, caller: Caller | None = None) -> str:
    """A new job that keeps this variant's layout, symbol and palette and varies the rest."""
    settings = settings or get_settings()
    job = _owned_job(job_id, settings, caller)
    variant = _variant_of(job, index)
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
    return _submit(job.brief.model_copy(update=keep), settings, caller, info).job_id


# ---------------------------------------------------------------- reading


@_reads_database
def get_job(job_id: str | uuid.UUID | None, settings: Settings | None = None) -> JobView | None:
    """The job with its variants, or None for an unknown or malformed id."""
    settings = settings or get_settings()
    jid = repository.parse_job_id(job_id)
    if jid is None:
        return None
    job = repository.get_job(settings, jid)
    return _with_info(job, settings) if job is not None else None


def _with_info(job: JobView, settings: Settings) -> JobView:
    return _with_infos([job], settings)[0]


def _with_infos(jobs: list[JobView], settings: Settings) -> list[JobView]:
    """The jobs with their `set_info` attached (a name of their own, where they came from)."""
    infos = repository.set_infos(settings, [j.id for j in jobs])
    return [dataclasses.replace(j, info=infos.get(j.id, SetInfoView())) for j in jobs]


def status_line(job: JobView) -> str:
    """One sentence on where a job is, as the gallery's progress bar (and the API) says it."""
    if job.status == JobStatus.done:
        return f"All {job.total} logos ready" if job.total > 1 else "The logo is ready"
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


def may_change(job: JobView, caller: Caller | None) -> bool:
    """Whether ``caller`` may rerun the set or derive from it (anyone with the link may view it)."""
    return caller is None or caller.owns(job.user_id, job.anon_id)


def _owned_job(job_id: str, settings: Settings, caller: Caller | None) -> JobView:
    job = _existing_job(job_id, settings)
    if not may_change(job, caller):
        raise NotYours()
    return job


def _variant_of(job: JobView, index: int) -> VariantView:
    variant = next((v for v in job.variants if v.index == index), None)
    if variant is None:
        raise NoSuchJob(f"{job.id} has no variant {index}")
    return variant


@_reads_database
def list_jobs(
    page: int = 1,
    per_page: int = PAGE_SIZE,
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
        jobs, total = repository.find_sets(settings, max(1, page), per_page, owner, search[:80])
    else:
        jobs, total = repository.list_jobs(settings, max(1, page), per_page, owner)
    return _with_infos(jobs, settings), total


def read_object(key: str, settings: Settings | None = None) -> bytes:
    return get_storage(settings or get_settings()).get(key)


def object_url(key: str, settings: Settings | None = None, base_url: str | None = None) -> str:
    """A URL that fetches the object: presigned on S3; on the local folder, this server's
    ``/files/`` route with a signed token (``base_url`` or PUBLIC_URL in front)."""
    settings = settings or get_settings()
    storage = get_storage(settings)
    if storage.name != "local":
        return storage.url(key, settings.url_expiry)
    base = base_url.rstrip("/") if base_url else settings.public_base
    return f"{base}/files/{quote(key)}?token={identity.sign_file_link(key, settings)}"


def linked_object(key: str, token: str, settings: Settings | None = None) -> bytes:
    """The object behind a link :func:`object_url` made; KeyError for a wrong, old or missing one."""
    settings = settings or get_settings()
    if not identity.file_link_allows(token, key, settings):
        raise KeyError(key)
    return read_object(key, settings)


def progress(job_id: str, settings: Settings | None = None) -> dict[str, Any]:
    """Where a job is: status, progress 0–100, variants done of total, and why it failed."""
    job = _existing_job(job_id, settings or get_settings())
    return {
        "status": job.status.value,
        "progress": 100 if job.status == JobStatus.done else round(100 * job.progress / max(job.total, 1)),
        "done": job.progress,
        "total": job.total,
        "error": job.error if job.status == JobStatus.error else None,
    }


def result(job_id: str, settings: Settings | None = None, base_url: str | None = None) -> dict[str, Any]:
    """The seed's result JSON, with each variant's meta; every URL fetchable (see object_url)."""
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
                "svg": {"s3_key": v.svg_key, "url": object_url(v.svg_key, settings, base_url)},
                "png": {"s3_key": v.png_key, "url": object_url(v.png_key, settings, base_url)},
                "meta": v.meta,
            }
            for v in job.variants
        ],
    }


def brand_kit(job_id: str, index: int, settings: Settings | None = None, caller: Caller | None = None) -> bytes:
    """A zip of the files a business needs for one variant, in a folder named after the set and
    the variant (cafe-joy-03-brand-kit). Made the first time it is asked for (about a second of
    rendering), counted against that caller's limits, and kept with the set's files: anyone with
    the set's link gets the kept one after that.

    Raises NoSuchJob, LimitReached (a kit not made yet, and the caller has had as many made as a
    minute allows) or ServiceUnavailable (storage does not answer)."""
    from logostudio.artwork import brandkit

    settings = settings or get_settings()
    job = _existing_job(job_id, settings)
    _variant_of(job, index)
    key = kit_key(job.id, index, _made_for(brandkit.REVISION, job.title))
    return _kept_or_made(
        key,
        lambda: brandkit.build_brand_kit(variant_design(job, index, settings), name=job.title, index=index),
        settings,
        caller,
    )


def _made_for(revision: int, title: str) -> str:
    """What kept bytes depend on besides the variant: the code's revision and the set's title."""
    return hashlib.sha256(f"{revision}\n{title}".encode()).hexdigest()[:12]


def _count_build(caller: Caller | None, settings: Settings) -> None:
    """A brand kit or mock-ups made (not kept yet) are counted like the caller's sets (see
    quota.take_build); the operator has no limits."""
    if caller is not None:
        quota.take_build(caller, settings)


def _storage_down(exc: StorageError) -> ServiceUnavailable:
    return ServiceUnavailable(f"Storage is not answering ({exc}). Try again in a moment.")


def _kept_or_made(key: str, make: Callable[[], bytes], settings: Settings, caller: Caller | None) -> bytes:
    """The object kept under ``key``; else made (counted for ``caller``) and kept. Keeping is best
    effort: bytes made are returned even when storage does not take them."""
    storage = get_storage(settings)
    try:
        return storage.get(key)
    except KeyError:
        pass
    except StorageError as exc:
        raise _storage_down(exc) from exc
    _count_build(caller, settings)
    try:
        data = make()
    except StorageError as exc:
        raise _storage_down(exc) from exc
    try:
        storage.put(key, data)
    except StorageError as exc:
        log.warning("could not keep %s: %s", key, exc)
    return data


def _kept(keys: list[str], settings: Settings) -> dict[str, bytes]:
    """The objects kept under ``keys`` (missing ones left out), read side by side: a dialog's
    sixteen previews cost one round trip to S3, not sixteen."""
    storage = get_storage(settings)

    def read(key: str) -> tuple[str, bytes | None]:
        try:
            return key, storage.get(key)
        except KeyError:
            return key, None

    try:
        with ThreadPoolExecutor(max_workers=min(8, max(1, len(keys)))) as pool:
            return {key: data for key, data in pool.map(read, keys) if data is not None}
    except StorageError as exc:
        raise _storage_down(exc) from exc


def variant_design(job: JobView | str, index: int, settings: Settings | None = None) -> Design:
    """A stored variant as a Design, re-created from its recipe (for its kit, mock-ups and the
    editor); the stored SVG stays the reference. The design is deterministic, so the extra
    sources (dark, transparent, symbol) come from designing the variant again."""
    settings = settings or get_settings()
    job = job if isinstance(job, JobView) else _existing_job(job, settings)
    _variant_of(job, index)
    return variants.variant_design(job, index, settings)


# ---------------------------------------------------------------- the studio: editor, shortlist, sets


def edit_recipe(job_id: str, index: int, settings: Settings | None = None) -> tuple[JobView, Recipe]:
    """The set and how its variant ``index`` was made, for the editor: anyone who can view a set
    may open its logos in the editor (what they save is theirs)."""
    settings = settings or get_settings()
    job = _existing_job(job_id, settings)
    variant = _variant_of(job, index)
    return job, variants.recipe_of(job, index, job.info, variant.meta)


def preview_edit(recipe: Recipe, edits: Mapping[str, Any]) -> Design:
    """The edited logo, designed in process (a few milliseconds): checked changes over ``recipe``.
    Raises InvalidBrief for a change it cannot take, with a message per field."""
    overrides = parse_edits(edits)
    try:
        return recipe.design(overrides)
    except DoesNotFit as exc:
        raise InvalidBrief({"edits": str(exc)}) from None


def save_edit(
    job_id: str,
    index: int,
    edits: Mapping[str, Any],
    settings: Settings | None = None,
    caller: Caller | None = None,
) -> str:
    """Store the edited logo as a new set of one variant, the caller's, like any job: the worker
    re-creates it from the stored recipe (brief, seed, the variant under the edits, its nudge, the
    edits), byte for byte what the editor showed. The set records which variant it came from.

    Raises InvalidBrief (a change it cannot take), NoSuchJob, LimitReached or ServiceUnavailable."""
    settings = settings or get_settings()
    job, recipe = edit_recipe(job_id, index, settings)
    overrides = parse_edits(edits)
    preview_edit(recipe, overrides.as_dict())  # words that do not fit are refused here, not by the worker
    combined = {**(recipe.edits or {}), **overrides.as_dict()}
    info = {
        "origin": "edit",
        "source_job_id": uuid.UUID(job.id),
        "source_index": index,
        "source_title": job.title,
        "edits": combined,
        "base_index": recipe.index,
        "nudge": recipe.nudge,
        "name": combined.get("name") or (job.info.name if job.info else None),
    }
    brief = job.brief.model_copy(update={"variants": 1, "seed": job.seed})
    return _submit(brief, settings, caller, info).job_id


def _owner_or_refuse(caller: Caller) -> repository.Owner:
    owner = caller.owner()
    if owner == (None, None):
        raise ValueError("A shortlist belongs to a browser or a person; this request has neither.")
    return owner


@_reads_database
def shortlisted(job_id: str, caller: Caller, settings: Settings | None = None) -> set[int]:
    """Which variants of this set are on the caller's shortlist."""
    jid = repository.parse_job_id(job_id)
    if jid is None or caller.owner() == (None, None):
        return set()
    return repository.shortlisted_indexes(settings or get_settings(), caller.owner(), jid)


@_reads_database
def set_shortlisted(job_id: str, index: int, on: bool, caller: Caller, settings: Settings | None = None) -> None:
    """Put a logo on the caller's shortlist, or take it off (any set the caller can view)."""
    settings = settings or get_settings()
    owner = _owner_or_refuse(caller)
    jid = _job_id(job_id)
    if not on:
        repository.shortlist_remove(settings, owner, jid, index)
    elif not repository.shortlist_add(settings, owner, jid, index):
        raise NoSuchJob(f"{job_id} has no logo {index + 1}")


@_reads_database
def shortlist(caller: Caller, settings: Settings | None = None) -> list[tuple[JobView, VariantView]]:
    """The caller's shortlist, most recently added first, each logo with its set (across sets)."""
    settings = settings or get_settings()
    if caller.owner() == (None, None):
        return []
    entries = repository.shortlist(settings, caller.owner())
    jobs = {j.id: j for j in _with_infos(list({j.id: j for j, _ in entries}.values()), settings)}
    return [(jobs[j.id], v) for j, v in entries]


@_reads_database
def rename_set(job_id: str, name: Any, settings: Settings | None = None, caller: Caller | None = None) -> str:
    """Give the caller's set a name of its own (empty: the business name again). Returns the title.
    Raises InvalidBrief for a name it cannot take, NotYours for someone else's set."""
    settings = settings or get_settings()
    jid = _job_id(job_id)
    checked = parse_set_name(name)
    _owned_job(job_id, settings, caller)
    if not repository.rename_set(settings, jid, checked, None if caller is None else caller.owner()):
        raise NoSuchJob(job_id)
    job = _existing_job(job_id, settings)
    return job.title


def delete_set(job_id: str, settings: Settings | None = None, caller: Caller | None = None) -> None:
    """Delete the caller's set: its rows and its files. Sets made from it stay (they keep its title)."""
    settings = settings or get_settings()
    jid = _job_id(job_id)
    _owned_job(job_id, settings, caller)
    storage = get_storage(settings)
    try:
        keys = storage.list(f"jobs/{jid}/")
    except StorageError as exc:
        raise ServiceUnavailable(f"Storage is not answering ({exc}); nothing was deleted. Try again.") from exc
    try:
        if not repository.delete_set(settings, jid, None if caller is None else caller.owner()):
            raise NoSuchJob(job_id)
    except SQLAlchemyError as exc:
        raise database_down(exc, "; nothing was deleted") from exc
    with contextlib.suppress(StorageError):  # the rows are gone: left-over files are unreachable
        storage.delete(keys)


@functools.lru_cache(maxsize=512)
def _search_symbols(query: str, limit: int) -> tuple[str, ...]:
    from logostudio.design.symbols import search_icons

    return tuple(search_icons(query, limit))


def search_symbols(query: str, limit: int = 24) -> list[str]:
    """Icons for a word, best first, by the matcher the engine uses ("croissant" finds bakery icons)."""
    return list(_search_symbols(" ".join(str(query).split())[:80].lower(), limit))


def mockup_list() -> list[Mockup]:
    """Every mock-up (see it in use), in the order to show them."""
    return list_mockups()


def _mockup(mockup_id: str) -> Mockup:
    found = next((m for m in list_mockups() if m.id == mockup_id), None)
    if found is None:
        raise KeyError(f"no mock-up {mockup_id!r}")
    return found


def variant_mockups(
    job_id: str, index: int, settings: Settings | None = None, caller: Caller | None = None
) -> list[tuple[Mockup, str]]:
    """Every mock-up of a stored variant, each with its SVG preview, in the order to show them.
    Made the first time they are asked for (counted once against that caller's limits) and kept
    with the set's files, like :func:`brand_kit`."""
    settings = settings or get_settings()
    job = _existing_job(job_id, settings)
    _variant_of(job, index)
    made_for = _made_for(mockups.REVISION, job.title)
    items = [(m, mockup_key(job.id, index, made_for, m.id, "svg")) for m in list_mockups()]
    kept = _kept([key for _, key in items], settings)
    missing = [(m, key) for m, key in items if key not in kept]
    if missing:
        _count_build(caller, settings)
        try:
            design = variant_design(job, index, settings)
        except StorageError as exc:
            raise _storage_down(exc) from exc
        brand = mockups.brand_of(design, job.title)
        storage = get_storage(settings)
        for m, key in missing:
            kept[key] = mockups.mockup_svg(design, job.title, m.id, brand).encode()
            try:
                storage.put(key, kept[key])
            except StorageError as exc:
                log.warning("could not keep %s: %s", key, exc)
    return [(m, kept[key].decode()) for m, key in items]


def variant_mockup_png(
    job_id: str, index: int, mockup_id: str, settings: Settings | None = None, caller: Caller | None = None
) -> bytes:
    """One mock-up of a stored variant as a PNG at its native size: made the first time it is
    asked for (counted against that caller's limits) and kept, like :func:`brand_kit`."""
    settings = settings or get_settings()
    mockup = _mockup(mockup_id)
    job = _existing_job(job_id, settings)
    _variant_of(job, index)
    key = mockup_key(job.id, index, _made_for(mockups.REVISION, job.title), mockup.id, "png")
    return _kept_or_made(
        key, lambda: mockups.render_mockup(variant_design(job, index, settings), job.title, mockup.id), settings, caller
    )


class _Recent:
    """What was made lately for designs that are not stored (the editor's unsaved edits), up to
    ``max_bytes`` in this process; the least recently used goes first."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self._items: OrderedDict[str, tuple[Any, int]] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    def get(self, key: str) -> Any | None:
        with self._lock:
            if key not in self._items:
                return None
            self._items.move_to_end(key)
            return self._items[key][0]

    def put(self, key: str, value: Any, size: int) -> None:
        with self._lock:
            if key in self._items:
                self._bytes -= self._items.pop(key)[1]
            self._items[key] = (value, size)
            self._bytes += size
            while self._bytes > self.max_bytes and len(self._items) > 1:
                self._bytes -= self._items.popitem(last=False)[1][1]

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._bytes = 0


# About 70 dialogs' previews, or 100 mock-up PNGs, of designs no one has saved.
_RECENT = _Recent(16 * 1024 * 1024)


def _design_key(design: Design, name: str) -> str:
    """A digest of everything a mock-up is drawn from: the design's sources, colours, type, name."""
    parts = [
        mockups.REVISION,
        name,
        design.svg,
        design.transparent_svg,
        design.dark_svg,
        design.symbol_svg,
        design.palette,
        design.font,
        design.layout,
        design.icon,
        design.extra,
    ]
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()


def mockup_previews(
    design: Design, name: str, caller: Caller | None = None, settings: Settings | None = None
) -> list[tuple[Mockup, str]]:
    """Every mock-up of a design that is not stored (an edit in the editor), each with its SVG
    preview: made once (counted against the caller's limits, like a stored variant's) and kept a
    while in this process, keyed by the design itself."""
    key = f"previews:{_design_key(design, name)}"
    found = _RECENT.get(key)
    if found is None:
        _count_build(caller, settings or get_settings())
        brand = mockups.brand_of(design, name)
        found = [(m, mockups.mockup_svg(design, name, m.id, brand)) for m in list_mockups()]
        _RECENT.put(key, found, sum(len(svg) for _, svg in found))
    return list(found)


def mockup_png(
    design: Design, name: str, mockup_id: str, caller: Caller | None = None, settings: Settings | None = None
) -> bytes:
    """A mock-up of a design that is not stored as a PNG at its native size, to download: made
    once (counted) and kept a while in this process, like :func:`mockup_previews`."""
    mockup = _mockup(mockup_id)
    key = f"png:{mockup.id}:{_design_key(design, name)}"
    found = _RECENT.get(key)
    if found is None:
        _count_build(caller, settings or get_settings())
        found = mockups.render_mockup(design, name, mockup.id)
        _RECENT.put(key, found, len(found))
    return bytes(found)


def build_refusal(caller: Caller, settings: Settings | None = None) -> LimitReached | None:
    """Why a brand kit or mock-up not made yet would be refused for ``caller`` now (None when it
    would not): a page says so beside its downloads, whose bytes are made only when pressed."""
    return quota.build_refusal(caller, settings or get_settings())


# ---------------------------------------------------------------- people and keys


@_reads_database
def sign_in(email: str, anon_id: uuid.UUID | None, settings: Settings | None = None) -> uuid.UUID:
    """The person's `users` row (made on first sign-in); the sets and keys this browser made
    anonymously become theirs. Returns the user id."""
    settings = settings or get_settings()
    user_id = repository.user_for_email(settings, email)
    if anon_id is not None:
        repository.claim_anonymous(settings, anon_id, user_id)
        repository.claim_shortlist(settings, anon_id, user_id)
    return user_id


@_reads_database
def operator_caller(email: str, settings: Settings | None = None) -> Caller:
    """The person with ``email`` (made if new), as the operator acts for them from a terminal."""
    settings = settings or get_settings()
    return Caller(user_id=repository.user_for_email(settings, email), email=email.strip().lower())


def _key_name(name: str | None) -> str:
    text = " ".join((name or "").split())
    if any(not ch.isprintable() for ch in text):
        raise ValueError("Key name: use plain letters, digits and punctuation.")
    if len(text) > 60:
        raise ValueError(f"Key name is too long: {len(text)} characters, at most 60.")
    return text or "API key"


@_reads_database
def create_api_key(
    caller: Caller, name: str | None = None, settings: Settings | None = None, *, by_operator: bool = False
) -> tuple[KeyView, str]:
    """A new key for the caller: its record and the key itself, which is shown this once and
    stored only as a hash. Raises ValueError for a name it cannot take, LimitReached when the
    caller (or, not signed in, their address) has made as many keys as an hour allows, and
    ServiceUnavailable when the database does not answer. The operator at a terminal
    (``by_operator``) makes keys for a person without limits, as they submit without limits."""
    settings = settings or get_settings()
    user_id, anon_id = caller.owner()
    if user_id is None and anon_id is None:
        raise ValueError("Keys belong to a browser or a person; this request has neither.")
    name = _key_name(name)
    if not by_operator:  # after the name is checked: a refused name costs nothing
        quota.take_key(caller, settings)
    key = identity.new_api_key()
    view = repository.create_api_key(
        settings, (user_id, anon_id), name, identity.key_prefix(key), identity.hash_api_key(key)
    )
    return view, key


@_reads_database
def list_api_keys(settings: Settings | None = None, caller: Caller | None = None) -> list[KeyView]:
    """The caller's keys (every key for the operator), newest first, revoked ones included."""
    return repository.api_keys(settings or get_settings(), None if caller is None else caller.owner())


@_reads_database
def revoke_api_key(key: str, settings: Settings | None = None, caller: Caller | None = None) -> KeyView:
    """Revoke one of the caller's keys, named by its id or by the start of the key (its prefix).
    Raises NoSuchKey when none (or more than one) matches."""
    settings = settings or get_settings()
    wanted = key.strip()
    owner = None if caller is None else caller.owner()
    keys = [k for k in repository.api_keys(settings, owner) if k.active]
    if wanted.startswith(identity.KEY_PREFIX) and len(wanted) > len(identity.key_prefix(wanted)):  # a whole key
        whole = repository.active_api_key_by_hash(settings, identity.hash_api_key(wanted))
        active = [k for k in keys if whole is not None and k.id == whole.id]
    else:
        active = [k for k in keys if wanted in (str(k.id), k.prefix)]
    if len(active) != 1:
        raise NoSuchKey(
            f"No active key {wanted!r}: `keys list` shows them."
            if not active
            else f"{wanted!r} names {len(active)} keys; give the key's id."
        )
    repository.revoke_api_key(settings, active[0].id, owner)
    found = repository.api_key(settings, active[0].id)
    assert found is not None
    return found


@_reads_database
def authenticate(key: str, settings: Settings | None = None, address: str | None = None) -> Caller | None:
    """The caller an API key stands for (its owner, counted per key too), or None for an unknown
    or revoked key. ``address`` is the request's client: a key a browser made without signing in is
    counted there too, like the browser itself."""
    settings = settings or get_settings()
    if not key.startswith(identity.KEY_PREFIX):
        return None
    found = repository.active_api_key_by_hash(settings, identity.hash_api_key(key))
    if found is None:
        return None
    repository.note_api_key_used(settings, found.id)
    user_id, anon_id = found.owner
    return Caller(user_id=user_id, anon_id=anon_id, key_id=found.id, email=found.email, address=address)


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
    "Caller",
    "InvalidBrief",
    "JobView",
    "KeyView",
    "LimitReached",
    "NoSuchJob",
    "NoSuchKey",
    "NotYours",
    "Recipe",
    "ServiceUnavailable",
    "SetInfoView",
    "Submission",
    "VariantView",
    "authenticate",
    "brand_kit",
    "build_refusal",
    "create_api_key",
    "database_down",
    "delete_set",
    "edit_recipe",
    "get_job",
    "linked_object",
    "list_api_keys",
    "list_jobs",
    "may_change",
    "mockup_list",
    "mockup_png",
    "mockup_previews",
    "more_like_this",
    "new_variations",
    "object_url",
    "operator_caller",
    "preview_edit",
    "progress",
    "read_object",
    "recover_jobs",
    "rename_set",
    "result",
    "retry_job",
    "revoke_api_key",
    "save_edit",
    "search_symbols",
    "set_shortlisted",
    "shortlist",
    "shortlisted",
    "sign_in",
    "status_line",
    "submit",
    "submit_job",
    "variant_design",
    "variant_mockup_png",
    "variant_mockups",
]
