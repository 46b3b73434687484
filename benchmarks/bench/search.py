"""Search rows: the service's first 50 hits in-process against one raw FTS5 query for the same
match expression on a plain sqlite3 connection (newest 50 notes)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from beziehung.clock import SystemClock
from beziehung.core import search as index
from beziehung.core.migrate import open_database
from beziehung.core.services import Services

from .common import Row, bound_row, interleaved, timed_ms

QUERIES = ("M", "Mü", "Müller", "mueller", "angebot", "und", "liefer", "wir", "vertrag")
RARE = "xylophon"
TWO_WORDS = "jürgen müller"


def measure(db: Path, repeat: int = 20) -> list[Row]:
    engine = open_database(f"sqlite:///{db}", SystemClock().now)
    services = Services.build(engine, SystemClock())
    raw = sqlite3.connect(db)
    rows = []
    try:
        for query in (*QUERIES, RARE, TWO_WORDS):
            with engine.connect() as conn:
                match = index.match_expression(conn, query)

            def floor(m: str | None = match) -> float:
                sql = (
                    "SELECT rowid FROM note_fts WHERE note_fts MATCH ? ORDER BY rowid DESC LIMIT 50"
                )
                return timed_ms(lambda: raw.execute(sql, (m,)).fetchall())

            ours, theirs = interleaved(
                lambda q=query: timed_ms(lambda: services.search.search(q)), floor, repeat
            )
            rows.append(bound_row(f"search {query!r} first 50", ours, theirs, 50.0))
    finally:
        raw.close()
        engine.dispose()
    return rows
