"""The reconciler: the database is the source of truth for jobs, and the queue is made to agree.

Every `queued` or `processing` job in the database is, after a pass, either running (a run holds a
live lease), in the queue (RQ holds it live: waiting, or started by a worker whose heartbeat lives),
or handed to the queue again by this pass:

- a `queued` job the queue does not hold: never handed over (the outbox: Redis was down at submit),
  lost (Redis restarted without persistence), failed or finished in RQ without the database hearing
  (an outage), or started by a worker that died before it claimed the job;
- a `processing` job whose lease ran out (its worker died, was killed or lost the database) and
  that no live worker holds.

Several reconcilers may run at once (one beside each `python worker.py`, one in compose): each
change is conditional on the row being as the pass saw it, so only one of them acts on a job, and
the queue itself refuses a second live RQ job of one id. A run that lost its lease writes nothing
more (see :mod:`logostudio.pipeline.tasks`), so a job re-enqueued here is never recorded twice.

A job whose runs began ``MAX_ATTEMPTS`` times without finishing ends in `error` with a reason and a
working Try again: no job stays stuck.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy.exc import SQLAlchemyError

from logostudio.config import Settings, get_settings
from logostudio.errors import QueueUnavailable
from logostudio.pipeline import retry
from logostudio.pipeline.queue import JobQueue, get_queue
from logostudio.pipeline.retry import short
from logostudio.storage import repository
from logostudio.storage.models import JobStatus, utcnow
from logostudio.storage.views import UnfinishedJob

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
# Submit records the job, then enqueues it: give that enqueue this long before doing it here.
ENQUEUE_GRACE = timedelta(seconds=5)

REVIVED = "The worker running these logos stopped; they start again."
GAVE_UP = (
    "These logos were started {n} times and the worker stopped each time before they were finished. Press Try again."
)


@dataclass
class Pass:
    """What one pass found and did."""

    checked: int = 0
    enqueued: int = 0  # handed to the queue (outbox, lost or dead)
    failed: int = 0  # ended in `error`: could never run
    waiting: int = 0  # to enqueue, but the queue does not answer
    problems: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        return (
            f"checked {self.checked}, enqueued {self.enqueued}, ended {self.failed} in error, "
            f"{self.waiting} waiting for the queue"
        )


def reconcile_once(settings: Settings | None = None, queue: JobQueue | None = None, take_over: bool = False) -> Pass:
    """One pass over the unfinished jobs. Raises SQLAlchemyError when the database is down;
    a queue that does not answer is noted (``waiting``) and the next pass tries again.

    ``take_over``: this process is the only one that runs jobs and has just started (the embedded
    default), so no lease in the database belongs to a live run."""
    settings = settings or get_settings()
    queue = queue or get_queue(settings)
    jobs = repository.unfinished_jobs(settings)
    result = Pass(checked=len(jobs))
    now = utcnow()
    candidates = [j for j in jobs if take_over or not (j.status == JobStatus.processing and j.lease_live(now))]
    if not candidates:
        return result
    try:
        states = queue.states(str(j.id) for j in candidates)
    except QueueUnavailable as exc:
        result.waiting = sum(1 for j in candidates if j.status == JobStatus.queued)
        result.problems.append(str(exc))
        return result
    for job in candidates:
        state = states[str(job.id)]
        if state.live:
            if job.enqueued_at is None and job.status == JobStatus.queued:
                repository.record_enqueued(settings, job)
            continue
        if job.status == JobStatus.queued and job.enqueued_at is not None and now - job.enqueued_at < ENQUEUE_GRACE:
            continue  # submit's own enqueue may be on its way
        if job.attempts >= MAX_ATTEMPTS:
            if repository.give_up(settings, job, GAVE_UP.format(n=job.attempts)):
                log.warning("job %s was started %d times without finishing: error", job.id, job.attempts)
                result.failed += 1
            continue
        if not _enqueue(settings, queue, job, state.status == "started", take_over, result):
            break  # the queue stopped answering: the rest waits for the next pass
    return result


def _enqueue(
    settings: Settings, queue: JobQueue, job: UnfinishedJob, dead_copy: bool, take_over: bool, result: Pass
) -> bool:
    """Take the job (if no other reconciler did) and hand it to the queue. False when the queue
    does not answer (the job is back in the outbox)."""
    revived = job.status == JobStatus.processing
    taken_at = repository.take_for_enqueue(settings, job, REVIVED if revived else None, take_over)
    if taken_at is None:
        return True  # the job changed since this pass read it: someone else acts on it
    try:
        queue.enqueue(str(job.id), replace=dead_copy)
    except QueueUnavailable as exc:
        repository.not_enqueued(settings, job.id, queue_down_message())
        result.waiting += 1
        result.problems.append(str(exc))
        return False
    why = "its worker stopped" if revived else "the queue did not hold it"
    log.info("job %s enqueued again: %s", job.id, why)
    result.enqueued += 1
    return True


def queue_down_message() -> str:
    """What a person reads while their job waits for the queue to answer."""
    return "The job queue is not answering right now; these logos will start as soon as it is back."


class Passes:
    """The reconciler's passes, each when it is due: every ``RECONCILE_INTERVAL`` seconds (with
    jitter, so reconcilers beside many workers spread out), backing off while the database is down.
    An outage is logged once when it begins and once when it ends."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.interval = settings.reconcile_interval
        self.failing = retry.POLICY.backoff(first=2 * self.interval, cap=retry.POLICY.reconcile_cap)
        self.down: str | None = None
        self.next_at = time.monotonic()

    def due_in(self) -> float:
        return max(0.0, self.next_at - time.monotonic())

    def run_if_due(self) -> None:
        if self.due_in() <= 0:
            self.next_at = time.monotonic() + self._run() * random.uniform(0.8, 1.2)

    def _run(self) -> float:
        """One pass; the pause before the next."""
        try:
            result = reconcile_once(self.settings)
            problem = result.problems[0] if result.problems else None
            if result.enqueued or result.failed:
                log.info("reconciler: %s", result)
            pause = self.interval
            self.failing.reset()
        except SQLAlchemyError as exc:
            problem = f"the database is not answering: {short(exc)}"
            pause = next(self.failing)
        except Exception as exc:  # never let the loop die: log and go on
            log.exception("reconciler pass failed")
            problem = short(exc)
            pause = next(self.failing)
        if problem and problem != self.down:
            log.warning("reconciler: %s; trying again every %.0f s or so", problem, pause)
        elif self.down and not problem:
            log.info("reconciler: every dependency answers again")
        self.down = problem
        return pause


def run_forever(settings: Settings | None = None, stop: threading.Event | None = None) -> None:
    """Reconcile until ``stop`` is set (`python -m logostudio reconcile`)."""
    settings = settings or get_settings()
    stop = stop or threading.Event()
    passes = Passes(settings)
    log.info("reconciler started: a pass every %.1f s", passes.interval)
    while not stop.is_set():
        passes.run_if_due()
        stop.wait(passes.due_in())


__all__ = ["MAX_ATTEMPTS", "Pass", "Passes", "queue_down_message", "reconcile_once", "run_forever"]
