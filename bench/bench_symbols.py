"""Long-tail symbol benchmark: do the logos of unusual business types carry relevant symbols?

Run: .venv/bin/python bench/bench_symbols.py [LIST.json] [--seeds N] [--name NAME] [-v]

LIST defaults to bench/data/longtail-heldout.json (written before the matcher and never tuned on);
bench/data/longtail-dev.json is the list used for tuning. Each type is designed with the real engine,
``design_variants(Brief(type, name), 6, seed)``, and three figures are printed:

(a) % of types with at least one relevant symbol among the six variants,
(b) % of types whose first variant shows a relevant symbol,
(c) % of variants without a symbol, counting only layouts that carry one (not monogram or wordmark).

A symbol is relevant when one of the type's terms occurs in it as whole dash-separated words
("-term-" in "-slug-"). With several seeds, (a) and (b) count each (type, seed) pair.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from logostudio.design import Brief, design_variants  # noqa: E402
from logostudio.design.layouts import SYMBOL_LAYOUTS  # noqa: E402


def relevant(slug: str | None, terms: list[str]) -> bool:
    return slug is not None and any(f"-{t}-" in f"-{slug}-" for t in terms)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("list", nargs="?", type=Path, default=ROOT / "bench" / "data" / "longtail-heldout.json")
    parser.add_argument("--seeds", type=int, default=1, help="seeds per type (1, 2, ...)")
    parser.add_argument("--name", default=None, help="business name for every brief (default: none)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list the types that miss")
    args = parser.parse_args()
    types = json.loads(args.list.read_text(encoding="utf-8"))["types"]
    any_hit = first_hit = pairs = 0
    symbol_slots = empty_slots = 0
    misses: list[str] = []
    start = time.perf_counter()
    for row in types:
        for seed in range(1, args.seeds + 1):
            designs = design_variants(Brief(row["type"], args.name), 6, seed)
            icons = [d.icon for d in designs]
            hits = [relevant(i, row["relevant"]) for i in icons]
            pairs += 1
            any_hit += any(hits)
            first_hit += hits[0]
            for d in designs:
                if d.layout in SYMBOL_LAYOUTS:
                    symbol_slots += 1
                    empty_slots += d.icon is None
            if args.verbose and not (hits[0] and any(hits)):
                flag = "none" if not any(hits) else "first"
                misses.append(f"  [{flag:5s}] {row['type']!r} seed {seed}: {icons}")
    elapsed = time.perf_counter() - start
    print(
        f"list: {args.list.relative_to(ROOT) if args.list.is_relative_to(ROOT) else args.list} "
        f"({len(types)} types x {args.seeds} seed(s), name={args.name!r})"
    )
    print(f"(a) relevant symbol among six variants: {100 * any_hit / pairs:5.1f} %")
    print(f"(b) relevant symbol on the first variant: {100 * first_hit / pairs:5.1f} %")
    print(
        f"(c) symbol layouts drawn without a symbol: {100 * empty_slots / max(1, symbol_slots):5.1f} % "
        f"({empty_slots} of {symbol_slots})"
    )
    print(f"time: {elapsed:.1f} s ({1000 * elapsed / pairs:.0f} ms per job, first calls included)")
    if misses:
        print("misses:")
        print("\n".join(misses))


if __name__ == "__main__":
    main()
