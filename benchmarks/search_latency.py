"""Search latency at scale: the service call, its raw sqlite3 floor, and the list's read.

    .venv/bin/python benchmarks/search_latency.py /tmp/copy-of-big.db [--repeat 30]

For every query: median and p95 of ``services.search.search(query, limit=50)``; of the same
FTS5 statements through plain sqlite3 (names, then other fields, then the newest notes; the
floor); and of what the contact list reads off the GUI thread after the typing pause (the
first page and the note excerpts). All three run interleaved, round robin over the queries,
so that load on the machine falls on each alike. Opens the database read and write (an old
one is upgraded): give it a copy. Prints figures, asserts nothing.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from record import record  # this folder is the script's own path

from beziehung.clock import SystemClock
from beziehung.core import search
from beziehung.core.migrate import open_database
from beziehung.core.search import note_hits_by_contact
from beziehung.core.services import Services
from beziehung.core.services.listing import ContactFilter

QUERIES = (
    "M",
    "Mü",
    "Müller",
    "mueller",
    "angebot",
    "und",
    "liefer",
    "wir",
    "vertrag",  # only inside compounds
    "xylophon",  # rare: no match
    "jürgen müller",  # two words
)
CONTACTS = (
    "SELECT contacts.id FROM contact_fts JOIN contacts ON contacts.id = contact_fts.rowid "
    "WHERE contact_fts MATCH ? AND contacts.restricted = 0 "
    "ORDER BY contacts.sort_name, contacts.id LIMIT 50"
)
NOTES = "SELECT rowid FROM note_fts WHERE note_fts MATCH ? ORDER BY rowid DESC LIMIT 50"


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def timed(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return (time.perf_counter() - started) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("db", type=Path)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    clock = SystemClock()
    engine = open_database(f"sqlite:///{args.db}", clock.now)
    services = Services.build(engine, clock)
    raw = sqlite3.connect(args.db)
    with engine.connect() as conn:
        matches = {q: search.match_expression(conn, q) or '""' for q in QUERIES}

    def floor(query: str) -> None:
        match = matches[query]
        raw.execute(CONTACTS, (f"name : ({match})",)).fetchall()
        raw.execute(CONTACTS, (match,)).fetchall()
        raw.execute(NOTES, (match,)).fetchall()

    def list_read(query: str) -> None:
        # What the list's search box reads in the background after the pause.
        wanted = ContactFilter(text=query)
        total = services.listing.count(wanted)
        services.listing.page(wanted, limit=min(256, total))
        note_hits_by_contact(services.search.search(query, 300))

    kinds: dict[str, Callable[[str], object]] = {
        "service": lambda q: services.search.search(q, limit=50),
        "floor": floor,
        "list": list_read,
    }
    timings: dict[tuple[str, str], list[float]] = {(k, q): [] for k in kinds for q in QUERIES}
    for query in QUERIES:  # warm the page cache
        for work in kinds.values():
            work(query)
    for _ in range(args.repeat):
        for query in QUERIES:
            for kind, work in kinds.items():
                timings[kind, query].append(timed(lambda: work(query)))  # noqa: B023
    with open("/proc/loadavg") as load:
        print(f"load average: {load.read().strip()}; {args.repeat} rounds")
    print(f"{'query':<16}" + "".join(f"{k + ' p50':>12}{k + ' p95':>12}" for k in kinds))
    for query in QUERIES:
        cells = "".join(
            f"{statistics.median(timings[k, query]):>12.2f}"
            f"{percentile(timings[k, query], 0.95):>12.2f}"
            for k in kinds
        )
        print(f"{query:<16}{cells}")
        record(
            f"keystroke '{query}': list read", "ms", timings["list", query], timings["floor", query]
        )
    raw.close()
    engine.dispose()


if __name__ == "__main__":
    main()
