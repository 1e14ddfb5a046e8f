"""The fault suite (issue 9): faults made for real on servers of the case's own — a worker killed
with SIGKILL, Redis and PostgreSQL stopped, the S3 endpoint paused with SIGSTOP. Every case ends
with each submitted job `done` with all its rows and objects under the seed's keys (or in `error`
with a reason, and Try again then finishes it): none stuck, none run twice.

The pauses below are the faults' durations, not waits for something not to happen.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
import uuid

import pytest
from redis import Redis
from rq.job import Job as RQJob
from sqlalchemy import func, select

from logostudio import studio
from logostudio.storage.db import session_scope
from logostudio.storage.models import Job, JobStatus
from logostudio.storage.objects import get_storage
from tests import services
from tests.faults.conftest import Stack, worker_children
from tests.services import REPO

pytestmark = pytest.mark.faults


def cli(stack: Stack, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "logostudio", *args],
        cwd=REPO,
        env={**os.environ, **stack.env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return not open(f"/proc/{pid}/stat").read().split(") ")[1].startswith("Z")


def assert_workers_stayed_up(stack: Stack, count: int) -> None:
    """Case 7: every `python worker.py` and its worker process lived through the fault, and all
    are registered with the (new) Redis again."""
    for worker in stack.workers:
        assert worker.proc.poll() is None, f"python worker.py exited:\n{worker.output()}"
        children = worker_children(worker)
        assert children and all(alive(pid) for pid in children), worker.output()
    stack.wait_for_workers(count, timeout=60)


def test_1_a_worker_killed_mid_job_has_its_job_finished_by_another_within_30_s(stack: Stack) -> None:
    first, second = stack.start_worker(), stack.start_worker()
    stack.wait_for_workers(2)
    [job_id] = stack.submit(1, variants=24)
    stack.wait_until(
        [job_id], lambda vs: vs[0].status == JobStatus.processing and vs[0].progress >= 1, 60, "the job to be under way"
    )
    worker_name = RQJob.fetch(f"logo-{job_id}", connection=Redis.from_url(stack.redis_url)).worker_name
    child = int(worker_name.split(".")[-2])  # "{host}.{pid}.{generation}"
    holder = next(w for w in (first, second) if child in worker_children(w))
    holder.signal(signal.SIGKILL)  # the supervisor (and its reconciler) and the worker process mid-job
    killed = time.monotonic()
    holder.proc.wait(timeout=10)
    gone = time.monotonic() + 5  # the group's SIGKILL reaches the worker process a moment later
    while alive(child) and time.monotonic() < gone:
        time.sleep(0.05)
    assert not alive(child)
    [left] = stack.views([job_id]) or []
    assert left.status == JobStatus.processing and left.progress < 24, "the kill came after the job ended"

    stack.wait_until([job_id], lambda vs: vs[0].status == JobStatus.done, 30, "the job to finish within 30 s")
    took = time.monotonic() - killed
    print(f"\nkilled at {left.progress}/24; finished by the other worker {took:.1f} s after the kill")
    stack.settle([job_id], 5, variants=24)
    with session_scope(stack.settings) as session:
        job = session.get(Job, uuid.UUID(job_id))
        assert job is not None and job.attempts == 2  # one run killed, one that finished: never two at once
    other = second if holder is first else first
    assert other.proc.poll() is None


def test_2_and_7_redis_restarted_without_persistence_with_20_jobs_in_flight(stack: Stack) -> None:
    stack.start_worker()
    stack.start_worker()
    stack.wait_for_workers(2)
    job_ids = stack.submit(20)
    stack.wait_until(job_ids, lambda vs: any(v.status != JobStatus.queued for v in vs), 60, "the first jobs to start")
    stack.restart_redis_empty()
    views = stack.views(job_ids) or []
    waiting = sum(1 for v in views if not v.finished)
    print(f"\nRedis restarted empty with {waiting} of 20 jobs not finished")
    assert waiting > 0, "the batch ended before the fault"
    stack.settle(job_ids, 180)
    assert_workers_stayed_up(stack, 2)
    logs = stack.full_logs()
    assert "registered again" in logs or "connecting again" in logs, stack.logs()


@pytest.mark.parametrize("outage", [30, 150])
def test_3_and_7_postgres_stopped_mid_batch(stack: Stack, outage: int) -> None:
    stack.start_worker()
    stack.start_worker()
    stack.wait_for_workers(2)
    job_ids = stack.submit(40)
    stack.wait_until(job_ids, lambda vs: any(v.status == JobStatus.done for v in vs), 90, "the first job to finish")
    stack.pg.halt()
    stopped = time.monotonic()
    time.sleep(outage)  # the outage itself
    stack.pg.resume()
    print(f"\nPostgreSQL was down {time.monotonic() - stopped:.0f} s")
    views = stack.settle(job_ids, 240)
    assert len(views) == 40
    assert_workers_stayed_up(stack, 2)
    assert "database is not answering" in stack.full_logs(), stack.logs()


def test_4_s3_endpoint_paused_for_10_s_mid_batch(stack: Stack) -> None:
    stack.start_worker()
    stack.wait_for_workers(1)
    job_ids = stack.submit(20)
    stack.wait_until(job_ids, lambda vs: any(v.status == JobStatus.done for v in vs), 90, "the first job to finish")
    stack.moto.signal(signal.SIGSTOP)
    time.sleep(10)  # the pause itself
    stack.moto.signal(signal.SIGCONT)
    stack.settle(job_ids, 180)


def test_5_submit_while_redis_is_down_is_accepted_and_runs_when_it_is_back(stack: Stack) -> None:
    stack.start_worker()
    stack.wait_for_workers(1)
    stack.redis_proc.signal(signal.SIGKILL)
    stack.redis_proc.proc.wait(timeout=10)
    submission = studio.submit_job({"business_type": "bakery", "business_name": "Crumb"}, stack.settings)
    assert not submission.enqueued and submission.notice == studio.QUEUE_DOWN
    run = cli(stack, "generate", "florist", "--name", "Petal")
    assert run.returncode == 0 and "Traceback" not in run.stderr, run.stderr
    assert "accepted: The job queue is not answering" in run.stderr
    job_ids = [submission.job_id, run.stdout.strip()]
    for view in stack.views(job_ids) or []:
        assert view.status == JobStatus.queued and studio.status_line(view) == studio.QUEUE_DOWN
    stack.redis_proc, _ = services.start_redis(stack.redis_port)
    stack.settle(job_ids, 90)
    assert_workers_stayed_up(stack, 1)


def test_5b_redis_hangs_during_submit_then_postgres_stops(stack: Stack) -> None:
    """The case that used to go wrong: the caller was told "nothing was submitted" while a job stayed queued
    forever. Now the caller hears the job waits, and it runs once both are back."""
    stack.start_worker()
    stack.wait_for_workers(1)
    stack.redis_proc.signal(signal.SIGSTOP)
    answer: list[studio.Submission] = []
    submitting = threading.Thread(
        target=lambda: answer.append(studio.submit_job({"business_type": "law firm"}, stack.settings))
    )
    submitting.start()
    time.sleep(2)  # the submit is waiting on the hung Redis
    stack.pg.halt()
    submitting.join(timeout=60)
    assert answer and not answer[0].enqueued and answer[0].notice == studio.QUEUE_DOWN
    stack.pg.resume()
    stack.redis_proc.signal(signal.SIGCONT)
    stack.settle([answer[0].job_id], 90)


def test_6_submit_while_postgres_is_down_is_refused_and_leaves_nothing(stack: Stack) -> None:
    stack.start_worker()
    stack.wait_for_workers(1)
    stack.pg.halt()
    with pytest.raises(studio.ServiceUnavailable, match=r"database is not answering.*nothing was submitted"):
        studio.submit({"business_type": "bakery"}, stack.settings)
    run = cli(stack, "generate", "bakery")
    assert run.returncode == 3 and "Traceback" not in run.stderr, run.stderr
    assert "database is not answering" in run.stderr and "nothing was submitted" in run.stderr
    result = cli(stack, "result", "00000000-0000-0000-0000-000000000001")
    assert result.returncode == 3 and "database is not answering" in result.stderr
    assert "Traceback" not in result.stderr
    redis = Redis.from_url(stack.redis_url)
    assert redis.llen("rq:queue:logo.requests") == 0 and not list(redis.scan_iter("rq:job:logo-*"))
    stack.pg.resume()
    with session_scope(stack.settings) as session:
        assert session.scalar(select(func.count()).select_from(Job)) == 0
    storage = get_storage(stack.settings)
    storage.ping()  # the bucket is made on first use: nothing has used it
    assert storage.list("jobs/") == []
    assert_workers_stayed_up(stack, 1)
