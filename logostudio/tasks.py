"""The job function the worker runs: design, render, upload, record, one variant at a time.

`generate(job_id)` is idempotent: the design is deterministic for (brief, seed), object keys are
fixed by (job, index, palette) and rows are upserted on (job_id, index), so running it twice leaves
the same rows and objects. Every way out ends in `done` or `error` with a readable message.
"""

from __future__ import annotations

import logging
import re
import time
import uuid
from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy import select, update
from sqlalchemy.exc import InterfaceError, OperationalError

from logostudio.config import Settings, get_settings
from logostudio.db import get_engine, session_scope
from logostudio.design import Brief, design_variants
from logostudio.models import Job, JobStatus, LogoVariant, utcnow
from logostudio.raster import svg_to_png
from logostudio.storage import StorageError, get_storage

log = logging.getLogger(__name__)
T = TypeVar("T")

BACKOFF = (0.5, 1.0, 2.0, 4.0)


class TransientError(RuntimeError):
    """Storage or database did not answer; the job may succeed when retried."""


def variant_key(job_id: uuid.UUID | str, index: int, palette_name: str, ext: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", palette_name.lower()).strip("-") or "palette"
    return f"jobs/{job_id}/v{index:02d}_{slug}.{ext}"


def brief_for(job: Job) -> Brief:
    prefs = job.prefs or {}
    return Brief(
        business_type=job.business_type,
        business_name=job.business_name,
        slogan=job.slogan,
        style=prefs.get("style"),
        theme=prefs.get("theme"),
        color=prefs.get("color"),
        icon=prefs.get("icon"),
        layout=prefs.get("layout"),
        palette=prefs.get("palette"),
    )


def _with_backoff(what: str, fn: Callable[[], T]) -> T:
    """Run fn, retrying transient storage/database failures with exponential backoff."""
    for attempt, delay in enumerate((*BACKOFF, None)):
        try:
            return fn()
        except (StorageError, OperationalError, InterfaceError) as exc:
            if delay is None:
                kind = "Storage" if isinstance(exc, StorageError) else "The database"
                raise TransientError(f"{kind} did not answer while {what}: {_short(exc)}") from exc
            log.warning("%s failed (attempt %d), retrying in %.1fs: %s", what, attempt + 1, delay, exc)
            time.sleep(delay)
    raise AssertionError("unreachable")


def _short(exc: BaseException, limit: int = 240) -> str:
    text = " ".join(str(exc).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _upsert_variant(settings: Settings, values: dict[str, Any]) -> None:
    engine = get_engine(settings)
    if engine.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    stmt = insert(LogoVariant).values(**values)
    stmt = stmt.on_conflict_do_update(
        index_elements=["job_id", "index"],
        set_={k: stmt.excluded[k] for k in ("palette", "svg_key", "png_key", "meta")},
    )
    with session_scope(settings) as session:
        session.execute(stmt)


def _set_job(settings: Settings, job_id: uuid.UUID, **values: Any) -> None:
    values.setdefault("updated_at", utcnow())
    with session_scope(settings) as session:
        session.execute(update(Job).where(Job.id == job_id).values(**values))


def mark_error(job_id: uuid.UUID | str, message: str, settings: Settings | None = None) -> None:
    """Best effort: record the failure so no job is left in `processing`."""
    settings = settings or get_settings()
    try:
        _with_backoff("recording the failure",
                      lambda: _set_job(settings, uuid.UUID(str(job_id)), status=JobStatus.error.value,
                                       error_message=message))
    except Exception:  # the database itself is gone; nothing more we can do here
        log.exception("could not mark job %s as failed", job_id)


def run_job(job_id: str, settings: Settings | None = None, final_attempt: bool = True) -> str:
    """Design, render, upload and record every variant of one job. Returns the final status."""
    settings = settings or get_settings()
    try:
        jid = uuid.UUID(str(job_id))
    except ValueError:
        log.error("ignoring malformed job id %r", job_id)
        return "missing"
    storage = get_storage(settings)

    def load() -> Job | None:
        with session_scope(settings) as session:
            job = session.get(Job, jid)
            if job is not None:
                session.expunge(job)
            return job

    try:
        job = _with_backoff("loading the job", load)
        if job is None:
            log.error("job %s does not exist", jid)
            return "missing"
        count = job.variant_count
        _with_backoff("starting the job", lambda: _set_job(
            settings, jid, status=JobStatus.processing.value, error_message=None))

        designs = design_variants(brief_for(job), count, job.seed)
        first_svg_key: str | None = None
        for index, design in enumerate(designs):
            svg_key = variant_key(jid, index, design.palette["name"], "svg")
            png_key = variant_key(jid, index, design.palette["name"], "png")
            first_svg_key = first_svg_key or svg_key
            png = svg_to_png(design.svg, settings.png_size)
            _with_backoff(f"uploading {svg_key}", lambda: storage.put(svg_key, design.svg.encode(), "image/svg+xml"))
            _with_backoff(f"uploading {png_key}", lambda: storage.put(png_key, png, "image/png"))
            row = {"id": uuid.uuid5(jid, str(index)), "job_id": jid, "index": index, "palette": design.palette,
                   "svg_key": svg_key, "png_key": png_key, "meta": design.meta(), "created_at": utcnow()}
            _with_backoff("saving the variant", lambda: _upsert_variant(settings, row))
            _with_backoff("saving progress", lambda: _set_job(settings, jid, progress=index + 1))

        # Rows beyond this run's count (a re-run with fewer variants) would be stale.
        def finish() -> None:
            with session_scope(settings) as session:
                for stale in session.scalars(select(LogoVariant).where(
                        LogoVariant.job_id == jid, LogoVariant.index >= len(designs))):
                    session.delete(stale)
                session.execute(update(Job).where(Job.id == jid).values(
                    status=JobStatus.done.value, progress=len(designs), result_svg_key=first_svg_key,
                    error_message=None, updated_at=utcnow()))

        _with_backoff("finishing the job", finish)
        return JobStatus.done.value
    except TransientError as exc:
        if final_attempt:
            mark_error(jid, f"{exc} Press Try again when it is back.", settings)
        else:
            mark_error_retrying(jid, str(exc), settings)
        raise
    except Exception as exc:
        log.exception("job %s failed", jid)
        mark_error(jid, f"Designing the logos failed: {_short(exc)}", settings)
        return JobStatus.error.value
    except BaseException as exc:  # rq's JobTimeoutException and friends
        mark_error(jid, f"The job was stopped ({type(exc).__name__}) after {settings.job_timeout} s. "
                        "Press Try again.", settings)
        raise


def mark_error_retrying(job_id: uuid.UUID, message: str, settings: Settings) -> None:
    try:
        _set_job(settings, job_id, status=JobStatus.queued.value, error_message=f"{message} Retrying…")
    except Exception:
        log.exception("could not record the retry of job %s", job_id)


def generate(job_id: str) -> str:
    """RQ entry point (`logostudio.tasks.generate`)."""
    from rq import get_current_job

    current = get_current_job()
    retries_left = current.retries_left if current is not None else None
    return run_job(job_id, final_attempt=not retries_left)


def on_rq_failure(job: Any, connection: Any, exc_type: Any, exc_value: Any, tb: Any) -> None:
    """RQ failure callback: covers failures outside run_job's own handling (e.g. timeouts)."""
    if job.retries_left:
        return
    job_id = job.args[0] if job.args else None
    if job_id is None:
        return
    settings = get_settings()
    try:
        with session_scope(settings) as session:
            row = session.get(Job, uuid.UUID(str(job_id)))
            if row is None or row.status == JobStatus.done.value:
                return
            if row.status != JobStatus.error.value:
                row.status = JobStatus.error.value
                row.error_message = f"The worker gave up on this job: {_short(exc_value)}. Press Try again."
    except Exception:
        log.exception("failure callback could not record job %s", job_id)
