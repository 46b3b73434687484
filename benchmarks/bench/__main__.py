"""``python -m benchmarks.bench [--contacts N --notes N] [--fresh] [--only FAMILY ...]``"""

from __future__ import annotations

import argparse
import json
import os
import platform
import time
from pathlib import Path

from . import csv_export, demo_load, search, window_rows
from .common import ROOT, Row

FAMILIES = ("search", "csv", "window")


def machine() -> str:
    model = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    load = Path("/proc/loadavg").read_text().split()[:3]
    return f"{os.cpu_count()} cores, {model}, load average {' '.join(load)}"


def table(rows: list[dict[str, object]]) -> str:
    lines = [
        "| row | median | p95 | floor | ratio | target | within |",
        "|---|---:|---:|---:|---:|---:|:-:|",
    ]
    for r in rows:
        ratio = "–" if r["ratio"] is None else f"{r['ratio']:.2f}×"
        lines.append(
            f"| {r['name']} | {r['median']:.1f} {r['unit']} | {r['p95']:.1f} {r['unit']} | "
            f"{r['reference']:.1f} {r['unit']} | {ratio} | {r['target']} | "
            f"{'yes' if r['within_target'] else 'no'} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench")
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--notes", type=int, default=1_000_000)
    parser.add_argument("--fresh", action="store_true", help="rebuild the cached database")
    parser.add_argument("--only", nargs="*", choices=FAMILIES, default=list(FAMILIES))
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results.json")
    args = parser.parse_args()
    started = time.perf_counter()
    db, rows = demo_load.measure(args.contacts, args.notes, args.fresh)
    collected: list[Row] = list(rows)
    if "search" in args.only:
        collected += search.measure(db)
    if "csv" in args.only:
        collected += csv_export.measure(db)
    if "window" in args.only:
        collected += window_rows.measure(db)
    results = [row.as_json() for row in collected]
    args.out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    print(table(results))
    print(f"\n{machine()}; {time.perf_counter() - started:.0f} s in all; {args.out}")


if __name__ == "__main__":
    main()
