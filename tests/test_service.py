"""The use cases on real parts: PostgreSQL, Redis with an `rq worker` process, an S3 endpoint; and
on the embedded default."""

from __future__ import annotations

import time
import uuid
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from logostudio import service
from logostudio.config import Settings
from logostudio.db import session_scope
from logostudio.models import Job, utcnow
from logostudio.queue import get_queue
from tests.helpers import BRIEF, assert_complete, wait_for_job
from tests.services import free_port


def job_count(settings: Settings) -> int:
    with session_scope(settings) as session:
        return session.scalar(select(func.count()).select_from(Job)) or 0


def test_job_through_rq_worker_ends_done_with_rows_and_objects(prod_settings, rq_worker):
    start = time.monotonic()
    job_id = service.submit(BRIEF, prod_settings)
    seen_progress = set()
    while True:
        job = service.get_job(job_id, prod_settings)
        seen_progress.add(job.progress)
        if job.finished or time.monotonic() - start > 90:
            break
        time.sleep(0.05)
    elapsed = time.monotonic() - start
    assert_complete(job, prod_settings)
    # Progress advanced per variant, so the gallery can fill live.
    assert len(seen_progress) >= 3, seen_progress
    print(f"\nRQ: submit → last variant in {elapsed:.2f} s")


@pytest.mark.parametrize(
    "brief, field",
    [
        ({"business_type": ""}, "business_type"),
        ({"business_type": "cafe", "preferences": {"theme": "neon"}}, "theme"),
        ({"business_type": "cafe", "variants": 6.5}, "variants"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_stored_or_enqueued(prod_settings, brief, field):
    depth = get_queue(prod_settings).stats().depth
    before = job_count(prod_settings)
    with pytest.raises(service.InvalidBrief) as err:
        service.submit(brief, prod_settings)
    assert field in err.value.errors
    assert job_count(prod_settings) == before
    assert get_queue(prod_settings).stats().depth == depth


def test_redis_down_at_submit_keeps_the_job_and_says_it_waits(prod_env, prod_settings):
    dead = Settings(**{**prod_env, "REDIS_URL": f"redis://127.0.0.1:{free_port()}/0"})
    before = job_count(prod_settings)
    submission = service.submit_job(BRIEF, dead)
    assert not submission.enqueued and submission.notice == service.QUEUE_DOWN
    assert "will start as soon as it is back" in submission.notice
    assert job_count(prod_settings) == before + 1
    job = service.get_job(submission.job_id, prod_settings)
    # The gallery (and the API) say so until the reconciler hands it to the queue.
    assert job.status == "queued" and service.status_line(job) == service.QUEUE_DOWN


def test_database_down_at_submit_is_a_clear_message(prod_env):
    dead = Settings(**{**prod_env, "DATABASE_URL": f"postgresql://postgres@127.0.0.1:{free_port()}/x"})
    with pytest.raises(service.ServiceUnavailable, match="database is not answering"):
        service.submit(BRIEF, dead)


def test_unknown_or_malformed_job_id(prod_settings):
    assert service.get_job("nope", prod_settings) is None
    assert service.get_job("00000000-0000-0000-0000-000000000000", prod_settings) is None
    with pytest.raises(service.NoSuchJob):
        service.result("'; drop table jobs; --", prod_settings)
    with pytest.raises(service.NoSuchJob):
        service.retry_job("00000000-0000-0000-0000-000000000000", prod_settings)


def test_more_like_this_and_new_variations(prod_settings, rq_worker):
    job_id = service.submit({**BRIEF, "seed": 5, "variants": 3}, prod_settings)
    job = wait_for_job(job_id, prod_settings)
    v = job.variants[1]
    more = wait_for_job(service.more_like_this(job_id, 1, prod_settings), prod_settings)
    assert more.status == "done" and more.total == 3
    assert more.prefs["layout"] == v.meta["layout"] and more.prefs["palette"] == v.palette
    assert all(m.meta["layout"] == v.meta["layout"] and m.palette == v.palette for m in more.variants)
    again = wait_for_job(service.new_variations(job_id, prod_settings), prod_settings)
    assert again.seed != job.seed and again.business_name == job.business_name and again.status == "done"
    assert again.prefs == job.prefs and again.total == job.total
    with pytest.raises(service.NoSuchJob):
        service.more_like_this(job_id, 7, prod_settings)


def test_result_lists_every_variant_with_fetchable_urls(prod_settings, rq_worker):
    import urllib.request

    job_id = service.submit({**BRIEF, "seed": 8, "variants": 2}, prod_settings)
    wait_for_job(job_id, prod_settings)
    data = service.result(job_id, prod_settings)
    assert data["status"] == "done" and data["progress"] == {"done": 2, "total": 2}
    for v in data["variants"]:
        for kind in ("svg", "png"):
            body = urllib.request.urlopen(v[kind]["url"], timeout=10).read()
            assert body == service.read_object(v[kind]["s3_key"], prod_settings)


def test_history_lists_newest_first_with_paging(embedded_settings):
    ids = [service.submit({"business_type": f"shop {i}", "variants": 1}, embedded_settings) for i in range(3)]
    for job_id in ids:
        wait_for_job(job_id, embedded_settings)
    jobs, total = service.list_jobs(1, 2, embedded_settings)
    assert total == 3 and [j.id for j in jobs] == ids[::-1][:2]
    page2, _ = service.list_jobs(2, 2, embedded_settings)
    assert [j.id for j in page2] == [ids[0]]
    assert jobs[0].variants and jobs[0].variants[0].index == 0


def test_embedded_default_runs_the_same_task(embedded_settings):
    start = time.monotonic()
    job_id = service.submit(BRIEF, embedded_settings)
    job = wait_for_job(job_id, embedded_settings)
    elapsed = time.monotonic() - start
    assert_complete(job, embedded_settings)
    files = sorted(Path(embedded_settings.objects_dir, "jobs", job_id).iterdir())
    assert len(files) == 12
    assert Path(embedded_settings.data_dir, "logostudio.db").exists()
    print(f"\nembedded: submit → last variant in {elapsed:.2f} s")


def test_embedded_jobs_interrupted_by_a_restart_are_resumed(embedded_settings):
    with session_scope(embedded_settings) as session:
        queued = Job(business_type="bakery", prefs={}, seed=1, variant_count=1, status="queued", progress=0)
        # Left by the previous app process, its lease not yet run out: no run of it lives any more.
        running = Job(
            business_type="florist",
            prefs={},
            seed=1,
            variant_count=1,
            status="processing",
            progress=0,
            lease_token=uuid.uuid4(),
            lease_expires_at=utcnow() + timedelta(seconds=60),
            attempts=1,
        )
        done = Job(business_type="baker", prefs={}, seed=1, variant_count=1, status="done", progress=1)
        session.add_all([queued, running, done])
    assert service.recover_jobs(embedded_settings) == 2
    for job in (queued, running):
        assert wait_for_job(str(job.id), embedded_settings).status == "done"
    assert service.get_job(str(done.id), embedded_settings).variants == []  # a finished job is not run again


def test_reads_with_the_database_down_are_a_clear_message(prod_env):
    dead = Settings(**{**prod_env, "DATABASE_URL": f"postgresql://postgres@127.0.0.1:{free_port()}/x"})
    with pytest.raises(service.ServiceUnavailable, match="database is not answering"):
        service.get_job("00000000-0000-0000-0000-000000000001", dead)
    with pytest.raises(service.ServiceUnavailable, match="database is not answering"):
        service.list_jobs(1, settings=dead)
    with pytest.raises(service.ServiceUnavailable, match="database is not answering"):
        service.result("00000000-0000-0000-0000-000000000001", dead)
