"""`python -m logostudio`: generate, wait, write files, print results; clear errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from logostudio.storage import repository
from tests.services import REPO, free_port


def cli(*args: str, env: dict[str, str], timeout: float = 180) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "logostudio", *args],
        cwd=REPO,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_cli_wait_out_writes_twelve_files_through_rq(prod_env, rq_worker, tmp_path):
    out = tmp_path / "out"
    run = cli(
        "generate",
        "coffee shop",
        "--name",
        "Blue Bean",
        "--slogan",
        "Brewed slowly",
        "--style",
        "playful",
        "--theme",
        "light",
        "--color",
        "#6F4E37",
        "--variants",
        "6",
        "--seed",
        "7",
        "--wait",
        "--out",
        str(out),
        env=prod_env,
    )
    assert run.returncode == 0, run.stderr
    job_id = run.stdout.strip().splitlines()[0]
    assert repository.parse_job_id(job_id)
    files = sorted(p.name for p in out.iterdir())
    assert len(files) == 12 and len([f for f in files if f.endswith(".png")]) == 6
    assert "6/6" in run.stderr
    res = cli("result", job_id, env=prod_env, timeout=60)
    assert res.returncode == 0, res.stderr
    data = json.loads(res.stdout)
    assert data["job_id"] == job_id and data["status"] == "done" and len(data["variants"]) == 6
    v = data["variants"][0]
    assert set(v) >= {"index", "palette", "svg", "png", "meta"}
    assert v["svg"]["s3_key"].endswith(".svg") and "X-Amz-Signature" in v["svg"]["url"]
    assert v["png"]["s3_key"] in v["png"]["url"]


def test_cli_reports_unknown_job_and_bad_input(prod_env):
    res = cli("result", "not-a-job", env=prod_env, timeout=60)
    assert res.returncode == 1 and "no such job" in res.stderr
    bad = cli("generate", "x" * 81, env=prod_env, timeout=60)
    assert bad.returncode == 2 and "at most 80" in bad.stderr


def test_cli_result_with_the_database_down_is_a_message_not_a_traceback(prod_env):
    dead = {**prod_env, "DATABASE_URL": f"postgresql://postgres@127.0.0.1:{free_port()}/x"}
    res = cli("result", "00000000-0000-0000-0000-000000000001", env=dead, timeout=60)
    assert res.returncode == 3
    assert "database is not answering" in res.stderr and "Traceback" not in res.stderr


def test_cli_accepts_a_job_while_redis_is_down_and_reconcile_hands_it_over(redis_url, tmp_path):
    from redis import Redis

    env = {"DATA_DIR": str(tmp_path / "data"), "LOGO_QUEUE": f"test.cli.{free_port()}"}
    down = cli("generate", "bakery", env={**env, "REDIS_URL": f"redis://127.0.0.1:{free_port()}/0"}, timeout=60)
    assert down.returncode == 0 and "Traceback" not in down.stderr, down.stderr
    assert "accepted: The job queue is not answering" in down.stderr and "as soon as it is back" in down.stderr
    job_id = down.stdout.strip()
    again = cli("reconcile", "--once", env={**env, "REDIS_URL": redis_url}, timeout=60)
    assert again.returncode == 0, again.stderr
    assert "checked 1, enqueued 1" in again.stdout
    queued = Redis.from_url(redis_url).lrange(f"rq:queue:{env['LOGO_QUEUE']}", 0, -1)
    assert queued == [f"logo-{job_id}".encode()]


def test_cli_keys_create_list_revoke(prod_env):
    made = cli("keys", "create", "--email", "Ops@Example.com", "--name", "nightly build", env=prod_env, timeout=60)
    assert made.returncode == 0, made.stderr
    key = made.stdout.strip()
    assert key.startswith("ls_") and len(key) == 46
    assert "ops@example.com" in made.stderr and "shown only this once" in made.stderr
    listed = cli("keys", "list", "--email", "ops@example.com", env=prod_env, timeout=60)
    assert listed.returncode == 0, listed.stderr
    row = next(line for line in listed.stdout.splitlines() if key[:10] in line)
    assert "active" in row and "ops@example.com" in row and "nightly build" in row
    assert key not in listed.stdout  # only the prefix is ever shown again
    gone = cli("keys", "revoke", key[:10], env=prod_env, timeout=60)
    assert gone.returncode == 0 and "revoked key" in gone.stdout, gone.stderr
    listed = cli("keys", "list", env=prod_env, timeout=60)
    assert "revoked" in next(line for line in listed.stdout.splitlines() if key[:10] in line)
    again = cli("keys", "revoke", key, env=prod_env, timeout=60)
    assert again.returncode == 1 and "No active key" in again.stderr


def test_the_operator_makes_keys_for_a_person_past_the_hourly_key_limit(prod_env):
    """The key limit holds browsers and people; the operator at a terminal is not held by it."""
    env = {**prod_env, "KEYS_PER_HOUR": "1"}
    for _ in range(2):
        made = cli("keys", "create", "--email", "ops-limit@example.com", env=env, timeout=60)
        assert made.returncode == 0, made.stderr
        assert made.stdout.strip().startswith("ls_")


def test_cli_sheet_draws_the_briefs_and_says_which_brief_is_wrong(tmp_path):
    good = tmp_path / "briefs.json"
    good.write_text(json.dumps([{"business_type": "bakery", "business_name": "Crumb"}, {"business_type": "dentist"}]))
    run = cli("sheet", "--briefs", str(good), "--out", str(tmp_path / "sheet.png"), "--per-brief", "2", env={})
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "sheet.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps([{"business_type": ""}]))
    run = cli("sheet", "--briefs", str(bad), "--out", str(tmp_path / "bad.png"), env={})
    assert run.returncode == 2 and "Business type" in run.stderr and "Traceback" not in run.stderr
    bad.write_text("{not json")
    run = cli("sheet", "--briefs", str(bad), "--out", str(tmp_path / "bad.png"), env={})
    assert run.returncode == 2 and "bad.json" in run.stderr and "Traceback" not in run.stderr
    assert not (tmp_path / "bad.png").exists()


HEAVY = ("cairosvg", "cairocffi", "logostudio.design.engine", "logostudio.artwork.mockups", "logostudio.artwork.raster")


def _loaded_by(args: list[str], env: dict[str, str]) -> set[str]:
    """The heavy modules `python -m logostudio ARGS` imported (printed by an exit hook)."""
    probe = (
        "import atexit, sys\n"
        f"atexit.register(lambda: print('LOADED', *sorted(m for m in sys.modules if m.startswith({HEAVY!r}))))\n"
        "from logostudio.cli import main\n"
        f"sys.exit(main({args!r}))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", probe], cwd=REPO, env={**os.environ, **env}, capture_output=True, text=True, timeout=120
    )
    line = next(line for line in run.stdout.splitlines() if line.startswith("LOADED"))
    return set(line.split()[1:])


def test_help_result_and_keys_load_neither_the_engine_nor_cairo(tmp_path):
    env = {"DATA_DIR": str(tmp_path / "data"), "DATABASE_URL": "", "REDIS_URL": "", "S3_ENDPOINT_URL": ""}
    for args in (["--help"], ["result", "00000000-0000-0000-0000-000000000001"], ["keys", "list"]):
        assert _loaded_by(args, env) == set(), args
    # and a command that draws does load them
    assert "logostudio.design.engine" in _loaded_by(["generate", "bakery", "--wait"], env)
