"""The CSV row: ``beziehung export history --all --format csv`` against Python's sqlite3 and
csv writing the same notes, each in a fresh process so that neither profits from the other."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from .common import Row, beziehung, interleaved, median, p95, run_python

FLOOR = """
import csv, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
with open(sys.argv[2], "w", newline="", encoding="utf-8") as out:
    w = csv.writer(out)
    w.writerow(("contact", "occurred_at", "channel", "subject", "body", "outcome", "next_step"))
    w.writerows(db.execute(
        "SELECT c.display_name, n.occurred_at, n.channel, n.subject, n.body, n.outcome, "
        "n.next_step FROM notes n JOIN contacts c ON c.id = n.contact_id "
        "ORDER BY c.sort_name, c.id, n.occurred_at"))
"""


def measure(db: Path, repeat: int = 3) -> list[Row]:
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "notes.csv"

        def app() -> float:
            started = time.perf_counter()
            beziehung(
                "--db", str(db), "export", "history", "--all", "--format", "csv", "-o", str(out)
            )
            return (time.perf_counter() - started) * 1000

        def floor() -> float:
            started = time.perf_counter()
            run_python(FLOOR, str(db), str(out))
            return (time.perf_counter() - started) * 1000

        ours, theirs = interleaved(app, floor, repeat)
    return [Row("csv export of all notes", "ms", median(ours), p95(ours), median(theirs), 1.2)]
