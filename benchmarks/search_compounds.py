"""Search as a German types: index size, index build time and latency per typed query.

    .venv/bin/beziehung --db /tmp/big.db demo --contacts 100000 --notes 1000000
    .venv/bin/python benchmarks/search_compounds.py --db /tmp/big.db

Works on a copy of --db (the original is left as it is): opening the copy upgrades it and
rebuilds the index when it was made by older code. Sizes are the pages each table holds
(``dbstat``), so free pages left by the upgrade do not count. Prints figures, asserts nothing.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from beziehung.clock import SystemClock
from beziehung.core import search
from beziehung.core.migrate import open_database
from beziehung.core.services import Services

QUERIES = (
    "M",  # one letter: prefix index
    "w",
    "wir",  # three letters: prefix index
    "üb",  # folds to ueb / ub
    "und",  # stop word
    "mueller",  # many contacts and notes
    "Straßmann",  # sharp s
    "Mül",  # prefix, as typed
    "jahresabschluss",  # whole word, and a compound part ("abschluss")
    "vertrag",  # only inside compounds: Arbeitsvertrag, Gesellschaftsvertrag, Mietvertrags
    "nachfolge",  # Nachfolgeregelung (prefix) and parts
    "yildiz",  # Turkish folding, no such name in the demo
    "yilmaz",  # Turkish folding: Yılmaz
    "jürgen müller",  # two words
    "xylophon",  # no match
)


def index_sizes(path: Path) -> tuple[int, int]:
    """(bytes of the search index, bytes of everything else)."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        index = other = 0
        for name, size in db.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name"):
            if search.is_table_of_index(name):
                index += size
            else:
                other += size
        return index, other
    finally:
        db.close()


def describe(label: str, path: Path) -> None:
    index, other = index_sizes(path)
    print(
        f"{label}: without search index {other / 1e6:.0f} MB, index {index / 1e6:.0f} MB, "
        f"with index {(other + index) / 1e6:.0f} MB = {(other + index) / other:.2f}x"
    )


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--repeat", type=int, default=40)
    parser.add_argument("--keep", action="store_true", help="keep the upgraded copy")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(dir=args.db.parent))
    path = work / "bench.db"
    source = sqlite3.connect(args.db)
    target = sqlite3.connect(path)
    source.backup(target)
    source.close()
    target.close()
    describe("as given", path)

    clock = SystemClock()
    started = time.perf_counter()
    engine = open_database(f"sqlite:///{path}", clock.now)
    print(f"open (upgrade, backup, index rebuild if needed): {time.perf_counter() - started:.1f} s")
    with engine.begin() as conn:
        started = time.perf_counter()
        search.rebuild(conn)
        print(f"index build (search.rebuild): {time.perf_counter() - started:.1f} s")
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    describe("current", path)

    services = Services.build(engine, clock)
    timings: dict[str, list[float]] = {q: [] for q in QUERIES}
    counts = {q: len(services.search.search(q)) for q in QUERIES}  # warm the cache
    # Round robin, so that no query profits from having the pages of the one before.
    for _ in range(args.repeat):
        for query in QUERIES:
            started = time.perf_counter()
            services.search.search(query)
            timings[query].append((time.perf_counter() - started) * 1000)
    print(f"{'query':<16} {'hits':>5} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}  first words")
    for query in QUERIES:
        values = timings[query]
        first = services.search.search(query, limit=3)
        sample = "; ".join(", ".join(h.matched_words[:3]) for h in first)
        print(
            f"{query:<16} {counts[query]:>5} {statistics.median(values):>8.2f} "
            f"{percentile(values, 0.95):>8.2f} {max(values):>8.2f}  {sample[:60]}"
        )
    engine.dispose()
    if args.keep:
        print(f"kept: {path}")
    else:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
