"""A job near the cost of its render: every figure of the speed goals, in one run, beside its goal.

    .venv/bin/python bench/speed.py                   # ~4 min on 2 cores, the 1,000-job burst included
    .venv/bin/python bench/speed.py --burst 0         # without the burst

The floor is the engine designing a job's six variants and drawing each on a 1024² cairo surface,
nothing else (no PNG written), in this process. Against it: a `python worker.py` process's CPU per
job (the whole process tree, from /proc), and the idle time from submit until all six variants
are recorded. Then the PSS of each worker process of `--processes 2`, the wall time of
`python -m logostudio --help`, the PNG's bytes against cairo's own writer, and a burst counted for
lost and duplicated work. PostgreSQL, Redis and moto S3 are throwaway servers started here (the
test suite's helpers) unless DATABASE_URL / REDIS_URL / S3_ENDPOINT_URL are set. The machine is
shared: the load average is printed with the figures, and ratios are taken within this one run.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import cairosvg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_faults_and_speed import Workers, burst, job_brief, pct, tally  # noqa: E402

from logostudio import studio  # noqa: E402
from logostudio.artwork.raster import render, svg_to_png  # noqa: E402
from logostudio.briefs import parse_brief  # noqa: E402
from logostudio.config import Settings  # noqa: E402
from logostudio.design import design_variants  # noqa: E402

SIZE = 1024


def floor(jobs: range) -> list[float]:
    """Seconds per job: design six variants and draw each on a SIZE² cairo surface, no PNG."""
    times = []
    for i in jobs:
        brief = parse_brief(job_brief(i)).design_brief()
        start = time.perf_counter()
        for design in design_variants(brief, 6, i):
            render(design.svg, SIZE).finish()
        times.append(time.perf_counter() - start)
    return times


def fair_floor(warm: range, jobs: range) -> float:
    """The floor's median for the worker's own jobs, in a fresh process that has seen the same
    briefs before them as the worker (the engine keeps each business type's symbols once ranked)."""
    from logostudio.pipeline import worker

    worker._warm_engine(Settings())  # what a worker process starts with
    floor(warm)
    return statistics.median(floor(jobs))


def floor_in_fresh_process(warm: range, jobs: range) -> float:
    code = f"import speed; print(speed.fair_floor(range({warm.start}, {warm.stop}), range({jobs.start}, {jobs.stop})))"
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT / "bench", capture_output=True, text=True, check=True)
    return float(run.stdout.split()[-1])


def png_sizes(jobs: range) -> tuple[float, float, float, float]:
    """Mean bytes and ms per SIZE² PNG: cairo's own writer (cairosvg.svg2png), and this project's."""
    theirs, ours, their_ms, our_ms = [], [], [], []
    for i in jobs:
        for design in design_variants(parse_brief(job_brief(i)).design_brief(), 6, i):
            start = time.perf_counter()
            theirs.append(len(cairosvg.svg2png(bytestring=design.svg.encode(), output_width=SIZE, output_height=SIZE)))
            their_ms.append(time.perf_counter() - start)
            start = time.perf_counter()
            ours.append(len(svg_to_png(design.svg, SIZE)))
            our_ms.append(time.perf_counter() - start)
    return (
        statistics.mean(theirs),
        statistics.mean(ours),
        statistics.mean(their_ms) * 1000,
        statistics.mean(our_ms) * 1000,
    )


def _tree(pid: int) -> Iterator[tuple[int, list[int]]]:
    """Each process from ``pid`` down, with its children (a process gone meanwhile is left out)."""
    pending = [pid]
    while pending:
        p = pending.pop()
        try:
            children = [int(c) for c in Path(f"/proc/{p}/task/{p}/children").read_text().split()]
        except OSError:
            continue
        yield p, children
        pending += children


def tree_cpu(pid: int) -> float:
    """CPU seconds of a process and every process below it (and any they reaped)."""
    total = 0
    for p, _ in _tree(pid):
        with contextlib.suppress(OSError):
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            total += sum(int(f) for f in fields[11:15])  # utime, stime, cutime, cstime
    return total / os.sysconf("SC_CLK_TCK")


def worker_pss(pid: int) -> list[int]:
    """PSS in MB of each process below the supervisor ``pid`` that runs jobs (the leaves)."""
    out = []
    for p, children in _tree(pid):
        if not children and p != pid:
            rollup = Path(f"/proc/{p}/smaps_rollup").read_text()
            out.append(int(next(line.split()[1] for line in rollup.splitlines() if line.startswith("Pss:"))) // 1024)
    return out


def recorded_latencies(settings: Settings, jobs: range) -> list[float]:
    """Submit -> every variant recorded (its card can be drawn), one job at a time, workers idle."""
    out = []
    for i in jobs:
        start = time.perf_counter()
        job_id = studio.submit(job_brief(i), settings)
        while True:
            job = studio.get_job(job_id, settings)
            if job is not None and (len(job.variants) >= job.total or job.finished):
                break
            time.sleep(0.005)
        out.append(time.perf_counter() - start)
        while not job.finished:  # the next job starts on an idle worker
            time.sleep(0.01)
            job = studio.get_job(job_id, settings)
            assert job is not None
    return out


def help_time(runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "logostudio", "--help"], cwd=ROOT, capture_output=True, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def row(figure: str, value: str, goal: str, ok: bool) -> None:
    print(f"{figure:<46} {value:<34} goal {goal:<14} {'meets it' if ok else 'MISSES it'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--jobs", type=int, default=60, help="jobs for the CPU and floor figures")
    parser.add_argument("--latency-jobs", type=int, default=30)
    parser.add_argument("--burst", type=int, default=1000)
    args = parser.parse_args()
    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]  # each figure as it comes
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} at the start")

    theirs, ours, their_ms, our_ms = png_sizes(range(10))

    from tests import services

    with services.production_servers(f"logo.requests.speed-{os.getpid()}") as env:
        settings = Settings.model_validate(env)
        from logostudio.storage.db import migrate

        migrate(settings)
        offset = 100_000  # other seeds than the floor's jobs, so no job id or key repeats

        warm, measured = range(offset, offset + 10), range(offset + 100, offset + 100 + args.jobs)
        floor_s = floor_in_fresh_process(warm, measured)
        print(f"floor: {floor_s * 1000:.0f} ms per job (design 6 + draw 6 at {SIZE} px, no PNG), in one process")
        workers = Workers(env, settings, 1)
        try:
            burst(settings, warm, 120)  # warm-up
            pid = workers.proc.proc.pid
            before = tree_cpu(pid)
            ids, took = burst(settings, measured, 600)
            cpu = (tree_cpu(pid) - before) / len(ids)
            rate = 60 * len(ids) / took
            lat = recorded_latencies(settings, range(offset + 1000, offset + 1000 + args.latency_jobs))
        finally:
            workers.stop()

        workers = Workers(env, settings, 2)
        try:
            burst(settings, range(offset + 2000, offset + 2010), 120)  # warm-up
            pss = worker_pss(workers.proc.proc.pid)
            if args.burst:
                burst_ids, burst_took = burst(settings, range(offset + 10_000, offset + 10_000 + args.burst), 3600)
                counts = tally(settings, burst_ids)
        finally:
            workers.stop()

    p50 = pct(lat, 0.5)
    help_s = help_time()
    print()
    row(
        "worker CPU per job (process tree, /proc)",
        f"{cpu * 1000:.0f} ms = {cpu / floor_s:.1f}x floor",
        "<= 3x floor",
        cpu <= 3 * floor_s,
    )
    row(
        "idle submit -> six variants recorded, p50",
        f"{p50 * 1000:.0f} ms = {p50 / floor_s:.1f}x floor",
        "<= 4x floor",
        p50 <= 4 * floor_s,
    )
    row("PSS of each worker process (--processes 2)", " / ".join(f"{p} MB" for p in pss), "<= 70 MB", max(pss) <= 70)
    row("python -m logostudio --help, wall", f"{help_s:.2f} s", "<= 0.6 s", help_s <= 0.6)
    row(
        f"PNG bytes at {SIZE} px vs cairo's writer",
        f"{ours / 1000:.1f} KB vs {theirs / 1000:.1f} KB = {ours / theirs:.2f}x",
        "<= 1.3x",
        ours / theirs <= 1.3,
    )
    print(f"{'':<46} (writing one: {our_ms:.1f} ms here, {their_ms:.1f} ms with cairo's writer, render included)")
    print(f"{'':<46} (one worker, {len(ids)} jobs at once: {rate:.0f} jobs/min)")
    if args.burst:
        want = {"done": len(burst_ids), "rows": 6 * len(burst_ids), "objects": 12 * len(burst_ids)}
        want |= {"duplicates": 0, "lost": 0}
        row(
            f"{len(burst_ids)}-job burst, --processes 2 ({60 * len(burst_ids) / burst_took:.0f}/min)",
            f"{counts['lost']} lost / {counts['duplicates']} duplicated",
            "0 / 0",
            counts == want,
        )
    print(f"load average at the end: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
