"""The reconciler and the lease, on a real Redis queue no worker listens to (so what the queue
holds can be read) and a database of the test's own."""

from __future__ import annotations

import threading
import uuid
from datetime import timedelta
from pathlib import Path

import pytest
from redis import Redis
from rq import Queue
from rq.job import Job as RQJob

from logostudio import studio
from logostudio.config import Settings
from logostudio.pipeline import reconciler
from logostudio.pipeline.queue import get_queue
from logostudio.storage import repository
from logostudio.storage.db import ensure_schema, session_scope
from logostudio.storage.models import Job, JobStatus, utcnow
from tests.helpers import wait_for_job
from tests.services import free_port


@pytest.fixture()
def settings(tmp_path: Path, redis_url: str) -> Settings:
    settings = Settings(DATA_DIR=str(tmp_path / "data"), REDIS_URL=redis_url, LOGO_QUEUE=f"test.{uuid.uuid4().hex}")
    ensure_schema(settings)
    return settings


def rq_queue(settings: Settings) -> Queue:
    assert settings.redis_url
    return Queue(settings.queue_name, connection=Redis.from_url(settings.redis_url))


def held(settings: Settings) -> list[str]:
    return [x.decode() for x in rq_queue(settings).connection.lrange(rq_queue(settings).key, 0, -1)]


def age(settings: Settings, job_id: str, **values: object) -> None:
    with session_scope(settings) as session:
        job = session.get(Job, uuid.UUID(job_id))
        assert job is not None
        for key, value in values.items():
            setattr(job, key, value)


def test_a_job_submitted_while_redis_was_down_is_enqueued_once_by_racing_reconcilers(settings: Settings) -> None:
    dead = settings.model_copy(update={"redis_url": f"redis://127.0.0.1:{free_port()}/0"})
    submission = studio.submit_job({"business_type": "bakery"}, dead)
    assert not submission.enqueued
    assert repository.unfinished_jobs(settings)[0].enqueued_at is None
    passes: list[reconciler.Pass] = []
    racers = [threading.Thread(target=lambda: passes.append(reconciler.reconcile_once(settings))) for _ in range(4)]
    for racer in racers:
        racer.start()
    for racer in racers:
        racer.join()
    assert held(settings) == [f"logo-{submission.job_id}"]
    assert sum(p.enqueued for p in passes) == 1
    job = studio.get_job(submission.job_id, settings)
    assert job is not None and job.error is None  # the notice that the queue was down is gone
    assert studio.status_line(job) == "Waiting for a worker… (0 of 6)"
    assert repository.unfinished_jobs(settings)[0].enqueued_at is not None
    assert reconciler.reconcile_once(settings).enqueued == 0  # and nothing more on the next pass


def test_a_job_the_queue_lost_is_enqueued_again_after_the_grace(settings: Settings) -> None:
    job_id = studio.submit({"business_type": "bakery"}, settings)
    RQJob.fetch(f"logo-{job_id}", connection=rq_queue(settings).connection).delete()
    assert held(settings) == []
    assert reconciler.reconcile_once(settings).enqueued == 0  # submit's own enqueue may be on its way
    age(settings, job_id, enqueued_at=utcnow() - reconciler.ENQUEUE_GRACE - timedelta(seconds=1))
    assert reconciler.reconcile_once(settings).enqueued == 1
    assert held(settings) == [f"logo-{job_id}"]


def test_a_dead_run_is_revived_and_can_write_nothing_more(settings: Settings) -> None:
    job_id = studio.submit({"business_type": "bakery", "variants": 2}, settings)
    jid = uuid.UUID(job_id)
    rq_queue(settings).empty()
    dead_token, lease = uuid.uuid4(), timedelta(seconds=settings.job_lease)
    assert repository.claim_job(settings, jid, dead_token, lease) is not None
    # While the run's lease lives, nobody else may claim the job (the run itself may, after an
    # outage), and the reconciler leaves it be.
    assert repository.claim_job(settings, jid, uuid.uuid4(), lease) is None
    assert repository.claim_job(settings, jid, dead_token, lease) is not None
    assert reconciler.reconcile_once(settings).enqueued == 0
    age(settings, job_id, lease_expires_at=utcnow() - timedelta(seconds=1))
    assert reconciler.reconcile_once(settings).enqueued == 1
    job = studio.get_job(job_id, settings)
    assert job is not None and job.status == JobStatus.queued and job.error == reconciler.REVIVED
    assert held(settings) == [f"logo-{job_id}"]
    new_token = uuid.uuid4()
    assert repository.claim_job(settings, jid, new_token, lease) is not None
    # The dead run wakes up: its writes are refused, and the new run's go through.
    with pytest.raises(repository.LeaseLost):
        repository.save_variant(settings, jid, 0, {"name": "x", "colors": []}, "a.svg", "a.png", {}, dead_token, lease)
    with pytest.raises(repository.LeaseLost):
        repository.finish_job(settings, jid, 2, dead_token)
    assert not repository.renew_lease(settings, jid, dead_token, lease)
    assert repository.renew_lease(settings, jid, new_token, lease)
    job = studio.get_job(job_id, settings)
    assert job is not None and job.status == JobStatus.processing and job.variants == []


def test_two_runs_claiming_at_once_get_the_job_once(settings: Settings) -> None:
    jid = uuid.UUID(studio.submit({"business_type": "bakery"}, settings))
    claims: list[object] = []
    barrier = threading.Barrier(6)

    def claim() -> None:
        barrier.wait()
        claims.append(repository.claim_job(settings, jid, uuid.uuid4(), timedelta(seconds=30)))

    threads = [threading.Thread(target=claim) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sum(c is not None for c in claims) == 1


def test_a_job_that_keeps_killing_its_worker_ends_in_error_and_try_again_runs_it(settings: Settings) -> None:
    job_id = studio.submit({"business_type": "bakery", "variants": 1}, settings)
    rq_queue(settings).empty()
    age(
        settings,
        job_id,
        status=JobStatus.processing.value,
        lease_token=uuid.uuid4(),
        lease_expires_at=utcnow() - timedelta(seconds=1),
        attempts=reconciler.MAX_ATTEMPTS,
    )
    result = reconciler.reconcile_once(settings)
    assert result.failed == 1 and result.enqueued == 0 and held(settings) == []
    job = studio.get_job(job_id, settings)
    assert job is not None and job.status == JobStatus.error
    assert job.error is not None and "Try again" in job.error
    assert f"started {reconciler.MAX_ATTEMPTS} times" in job.error
    assert studio.retry_job(job_id, settings) == job_id
    assert held(settings) == [f"logo-{job_id}"]
    studio.retry_job(job_id, settings)  # pressed twice: still one copy in the queue
    assert held(settings) == [f"logo-{job_id}"]
    assert repository.unfinished_jobs(settings)[0].attempts == 0


def test_the_queue_never_holds_two_live_copies_of_a_job(settings: Settings) -> None:
    queue = get_queue(settings)
    job_id = str(uuid.uuid4())
    assert queue.enqueue(job_id) is True
    assert queue.enqueue(job_id) is False
    assert held(settings) == [f"logo-{job_id}"]
    # A finished (or failed) copy is replaced; a started one only when its worker is known dead.
    redis = rq_queue(settings).connection
    redis.delete(rq_queue(settings).key)  # as if a worker had taken it…
    RQJob.fetch(f"logo-{job_id}", connection=redis).set_status("finished")  # …and finished it
    assert queue.states([job_id])[job_id].live is False
    assert queue.enqueue(job_id) is True and held(settings) == [f"logo-{job_id}"]
    redis.delete(rq_queue(settings).key)
    RQJob.fetch(f"logo-{job_id}", connection=redis).set_status("started")
    assert queue.states([job_id])[job_id].live is False  # started, but no live worker holds it
    assert queue.enqueue(job_id) is False
    assert queue.enqueue(job_id, replace=True) is True and held(settings) == [f"logo-{job_id}"]


def test_embedded_start_up_takes_over_jobs_whose_lease_has_not_run_out(embedded_settings: Settings) -> None:
    job_id = studio.submit({"business_type": "bakery", "variants": 1}, embedded_settings)
    wait_for_job(job_id, embedded_settings)
    age(
        embedded_settings,
        job_id,
        status=JobStatus.processing.value,
        lease_token=uuid.uuid4(),
        lease_expires_at=utcnow() + timedelta(seconds=60),
    )
    assert reconciler.reconcile_once(embedded_settings).enqueued == 0  # a live lease is respected…
    assert studio.recover_jobs(embedded_settings) == 1  # …except by the process that runs every job
    assert wait_for_job(job_id, embedded_settings).status == JobStatus.done
