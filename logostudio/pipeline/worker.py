"""The worker: `python worker.py [--processes N]` — RQ workers that outlive their dependencies.

One supervisor process loads the engine, forks N worker processes from itself (so they share its
memory), runs the reconciler's passes in its own loop, and forks a worker again if one ends. Each
worker process:

- makes its own database engine and connections, then runs every job in itself (RQ's
  SimpleWorker: no fork per job);
- keeps its RQ heartbeat short (``JOB_LEASE`` seconds, renewed by a thread even mid-job), so a
  worker killed mid-job is seen dead within seconds and the reconciler hands its job to another;
- when Redis goes away, waits and connects again with backoff and a log line, and never exits;
  when the database goes away mid-job, the job waits for it (see :func:`logostudio.pipeline.tasks.generate`).
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import gc
import logging
import os
import signal
import socket
import threading
import time
from types import FrameType
from typing import Any

from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError
from rq import Queue, SimpleWorker
from rq.exceptions import DequeueTimeout
from rq.worker import WorkerStatus
from rq.worker_registration import REDIS_WORKER_KEYS

from logostudio.config import Settings, get_settings
from logostudio.pipeline import retry
from logostudio.pipeline.retry import short

log = logging.getLogger("logostudio.worker")
LOG_FORMAT = "%(asctime)s %(levelname)s [%(process)d] %(name)s: %(message)s"


class StopFlag:
    """A stop asked for by a signal (SIGTERM, SIGINT). Signal handlers only assign to it: a
    handler that takes a lock (``threading.Event.set`` does) deadlocks the process when the same
    stop arrives twice at once (to the process group, and from the supervisor) and the second
    handler runs inside the first."""

    def __init__(self) -> None:
        self.asked = False
        self.asked_at = 0.0

    def ask(self) -> None:
        if not self.asked:
            self.asked_at = time.monotonic()
            self.asked = True

    def is_set(self) -> bool:
        return self.asked

    def wait(self, seconds: float) -> bool:
        """Sleep ``seconds``, or less when a stop is asked for; True if one was."""
        end = time.monotonic() + seconds
        while not self.asked and (left := end - time.monotonic()) > 0:
            time.sleep(min(0.2, left))
        return self.asked


class LogoWorker(SimpleWorker):
    """RQ's in-process worker, reconnecting to Redis quickly and with a heartbeat that lives on."""

    # The longest pause between two tries while Redis is away and the worker waits for a job.
    max_connection_wait_time = 5.0
    log_result_lifespan = False
    stopping = StopFlag()  # a stop was asked for: finish the job at hand, do not start again

    heartbeat_ttl = 10  # seconds; set from JOB_LEASE
    dead = False
    jobs_run = 0

    def execute_job(self, job: Any, queue: Queue) -> None:
        super().execute_job(job, queue)
        self.jobs_run += 1
        _return_free_memory()

    def register_death(self) -> None:
        self.dead = True
        super().register_death()

    def _install_signal_handlers(self) -> None:
        # RQ's own handler raises StopRequested wherever the main thread happens to be (in the
        # middle of a Redis call, or before the work loop is set up, when the stop was lost). This
        # one only raises a flag, which the loop looks at between jobs and at least every second
        # while idle; a stop asked for before RQ set up its loop counts too.
        signal.signal(signal.SIGTERM, self.request_stop)
        signal.signal(signal.SIGINT, self.request_stop)
        if LogoWorker.stopping.is_set():
            self._stop_requested = True

    def request_stop(self, signum: int, frame: FrameType | None) -> None:
        again = LogoWorker.stopping.is_set()
        LogoWorker.stopping.ask()
        self._stop_requested = True
        if again and time.monotonic() - LogoWorker.stopping.asked_at > 2:
            # Asked again, later (a second Ctrl+C): a cold stop. The reconciler hands the job on.
            raise SystemExit(1)
        # The same stop often arrives twice at once (the signal to the process group and the
        # supervisor's): that is still a warm stop.

    def dequeue_job_and_maintain_ttl(
        self, timeout: int | None, max_idle_time: int | None = None
    ) -> tuple[Any, Queue] | None:
        """RQ's wait for a job, in steps of a second, so that a stop is seen at once while idle,
        even while Redis is away (RQ's own loop retries a lost connection for ever). It waits
        until a job comes or a stop is asked for: RQ's ``timeout`` and ``max_idle_time`` (burst
        and idle-exit modes, which this worker does not use) are not looked at."""
        self.set_state(WorkerStatus.IDLE)
        self.procline("Listening on " + ",".join(self.queue_names()))
        pauses = retry.POLICY.backoff(cap=self.max_connection_wait_time)
        while not self._stop_requested:
            try:
                self.heartbeat(self.heartbeat_ttl)  # RQ's default TTL (90 s) would hide a dead worker
                if self.should_run_maintenance_tasks:
                    self.run_maintenance_tasks()
                result = self.queue_class.dequeue_any(
                    self._ordered_queues,
                    1,
                    connection=self.connection,
                    job_class=self.job_class,
                    serializer=self.serializer,
                    death_penalty_class=self.death_penalty_class,
                )
            except DequeueTimeout:
                continue
            except (RedisConnectionError, RedisTimeoutError) as exc:
                pause = next(pauses)
                log.warning("Redis is not answering (%s); trying again in %.0f s", short(exc), pause)
                LogoWorker.stopping.wait(pause)
                continue
            if result is not None:
                job, queue = result
                self.reorder_queues(reference_queue=queue)
                job.redis_server_version = self.get_redis_server_version()
                self.log.info("Worker %s: %s: %s", self.name, queue.name, job.id)
                self.heartbeat(self.heartbeat_ttl)
                return result
        log.info("worker %s: stopping on request", self.name)
        return None

    def prepare_job_execution(self, job: Any, remove_from_intermediate_queue: bool = False) -> None:
        # RQ keeps a SimpleWorker's key alive for the whole job timeout; the heartbeat thread renews
        # a short one instead, so a worker killed mid-job is seen dead within seconds.
        super().prepare_job_execution(job, remove_from_intermediate_queue)
        self.connection.expire(self.key, self.heartbeat_ttl)


class _Heartbeat:
    """Renew the worker's key every third of ``ttl`` with that TTL, mid-job too: RQ alone sets it to
    the job timeout while a SimpleWorker runs a job, so a killed worker would look alive for minutes."""

    def __init__(self, worker: LogoWorker, ttl: int) -> None:
        self.worker, self.ttl = worker, ttl
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._loop, name="rq-heartbeat", daemon=True)
        self.thread.start()

    def _loop(self) -> None:
        worker = self.worker
        while not self.stop.wait(self.ttl / 3) and not worker.dead:
            try:
                if not worker.connection.sismember(REDIS_WORKER_KEYS, worker.key) and not worker.dead:
                    # Redis restarted without its data (RQ's own heartbeat may have made a bare key
                    # again). Register again, so the Status page counts this worker and the
                    # reconciler knows the jobs it runs are alive.
                    worker.connection.delete(worker.key)
                    worker.register_birth()
                    log.warning("Redis had lost this worker's registration (restarted?); registered again")
                worker.connection.expire(worker.key, self.ttl)
            except Exception as exc:  # Redis away: the work loop notices and reconnects
                log.debug("heartbeat failed: %s", exc)


def _warm_up(settings: Settings) -> None:
    """Everything a job needs, made once per process: the engine's fonts and icons and cairo (unless
    the supervisor loaded them before this process was forked), the storage client and the
    database engine (a failing dependency here is only logged)."""
    from logostudio.storage.db import get_engine
    from logostudio.storage.objects import get_storage

    if not _engine_warm:
        _warm_engine(settings)
    get_storage(settings)
    try:
        with get_engine(settings).connect():
            pass
    except Exception as exc:
        log.warning("the database is not answering yet (%s); jobs will wait for it", short(exc))


@functools.cache
def _libc() -> ctypes.CDLL:
    """glibc, loaded once (it is called after every job)."""
    return ctypes.CDLL("libc.so.6", use_errno=True)


def _die_with_parent() -> None:
    """Linux: a worker process gets SIGTERM (a warm stop) when its supervisor dies."""
    with contextlib.suppress(Exception):
        _libc().prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def serve(settings: Settings | None = None) -> None:
    """One worker process: work until asked to stop, whatever Redis does meanwhile."""
    from redis import Redis
    from redis.exceptions import RedisError

    settings = settings or get_settings()
    assert settings.redis_url, "a worker needs REDIS_URL"
    _warm_up(settings)
    pauses = retry.POLICY.backoff()
    generation = 0
    jobs_run = 0
    max_jobs = settings.worker_max_jobs or None
    while not LogoWorker.stopping.is_set():
        generation += 1
        redis = Redis.from_url(settings.redis_url, socket_connect_timeout=5, health_check_interval=15)
        name = f"{socket.gethostname()}.{os.getpid()}.{generation}"
        heartbeat: _Heartbeat | None = None
        failure = "the worker loop ended"
        started = time.monotonic()
        try:
            worker = LogoWorker(
                [Queue(settings.queue_name, connection=redis)], connection=redis, name=name, worker_ttl=30
            )
            worker.heartbeat_ttl = settings.job_lease
            heartbeat = _Heartbeat(worker, settings.job_lease)
            worker.work(
                logging_level="INFO", log_format=LOG_FORMAT, max_jobs=None if max_jobs is None else max_jobs - jobs_run
            )
        except (RedisError, OSError) as exc:
            failure = f"Redis did not answer ({short(exc)})"
        except Exception as exc:  # never exit on a surprise: log it and start again
            log.exception("worker %s stopped on an error", name)
            failure = short(exc)
        finally:
            if heartbeat is not None:
                heartbeat.stop.set()
                jobs_run += heartbeat.worker.jobs_run
            with contextlib.suppress(Exception):
                redis.close()
        if LogoWorker.stopping.is_set():
            break
        if max_jobs is not None and jobs_run >= max_jobs:
            log.info("ran %d jobs: this process ends and the supervisor starts a fresh one", jobs_run)
            return
        if time.monotonic() - started > 60:
            pauses.reset()  # it worked for a while: this is a new outage
        pause = next(pauses)
        log.warning("%s; connecting again in %.0f s", failure, pause)
        _wait_for_redis(settings, pause)
    log.info("worker process %d stopped", os.getpid())


def _wait_for_redis(settings: Settings, first: float) -> None:
    """Wait ``first`` seconds, then until Redis answers (or a stop is asked for), backing off."""
    from redis import Redis

    assert settings.redis_url
    pauses = retry.POLICY.backoff(first=first)
    pause = next(pauses)
    while not LogoWorker.stopping.wait(pause):
        try:
            Redis.from_url(settings.redis_url, socket_connect_timeout=3, socket_timeout=3).ping()
            log.info("Redis answers again")
            return
        except Exception as exc:
            pause = next(pauses)
            log.warning("Redis is not answering (%s); trying again in %.0f s", short(exc), pause)


_engine_warm = False


def _warm_engine(settings: Settings) -> None:
    """What every worker process needs and none changes, loaded once in the supervisor before it
    forks them: the engine's modules, fonts, icons and word vectors, cairo, and the storage client
    (which connects on first use). No socket or thread is made here."""
    global _engine_warm
    import logostudio.pipeline.tasks  # noqa: F401
    from logostudio.artwork.raster import svg_to_png
    from logostudio.design import Brief, design_variants
    from logostudio.storage.objects import get_storage

    for design in design_variants(Brief("coffee shop", "Warm Up", "Every glyph loaded"), 6, 0):
        svg_to_png(design.svg, 64)
    get_storage(settings)
    gc.collect()
    gc.freeze()  # the collector never writes to what was loaded, so its pages stay shared
    _engine_warm = True


def _return_free_memory() -> None:
    """Give the memory a job freed back to the system (glibc keeps it in its arenas otherwise), so
    an idle worker holds what it needs, not what its largest job needed."""
    with contextlib.suppress(Exception):
        _libc().malloc_trim(0)


def _limit_malloc_arenas() -> None:
    """glibc gives each thread that allocates an arena of its own; a job's upload threads would
    each keep one. Two arenas hold a worker process's memory with no measurable cost in speed."""
    with contextlib.suppress(Exception):
        _libc().mallopt(-8, 2)  # M_ARENA_MAX


def _in_forked_child(env: dict[str, str]) -> None:
    """A worker process, just forked from the supervisor: its own settings, signals and clients."""
    from logostudio.storage import db

    # First of all: the supervisor's handlers (which signal every worker) are not this process's.
    LogoWorker.stopping = StopFlag()
    signal.signal(signal.SIGTERM, lambda *_: LogoWorker.stopping.ask())  # until the work loop installs its own
    signal.signal(signal.SIGINT, lambda *_: LogoWorker.stopping.ask())
    _die_with_parent()
    os.environ.update(env)
    get_settings.cache_clear()
    db.forget_engines()  # the supervisor's connections (its reconciler's) stay its own
    serve()


def _fork_worker(env: dict[str, str]) -> int:
    pid = os.fork()
    if pid:
        return pid
    code = 1
    try:
        _in_forked_child(env)
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    except BaseException:
        log.exception("worker process %d failed", os.getpid())
    finally:
        logging.shutdown()
        os._exit(code)


def supervise(processes: int, settings: Settings | None = None) -> int:
    """Run ``processes`` worker processes (started again when one ends) and the reconciler.

    The supervisor loads the engine once and forks the worker processes from it, so they share its
    memory (copy on write) instead of each loading its own. It stays one thread, with the
    reconciler's passes in its own loop, so that a fork can never copy a lock another thread holds."""
    from logostudio.pipeline import reconciler

    settings = settings or get_settings()
    _limit_malloc_arenas()
    env = {}
    if not settings.render_threads:  # the cores are shared out: each process renders on its part
        env["RENDER_THREADS"] = str(max(1, (os.cpu_count() or 1) // processes))
    _warm_engine(settings)
    stopping = StopFlag()
    children: dict[int, int] = {}  # slot -> pid
    started_at: dict[int, float] = {}

    def start(slot: int) -> None:
        pid = _fork_worker(env)
        children[slot] = pid
        started_at[slot] = time.monotonic()
        log.info("started worker process %d of %d (pid %d)", slot + 1, processes, pid)

    def stop(signum: int, frame: FrameType | None) -> None:
        stopping.ask()
        for pid in children.values():
            with contextlib.suppress(Exception):
                os.kill(pid, signal.SIGTERM)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    for slot in range(processes):
        start(slot)
    passes = reconciler.Passes(settings)
    log.info("reconciler: a pass every %.1f s, in this process", passes.interval)
    while not stopping.wait(min(1.0, passes.due_in())):
        passes.run_if_due()
        for slot, pid in list(children.items()):
            ended, status = os.waitpid(pid, os.WNOHANG)
            if not ended:
                continue
            code = os.waitstatus_to_exitcode(status)
            (log.info if code == 0 else log.warning)(
                "worker process %d (pid %d) ended with exit code %s; starting it again", slot + 1, pid, code
            )
            if time.monotonic() - started_at[slot] < 10:
                stopping.wait(5)  # it died at once: do not spin
            if not stopping.is_set():
                start(slot)
    deadline = time.monotonic() + 60
    for pid in children.values():
        with contextlib.suppress(ChildProcessError):  # reaped already
            while not os.waitpid(pid, os.WNOHANG)[0]:
                if time.monotonic() > deadline:
                    os.kill(pid, signal.SIGKILL)
                    os.waitpid(pid, 0)
                    break
                time.sleep(0.1)
    log.info("all worker processes stopped")
    return 0


def process_count(requested: int | None, settings: Settings) -> int:
    """``--processes`` or WORKER_PROCESSES; 0 means one per CPU core."""
    n = settings.worker_processes if requested is None else requested
    return n if n > 0 else (os.cpu_count() or 1)


__all__ = ["LogoWorker", "process_count", "serve", "supervise"]
