"""The CSV row: ``beziehung export history --all --format csv`` against Python's sqlite3 and
csv writing the same rows and columns, each in a fresh process so that neither profits from the
other; both files are compared by their number of lines and fields."""

from __future__ import annotations

import csv
import tempfile
import time
from pathlib import Path

from .common import Row, beziehung, interleaved, median, p95, run_python

# The same rows and columns as the export, oldest first per contact in name order, with each
# contact's letter line appended; the stored time is written as stored (the export converts
# it to ISO 8601), so the floor does a little less than the export, never more.
FLOOR = r"""
import csv, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
letters = {
    cid: (" ".join(p for p in (salutation, title, family) if p),)
    for cid, salutation, title, family in db.execute(
        "SELECT id, salutation, title, family_name FROM contacts WHERE restricted = 0")
}
with open(sys.argv[2], "w", newline="", encoding="utf-8") as out:
    out.write("\ufeff")
    w = csv.writer(out, delimiter=";", lineterminator="\r\n")
    w.writerow(("contact_id", "contact_name", "note_id", "occurred_at", "channel", "direction",
                "duration_minutes", "subject", "body", "outcome", "next_step",
                "letter_salutation"))
    rows = db.execute(
        "SELECT n.contact_id, c.display_name, n.id, n.occurred_at, n.channel, n.direction, "
        "n.duration_minutes, n.subject, n.body, n.outcome, n.next_step "
        "FROM notes n JOIN contacts c ON c.id = n.contact_id WHERE c.restricted = 0 "
        "ORDER BY c.sort_name, c.id, n.occurred_at, n.id")
    while batch := rows.fetchmany(5000):
        w.writerows([row + letters[row[0]] for row in batch])
"""


def _shape(path: Path) -> tuple[int, int]:
    """Rows and fields of a CSV file, so that the floor is seen to write what the export does."""
    rows = fields = 0
    with path.open(encoding="utf-8-sig", newline="") as stream:
        for row in csv.reader(stream, delimiter=";"):
            rows += 1
            fields += len(row)
    return rows, fields


def measure(db: Path, repeat: int = 3) -> list[Row]:
    with tempfile.TemporaryDirectory() as scratch:
        ours_file, floor_file = Path(scratch) / "export.csv", Path(scratch) / "floor.csv"

        def app() -> float:
            started = time.perf_counter()
            beziehung(
                "--db", str(db), "export", "history", "--all", "--format", "csv",
                "-o", str(ours_file),
            )  # fmt: skip
            return (time.perf_counter() - started) * 1000

        def floor() -> float:
            started = time.perf_counter()
            run_python(FLOOR, str(db), str(floor_file))
            return (time.perf_counter() - started) * 1000

        ours, theirs = interleaved(app, floor, repeat)
        if _shape(ours_file) != _shape(floor_file):
            raise RuntimeError("the CSV floor did not write the rows and fields the export did")
    return [Row("csv export of all notes", "ms", median(ours), p95(ours), median(theirs), 1.2)]
