"""Demo data at scale and search latency on it; prints figures, asserts nothing.

    python benchmarks/search_and_demo.py [--contacts 100000] [--notes 1000000] [--db PATH]

With an existing --db the demo step is skipped, so search can be measured repeatedly.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from beziehung.clock import SystemClock
from beziehung.core import demo
from beziehung.core.migrate import open_database
from beziehung.core.services import Services
from beziehung.core.services.listing import ContactFilter

QUERIES = (
    "mueller",  # many contacts and notes
    "Straßmann",  # sharp s
    "Mül",  # prefix, as typed
    "jahresabschluss",  # common word in notes
    "und",  # stop word
    "betrieb",  # prefix of a common word
    "jürgen müller",  # two words
    "xylophon",  # no match
)


def median_ms(action, repeat: int = 7) -> float:
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--notes", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    path = args.db or Path(tempfile.mkdtemp()) / "bench.db"
    fresh = not path.exists()
    clock = SystemClock()
    engine = open_database(f"sqlite:///{path}", clock.now)
    services = Services.build(engine, clock)
    if fresh:
        started = time.perf_counter()
        result = services.bulk.insert(demo.build(clock.now(), args.contacts, args.notes, seed=1))
        seconds = time.perf_counter() - started
        print(f"demo: {result.contacts:,} contacts, {result.notes:,} notes in {seconds:.1f} s")
        print(f"database: {path} ({path.stat().st_size / 1e6:.0f} MB)")
    print(f"{'query':<20} {'hits':>5} {'median ms':>10}")
    for query in QUERIES:
        hits = services.search.search(query)
        ms = median_ms(lambda q=query: services.search.search(q))
        print(f"{query:<20} {len(hits):>5} {ms:>10.2f}")
    print(f"{'window list':<20} {'rows':>5} {'median ms':>10}")
    for label, wanted in (
        ("all, by name", ContactFilter()),
        ("'mue', by name", ContactFilter(text="mue")),
        ("all, next callback", ContactFilter(sort="next_reminder")),
        ("all, last contact", ContactFilter(sort="last_contact", descending=True)),
        ("stage kunde", ContactFilter(stage="kunde")),
    ):
        rows = services.listing.rows(wanted, 0, 256)
        page_ms = median_ms(lambda w=wanted: services.listing.rows(w, 0, 256))
        count_ms = median_ms(lambda w=wanted: services.listing.count(w))
        print(f"{label:<20} {len(rows):>5} {page_ms:>10.2f}  (count {count_ms:.2f} ms)")
    agenda_ms = median_ms(services.agenda.build, repeat=3)
    print(f"{'Today view data':<20} {'':>5} {agenda_ms:>10.2f}")
    detail_ms = median_ms(lambda: services.contacts.get(1))
    print(f"{'one contact + notes':<20} {'':>5} {detail_ms:>10.2f}")
    due_ms = median_ms(services.reminders.due)
    print(f"{'reminders due':<20} {len(services.reminders.due()):>5} {due_ms:>10.2f}")
    engine.dispose()


if __name__ == "__main__":
    main()
