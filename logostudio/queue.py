"""Enqueueing and queue inspection: RQ on Redis, or an in-process runner for the embedded default."""

from __future__ import annotations

import logging
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from logostudio import retry
from logostudio.config import Settings, get_settings

log = logging.getLogger(__name__)

TASK = "logostudio.tasks.generate"


class QueueUnavailable(RuntimeError):
    """The queue backend did not answer."""


@dataclass(frozen=True)
class QueueStats:
    backend: str
    depth: int
    workers: int
    running: int
    failed: int


class JobQueue(Protocol):
    backend: str

    def enqueue(self, job_id: str) -> None: ...
    def ping(self) -> None: ...
    def stats(self) -> QueueStats: ...


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

    def enqueue(self, job_id: str) -> None:
        from redis.exceptions import RedisError
        from rq import Callback, Retry

        try:
            self.queue.enqueue_call(
                TASK,
                args=(job_id,),
                job_id=f"logo-{job_id}",
                timeout=self.settings.job_timeout,
                result_ttl=86400,
                failure_ttl=7 * 86400,
                # Requeued at once, so a plain `rq worker` without a scheduler picks it up again.
                retry=Retry(max=retry.POLICY.job_retries),
                on_failure=Callback("logostudio.tasks.on_rq_failure"),
                description=f"design logos for job {job_id}",
            )
        except RedisError as exc:
            raise QueueUnavailable(f"Redis did not answer: {exc}") from exc

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

    def enqueue(self, job_id: str) -> None:
        with self._lock:
            self._pending += 1
        self.executor.submit(self._run, job_id)

    def _run(self, job_id: str) -> None:
        from logostudio.tasks import run_job

        with self._lock:
            self._pending -= 1
            self._running += 1
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
