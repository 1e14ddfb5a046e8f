"""Workers near the render limit, in one run on real PostgreSQL, Redis and an S3 endpoint.

    .venv/bin/python bench/bench_faults_and_speed.py                      # everything, ~6 min on 2 cores
    .venv/bin/python bench/bench_faults_and_speed.py --jobs 40 --burst 200  # a quicker look

Prints, each with its ratio and the target:
  the in-process limit (design + 6 SVG + 6 PNG per job, one process, no I/O);
  one `python worker.py` process's throughput, rendering on one core as the limit does, as a
  ratio to that limit (target >= 0.85), and the same by CPU time (robust on a busy machine);
  all cores (`--processes` = cores) as a ratio to one process (target >= 1.7);
  idle submit -> done latency p50 and p95 of a default `python worker.py` (which renders on every
  core) as a ratio to the in-process time of the same jobs (target p50 <= 1.3);
  each worker process's RSS (target <= 150 MB);
  a 1,000-job burst on all cores: done, variant rows, objects, duplicates, lost
  (target 1000 / 6000 / 12000 / 0 / 0).

PostgreSQL, Redis and moto S3 are started here (throwaway, the test suite's helpers) unless
DATABASE_URL / REDIS_URL / S3_ENDPOINT_URL are set. On a shared machine the figures are noisy:
the load average is printed with them.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from logostudio import studio  # noqa: E402
from logostudio.artwork.raster import svg_to_png  # noqa: E402
from logostudio.briefs import parse_brief  # noqa: E402
from logostudio.config import Settings  # noqa: E402
from logostudio.design import design_variants  # noqa: E402
from logostudio.storage import repository  # noqa: E402
from logostudio.storage.objects import get_storage  # noqa: E402

BRIEFS: list[dict[str, Any]] = json.loads((ROOT / "tests" / "data" / "sample-briefs.json").read_text())


def job_brief(i: int) -> dict[str, Any]:
    """Job i of every phase: the sample briefs in turn, seed i, six variants."""
    return {**BRIEFS[i % len(BRIEFS)], "seed": i, "variants": 6}


def in_process(jobs: range, png_size: int, cpu: list[float] | None = None) -> dict[int, float]:
    """Seconds each job takes designed and rasterised in this process, nothing else (and the CPU
    seconds of them all, added to ``cpu``)."""
    times = {}
    cpu_start = time.process_time()
    for i in jobs:
        brief = parse_brief(job_brief(i)).design_brief()
        start = time.perf_counter()
        for design in design_variants(brief, 6, i):
            svg_to_png(design.svg, png_size)
        times[i] = time.perf_counter() - start
    if cpu is not None:
        cpu.append(time.process_time() - cpu_start)
    return times


class Workers:
    """`python worker.py --processes N` for one phase."""

    def __init__(self, env: dict[str, str], settings: Settings, processes: int) -> None:
        from tests import services

        self.proc = services.Process(
            [sys.executable, "worker.py", "--processes", str(processes)], env={**os.environ, **env}, log_name="bench"
        )
        self.settings = settings
        deadline = time.monotonic() + 120
        while (service_health_workers(settings) or 0) < processes:
            if time.monotonic() > deadline:
                raise SystemExit(f"workers did not start:\n{self.proc.output()}")
            time.sleep(0.2)

    def children(self) -> list[int]:
        path = Path(f"/proc/{self.proc.proc.pid}/task/{self.proc.proc.pid}/children")
        return [int(p) for p in path.read_text().split()] if path.exists() else []

    def memory(self) -> list[tuple[str, int, int, int]]:
        """(process, RSS MB, peak RSS MB, PSS MB) of the supervisor and each worker process (PSS
        counts the pages processes share, libraries mostly, once among them)."""
        rows = []
        for role, pid in [("supervisor", self.proc.proc.pid), *(("worker", pid) for pid in self.children())]:
            status = _fields(f"/proc/{pid}/status")
            pss = _fields(f"/proc/{pid}/smaps_rollup").get("Pss", "0 kB")
            rss, high, shared = (int(v.split()[0]) // 1024 for v in (status["VmRSS"], status["VmHWM"], pss))
            rows.append((role, rss, high, shared))
        return rows

    def cpu_seconds(self) -> float:
        """CPU seconds the worker processes used so far (every thread, and any process they forked
        and reaped, as a forking `rq worker` does per job)."""
        ticks = os.sysconf("SC_CLK_TCK")
        total = 0
        for pid in self.children():
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += sum(int(f) for f in fields[11:15])  # utime, stime, cutime, cstime
        return total / ticks

    def stop(self) -> None:
        self.proc.stop()


def _fields(path: str) -> dict[str, str]:
    return dict(line.split(":", 1) for line in Path(path).read_text().splitlines() if ":" in line)


def service_health_workers(settings: Settings) -> int | None:
    from logostudio.pipeline import health

    return health.check(settings).workers


def done_count(settings: Settings) -> int:
    return repository.count_by_status(settings).get("done", 0)


def burst(settings: Settings, jobs: range, timeout: float) -> tuple[list[str], float]:
    """Submit ``jobs`` at once; the ids and the seconds from the first submit to the last done."""
    before = done_count(settings)
    start = time.perf_counter()
    ids = [studio.submit(job_brief(i), settings) for i in jobs]
    while done_count(settings) < before + len(ids):
        if time.perf_counter() - start > timeout:
            break
        time.sleep(0.05)
    return ids, time.perf_counter() - start


def latencies(settings: Settings, jobs: range) -> dict[int, float]:
    """Submit -> done of each job alone, with an idle worker."""
    out = {}
    for i in jobs:
        start = time.perf_counter()
        job_id = studio.submit(job_brief(i), settings)
        while True:
            job = studio.get_job(job_id, settings)
            if job is not None and job.finished:
                break
            time.sleep(0.005)
        out[i] = time.perf_counter() - start
        time.sleep(0.05)
    return out


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def verdict(ok: bool) -> str:
    return "meets the target" if ok else "MISSES the target"


def tally(settings: Settings, ids: list[str]) -> dict[str, int]:
    """done / rows / objects / duplicates / lost of a burst."""
    done = rows = extra = 0
    for job_id in ids:
        job = studio.get_job(job_id, settings)
        assert job is not None
        done += job.status == "done"
        rows += len(job.variants)
        extra += max(0, len(job.variants) - job.total)
    wanted = set(ids)
    per_job = Counter(key.split("/")[1] for key in get_storage(settings).list("jobs/") if key.split("/")[1] in wanted)
    objects = sum(per_job.values())
    extra += sum(max(0, n - 12) for n in per_job.values())
    return {"done": done, "rows": rows, "objects": objects, "duplicates": extra, "lost": len(ids) - done}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--jobs", type=int, default=120, help="jobs per throughput phase (one process)")
    parser.add_argument("--latency-jobs", type=int, default=30)
    parser.add_argument("--burst", type=int, default=1000)
    parser.add_argument("--processes", type=int, default=os.cpu_count() or 1, help="all cores")
    args = parser.parse_args()
    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]  # each figure as it comes
    png_size = 1024
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} at the start")

    phase_jobs = range(args.jobs)
    in_process(range(len(BRIEFS)), png_size)  # warm-up: fonts, icons, glyph outlines, cairo
    limit_cpu: list[float] = []
    limit_times = in_process(phase_jobs, png_size, limit_cpu)
    limit_rate = 60 * len(limit_times) / sum(limit_times.values())
    print(
        f"in-process limit: {limit_rate:6.0f} jobs/min  "
        f"({statistics.mean(limit_times.values()) * 1000:.0f} ms per job of 6 SVG + 6 PNG at {png_size} px)"
    )

    from tests import services

    with services.production_servers(f"logo.requests.bench-{os.getpid()}") as env:
        settings = Settings.model_validate(env)
        from logostudio.storage.db import migrate

        migrate(settings)
        offset = 100_000  # other seeds than the limit's jobs, so no job id or key repeats

        # One worker process rendering on one core, as the limit does: the per-core figure.
        workers = Workers({**env, "RENDER_THREADS": "1"}, settings, 1)
        try:
            burst(settings, range(offset, offset + 10), 120)  # warm-up
            cpu_before = workers.cpu_seconds()
            ids, took = burst(settings, range(args.jobs), 600)
            worker_cpu = workers.cpu_seconds() - cpu_before
            one_rate = 60 * len(ids) / took
            print(
                f"one worker process (one render thread): {one_rate:6.0f} jobs/min = {one_rate / limit_rate:.2f}x "
                f"the limit (target >= 0.85: {verdict(one_rate / limit_rate >= 0.85)})"
            )
            print(
                f"  by CPU time, which other load does not skew: {worker_cpu / len(ids) * 1000:.0f} ms per job "
                f"in the worker (all its threads) against {limit_cpu[0] / len(limit_times) * 1000:.0f} ms "
                f"in process = {limit_cpu[0] / len(limit_times) / (worker_cpu / len(ids)):.2f}x"
            )
            memory = workers.memory()
        finally:
            workers.stop()

        # One idle `python worker.py` as it starts by default: it renders on every core.
        workers = Workers(env, settings, 1)
        try:
            burst(settings, range(offset + 500, offset + 505), 120)  # warm-up
            lat_jobs = range(args.latency_jobs)
            lat = latencies(settings, range(offset + 1000, offset + 1000 + args.latency_jobs))
            same = in_process(range(offset + 1000, offset + 1000 + args.latency_jobs), png_size)
            p50, p95 = pct(list(lat.values()), 0.5), pct(list(lat.values()), 0.95)
            i50, i95 = pct(list(same.values()), 0.5), pct(list(same.values()), 0.95)
            print(
                f"idle latency ({len(lat_jobs)} jobs): p50 {p50 * 1000:.0f} ms = {p50 / i50:.2f}x in-process "
                f"({i50 * 1000:.0f} ms; target <= 1.3: {verdict(p50 / i50 <= 1.3)}), "
                f"p95 {p95 * 1000:.0f} ms = {p95 / i95:.2f}x ({i95 * 1000:.0f} ms)"
            )
            memory += workers.memory()
        finally:
            workers.stop()

        workers = Workers(env, settings, args.processes)
        try:
            burst(settings, range(offset + 2000, offset + 2000 + 5 * args.processes), 120)  # warm-up
            n = args.jobs * args.processes
            ids, took = burst(settings, range(offset + 3000, offset + 3000 + n), 900)
            all_rate = 60 * len(ids) / took
            print(
                f"{args.processes} worker processes: {all_rate:6.0f} jobs/min = {all_rate / one_rate:.2f}x one "
                f"(target >= 1.7: {verdict(all_rate / one_rate >= 1.7)}); "
                f"{all_rate / limit_rate:.2f}x the one-process limit"
            )
            memory += workers.memory()
            peak = max(p for _, _, p, _ in memory)
            print(
                "memory (MB, RSS / peak RSS / PSS): "
                + ", ".join(f"{role} {now} / {high} / {pss}" for role, now, high, pss in memory)
                + f" (target <= 150 per process: {verdict(peak <= 150)}; highest peak {peak})"
            )
            if args.burst:
                ids, took = burst(settings, range(offset + 10_000, offset + 10_000 + args.burst), 3600)
                counts = tally(settings, ids)
                want = {"done": len(ids), "rows": 6 * len(ids), "objects": 12 * len(ids), "duplicates": 0, "lost": 0}
                print(
                    f"{len(ids)}-job burst on {args.processes} processes in {took:.0f} s "
                    f"({60 * len(ids) / took:.0f} jobs/min): "
                    + " / ".join(str(counts[k]) for k in want)
                    + " (done / rows / objects / duplicates / lost; target "
                    + " / ".join(str(v) for v in want.values())
                    + f": {verdict(counts == want)})"
                )
        finally:
            workers.stop()
    print(f"load average at the end: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
