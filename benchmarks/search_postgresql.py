"""Search latency on PostgreSQL: ``services.search.search`` per typed query, p50 and p95.

    .venv/bin/beziehung --db URL demo --contacts 100000 --notes 1000000
    .venv/bin/python benchmarks/search_postgresql.py --db URL [--repeat 40]

Opening the database upgrades it and fills the search tables when they are new. Prints the
sizes of the search tables, the plan PostgreSQL chose for each query's notes, and the
latencies (queries round robin, so that load on the machine falls on each alike) with the
load average before and after. Reads only; prints figures, asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

from search_latency import QUERIES as LATENCY_QUERIES  # this folder is the script's own path
from sqlalchemy import text

from beziehung.clock import SystemClock
from beziehung.core.migrate import open_database
from beziehung.core.search import postgresql
from beziehung.core.services import Services

# The queries, as on SQLite, and two more that a server plans differently.
QUERIES = (
    *LATENCY_QUERIES,
    "yilmaz",  # rare: Turkish folding of Yılmaz
    "angebot vertrag",  # two words, both common
)
NOTES = (
    "SELECT note_id FROM note_search WHERE words @@ CAST(:q AS tsquery) "
    "ORDER BY sort_key DESC LIMIT 50"
)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def plan(conn, query: str) -> str:
    """The notes statement's plan in one line: its node types, outermost first."""
    rows = conn.execute(
        text("EXPLAIN (FORMAT TEXT) " + NOTES), {"q": postgresql.tsquery(query)}
    ).scalars()
    nodes = [
        line.strip().lstrip("-> ").split("  ")[0]
        for line in rows
        if "->" in line or not line.startswith(" ")
    ]
    return " > ".join(n.split(" on ")[0].split(" using ")[0] for n in nodes)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True, help="a postgresql:// URL")
    parser.add_argument("--repeat", type=int, default=40)
    args = parser.parse_args()
    clock = SystemClock()
    started = time.perf_counter()
    engine = open_database(args.db, clock.now)
    print(f"open (upgrade and index fill if needed): {time.perf_counter() - started:.1f} s")
    with engine.connect() as conn:
        notes, contacts = (
            conn.scalar(text(f"SELECT count(*) FROM {table}")) for table in ("notes", "contacts")
        )
        print(f"{contacts} contacts, {notes} notes")
        for table in postgresql.TABLES:
            size = conn.scalar(text("SELECT pg_total_relation_size(:t)"), {"t": table})
            print(f"{table}: {size / 1e6:.0f} MB with its indexes")
        plans = {q: plan(conn, q) for q in QUERIES}
    services = Services.build(engine, clock)
    counts = {q: len(services.search.search(q)) for q in QUERIES}  # warm the cache
    timings: dict[str, list[float]] = {q: [] for q in QUERIES}
    load_before = os.getloadavg()
    for _ in range(args.repeat):
        for query in QUERIES:
            started = time.perf_counter()
            services.search.search(query)
            timings[query].append((time.perf_counter() - started) * 1000)
    load_after = os.getloadavg()
    print(f"{'query':<16} {'hits':>5} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}  notes plan")
    for query in QUERIES:
        values = timings[query]
        print(
            f"{query:<16} {counts[query]:>5} {statistics.median(values):>8.2f} "
            f"{percentile(values, 0.95):>8.2f} {max(values):>8.2f}  {plans[query]}"
        )
    print(
        "load average (1, 5, 15 min) before: "
        + ", ".join(f"{v:.2f}" for v in load_before)
        + "; after: "
        + ", ".join(f"{v:.2f}" for v in load_after)
    )
    engine.dispose()


if __name__ == "__main__":
    main()
