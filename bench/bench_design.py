"""Design-engine benchmark: ms per job (6 variants, SVG only) over the sample briefs.

Run: .venv/bin/python bench/bench_design.py [--seeds N]
Prints median and p95 per job after a warm-up pass, and the mean SVG size.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from logostudio.briefs import parse_brief  # noqa: E402
from logostudio.design import design_variants  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--briefs", type=Path, default=ROOT / "tests" / "data" / "sample-briefs.json")
    parser.add_argument("--seeds", type=int, default=5, help="timed seeds per brief (each a fresh job)")
    args = parser.parse_args()
    briefs = [parse_brief(b).design_brief() for b in json.loads(args.briefs.read_text())]
    for brief in briefs:  # warm-up: fonts, icons, glyph outlines
        design_variants(brief, 6, 0)
    times: list[float] = []
    sizes: list[int] = []
    for seed in range(1, args.seeds + 1):
        for brief in briefs:
            start = time.perf_counter()
            designs = design_variants(brief, 6, seed)
            times.append((time.perf_counter() - start) * 1000)
            sizes += [len(d.svg.encode()) for d in designs]
    times.sort()
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    print(f"jobs: {len(times)} ({len(briefs)} briefs x {args.seeds} seeds, 6 variants each, after warm-up)")
    print(f"median: {statistics.median(times):.1f} ms/job   p95: {p95:.1f} ms/job   max: {times[-1]:.1f} ms/job")
    print(f"mean SVG size: {statistics.mean(sizes) / 1024:.1f} KB   max: {max(sizes) / 1024:.1f} KB")


if __name__ == "__main__":
    main()
