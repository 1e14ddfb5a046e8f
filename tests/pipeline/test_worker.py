"""`python worker.py` starts a working RQ worker; `python -m logostudio migrate` is safe in parallel."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from alembic.script import ScriptDirectory

from logostudio import studio
from logostudio.config import Settings
from logostudio.pipeline import health
from logostudio.storage.db import alembic_config
from tests.helpers import wait_for, wait_for_job
from tests.services import REPO, Process, migrate_concurrently

HEAD = ScriptDirectory.from_config(alembic_config()).get_current_head()


def _rollup(pid: int) -> dict[str, int]:
    """A process's memory in kB: Rss, Pss, … from /proc/PID/smaps_rollup."""
    lines = Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()[1:]
    return {name: int(value.split()[0]) for name, value in (line.split(":", 1) for line in lines)}


def test_python_worker_py_runs_jobs_on_several_processes_and_stops_them_all(prod_env):
    env = {**os.environ, **prod_env, "LOGO_QUEUE": "logo.requests.worker-py"}
    worker = Process([sys.executable, "worker.py", "--processes", "2"], env=env, log_name="worker-py")
    settings = Settings(**{**prod_env, "LOGO_QUEUE": "logo.requests.worker-py"})
    try:
        wait_for(lambda: health.check(settings).workers == 2, 60, f"two worker processes\n{worker.output()}")
        children = Path(f"/proc/{worker.proc.pid}/task/{worker.proc.pid}/children").read_text().split()
        assert len(children) == 2
        # Forked from the supervisor once it had loaded the engine: most of each one's memory is
        # the supervisor's, shared (a fresh interpreter's PSS is nearly its RSS).
        for pid in children:
            memory = _rollup(int(pid))
            assert memory["Pss"] < 0.6 * memory["Rss"], memory
        ids = [
            studio.submit({"business_type": "bakery", "business_name": f"Golden Crust {i}", "variants": 2}, settings)
            for i in range(4)
        ]
        for job_id in ids:
            job = wait_for_job(job_id, settings, timeout=60)
            assert job.status == "done", (job, worker.output())
            assert len(job.variants) == 2
    finally:
        worker.stop()
    # SIGTERM to `python worker.py` stops its worker processes too, and they leave the registry.
    assert worker.proc.returncode == 0, worker.output()
    assert not any(Path(f"/proc/{pid}").exists() for pid in children)
    assert health.check(settings).workers == 0


def test_a_stop_that_arrives_many_times_at_once_is_one_warm_stop(prod_env):
    """The stop reaches a worker process twice at once (the signal to the process group, and the
    supervisor's); a signal handler that took a lock deadlocked when the second ran inside the first."""
    env = {**os.environ, **prod_env, "LOGO_QUEUE": "logo.requests.worker-stop"}
    worker = Process([sys.executable, "worker.py", "--processes", "2"], env=env, log_name="worker-stop")
    settings = Settings(**{**prod_env, "LOGO_QUEUE": "logo.requests.worker-stop"})
    try:
        wait_for(lambda: health.check(settings).workers == 2, 60, f"two worker processes\n{worker.output()}")
        job_id = studio.submit({"business_type": "florist", "variants": 2}, settings)
        assert wait_for_job(job_id, settings, timeout=60).status == "done", worker.output()
        listed = Path(f"/proc/{worker.proc.pid}/task/{worker.proc.pid}/children").read_text()
        children = [int(pid) for pid in listed.split()]
        for _ in range(20):
            for pid in children:
                os.kill(pid, signal.SIGTERM)
        worker.signal(signal.SIGTERM)
        worker.proc.wait(timeout=30)
    finally:
        worker.stop()
    assert worker.proc.returncode == 0, worker.output()
    assert worker.output().count("stopping on request") == 2, worker.output()
    assert "cold shut down" not in worker.output()
    assert not any(Path(f"/proc/{pid}").exists() for pid in children)


def test_worker_py_without_redis_explains_itself():
    env = {**os.environ, "REDIS_URL": ""}
    run = subprocess.run([sys.executable, "worker.py"], cwd=REPO, env=env, capture_output=True, text=True, timeout=60)
    assert run.returncode == 2 and "REDIS_URL is not set" in run.stderr


def test_concurrent_migrate_on_sqlite(tmp_path):
    migrate_concurrently({"DATA_DIR": str(tmp_path)}, 4)
    with sqlite3.connect(tmp_path / "logostudio.db") as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"jobs", "logo_variants", "users", "alembic_version"} <= tables
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [(HEAD,)]
