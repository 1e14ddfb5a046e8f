"""The job function: idempotent, every variant recorded as it lands, passing faults retried."""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import func, select

from logostudio import studio
from logostudio.config import Settings
from logostudio.pipeline import retry, tasks
from logostudio.pipeline.retry import RetryPolicy
from logostudio.storage import repository
from logostudio.storage.db import session_scope
from logostudio.storage.models import Job, LogoVariant
from tests.helpers import BRIEF, assert_complete, snapshot, stored_job, wait_for_job
from tests.services import free_port


def test_generate_twice_changes_nothing(prod_settings, rq_worker):
    job_id = studio.submit({**BRIEF, "seed": 11}, prod_settings)
    wait_for_job(job_id, prod_settings)
    before = snapshot(job_id, prod_settings)
    # A queue's second delivery of a finished job leaves it be; a deliberate rerun rewrites the same.
    assert tasks.run_job(job_id, settings=prod_settings) == "done"
    assert snapshot(job_id, prod_settings) == before
    assert tasks.run_job(job_id, settings=prod_settings, redo_done=True) == "done"
    after = snapshot(job_id, prod_settings)
    assert before == after
    assert len(after[0]) == 6 and len(after[1]) == 12
    with session_scope(prod_settings) as session:
        assert session.scalar(select(func.count()).select_from(LogoVariant).where(LogoVariant.job_id == job_id)) == 6


def test_a_rerun_with_fewer_variants_leaves_no_stale_rows(embedded_settings):
    job_id = studio.submit({"business_type": "bakery", "variants": 4, "seed": 2}, embedded_settings)
    assert wait_for_job(job_id, embedded_settings).progress == 4
    with session_scope(embedded_settings) as session:
        session.get(Job, repository.parse_job_id(job_id)).variant_count = 2
    assert tasks.run_job(job_id, settings=embedded_settings, redo_done=True) == "done"
    job = studio.get_job(job_id, embedded_settings)
    assert [v.index for v in job.variants] == [0, 1] and job.progress == 2


def test_seed_monitoring_query_works_on_postgres(prod_settings, prod_env, rq_worker):
    job_id = studio.submit({**BRIEF, "seed": 3}, prod_settings)
    wait_for_job(job_id, prod_settings)
    with psycopg.connect(prod_env["DATABASE_URL"]) as conn:
        rows = conn.execute("SELECT job_id, index, palette->>'name' AS palette_name FROM logo_variants;").fetchall()
        types = dict(
            conn.execute(
                "SELECT column_name, data_type FROM information_schema.columns "
                "WHERE table_name IN ('jobs', 'logo_variants') AND data_type LIKE 'json%'"
            ).fetchall()
        )
    mine = sorted((r[1], r[2]) for r in rows if str(r[0]) == job_id)
    assert [i for i, _ in mine] == list(range(6))
    assert all(name for _, name in mine)
    assert types == {"prefs": "jsonb", "palette": "jsonb", "meta": "jsonb"}


def test_storage_failure_ends_in_error_with_a_readable_message(prod_env, prod_settings, monkeypatch):
    monkeypatch.setattr(retry, "POLICY", RetryPolicy(step_pauses=(0.01, 0.01)))
    broken = Settings(**{**prod_env, "S3_ENDPOINT_URL": f"http://127.0.0.1:{free_port()}"})
    with session_scope(prod_settings) as session:
        job = stored_job(variant_count=6, status="queued", error_message=None)
        session.add(job)
    with pytest.raises(retry.TransientError):
        tasks.run_job(str(job.id), settings=broken, final_attempt=False)
    view = studio.get_job(str(job.id), prod_settings)
    assert view.status == "queued" and "Retrying" in view.error
    with pytest.raises(retry.TransientError):
        tasks.run_job(str(job.id), settings=broken, final_attempt=True)
    view = studio.get_job(str(job.id), prod_settings)
    assert view.status == "error"
    assert "Storage did not answer" in view.error and "Try again" in view.error
    # Try again on working storage finishes the same job (here, or in a worker the queue hands it to).
    assert studio.retry_job(str(job.id), prod_settings) == str(job.id)
    assert tasks.run_job(str(job.id), settings=prod_settings) in ("done", "busy")
    assert_complete(wait_for_job(str(job.id), prod_settings), prod_settings)


def test_a_design_failure_ends_in_error_at_once(embedded_settings, monkeypatch):
    def broken(*args, **kwargs):
        raise ValueError("no layout fitted")

    monkeypatch.setattr(tasks, "designs_for", broken)
    job_id = studio.submit({"business_type": "bakery", "variants": 1}, embedded_settings)
    job = wait_for_job(job_id, embedded_settings)
    assert job.status == "error" and "Designing the logos failed: no layout fitted" in job.error


def test_malformed_or_unknown_ids_are_ignored(embedded_settings):
    assert tasks.run_job("not-a-uuid", settings=embedded_settings) == "missing"
    assert tasks.run_job("00000000-0000-0000-0000-000000000000", settings=embedded_settings) == "missing"
