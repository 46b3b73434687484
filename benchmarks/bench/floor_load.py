"""The demo row's floor: plain sqlite3 loading as many rows of comparable size into the same
schema, then filling the full-text tables with the same documents ``core/search.py`` writes.

The schema comes from the app's own migrations on an empty file, so that every index and
trigger the app pays for is paid here too.
"""

from __future__ import annotations

import random
import sqlite3
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from beziehung.clock import SystemClock
from beziehung.core import search
from beziehung.core.db import BULK_CACHE_KIB
from beziehung.core.migrate import open_database

BATCH = 50_000
WORDS = (
    "Anruf Gespräch wegen Jahresabschluss Nachfolgeregelung Familienbetrieb Verlängerung "
    "Mietvertrags Erbschaftsangelegenheit Arbeitsvertrag Finanzierung Halle Förderantrag "
    "Umsatzsteuervoranmeldung Datenschutz Gesellschaftsvertrag Lieferantenstreit Betriebsprüfung "
    "Müller Schmidt Straßmann ist mit dem bisherigen Verlauf zufrieden hat aber Sorge wegen "
    "der Fristen nachgefragt ob wir die Unterlagen bis Monatsende prüfen können Wir haben "
    "nächsten Schritte besprochen Angebot überarbeiten und erneut zusenden Einigung erzielt"
).split()


def migrated_empty(path: Path) -> None:
    engine = open_database(f"sqlite:///{path}", SystemClock().now)
    engine.dispose()


def _text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choices(WORDS, k=words))


def load(path: Path, contacts: int, notes: int, seed: int = 1) -> float:
    """Seconds for the load and the index build (the migration before it is not counted)."""
    migrated_empty(path)
    rng = random.Random(seed)
    # A pool of note texts of the demo's size (about 300 characters), so that drawing words
    # does not dominate what is measured.
    bodies = [_text(rng, 38) for _ in range(4096)]
    now = datetime.now(UTC).replace(tzinfo=None)
    started = time.perf_counter()
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA foreign_keys=ON")
    db.execute("PRAGMA synchronous=FULL")
    db.execute(f"PRAGMA cache_size=-{BULK_CACHE_KIB}")
    db.execute("BEGIN IMMEDIATE")
    stamp = now.strftime("%Y-%m-%d %H:%M:%S.%f")
    orgs = max(1, contacts // 4)
    db.executemany(
        "INSERT INTO organisations (id, name, name_folded, notes, created_at, updated_at) "
        "VALUES (?, ?, ?, '', ?, ?)",
        ((i, f"Firma {i} GmbH", f"firma {i} gmbh", stamp, stamp) for i in range(1, orgs + 1)),
    )
    people = [
        (
            i,
            rng.choice(WORDS),
            rng.choice(WORDS),
            f"{WORDS[i % len(WORDS)]} {WORDS[i * 7 % len(WORDS)]}",
            i % orgs + 1,
        )
        for i in range(1, contacts + 1)
    ]
    db.executemany(
        "INSERT INTO contacts (id, given_name, family_name, display_name, sort_name, "
        "organisation_id, about, stage, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, lower(?), ?, '', 'kunde', ?, ?)",
        ((i, g, f, n, n, o, stamp, stamp) for i, g, f, n, o in people),
    )
    db.executemany(
        "INSERT INTO contact_methods (contact_id, kind, label, value, is_preferred) "
        "VALUES (?, 'email', '', ?, 1)",
        ((i, f"person{i}@example.de") for i, *_ in people),
    )
    db.executemany(
        "INSERT INTO contact_fts (rowid, name, other) VALUES (?, ?, ?)",
        ((i, search.folding.index_text(n), f"person{i} example de") for i, _, _, n, _ in people),
    )
    terms: set[str] = set()
    for start in range(0, notes, BATCH):
        rows = []
        fts = []
        for nid in range(start + 1, min(notes, start + BATCH) + 1):
            at = now - timedelta(minutes=nid * 3)
            body = bodies[nid % len(bodies)]
            rows.append(
                (nid, nid % contacts + 1, at.strftime("%Y-%m-%d %H:%M:%S.%f"), "Anruf", body)
            )
            document = search.folding.index_text(f"Anruf {body}")
            fts.append((search.note_key(nid, at.replace(tzinfo=UTC)), document))
        db.executemany(
            "INSERT INTO notes (id, contact_id, occurred_at, channel, direction, subject, body, "
            "outcome, next_step, created_at, updated_at) "
            "VALUES (?, ?, ?, 'phone', 'out', ?, ?, '', '', ?3, ?3)",
            rows,
        )
        db.executemany("INSERT INTO note_fts (rowid, body) VALUES (?, ?)", fts)
        for _, document in fts:
            terms.update(document.split())
    db.executemany("INSERT OR IGNORE INTO search_terms (term) VALUES (?)", ((t,) for t in terms))
    db.execute("COMMIT")
    db.close()
    return time.perf_counter() - started
