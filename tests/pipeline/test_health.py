"""Each dependency's state and latency, as the Status page shows them."""

from __future__ import annotations

from logostudio import studio
from logostudio.config import Settings
from logostudio.pipeline import health
from tests.helpers import wait_for_job
from tests.services import free_port


def test_health_reports_each_dependency(prod_settings, rq_worker, embedded_settings):
    h = health.check(prod_settings)
    assert [d.name for d in h.dependencies] == ["Database", "Queue", "Storage"]
    assert h.ok and all(d.ok and d.latency_ms >= 0 for d in h.dependencies), h.dependencies
    assert h.workers >= 1 and h.queue_depth is not None
    dead = Settings(**{**prod_settings.model_dump(by_alias=True), "REDIS_URL": f"redis://127.0.0.1:{free_port()}/0"})
    h2 = health.check(dead)
    assert not h2.ok and not h2.dependencies[1].ok and h2.workers is None
    assert "start as soon as the queue answers again" in h2.dependencies[1].impact
    assert h2.dependencies[0].impact == "" and h2.waiting_for_queue is not None
    h3 = health.check(embedded_settings)
    assert h3.ok and h3.dependencies[0].backend == "SQLite"
    assert h3.dependencies[0].detail.startswith("schema ")


def test_jobs_are_counted_by_status(embedded_settings):
    job_id = studio.submit({"business_type": "bakery", "variants": 1}, embedded_settings)
    wait_for_job(job_id, embedded_settings)
    assert health.check(embedded_settings).jobs_by_status == {"done": 1}


def test_database_down_is_a_state_not_a_crash(prod_env):
    dead = Settings(**{**prod_env, "DATABASE_URL": f"postgresql://postgres@127.0.0.1:{free_port()}/x"})
    h = health.check(dead)
    assert not h.dependencies[0].ok and "OperationalError" in h.dependencies[0].detail
    assert "nothing is lost" in h.dependencies[0].impact
    assert h.jobs_by_status == {} and h.waiting_for_queue is None


def test_jobs_waiting_for_the_queue_are_counted(embedded_settings, tmp_path):
    dead_queue = embedded_settings.model_copy(update={"redis_url": f"redis://127.0.0.1:{free_port()}/0"})
    assert not studio.submit_job({"business_type": "bakery"}, dead_queue).enqueued
    assert health.check(embedded_settings).waiting_for_queue == 1
