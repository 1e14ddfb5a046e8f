"""Throwaway real servers for the test run: PostgreSQL, Redis, an S3 endpoint (moto), rq workers.

Each is started from the installed binaries unless the environment points at one already
(TEST_DATABASE_URL, TEST_REDIS_URL, TEST_S3_ENDPOINT_URL). `scripts/test` installs the
Debian packages when the binaries are missing.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port: int, timeout: float = 30, proc: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"process exited early with code {proc.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"nothing listened on port {port} within {timeout} s")


def _pg_bin(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)
    path = found[0] if found else shutil.which(name)
    if not path:
        raise RuntimeError(
            f"PostgreSQL's {name} is not installed: run scripts/test (it installs "
            "the 'postgresql' package) or set TEST_DATABASE_URL"
        )
    return path


class Postgres:
    """A PostgreSQL cluster in a temp folder, trust auth, on a free port."""

    def __init__(self) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="logostudio-pg-"))
        self.port = free_port()
        self.as_user: list[str] = []
        if os.geteuid() == 0:  # initdb refuses to run as root
            user = "postgres"
            try:
                pwd.getpwnam(user)
            except KeyError:
                user = "nobody"
            shutil.chown(self.dir, user)
            os.chmod(self.dir, 0o755)
            self.as_user = ["runuser", "-u", user, "--"]

    def _run(self, *cmd: str) -> None:
        subprocess.run([*self.as_user, *cmd], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def start(self) -> str:
        data = self.dir / "data"
        self._run(_pg_bin("initdb"), "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync")
        self.resume()
        self._run(_pg_bin("createdb"), "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", "logostudio")
        return f"postgresql://postgres@127.0.0.1:{self.port}/logostudio"

    def halt(self) -> None:
        """Stop the server (its connections are cut), keeping its data for :meth:`resume`."""
        self._run(_pg_bin("pg_ctl"), "-D", str(self.dir / "data"), "-m", "fast", "-w", "stop")

    def resume(self) -> None:
        """Start the server (again) on the same port and data."""
        opts = f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"
        self._run(
            _pg_bin("pg_ctl"), "-D", str(self.dir / "data"), "-o", opts, "-l", str(self.dir / "log"), "-w", "start"
        )

    def stop(self) -> None:
        with contextlib.suppress(Exception):  # already stopped
            self._run(_pg_bin("pg_ctl"), "-D", str(self.dir / "data"), "-m", "immediate", "stop")
        shutil.rmtree(self.dir, ignore_errors=True)


class Process:
    """A server subprocess that is killed (with its group) on stop."""

    def __init__(
        self, cmd: list[str], port: int | None = None, env: dict[str, str] | None = None, log_name: str = "server"
    ) -> None:
        fd, self.log_path = tempfile.mkstemp(prefix=f"logostudio-{log_name}-", suffix=".log")
        with os.fdopen(fd, "wb") as log:  # the child keeps its own copy of the descriptor
            self.proc = subprocess.Popen(
                cmd, cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
            )
        if port is not None:
            try:
                wait_for_port(port, proc=self.proc)
            except RuntimeError as exc:
                raise RuntimeError(f"{cmd[0]} did not start: {exc}\n{self.output()}") from exc

    def output(self) -> str:
        return Path(self.log_path).read_text(errors="replace")[-4000:]

    def stop(self) -> None:
        if self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, signal.SIGTERM)
                self.proc.wait(timeout=10)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(timeout=10)

    def signal(self, sig: signal.Signals) -> None:
        """Send ``sig`` to the process and every process of its group (its children)."""
        os.killpg(self.proc.pid, sig)


def migrate_concurrently(env: dict[str, str], processes: int) -> None:
    """`python -m logostudio migrate` from several processes at once: every one must succeed."""
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "logostudio", "migrate"],
            cwd=REPO,
            env={**os.environ, **env},
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        for _ in range(processes)
    ]
    outputs = [p.communicate(timeout=120)[0] for p in procs]
    assert all(p.returncode == 0 for p in procs), outputs


def start_redis(port: int | None = None) -> tuple[Process, str]:
    """A Redis server that keeps nothing on disk (on ``port``, or a free one)."""
    binary = shutil.which("redis-server")
    if not binary:
        raise RuntimeError(
            "redis-server is not installed: run scripts/test (it installs the "
            "'redis-server' package) or set TEST_REDIS_URL"
        )
    port = port or free_port()
    proc = Process(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        port=port,
        log_name="redis",
    )
    return proc, f"redis://127.0.0.1:{port}/0"


def start_moto() -> tuple[Process, str]:
    port = free_port()
    proc = Process(
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)], port=port, log_name="moto"
    )
    url = f"http://127.0.0.1:{port}"
    urllib.request.urlopen(url + "/moto-api/", timeout=10).read()
    return proc, url


def start_rq_worker(queue: str, redis_url: str, env: dict[str, str]) -> Process:
    """A real `rq worker QUEUE --url REDIS_URL` process, run from the repository root."""
    rq = Path(sys.executable).with_name("rq")
    name = f"test-{os.getpid()}-{free_port()}"
    cmd = [str(rq) if rq.exists() else "rq", "worker", queue, "--url", redis_url, "--name", name]
    proc = Process(cmd, env=env, log_name="rq-worker")
    from redis import Redis
    from rq import Worker

    redis = Redis.from_url(redis_url)
    deadline = time.monotonic() + 30
    while not any(w.name == name for w in Worker.all(connection=redis)):
        if proc.proc.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"rq worker did not register:\n{proc.output()}")
        time.sleep(0.1)
    return proc


@contextlib.contextmanager
def production_servers(queue: str) -> Iterator[dict[str, str]]:
    """The production deployment's environment for a benchmark: the servers DATABASE_URL,
    REDIS_URL and S3_ENDPOINT_URL name, or throwaway ones started here (and stopped after)."""
    stops: list[Callable[[], None]] = []
    env = {k: os.environ[k] for k in ("DATABASE_URL", "REDIS_URL", "S3_ENDPOINT_URL") if os.environ.get(k)}
    try:
        if "DATABASE_URL" not in env:
            pg = Postgres()
            env["DATABASE_URL"] = pg.start()
            stops.append(pg.stop)
        if "REDIS_URL" not in env:
            proc, env["REDIS_URL"] = start_redis()
            stops.append(proc.stop)
        if "S3_ENDPOINT_URL" not in env:
            proc, env["S3_ENDPOINT_URL"] = start_moto()
            stops.append(proc.stop)
        env.update(
            {
                "AWS_ACCESS_KEY_ID": os.environ.get("AWS_ACCESS_KEY_ID", "testing"),
                "AWS_SECRET_ACCESS_KEY": os.environ.get("AWS_SECRET_ACCESS_KEY", "testing"),
                "S3_BUCKET": os.environ.get("S3_BUCKET", f"bench-{os.getpid()}"),
                "LOGO_QUEUE": queue,
                "DATA_DIR": tempfile.mkdtemp(prefix="bench-"),
            }
        )
        yield env
    finally:
        for stop in reversed(stops):
            stop()
