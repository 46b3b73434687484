"""What every row family shares: timing, interleaving, the cached database, the result row."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Row:
    name: str
    unit: str  # "ms", "MB" or "%"
    median: float
    p95: float
    reference: float  # the floor's median, in the same unit
    target: float  # the largest ratio, or the bound on ``judge`` in the row's unit
    # What the target bounds: "ratio" (median / reference), or the row's own "p95" or "median"
    # (a latency or an idle load the issue bounds absolutely; the floor is still reported).
    judge: str = "ratio"

    def as_json(self) -> dict[str, object]:
        ratio = self.median / self.reference if self.reference else None
        judged = {"ratio": ratio, "p95": self.p95, "median": self.median}[self.judge]
        data = asdict(self)
        del data["judge"]
        data["ratio"] = None if ratio is None else round(ratio, 3)
        data["median"] = round(self.median, 3)
        data["p95"] = round(self.p95, 3)
        data["reference"] = round(self.reference, 3)
        data["within_target"] = judged is not None and judged <= self.target
        return data


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def median(values: list[float]) -> float:
    return statistics.median(values)


def timed_ms(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def interleaved(
    app: Callable[[], float], floor: Callable[[], float], repeat: int
) -> tuple[list[float], list[float]]:
    """Both measured in turns, so that other work on the machine weighs on both alike."""
    ours: list[float] = []
    theirs: list[float] = []
    for i in range(repeat):
        first, second = (app, floor) if i % 2 == 0 else (floor, app)
        a = first()
        b = second()
        ours.append(a if first is app else b)
        theirs.append(b if first is app else a)
    return ours, theirs


def ratio_row(
    name: str, ours: list[float], floor: list[float], target: float, unit: str = "ms"
) -> Row:
    return Row(name, unit, median(ours), p95(ours), median(floor), target)


def bound_row(
    name: str, ours: list[float], floor: list[float], bound: float, judge: str = "p95"
) -> Row:
    """A row the issue bounds absolutely (p95 ≤ 50 ms), reported next to its floor."""
    return Row(name, "ms", median(ours), p95(ours), median(floor) if floor else 0.0, bound, judge)


def env(**extra: str) -> dict[str, str]:
    merged = dict(os.environ)
    merged.setdefault("QT_QPA_PLATFORM", "offscreen")
    merged.update(extra)
    return merged


def run_python(code: str, *args: str, timeout: float = 600) -> str:
    """Runs ``code`` in a fresh interpreter (for start-up and memory); returns its stdout."""
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=env(),
        timeout=timeout,
        check=True,
    )
    return done.stdout


def beziehung(*args: str, timeout: float = 3600) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "beziehung", *args],
        capture_output=True,
        text=True,
        env=env(),
        timeout=timeout,
        check=True,
    )
