"""The contact list at scale: deepest page, scrolling page by page, each sort; prints figures.

    QT_QPA_PLATFORM=offscreen python benchmarks/list_scroll.py --db COPY_OF_BIG.db [--pages 60]

Each figure is measured interleaved with its floor, raw sqlite3 on the same file: a keyset page
``WHERE (sort_name, id) > (?, ?)`` and an indexed sort's first page. The scroll walks the
contact list's table offscreen page by page from the top (``--pages`` pages, then jumps to the
end and walks back), timing each scroll step until the rows are painted.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from record import record  # this folder is the script's own path

from beziehung.clock import SystemClock
from beziehung.core.migrate import open_database
from beziehung.core.services import Services
from beziehung.core.services.listing import ContactFilter
from beziehung.ui.changes import ChangeHub
from beziehung.ui.models.contacts import COLUMN_SORT_KEYS
from beziehung.ui.views.contact_list import ContactList

FLOOR_PAGE = (
    "SELECT id, display_name, sort_name FROM contacts WHERE NOT restricted"
    " AND (sort_name, id) > (?, ?) ORDER BY sort_name, id LIMIT 256"
)
FLOOR_SORT = (
    "SELECT id, display_name, sort_name FROM contacts WHERE NOT restricted"
    " ORDER BY sort_name, id LIMIT 256"
)


def rss_mb() -> float:
    with open("/proc/self/status") as status:
        line = next(line for line in status if line.startswith("VmRSS:"))
    return int(line.split()[1]) / 1024


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def report(name: str, ours: list[float], floor: list[float]) -> None:
    record(name, "ms", ours, floor)

    def p95(values: list[float]) -> float:
        return sorted(values)[max(0, round(len(values) * 0.95) - 1)]

    print(
        f"{name:<28} median {statistics.median(ours):8.2f} ms  p95 {p95(ours):8.2f} ms  max"
        f" {max(ours):8.2f} ms   floor median {statistics.median(floor):6.2f} ms"
        f"  p95 {p95(floor):6.2f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--pages", type=int, default=60)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    clock = SystemClock()
    engine = open_database(f"sqlite:///{args.db}", clock.now)
    services = Services.build(engine, clock)
    raw = sqlite3.connect(args.db)
    deepest_key = raw.execute(
        "SELECT sort_name, id FROM contacts WHERE NOT restricted ORDER BY sort_name DESC, id DESC"
        " LIMIT 1 OFFSET 256"
    ).fetchone()
    with open("/proc/loadavg") as load:
        print("load average:", load.read().strip())

    listing = services.listing
    total = listing.count(ContactFilter())
    ours: list[float] = []
    floor: list[float] = []
    for _ in range(args.repeat):
        ours.append(timed(lambda: listing.page(ContactFilter(), from_end=True, limit=256)))
        floor.append(timed(lambda: raw.execute(FLOOR_PAGE, deepest_key).fetchall()))
    report("deepest page (keyset)", ours, floor)
    ours, floor = [], []
    for _ in range(max(1, args.repeat // 3)):
        ours.append(timed(lambda: listing.rows(ContactFilter(), offset=total - 256, limit=256)))
        floor.append(timed(lambda: raw.execute(FLOOR_PAGE, deepest_key).fetchall()))
    report("deepest page (offset, before)", ours, floor)

    shown = ContactList(services, ChangeHub(services.context))
    shown.resize(700, 900)
    shown.apply_filter()
    shown.show()
    model, view = shown.model, shown.view
    app.processEvents()
    bar = view.verticalScrollBar()
    rss_before = rss_mb()
    frames: list[float] = []
    floor = []
    key = ("", 0)

    def step(value: int) -> None:
        bar.setValue(value)
        view.viewport().repaint()

    for _ in range(args.pages):
        frames.append(timed(lambda: step(bar.value() + bar.pageStep())))
        floor.append(timed(lambda: raw.execute(FLOOR_PAGE, key).fetchall()))
        for _ in range(10):
            frames.append(timed(lambda: step(bar.value() + bar.pageStep())))
    frames.append(timed(lambda: step(bar.maximum())))
    for _ in range(args.pages * 4):
        frames.append(timed(lambda: step(bar.value() - bar.pageStep())))
        floor.append(timed(lambda: raw.execute(FLOOR_PAGE, deepest_key).fetchall()))
    frames.append(timed(lambda: step(bar.maximum() // 2)))
    report("scroll frame (page steps)", frames, floor)
    print(
        f"rows held after the scroll: {model.held_rows} of {total:,};"
        f" RSS {rss_before:.0f} MB before, {rss_mb():.0f} MB after"
    )
    print(f"jump to the middle: {frames[-1]:.1f} ms")

    # Each sort follows another one, so every step is a real re-sort; "offset" is the first
    # page as the list read it before keyset paging (LIMIT 256 on the full ORDER BY).
    orders = [(c, o) for c in range(len(COLUMN_SORT_KEYS)) for o in (0, 1)]
    painted: dict[tuple[int, int], list[float]] = {o: [] for o in orders}
    offset: dict[tuple[int, int], list[float]] = {o: [] for o in orders}
    floors: dict[tuple[int, int], list[float]] = {o: [] for o in orders}
    for _ in range(args.repeat):
        for column, order in orders:
            wanted = ContactFilter(sort=COLUMN_SORT_KEYS[column], descending=order == 1)
            painted[column, order].append(
                timed(
                    lambda c=column, o=order: (
                        view.sortByColumn(c, Qt.SortOrder(o)),
                        view.viewport().repaint(),
                    )
                )
            )
            floors[column, order].append(timed(lambda: raw.execute(FLOOR_SORT).fetchall()))
            offset[column, order].append(timed(lambda w=wanted: listing.rows(w, 0, 256)))
    for column, order in orders:
        name = f"sort {COLUMN_SORT_KEYS[column]}{' desc' if order else ''}"
        report(name, painted[column, order], floors[column, order])
        report("  (offset query, before)", offset[column, order], floors[column, order])
    with open("/proc/loadavg") as load:
        print("load average:", load.read().strip())


if __name__ == "__main__":
    main()
