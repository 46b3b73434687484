"""Figures a benchmark script hands to ``make bench``: when ``BENCH_RECORD`` names a file,
each call appends one measurement (its values and its floor's) as a JSON line."""

from __future__ import annotations

import json
import os


def record(name: str, unit: str, ours: list[float], floor: list[float]) -> None:
    target = os.environ.get("BENCH_RECORD")
    if not target:
        return
    with open(target, "a", encoding="utf-8") as out:
        out.write(json.dumps({"name": name, "unit": unit, "ours": ours, "floor": floor}) + "\n")
