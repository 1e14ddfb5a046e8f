"""Enqueueing and queue inspection: RQ on Redis, or an in-process runner for the embedded default."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Protocol

from logostudio.config import Settings, get_settings
from logostudio.errors import QueueUnavailable
from logostudio.pipeline import retry

log = logging.getLogger(__name__)

TASK = "logostudio.pipeline.tasks.generate"
# The queue's states in which a job will still run (or is running): one of these per job at most.
LIVE = frozenset({"queued", "started", "scheduled", "deferred"})


def rq_job_id(job_id: str) -> str:
    """The RQ job id of a logo job: one per job, so the queue can never hold two of it."""
    return f"logo-{job_id}"


@dataclass(frozen=True)
class QueueStats:
    backend: str
    depth: int
    workers: int
    running: int
    failed: int


@dataclass(frozen=True)
class QueueState:
    """What the queue knows of one job: its state (None: nothing, the queue lost or never had it)
    and, once a worker took it, since when."""

    status: str | None
    started_at: datetime | None = None
    # For a started job: whether the worker that took it is still alive (its heartbeat key lives).
    worker_alive: bool = False

    @property
    def live(self) -> bool:
        """The job will still run: waiting in the queue, or started by a worker that lives."""
        return self.status in LIVE and (self.status != "started" or self.worker_alive)


class JobQueue(Protocol):
    backend: str

    def enqueue(self, job_id: str, replace: bool = False) -> bool:
        """Hand the job to the queue unless the queue holds it live already (False then). With
        ``replace``, a copy a worker had started is known dead and is replaced."""
        ...

    def ping(self) -> None: ...
    def stats(self) -> QueueStats: ...
    def states(self, job_ids: Iterable[str]) -> dict[str, QueueState]: ...


class RQJobQueue:
    backend = "rq"

    def __init__(self, settings: Settings) -> None:
        from redis import Redis
        from rq import Queue

        self.settings = settings
        assert settings.redis_url, "the RQ queue needs REDIS_URL"
        self.redis = Redis.from_url(
            settings.redis_url, socket_connect_timeout=3, socket_timeout=10, health_check_interval=30
        )
        self.queue = Queue(settings.queue_name, connection=self.redis)

    def enqueue(self, job_id: str, replace: bool = False) -> bool:
        from redis.exceptions import RedisError
        from rq.exceptions import DuplicateJobError, NoSuchJobError
        from rq.job import Job

        rq_id = rq_job_id(job_id)
        try:
            for _ in range(3):
                try:
                    self._enqueue_unique(job_id, rq_id)
                    return True
                except DuplicateJobError:
                    pass
                # A job of that id exists: leave a live one be, replace a finished, failed or dead one.
                try:
                    existing = Job.fetch(rq_id, connection=self.redis)
                except NoSuchJobError:
                    continue
                status = existing.get_status(refresh=False)
                if status in LIVE and not (replace and status == "started"):
                    return False
                log.info("replacing RQ job %s (%s) with a new one", rq_id, status)
                existing.delete(remove_from_queue=True)
            return False
        except RedisError as exc:
            raise QueueUnavailable(f"Redis did not answer: {exc}") from exc

    def _enqueue_unique(self, job_id: str, rq_id: str) -> None:
        from rq import Callback, Retry

        # unique=True: one Lua script checks that no job of this id exists, saves it and pushes it.
        self.queue.enqueue_call(
            TASK,
            args=(job_id,),
            job_id=rq_id,
            timeout=self.settings.job_timeout,
            result_ttl=86400,
            failure_ttl=7 * 86400,
            # Requeued at once, so a plain `rq worker` without a scheduler picks it up again.
            retry=Retry(max=retry.POLICY.job_retries),
            on_failure=Callback("logostudio.pipeline.tasks.on_rq_failure"),
            description=f"design logos for job {job_id}",
            unique=True,
        )

    def states(self, job_ids: Iterable[str]) -> dict[str, QueueState]:
        from redis.exceptions import RedisError
        from rq.job import Job
        from rq.utils import utcparse
        from rq.worker import Worker

        ids = list(job_ids)
        try:
            with self.redis.pipeline(transaction=False) as pipe:
                for job_id in ids:
                    pipe.hmget(Job.key_for(rq_job_id(job_id)), "status", "started_at", "worker_name")
                replies = [[v.decode() if v else None for v in reply] for reply in pipe.execute()]
            workers = sorted({w for status, _, w in replies if status == "started" and w})
            with self.redis.pipeline(transaction=False) as pipe:
                for name in workers:
                    pipe.exists(Worker.redis_worker_namespace_prefix + name)
                alive = {name for name, exists in zip(workers, pipe.execute(), strict=True) if exists}
        except RedisError as exc:
            raise QueueUnavailable(f"Redis did not answer: {exc}") from exc
        return {
            job_id: QueueState(status, utcparse(started) if started else None, bool(worker and worker in alive))
            for job_id, (status, started, worker) in zip(ids, replies, strict=True)
        }

    def ping(self) -> None:
        from redis.exceptions import RedisError

        try:
            self.redis.ping()
        except RedisError as exc:
            raise QueueUnavailable(f"Redis did not answer: {exc}") from exc

    def stats(self) -> QueueStats:
        from rq import Worker

        return QueueStats(
            backend="rq",
            depth=self.queue.count,
            workers=Worker.count(queue=self.queue),
            running=self.queue.started_job_registry.count,
            failed=self.queue.failed_job_registry.count,
        )


class InProcessJobQueue:
    """Runs the very same task on background threads of this process (the embedded default)."""

    backend = "in-process"

    def __init__(self, settings: Settings, workers: int = 2) -> None:
        self.settings = settings
        self.executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="logo-job")
        self.workers = workers
        self._lock = threading.Lock()
        self._pending = 0
        self._running = 0
        self._failed = 0
        self._live: dict[str, str] = {}  # job id -> "queued" | "started"

    def enqueue(self, job_id: str, replace: bool = False) -> bool:
        with self._lock:
            if self._live.get(job_id) == "queued" or (self._live.get(job_id) == "started" and not replace):
                return False
            self._live[job_id] = "queued"
            self._pending += 1
        self.executor.submit(self._run, job_id)
        return True

    def states(self, job_ids: Iterable[str]) -> dict[str, QueueState]:
        with self._lock:  # a job this process runs has a live worker: this process
            return {job_id: QueueState(self._live.get(job_id), worker_alive=True) for job_id in job_ids}

    def _run(self, job_id: str) -> None:
        from logostudio.pipeline.tasks import run_job

        with self._lock:
            self._pending -= 1
            self._running += 1
            self._live[job_id] = "started"
        retries = retry.POLICY.job_retries
        try:
            for attempt in range(retries + 1):
                try:
                    run_job(job_id, settings=self.settings, final_attempt=attempt == retries)
                    return
                except retry.TransientError:
                    if attempt == retries:
                        raise
        except Exception:
            log.exception("job %s failed", job_id)
            with self._lock:
                self._failed += 1
        finally:
            with self._lock:
                self._running -= 1
                self._live.pop(job_id, None)

    def ping(self) -> None:
        return None

    def stats(self) -> QueueStats:
        with self._lock:
            return QueueStats("in-process", self._pending, self.workers, self._running, self._failed)


@lru_cache(maxsize=8)
def _queue_for(settings: Settings) -> JobQueue:
    if settings.redis_url:
        return RQJobQueue(settings)
    return InProcessJobQueue(settings)


def get_queue(settings: Settings | None = None) -> JobQueue:
    return _queue_for(settings or get_settings())
