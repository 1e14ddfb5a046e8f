"""A stack of its own for each fault case: PostgreSQL, Redis, an S3 endpoint (moto) and
`python worker.py` processes, all throwaway, so a case can kill, stop or pause any of them
without touching the servers the rest of the suite shares."""

from __future__ import annotations

import os
import signal
import sys
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from redis import Redis
from rq import Worker

from logostudio import studio
from logostudio.config import Settings
from logostudio.storage.models import JobStatus
from tests import services
from tests.helpers import assert_complete, wait_for


class Stack:
    def __init__(self) -> None:
        self.pg = services.Postgres()
        self.redis_proc, self.redis_url = services.start_redis()
        self.redis_port = int(self.redis_url.rsplit(":", 1)[1].split("/")[0])
        self.moto, s3_url = services.start_moto()
        self.workers: list[services.Process] = []
        self.env = {
            "DATABASE_URL": self.pg.start(),
            "REDIS_URL": self.redis_url,
            "S3_ENDPOINT_URL": s3_url,
            "AWS_ACCESS_KEY_ID": "testing",
            "AWS_SECRET_ACCESS_KEY": "testing",
            "AWS_REGION": "us-east-1",
            "S3_BUCKET": f"faults-{uuid.uuid4().hex[:8]}",
            "LOGO_QUEUE": "logo.requests",
            "DATA_DIR": tempfile.mkdtemp(prefix="logostudio-faults-"),
            "STORAGE_BACKEND": "auto",
            "RECONCILE_INTERVAL": "1",
        }
        services.migrate_concurrently(self.env, 1)
        self.settings = Settings(**self.env)

    # ------------------------------------------------------------ processes

    def start_worker(self, processes: int = 1) -> services.Process:
        """`python worker.py --processes N` (its supervisor, reconciler and N worker processes)."""
        worker = services.Process(
            [sys.executable, "worker.py", "--processes", str(processes)],
            env={**os.environ, **self.env},
            log_name="fault-worker",
        )
        self.workers.append(worker)
        return worker

    def rq_workers(self) -> int:
        try:
            return Worker.count(connection=Redis.from_url(self.redis_url, socket_timeout=2))
        except Exception:
            return -1

    def wait_for_workers(self, count: int, timeout: float = 90) -> None:
        wait_for(lambda: self.rq_workers() == count, timeout, f"{count} RQ workers to register\n{self.logs()}")

    def restart_redis_empty(self) -> None:
        """Kill Redis (nothing is kept on disk) and start an empty one on the same port."""
        self.redis_proc.signal(signal.SIGKILL)
        self.redis_proc.proc.wait(timeout=10)
        self.redis_proc, _ = services.start_redis(self.redis_port)

    def logs(self) -> str:
        """The end of each worker's log (for a failure's message)."""
        return "\n".join(f"--- worker {w.proc.pid}:\n{w.output()}" for w in self.workers)

    def full_logs(self) -> str:
        return "\n".join(Path(w.log_path).read_text(errors="replace") for w in self.workers)

    def stop(self) -> None:
        for worker in self.workers:
            worker.stop()
        self.moto.signal(signal.SIGCONT)  # in case a case left it paused
        self.moto.stop()
        self.redis_proc.stop()
        self.pg.stop()

    # ------------------------------------------------------------ jobs

    def submit(self, count: int, variants: int = 6, **brief: Any) -> list[str]:
        return [
            studio.submit(
                {"business_type": "coffee shop", "business_name": f"Bean {i}", "variants": variants, **brief},
                self.settings,
            )
            for i in range(count)
        ]

    def views(self, job_ids: list[str]) -> list[studio.JobView] | None:
        """Every job's current view, or None while the database does not answer."""
        try:
            views = [studio.get_job(job_id, self.settings) for job_id in job_ids]
        except studio.ServiceUnavailable:
            return None
        assert all(v is not None for v in views), "a submitted job disappeared"
        return [v for v in views if v is not None]

    def wait_until(self, job_ids: list[str], predicate: Any, timeout: float, what: str) -> list[studio.JobView]:
        def check() -> list[studio.JobView] | None:
            views = self.views(job_ids)
            return views if views is not None and predicate(views) else None

        try:
            return wait_for(check, timeout, what, interval=0.1)
        except AssertionError as exc:
            raise AssertionError(f"{exc}\n{self.describe(job_ids)}\n{self.logs()}") from None

    def describe(self, job_ids: list[str]) -> str:
        views = self.views(job_ids) or []
        return "\n".join(f"{v.id} {v.status} {v.progress}/{v.total} {v.error or ''}" for v in views)

    def settle(self, job_ids: list[str], timeout: float, variants: int = 6) -> list[studio.JobView]:
        """The end of every case: each job `done` with all its rows and objects under the seed's
        keys, or `error` with a reason whose Try again then finishes it; none stuck, none twice."""
        views = self.wait_until(
            job_ids, lambda vs: all(v.finished for v in vs), timeout, f"all {len(job_ids)} jobs to finish"
        )
        failed = [v for v in views if v.status == JobStatus.error]
        print(f"\n{len(views) - len(failed)} of {len(views)} jobs done, {len(failed)} in error (pressing Try again)")
        for v in failed:
            assert v.error and "Try again" in v.error, v.error
            studio.retry_job(v.id, self.settings)
        if failed:
            views = self.wait_until(
                job_ids, lambda vs: all(v.status == JobStatus.done for v in vs), 120, "Try again to finish them"
            )
        for v in views:
            assert_complete(v, self.settings, variants)
        self.assert_queue_holds_no_copy_twice()
        return views

    def assert_queue_holds_no_copy_twice(self) -> None:
        redis = Redis.from_url(self.redis_url)
        queued = [x.decode() for x in redis.lrange(f"rq:queue:{self.env['LOGO_QUEUE']}", 0, -1)]
        assert len(queued) == len(set(queued)), queued


@pytest.fixture()
def stack() -> Iterator[Stack]:
    s = Stack()
    try:
        yield s
    finally:
        s.stop()


def worker_children(worker: services.Process) -> list[int]:
    """The worker processes a `python worker.py` supervisor started."""
    children = Path(f"/proc/{worker.proc.pid}/task/{worker.proc.pid}/children")
    return [int(pid) for pid in children.read_text().split()] if children.exists() else []
