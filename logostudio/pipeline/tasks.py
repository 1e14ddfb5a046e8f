"""The job function the worker runs: design, render, upload, record, one variant at a time.

`run_job(job_id)` is idempotent: the design is deterministic for (brief, seed), object keys are
fixed by (job, index, palette) and rows are upserted on (job_id, index), so running it twice leaves
the same rows and objects. Every way out ends in `done` or `error` with a readable message.

A run first *claims* the job in the database (one statement: load it, mark it `processing`, take a
lease under a fresh token). The lease is renewed while the run lives (by every variant it records,
and by a keeper thread in between); every write of the run names its token, so a run whose lease
ran out and was taken over writes nothing more (:class:`~logostudio.storage.repository.LeaseLost`). Two
runs of one job can therefore never both record it, whatever the queue delivers.

Variants are rendered to PNG on render threads (one per core the process may use) while the ones
before them land (their two uploads at once, then their row); the rows still land in order, one
by one, for the live gallery.
"""

from __future__ import annotations

import logging
import os
import threading
import time
import uuid
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import timedelta
from typing import Any

from logostudio.artwork.raster import svg_to_png
from logostudio.config import Settings, get_settings
from logostudio.design import Design
from logostudio.errors import LeaseLost, TransientError
from logostudio.pipeline import retry
from logostudio.pipeline.retry import short
from logostudio.pipeline.variants import designs_for
from logostudio.storage import repository
from logostudio.storage.models import JobStatus
from logostudio.storage.objects import Storage, get_storage, variant_key

log = logging.getLogger(__name__)


class Lease:
    """A run's hold on its job, renewed while the run lives."""

    def __init__(self, settings: Settings, job_id: uuid.UUID, token: uuid.UUID) -> None:
        self.settings = settings
        self.job_id = job_id
        self.token = token
        self.length = timedelta(seconds=settings.job_lease)
        self.renewed = time.monotonic()
        self.lost = False

    def check(self) -> None:
        if self.lost:
            raise LeaseLost(str(self.job_id))

    def renew_if_due(self) -> None:
        if time.monotonic() - self.renewed < self.settings.job_lease / 3:
            return
        try:
            held = repository.renew_lease(self.settings, self.job_id, self.token, self.length)
        except Exception as exc:  # the database may be down: the lease runs out, and the writes tell
            log.warning("could not renew the lease of job %s: %s", self.job_id, short(exc))
            return
        if held:
            self.renewed = time.monotonic()
        else:
            log.warning("job %s was taken over by another run; this run stops", self.job_id)
            self.lost = True


class _LeaseKeeper:
    """One thread per process that renews the leases of the runs in it between their writes."""

    def __init__(self) -> None:
        self._leases: set[Lease] = set()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def hold(self, lease: Lease) -> None:
        with self._lock:
            self._leases.add(lease)
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._loop, name="lease-keeper", daemon=True)
                self._thread.start()

    def release(self, lease: Lease) -> None:
        with self._lock:
            self._leases.discard(lease)

    def _loop(self) -> None:
        while True:
            time.sleep(1.0)
            with self._lock:
                leases = list(self._leases)
            for lease in leases:
                lease.renew_if_due()


_KEEPER = _LeaseKeeper()
_pools: dict[str, ThreadPoolExecutor] = {}
_pools_lock = threading.Lock()


def _pool(name: str, workers: int) -> ThreadPoolExecutor:
    """Threads made once per process (after any fork), shared by its jobs."""
    with _pools_lock:
        if name not in _pools:
            _pools[name] = ThreadPoolExecutor(max_workers=workers, thread_name_prefix=f"logo-{name}")
        return _pools[name]


def run_job(
    job_id: str,
    settings: Settings | None = None,
    final_attempt: bool = True,
    redo_done: bool = False,
    token: uuid.UUID | None = None,
) -> str:
    """Design, render, upload and record every variant of one job. Returns the final status, or
    "busy" (another run holds it), "superseded" (this run lost its lease) or "missing".

    A `done` job is left as it is unless ``redo_done``. A passing fault (TransientError) is raised
    again for the runner to retry; on the final attempt the job ends in `error` first, otherwise it
    waits in `queued` with the reason. ``token``: the run's lease token, so a run started again
    after an outage takes back its own lease at once (a fresh one by default).
    """
    settings = settings or get_settings()
    policy = retry.POLICY
    jid = repository.parse_job_id(job_id)
    if jid is None:
        log.error("ignoring malformed job id %r", job_id)
        return "missing"
    token = token or uuid.uuid4()
    job = policy.call(
        "starting the job",
        lambda: repository.claim_job(settings, jid, token, timedelta(seconds=settings.job_lease), redo_done),
    )
    if job is None:
        current = policy.call("loading the job", lambda: repository.get_job(settings, jid, with_variants=False))
        if current is None:
            log.error("job %s does not exist", jid)
            return "missing"
        if current.status == JobStatus.processing:
            log.info("job %s is being run by another worker; leaving it", jid)
            return "busy"
        log.info("job %s is %s already; nothing to do", jid, current.status.value)
        return current.status.value
    lease = Lease(settings, jid, token)
    _KEEPER.hold(lease)
    try:
        count = _design_and_land(settings, get_storage(settings), job, lease)
        policy.call("finishing the job", lambda: repository.finish_job(settings, jid, count, token))
        return JobStatus.done.value
    except LeaseLost:
        log.warning("job %s was taken over by another run; this run stops without writing", jid)
        return "superseded"
    except TransientError as exc:
        reason = str(exc)
        if final_attempt:
            _record(lambda: repository.mark_error(settings, jid, f"{reason} Press Try again when it is back.", token))
        else:
            _record(lambda: repository.note_retry(settings, jid, reason, token))
        raise
    except Exception as exc:
        log.exception("job %s failed", jid)
        failure = f"Designing the logos failed: {short(exc)}"
        _record(lambda: repository.mark_error(settings, jid, failure, token))
        return JobStatus.error.value
    except BaseException as exc:  # rq's JobTimeoutException and friends
        stopped = f"The job was stopped ({type(exc).__name__}) after {settings.job_timeout} s. Press Try again."
        _record(lambda: repository.mark_error(settings, jid, stopped, token))
        raise
    finally:
        _KEEPER.release(lease)


def _design_and_land(settings: Settings, storage: Storage, job: repository.JobView, lease: Lease) -> int:
    """Design each variant, render it to PNG on the render threads (cairo and zlib let go of the
    GIL, so an idle core helps) and land it; returns how many landed.

    The variants land on one thread of the job's own, in order, one by one, each as soon as it is
    rendered and the one before it has landed; once one failed, no more are started (its error is
    raised here)."""
    renders = _pool("render", render_threads(settings))
    landings: list[Future[None]] = []
    failed = threading.Event()

    def land(index: int, design: Design, png: Future[bytes]) -> None:
        if failed.is_set():  # a variant before this one did not land: neither does this one
            return
        try:
            _land(settings, storage, lease, index, design, png.result())
        except BaseException:
            failed.set()
            raise

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="logo-land") as lander:
        # An edited set's one logo, or the brief's variants, none like one its owner already has.
        for index, design in enumerate(designs_for(job, settings)):
            if failed.is_set():
                break
            lease.check()
            png = renders.submit(svg_to_png, design.svg, settings.png_size)
            landings.append(lander.submit(land, index, design, png))
    # Every landing has ended (the executor waited); the first failure, if any, is the job's.
    for landing in landings:
        landing.result()
    return len(landings)


def render_threads(settings: Settings) -> int:
    """PNGs rendered at once in this process: RENDER_THREADS, or every core (`python worker.py`
    shares the cores out among its processes)."""
    return settings.render_threads or os.cpu_count() or 1


def _land(settings: Settings, storage: Storage, lease: Lease, index: int, design: Design, png: bytes) -> None:
    """Upload one variant's SVG and PNG at once, then record its row (and so its progress)."""
    policy = retry.POLICY
    lease.check()  # taken over meanwhile: land nothing more
    svg_key = variant_key(lease.job_id, index, design.palette["name"], "svg")
    png_key = variant_key(lease.job_id, index, design.palette["name"], "png")
    uploads = _pool("upload", 4)
    svg_put = uploads.submit(
        policy.call, f"uploading {svg_key}", lambda: storage.put(svg_key, design.svg.encode(), "image/svg+xml")
    )
    png_put = uploads.submit(policy.call, f"uploading {png_key}", lambda: storage.put(png_key, png, "image/png"))
    svg_put.result()
    png_put.result()
    lease.check()
    policy.call(
        "saving the variant",
        lambda: repository.save_variant(
            settings,
            lease.job_id,
            index,
            design.palette,
            svg_key,
            png_key,
            design.meta(),
            token=lease.token,
            lease=lease.length,
        ),
    )
    lease.renewed = time.monotonic()


def _record(write: Callable[[], object]) -> None:
    """Best effort: the database may be the very thing that is down."""
    try:
        retry.POLICY.call("recording the outcome", write)
    except Exception:
        log.exception("could not record a job's outcome")


def wait_for_database(settings: Settings, limit: float) -> bool:
    """Wait (with backoff, a log line each try) until the database answers; False after ``limit`` s."""
    from sqlalchemy import text

    from logostudio.storage.db import get_engine

    deadline = time.monotonic() + limit
    pauses = retry.POLICY.backoff()
    while True:
        try:
            with get_engine(settings).connect() as conn:
                conn.execute(text("SELECT 1"))
            return True
        except Exception as exc:
            pause = next(pauses)
            if time.monotonic() + pause > deadline:
                return False
            log.warning("the database is not answering (%s); waiting %.0f s before trying again", short(exc), pause)
            time.sleep(pause)


def generate(job_id: str) -> str:
    """RQ entry point (`logostudio.pipeline.tasks.generate`). When the database stops answering, the worker
    waits for it (instead of spending the job's retries) and runs the job again once it is back."""
    from rq import get_current_job

    settings = get_settings()
    current = get_current_job()
    retries_left = current.retries_left if current is not None else None
    token = uuid.uuid4()  # the same for each run below: the lease an outage left is taken back at once
    while True:
        try:
            return run_job(job_id, settings, final_attempt=not retries_left, token=token)
        except TransientError as exc:
            if exc.dependency != "database" or not wait_for_database(settings, settings.job_timeout / 2):
                raise
            log.info("the database answers again; running job %s again", job_id)


def on_rq_failure(job: Any, connection: Any, exc_type: Any, exc_value: Any, tb: Any) -> None:
    """RQ failure callback: covers failures outside run_job's own handling (a lost work horse)."""
    if job.retries_left or not job.args:
        return
    jid = repository.parse_job_id(job.args[0])
    if jid is None:
        return
    _record(
        lambda: repository.mark_error_unless_running(
            get_settings(), jid, f"The worker gave up on this job: {short(exc_value)}. Press Try again."
        )
    )


__all__ = ["TransientError", "generate", "on_rq_failure", "run_job", "wait_for_database"]
