"""Opening a contact, the CSV export and the PDF history, each against its floor; prints
figures, asserts nothing.

    QT_QPA_PLATFORM=offscreen python benchmarks/timeline_and_exports.py --db PATH \
        [--contact ID] [--runs 15] [--csv-runs 3] [--skip-csv]

PATH is a copy of a large database (never the original: nothing is written, but a copy keeps
other measurements undisturbed). ``--contact`` defaults to the contact with the most notes.
Each measurement alternates with its floor in the same run, so both see the same load:

- open: ``ContactPanel.show_contact`` until the timeline's viewport has painted, against a
  QListView with uniform row heights that shows the same texts;
- csv: the history CSV of every contact, against Python's sqlite3 and csv writing the same
  rows from the same query;
- pdf: the PDF history of the contact, against a bare QTextDocument printing the same HTML.
"""

from __future__ import annotations

import argparse
import csv
import os
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QStringListModel
from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QApplication, QListView
from record import record  # this folder is the script's own path

from beziehung.clock import SystemClock
from beziehung.core.migrate import open_database
from beziehung.core.services import Services
from beziehung.core.services.history import Selection
from beziehung.io.history import document_title, export_history, letterhead, to_html
from beziehung.ui.changes import ChangeHub
from beziehung.ui.views.contact_view import ContactPanel

RAW_QUERY = """
SELECT n.contact_id, c.display_name, n.id, n.occurred_at, n.channel, n.direction,
       n.duration_minutes, n.subject, n.body, n.outcome, n.next_step
FROM notes n JOIN contacts c ON c.id = n.contact_id
ORDER BY c.sort_name, c.id, n.occurred_at, n.id
"""


class PaintWatch(QObject):
    """Notes when a widget has painted."""

    def __init__(self) -> None:
        super().__init__()
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def until_painted(app: QApplication, view: QListView, action: Callable[[], None]) -> float:
    watch = PaintWatch()
    view.viewport().installEventFilter(watch)
    timer = QElapsedTimer()
    timer.start()
    action()
    while not watch.painted:
        app.processEvents()
    elapsed = timer.nsecsElapsed() / 1e6
    view.viewport().removeEventFilter(watch)
    return elapsed


def summary(name: str, values: list[float], floor: list[float], unit: str = "ms") -> None:
    record(name, unit, values, floor)

    def p95(v: list[float]) -> float:
        return sorted(v)[max(0, round(0.95 * len(v)) - 1)]

    ratio = statistics.median(values) / statistics.median(floor)
    print(
        f"{name}: median {statistics.median(values):.1f} {unit}, p95 {p95(values):.1f} {unit}; "
        f"floor median {statistics.median(floor):.1f} {unit}, p95 {p95(floor):.1f} {unit}; "
        f"ratio {ratio:.2f}"
    )


def bench_open(app: QApplication, services: Services, contact_id: int, runs: int) -> None:
    changes = ChangeHub(services.context)
    panel = ContactPanel(services, changes)
    panel.resize(900, 800)
    panel.show()
    other = QListView()
    other.resize(900, 500)
    other.setWordWrap(True)
    other.setUniformItemSizes(True)
    other.show()
    app.processEvents()
    mine: list[float] = []
    floor: list[float] = []
    for _ in range(runs):
        panel.clear()
        app.processEvents()
        mine.append(until_painted(app, panel.timeline, lambda: panel.show_contact(contact_id)))
        model = panel.timeline_model
        texts = [model.entry(r).text for r in range(model.rowCount())]  # type: ignore[union-attr]
        other.setModel(None)
        app.processEvents()
        floor.append(until_painted(app, other, lambda t=texts: other.setModel(QStringListModel(t))))
    summary(f"open contact {contact_id} → painted", mine, floor)
    panel.close()
    other.close()


def raw_csv(db: Path, out: Path) -> None:
    conn = sqlite3.connect(db)
    with out.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream, delimiter=";", lineterminator="\r\n")
        cursor = conn.execute(RAW_QUERY)
        while rows := cursor.fetchmany(5000):
            writer.writerows(rows)
    conn.close()


def bench_csv(services: Services, db: Path, runs: int, folder: Path) -> None:
    mine: list[float] = []
    floor: list[float] = []
    for _ in range(runs):
        started = time.perf_counter()
        export_history(services, Selection(everyone=True), "csv", folder / "mine.csv")
        mine.append(time.perf_counter() - started)
        started = time.perf_counter()
        raw_csv(db, folder / "raw.csv")
        floor.append(time.perf_counter() - started)
    summary("csv of all notes", mine, floor, "s")


def bench_pdf(services: Services, contact_id: int, runs: int, folder: Path) -> None:
    from beziehung.core.services.history import chronological
    from beziehung.io.history import write_history_pdf

    details = [chronological(services.contacts.get(contact_id))]
    html = to_html(
        details, services.context.tz, title=document_title(details), head=letterhead(services)
    )
    mine: list[float] = []
    floor: list[float] = []
    for _ in range(runs):
        started = time.perf_counter()
        write_history_pdf(services, details, folder / "mine.pdf")
        mine.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        writer = QPdfWriter(str(folder / "bare.pdf"))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        document = QTextDocument()
        document.setHtml(html)
        document.print_(writer)
        del writer
        floor.append((time.perf_counter() - started) * 1000)
    summary(f"pdf of {len(details[0].notes)} notes", mine, floor)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--contact", type=int)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--csv-runs", type=int, default=3)
    parser.add_argument("--skip-csv", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication([])
    clock = SystemClock()
    engine = open_database(f"sqlite:///{args.db}", clock.now)
    services = Services.build(engine, clock)
    contact_id = args.contact
    if contact_id is None:
        with sqlite3.connect(args.db) as conn:
            contact_id = conn.execute(
                "SELECT contact_id FROM notes GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"
            ).fetchone()[0]
    print("load average:", Path("/proc/loadavg").read_text().strip())
    bench_open(app, services, contact_id, args.runs)
    with tempfile.TemporaryDirectory() as folder:
        bench_pdf(services, contact_id, max(3, args.runs // 3), Path(folder))
        if not args.skip_csv:
            bench_csv(services, args.db, args.csv_runs, Path(folder))
    print("load average:", Path("/proc/loadavg").read_text().strip())
    engine.dispose()


if __name__ == "__main__":
    main()
