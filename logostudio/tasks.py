"""The job function the worker runs: design, render, upload, record, one variant at a time.

`run_job(job_id)` is idempotent: the design is deterministic for (brief, seed), object keys are
fixed by (job, index, palette) and rows are upserted on (job_id, index), so running it twice leaves
the same rows and objects. Every way out ends in `done` or `error` with a readable message.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from typing import Any

from logostudio import repository, retry
from logostudio.config import Settings, get_settings
from logostudio.design import Design
from logostudio.models import JobStatus
from logostudio.raster import svg_to_png
from logostudio.retry import TransientError, short
from logostudio.storage import Storage, get_storage, variant_key
from logostudio.variants import designs_for

log = logging.getLogger(__name__)


def run_job(job_id: str, settings: Settings | None = None, final_attempt: bool = True) -> str:
    """Design, render, upload and record every variant of one job. Returns the final status.

    A passing fault (TransientError) is raised again for the runner to retry; on the final
    attempt the job ends in `error` first, otherwise it waits in `queued` with the reason.
    """
    settings = settings or get_settings()
    policy = retry.POLICY
    jid = repository.parse_job_id(job_id)
    if jid is None:
        log.error("ignoring malformed job id %r", job_id)
        return "missing"
    storage = get_storage(settings)
    try:
        job = policy.call("loading the job", lambda: repository.get_job(settings, jid, with_variants=False))
        if job is None:
            log.error("job %s does not exist", jid)
            return "missing"
        policy.call("starting the job", lambda: repository.mark_processing(settings, jid))
        designs = list(designs_for(job, settings))  # an edited set's logo, or new looks only
        for index, design in enumerate(designs):
            _store_variant(settings, storage, jid, index, design)
        policy.call("finishing the job", lambda: repository.finish_job(settings, jid, len(designs)))
        return JobStatus.done.value
    except TransientError as exc:
        reason = str(exc)
        if final_attempt:
            _record(lambda: repository.mark_error(settings, jid, f"{reason} Press Try again when it is back."))
        else:
            _record(lambda: repository.note_retry(settings, jid, reason))
        raise
    except Exception as exc:
        log.exception("job %s failed", jid)
        failure = f"Designing the logos failed: {short(exc)}"
        _record(lambda: repository.mark_error(settings, jid, failure))
        return JobStatus.error.value
    except BaseException as exc:  # rq's JobTimeoutException and friends
        stopped = f"The job was stopped ({type(exc).__name__}) after {settings.job_timeout} s. Press Try again."
        _record(lambda: repository.mark_error(settings, jid, stopped))
        raise


def _store_variant(settings: Settings, storage: Storage, jid: uuid.UUID, index: int, design: Design) -> None:
    """Render, upload and record one variant, so the gallery can show it before the next is made."""
    policy = retry.POLICY
    svg_key = variant_key(jid, index, design.palette["name"], "svg")
    png_key = variant_key(jid, index, design.palette["name"], "png")
    png = svg_to_png(design.svg, settings.png_size)
    policy.call(f"uploading {svg_key}", lambda: storage.put(svg_key, design.svg.encode(), "image/svg+xml"))
    policy.call(f"uploading {png_key}", lambda: storage.put(png_key, png, "image/png"))
    policy.call(
        "saving the variant",
        lambda: repository.save_variant(settings, jid, index, design.palette, svg_key, png_key, design.meta()),
    )


def _record(write: Callable[[], None]) -> None:
    """Best effort: the database may be the very thing that is down."""
    try:
        retry.POLICY.call("recording the outcome", write)
    except Exception:
        log.exception("could not record a job's outcome")


def generate(job_id: str) -> str:
    """RQ entry point (`logostudio.tasks.generate`)."""
    from rq import get_current_job

    current = get_current_job()
    retries_left = current.retries_left if current is not None else None
    return run_job(job_id, final_attempt=not retries_left)


def on_rq_failure(job: Any, connection: Any, exc_type: Any, exc_value: Any, tb: Any) -> None:
    """RQ failure callback: covers failures outside run_job's own handling (e.g. timeouts)."""
    if job.retries_left or not job.args:
        return
    jid = repository.parse_job_id(job.args[0])
    if jid is None:
        return
    _record(
        lambda: repository.mark_error_unless_done(
            get_settings(), jid, f"The worker gave up on this job: {short(exc_value)}. Press Try again."
        )
    )


__all__ = ["TransientError", "generate", "on_rq_failure", "run_job"]
