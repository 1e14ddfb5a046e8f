"""The queue: RQ on a real Redis, and the in-process runner with the same retry policy."""

from __future__ import annotations

import pytest
from redis import Redis
from rq import Queue

from logostudio.config import Settings
from logostudio.errors import QueueUnavailable
from logostudio.pipeline import queue as queue_module
from logostudio.pipeline import retry, tasks
from logostudio.pipeline.queue import InProcessJobQueue, RQJobQueue, get_queue
from tests.helpers import wait_for
from tests.services import free_port


def test_settings_choose_the_backend(tmp_path) -> None:
    assert get_queue(Settings(DATA_DIR=str(tmp_path))).backend == "in-process"
    assert get_queue(Settings(REDIS_URL="redis://127.0.0.1:1/0")).backend == "rq"


def test_rq_enqueue_names_the_task_and_the_retry_policy(redis_url: str) -> None:
    settings = Settings(REDIS_URL=redis_url, LOGO_QUEUE="test.enqueue")
    q = RQJobQueue(settings)
    q.ping()
    q.enqueue("00000000-0000-0000-0000-0000000000aa")
    rq_queue = Queue("test.enqueue", connection=Redis.from_url(redis_url))
    assert rq_queue.count == 1 and q.stats().depth == 1
    job = rq_queue.jobs[0]
    assert job.func_name == queue_module.TASK and job.args == ("00000000-0000-0000-0000-0000000000aa",)
    assert job.retries_left == retry.POLICY.job_retries and job.timeout == settings.job_timeout
    rq_queue.empty()


def test_redis_that_does_not_answer_is_queue_unavailable() -> None:
    q = RQJobQueue(Settings(REDIS_URL=f"redis://127.0.0.1:{free_port()}/0"))
    with pytest.raises(QueueUnavailable):
        q.ping()
    with pytest.raises(QueueUnavailable):
        q.enqueue("00000000-0000-0000-0000-0000000000ab")


def test_in_process_runner_retries_a_passing_fault(monkeypatch, tmp_path) -> None:
    calls: list[bool] = []

    def flaky(job_id: str, settings: Settings, final_attempt: bool) -> str:
        calls.append(final_attempt)
        if len(calls) <= retry.POLICY.job_retries:
            raise retry.TransientError("storage blinked")
        return "done"

    monkeypatch.setattr(tasks, "run_job", flaky)
    runner = InProcessJobQueue(Settings(DATA_DIR=str(tmp_path)), workers=1)
    runner.enqueue("00000000-0000-0000-0000-0000000000ac")
    wait_for(lambda: len(calls) == retry.POLICY.job_retries + 1 and runner.stats().running == 0, 10, "the retries")
    # Only the last attempt may end the job in `error`.
    assert calls == [False] * retry.POLICY.job_retries + [True]
    assert runner.stats().failed == 0
