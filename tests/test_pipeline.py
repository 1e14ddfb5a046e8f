"""The whole pipeline on real parts: PostgreSQL, Redis with an `rq worker` process, an S3 endpoint."""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import psycopg
import pytest
from PIL import Image
from sqlalchemy import func, select

from logostudio import service, tasks
from logostudio.config import Settings
from logostudio.db import session_scope
from logostudio.models import Job, LogoVariant
from logostudio.storage import get_storage
from tests.services import REPO, free_port

BRIEF = {"business_type": "tech startup", "business_name": "Acme Cloud", "slogan": "Ideas that scale",
         "preferences": {"style": "modern", "theme": "light", "color": "blue"}, "seed": 7}
KEY = re.compile(r"^jobs/[0-9a-f-]{36}/v(\d\d)_[a-z0-9-]+\.(svg|png)$")


def wait_done(job_id: str, settings: Settings, timeout: float = 90) -> service.JobView:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        job = service.get_job(job_id, settings)
        assert job is not None
        if job.finished:
            return job
        time.sleep(0.1)
    raise AssertionError(f"job {job_id} did not finish in {timeout} s: {service.get_job(job_id, settings)}")


def snapshot(job_id: str, settings: Settings) -> tuple[list[tuple], dict[str, str]]:
    with session_scope(settings) as session:
        rows = [(str(v.id), v.index, json.dumps(v.palette, sort_keys=True), v.svg_key, v.png_key,
                 json.dumps(v.meta, sort_keys=True))
                for v in session.scalars(select(LogoVariant).where(LogoVariant.job_id == job_id)
                                         .order_by(LogoVariant.index))]
    storage = get_storage(settings)
    objects = {k: hashlib.sha256(storage.get(k)).hexdigest() for k in storage.list(f"jobs/{job_id}/")}
    return rows, objects


def assert_complete(job: service.JobView, settings: Settings, count: int = 6) -> None:
    assert job.status == "done", job.error
    assert job.progress == count and len(job.variants) == count
    storage = get_storage(settings)
    keys = storage.list(f"jobs/{job.id}/")
    assert len(keys) == 2 * count
    expected = set()
    for v in job.variants:
        assert v.svg_key == f"jobs/{job.id}/v{v.index:02d}_{re.sub('[^a-z0-9]+', '-', v.palette['name'].lower()).strip('-')}.svg"
        assert v.png_key == v.svg_key[:-4] + ".png"
        assert set(v.palette) == {"name", "colors"} and len(v.palette["colors"]) == 4
        assert {"layout", "icon", "font", "checks"} <= set(v.meta)
        expected |= {v.svg_key, v.png_key}
    assert set(keys) == expected
    assert all(KEY.match(k) for k in keys)
    first = job.variants[0]
    ET.fromstring(storage.get(first.svg_key))
    png = Image.open(io.BytesIO(storage.get(first.png_key)))
    assert png.size == (1024, 1024)


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


def test_generate_twice_changes_nothing(prod_settings, rq_worker):
    job_id = service.submit({**BRIEF, "seed": 11}, prod_settings)
    wait_done(job_id, prod_settings)
    before = snapshot(job_id, prod_settings)
    assert tasks.run_job(job_id, settings=prod_settings) == "done"
    after = snapshot(job_id, prod_settings)
    assert before == after
    assert len(after[0]) == 6 and len(after[1]) == 12
    with session_scope(prod_settings) as session:
        assert session.scalar(select(func.count()).select_from(LogoVariant)
                              .where(LogoVariant.job_id == job_id)) == 6


def test_seed_monitoring_query_works_on_postgres(prod_settings, prod_env, rq_worker):
    job_id = service.submit({**BRIEF, "seed": 3}, prod_settings)
    wait_done(job_id, prod_settings)
    with psycopg.connect(prod_env["DATABASE_URL"]) as conn:
        rows = conn.execute("SELECT job_id, index, palette->>'name' AS palette_name FROM logo_variants;").fetchall()
        types = dict(conn.execute("SELECT column_name, data_type FROM information_schema.columns "
                                  "WHERE table_name IN ('jobs', 'logo_variants') AND data_type LIKE 'json%'"
                                  ).fetchall())
    mine = sorted((r[1], r[2]) for r in rows if str(r[0]) == job_id)
    assert [i for i, _ in mine] == list(range(6))
    assert all(name for _, name in mine)
    assert types == {"prefs": "jsonb", "palette": "jsonb", "meta": "jsonb"}


def test_cli_wait_out_writes_twelve_files_through_rq(prod_env, rq_worker, tmp_path):
    env = {**os.environ, **prod_env}
    out = tmp_path / "out"
    run = subprocess.run(
        [sys.executable, "-m", "logostudio", "generate", "coffee shop", "--name", "Blue Bean", "--slogan",
         "Brewed slowly", "--style", "playful", "--theme", "light", "--color", "#6F4E37", "--variants", "6",
         "--seed", "7", "--wait", "--out", str(out)],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=180)
    assert run.returncode == 0, run.stderr
    job_id = run.stdout.strip().splitlines()[0]
    assert service.parse_job_id(job_id)
    files = sorted(p.name for p in out.iterdir())
    assert len(files) == 12 and len([f for f in files if f.endswith(".png")]) == 6
    assert "6/6" in run.stderr
    res = subprocess.run([sys.executable, "-m", "logostudio", "result", job_id], cwd=REPO, env=env,
                         capture_output=True, text=True, timeout=60)
    assert res.returncode == 0, res.stderr
    data = json.loads(res.stdout)
    assert data["job_id"] == job_id and data["status"] == "done" and len(data["variants"]) == 6
    v = data["variants"][0]
    assert set(v) >= {"index", "palette", "svg", "png", "meta"}
    assert v["svg"]["s3_key"].endswith(".svg") and "X-Amz-Signature" in v["svg"]["url"]
    assert v["png"]["s3_key"] in v["png"]["url"]


def test_cli_reports_unknown_job_and_failure(prod_env):
    env = {**os.environ, **prod_env}
    res = subprocess.run([sys.executable, "-m", "logostudio", "result", "not-a-job"], cwd=REPO, env=env,
                         capture_output=True, text=True, timeout=60)
    assert res.returncode == 1 and "no such job" in res.stderr
    bad = subprocess.run([sys.executable, "-m", "logostudio", "generate", "x" * 81], cwd=REPO, env=env,
                         capture_output=True, text=True, timeout=60)
    assert bad.returncode == 2 and "at most 80" in bad.stderr


@pytest.mark.parametrize("brief, field, words", [
    ({"business_type": ""}, "business_type", "required"),
    ({"business_type": "   "}, "business_type", "required"),
    ({"business_type": "x" * 81}, "business_type", "at most 80"),
    ({"business_type": "cafe", "business_name": "n" * 61}, "business_name", "at most 60"),
    ({"business_type": "cafe", "slogan": "s" * 81}, "slogan", "at most 80"),
    ({"business_type": "cafe\x00"}, "business_type", "control characters"),
    ({"business_type": "cafe", "business_name": "Bad\u202eName"}, "business_name", "control characters"),
    ({"business_type": "cafe", "preferences": {"color": "blurple"}}, "color", "CSS colour"),
    ({"business_type": "cafe", "preferences": {"style": "grunge"}}, "style", "not one of"),
    ({"business_type": "cafe", "preferences": {"font": "Comic Sans"}}, "font", "Unknown preference"),
    ({"business_type": "cafe", "variants": 25}, "variants", "from 1 to 24"),
])
def test_bad_input_is_refused_and_nothing_is_enqueued(prod_settings, brief, field, words):
    from logostudio.queue import get_queue

    depth = get_queue(prod_settings).stats().depth
    with session_scope(prod_settings) as session:
        jobs_before = session.scalar(select(func.count()).select_from(Job))
    with pytest.raises(service.InvalidBrief) as err:
        service.submit(brief, prod_settings)
    assert words in err.value.errors[field]
    with session_scope(prod_settings) as session:
        assert session.scalar(select(func.count()).select_from(Job)) == jobs_before
    assert get_queue(prod_settings).stats().depth == depth


def test_colour_names_and_hex_are_normalised():
    assert service.validate_brief({"business_type": "x", "preferences": {"color": "Navy"}}).color == "navy"
    assert service.validate_brief({"business_type": "x", "preferences": {"color": "#ABC"}}).color == "#aabbcc"
    assert service.validate_brief({"business_type": "x", "preferences": {"color": "6f4e37"}}).color == "#6f4e37"


def test_redis_down_at_submit_stores_nothing(prod_env, prod_settings):
    dead = Settings(**{**prod_env, "REDIS_URL": f"redis://127.0.0.1:{free_port()}/0"})
    with session_scope(prod_settings) as session:
        before = session.scalar(select(func.count()).select_from(Job))
    with pytest.raises(service.ServiceUnavailable, match="Redis"):
        service.submit(BRIEF, dead)
    with session_scope(prod_settings) as session:
        assert session.scalar(select(func.count()).select_from(Job)) == before


def test_database_down_at_submit_is_a_clear_message(prod_env):
    dead = Settings(**{**prod_env, "DATABASE_URL": f"postgresql://postgres@127.0.0.1:{free_port()}/x"})
    with pytest.raises(service.ServiceUnavailable, match="database is not answering"):
        service.submit(BRIEF, dead)


def test_storage_failure_ends_in_error_with_a_readable_message(prod_env, prod_settings, monkeypatch):
    monkeypatch.setattr(tasks, "BACKOFF", (0.01, 0.01))
    broken = Settings(**{**prod_env, "S3_ENDPOINT_URL": f"http://127.0.0.1:{free_port()}"})
    with session_scope(prod_settings) as session:
        job = Job(business_type="bakery", prefs={}, seed=1, variant_count=6, status="queued", progress=0)
        session.add(job)
    with pytest.raises(tasks.TransientError):
        tasks.run_job(str(job.id), settings=broken, final_attempt=True)
    view = service.get_job(str(job.id), prod_settings)
    assert view.status == "error"
    assert "Storage did not answer" in view.error and "Try again" in view.error
    # Try again on working storage finishes the same job.
    monkeypatch.setattr(tasks, "BACKOFF", (0.5, 1.0))
    tasks.run_job(str(job.id), settings=prod_settings)
    assert_complete(service.get_job(str(job.id), prod_settings), prod_settings)


def test_unknown_or_malformed_job_id(prod_settings):
    assert service.get_job("nope", prod_settings) is None
    assert service.get_job("00000000-0000-0000-0000-000000000000", prod_settings) is None
    with pytest.raises(service.NoSuchJob):
        service.result("'; drop table jobs; --", prod_settings)


def test_stale_processing_job_is_reported_as_failed(prod_settings):
    from datetime import timedelta

    from logostudio.models import utcnow

    with session_scope(prod_settings) as session:
        job = Job(business_type="bakery", prefs={}, seed=1, variant_count=6, status="processing", progress=2,
                  updated_at=utcnow() - timedelta(seconds=prod_settings.job_timeout + 120))
        session.add(job)
    view = service.get_job(str(job.id), prod_settings)
    assert view.status == "error" and "worker stopped answering" in view.error


def test_more_like_this_and_new_variations(prod_settings, rq_worker):
    job_id = service.submit({**BRIEF, "seed": 5, "variants": 3}, prod_settings)
    job = wait_done(job_id, prod_settings)
    v = job.variants[1]
    more = wait_done(service.more_like_this(job_id, 1, prod_settings), prod_settings)
    assert more.status == "done" and more.total == 3
    assert more.prefs["layout"] == v.meta["layout"] and more.prefs["palette"] == v.palette
    assert all(m.meta["layout"] == v.meta["layout"] and m.palette == v.palette for m in more.variants)
    again = wait_done(service.new_variations(job_id, prod_settings), prod_settings)
    assert again.seed != job.seed and again.business_name == job.business_name and again.status == "done"


def test_history_lists_newest_first_with_paging(embedded_settings):
    ids = [service.submit({"business_type": f"shop {i}", "variants": 1}, embedded_settings) for i in range(3)]
    for job_id in ids:
        wait_done(job_id, embedded_settings)
    jobs, total = service.list_jobs(1, 2, embedded_settings)
    assert total == 3 and [j.id for j in jobs] == ids[::-1][:2]
    page2, _ = service.list_jobs(2, 2, embedded_settings)
    assert [j.id for j in page2] == [ids[0]]
    assert jobs[0].variants and jobs[0].variants[0].index == 0


def test_embedded_default_runs_the_same_task(embedded_settings):
    start = time.monotonic()
    job_id = service.submit(BRIEF, embedded_settings)
    job = wait_done(job_id, embedded_settings)
    elapsed = time.monotonic() - start
    assert_complete(job, embedded_settings)
    files = sorted(Path(embedded_settings.objects_dir, "jobs", job_id).iterdir())
    assert len(files) == 12
    assert Path(embedded_settings.data_dir, "logostudio.db").exists()
    print(f"\nembedded: submit → last variant in {elapsed:.2f} s")


def test_health_reports_each_dependency(prod_settings, rq_worker, embedded_settings):
    h = service.health(prod_settings)
    assert [d.name for d in h.dependencies] == ["Database", "Queue", "Storage"]
    assert all(d.ok for d in h.dependencies), h.dependencies
    assert h.workers >= 1 and h.queue_depth is not None
    dead = Settings(**{**prod_settings.model_dump(by_alias=True),
                       "REDIS_URL": f"redis://127.0.0.1:{free_port()}/0"})
    h2 = service.health(dead)
    assert not h2.dependencies[1].ok and h2.workers is None
    h3 = service.health(embedded_settings)
    assert all(d.ok for d in h3.dependencies) and h3.dependencies[0].backend == "SQLite"


def test_reads_with_the_database_down_are_a_clear_message(prod_env):
    dead = Settings(**{**prod_env, "DATABASE_URL": f"postgresql://postgres@127.0.0.1:{free_port()}/x"})
    with pytest.raises(service.ServiceUnavailable, match="database is not answering"):
        service.get_job("00000000-0000-0000-0000-000000000001", dead)
    with pytest.raises(service.ServiceUnavailable, match="database is not answering"):
        service.list_jobs(1, settings=dead)
    h = service.health(dead)
    assert not h.dependencies[0].ok and "OperationalError" in h.dependencies[0].detail
