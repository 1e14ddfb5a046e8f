"""Time from submit to the first and the last variant, embedded and through RQ.

    .venv/bin/python bench/bench_pipeline.py            # both deployments, 5 jobs each
    .venv/bin/python bench/bench_pipeline.py --jobs 10 --only embedded

The production run starts throwaway PostgreSQL, Redis, moto S3 and one `rq worker` process
(the same helpers the tests use) unless DATABASE_URL/REDIS_URL/S3_ENDPOINT_URL are set.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from logostudio import studio
from logostudio.config import Settings
from logostudio.pipeline import health
from logostudio.storage.db import ensure_schema

BRIEF = {
    "business_type": "coffee shop",
    "business_name": "Blue Bean Coffee",
    "slogan": "Brewed slowly",
    "preferences": {"style": "playful", "color": "#6F4E37"},
}


def run_jobs(settings: Settings, jobs: int) -> tuple[list[float], list[float]]:
    firsts, lasts = [], []
    for i in range(jobs):
        start = time.perf_counter()
        job_id = studio.submit({**BRIEF, "seed": i}, settings)
        first = None
        while True:
            job = studio.get_job(job_id, settings)
            assert job is not None
            if first is None and job.progress >= 1:
                first = time.perf_counter() - start
            if job.finished:
                break
            time.sleep(0.01)
        if job.status != "done":
            raise SystemExit(f"job {job_id} ended {job.status}: {job.error}")
        firsts.append(first or time.perf_counter() - start)
        lasts.append(time.perf_counter() - start)
    return firsts, lasts


def report(name: str, firsts: list[float], lasts: list[float]) -> None:
    print(
        f"{name:>10}: first variant median {statistics.median(firsts) * 1000:6.0f} ms · "
        f"last (6th) variant median {statistics.median(lasts) * 1000:6.0f} ms · "
        f"max {max(lasts) * 1000:6.0f} ms  ({len(lasts)} jobs)"
    )


def embedded(jobs: int) -> None:
    settings = Settings(
        DATA_DIR=tempfile.mkdtemp(prefix="bench-"),
        DATABASE_URL="",
        REDIS_URL="",
        S3_ENDPOINT_URL="",
        AWS_ACCESS_KEY_ID="",
        STORAGE_BACKEND="local",
    )
    ensure_schema(settings)
    run_jobs(settings, 1)  # warm-up: imports, fonts
    report("embedded", *run_jobs(settings, jobs))


def production(jobs: int) -> None:
    from logostudio.storage.db import migrate
    from tests import services

    with services.production_servers("logo.requests.bench") as env:
        settings = Settings.model_validate(env)
        migrate(settings)
        worker = services.start_rq_worker(env["LOGO_QUEUE"], env["REDIS_URL"], {**os.environ, **env})
        run_jobs(settings, 1)
        report("rq worker", *run_jobs(settings, jobs))
        worker.stop()
        # worker.py loads the engine once and runs every job in itself.
        worker = services.Process([sys.executable, "worker.py"], env={**os.environ, **env}, log_name="worker")
        try:
            while health.check(settings).workers != 1:
                time.sleep(0.1)
            run_jobs(settings, 1)
            report("worker.py", *run_jobs(settings, jobs))
        finally:
            worker.stop()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--jobs", type=int, default=5)
    parser.add_argument("--only", choices=("embedded", "rq"))
    args = parser.parse_args()
    if args.only != "rq":
        embedded(args.jobs)
    if args.only != "embedded":
        production(args.jobs)


if __name__ == "__main__":
    main()
