"""Start → Today's agenda painted, against two references, interleaved.

    .venv/bin/python benchmarks/startup.py --db COPY_OF_BIG.db --runs 7

Each run starts a fresh process; the window prints when the first agenda is painted
(``BEZIEHUNG_STARTUP_PROBE``), the references when their window is first painted:

- the bare window: PySide6 alone, the reference the issue's targets are set against;
- the floor of the fixed choices: PySide6 plus SQLAlchemy's ORM and SQLite dialect (which the
  project keeps), opening the same database with SQLAlchemy Core and reading one row. What
  the application takes beyond it is its own; what lies below it no change here can remove.

Folders and settings live in a temporary home, so no run sees another's state. Never point
--db at a database you care about: the window may write to it (a backup, reminders).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from record import record  # this folder is the script's own path

BARE = """
import os, sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow(); w.resize(1280, 800); w.show(); w.repaint()
rss = next(int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmRSS:'))
print(f'painted {time.time():.6f} rss_kib {rss}', flush=True)
os._exit(0)
"""

FIXED_CHOICES = """
import os, sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
import sqlalchemy.orm
import sqlalchemy.dialects.sqlite
from sqlalchemy import create_engine, text
engine = create_engine('sqlite:///' + sys.argv[1])
with engine.connect() as conn:
    conn.execute(text('SELECT id, display_name FROM contacts ORDER BY id LIMIT 1')).one()
app = QApplication(sys.argv)
w = QMainWindow(); w.resize(1280, 800); w.show(); w.repaint()
rss = next(int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmRSS:'))
print(f'painted {time.time():.6f} rss_kib {rss}', flush=True)
os._exit(0)
"""
FLOOR_NAME = "floor of the fixed choices"


def _run(command: list[str], env: dict[str, str]) -> tuple[float, int]:
    started = time.time()
    out = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120).stdout
    line = next(part for part in out.splitlines() if part.startswith("painted "))
    _, at, _, rss = line.split()
    return float(at) - started, int(rss)


def _summary(label: str, values: list[float], unit: str) -> str:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"{label:<11} median {statistics.median(values):8.3f} {unit}  p95 {p95:8.3f} {unit}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    platforms = ["offscreen"] + (["xcb"] if os.environ.get("DISPLAY") else [])
    beziehung = [sys.executable, "-m", "beziehung", "--db", args.db]
    bare = [sys.executable, "-c", BARE]
    fixed = [sys.executable, "-c", FIXED_CHOICES, args.db]
    for platform in platforms:
        times: dict[str, list[float]] = {"bare": [], "fixed": [], "beziehung": []}
        memory: dict[str, list[float]] = {"bare": [], "fixed": [], "beziehung": []}
        for _ in range(args.runs):
            with tempfile.TemporaryDirectory() as home:
                env = dict(os.environ, QT_QPA_PLATFORM=platform, BEZIEHUNG_HOME=home)
                env.update(XDG_CONFIG_HOME=str(Path(home) / "config"), BEZIEHUNG_STARTUP_PROBE="1")
                for name, command in (("bare", bare), ("fixed", fixed), ("beziehung", beziehung)):
                    seconds, rss = _run(command, env)
                    times[name].append(seconds)
                    memory[name].append(rss / 1024)
        print(f"platform {platform}, {args.runs} runs, load {Path('/proc/loadavg').read_text()}")
        for name in times:
            print(
                _summary("floor" if name == "fixed" else name, times[name], "s"),
                f"  RSS median {statistics.median(memory[name]):.0f} MiB",
            )
        record(
            f"start → Today painted ({platform})",
            "ms",
            [t * 1000 for t in times["beziehung"]],
            [t * 1000 for t in times["bare"]],
        )
        record(f"rss at start ({platform})", "MB", memory["beziehung"], memory["bare"])
        # Its own rows, against the bare window too: how much of the target the fixed choices
        # leave, before the application adds anything.
        record(
            f"start: {FLOOR_NAME} ({platform})",
            "ms",
            [t * 1000 for t in times["fixed"]],
            [t * 1000 for t in times["bare"]],
        )
        record(f"rss: {FLOOR_NAME} ({platform})", "MB", memory["fixed"], memory["bare"])
        for what, values, target in (("start", times, 4), ("RSS", memory, 2.5)):
            ours = statistics.median(values["beziehung"])
            bare_ratio = ours / statistics.median(values["bare"])
            fixed_ratio = ours / statistics.median(values["fixed"])
            floor_ratio = statistics.median(values["fixed"]) / statistics.median(values["bare"])
            print(
                f"{what:<5} beziehung {bare_ratio:.1f} × the bare window (target ≤ {target}), "
                f"{fixed_ratio:.1f} × the {FLOOR_NAME} (itself {floor_ratio:.1f} × bare)"
            )


if __name__ == "__main__":
    main()
