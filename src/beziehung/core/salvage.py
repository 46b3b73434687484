"""Rescuing what can still be read from a damaged SQLite database into a new file.

SQLite's own ``.recover`` (the ``sqlite3`` command-line shell) reads every page it can, even
past broken b-trees; when the shell is not installed, every table is copied row by row in
rowid ranges and whatever cannot be read is skipped. Either way the result is a new database
that opens with ``--db`` (and is upgraded and re-indexed there if needed).
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from pathlib import Path

from beziehung.core.atomic import atomic_path
from beziehung.core.search import FOLD_VERSION_KEY

RECOVER = "sqlite3 .recover"
ROW_BY_ROW = "row-by-row copy"
_BATCH = 1000


@dataclass(frozen=True)
class Salvaged:
    path: Path
    # Which way was taken: RECOVER or ROW_BY_ROW.
    method: str
    # Rows copied; None when the shell did the work and counted nothing.
    rows: int | None
    # Stretches of up to 1,000 rows in which some could not be read.
    skipped: int


def salvage(database: Path, target: Path) -> Salvaged:
    """Copy what can be read from ``database`` into the new file ``target``."""
    shell = shutil.which("sqlite3")
    with atomic_path(target) as temporary:
        temporary.unlink()
        if shell is not None and _recover(shell, database, temporary):
            result = Salvaged(target, RECOVER, None, 0)
        else:
            temporary.unlink(missing_ok=True)
            rows, skipped = _copy_rows(database, temporary)
            result = Salvaged(target, ROW_BY_ROW, rows, skipped)
    return result


def _recover(shell: str, database: Path, target: Path) -> bool:
    dump = subprocess.run(
        [shell, "-readonly", str(database), ".recover"], capture_output=True, check=False
    )
    # An older shell may fail halfway (FTS5 tables) and still exit 0: any complaint counts.
    if dump.returncode != 0 or dump.stderr.strip() or not dump.stdout:
        return False
    load = subprocess.run([shell, str(target)], input=dump.stdout, capture_output=True)
    return load.returncode == 0


def _copy_rows(database: Path, target: Path) -> tuple[int, int]:
    source = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    copy = sqlite3.connect(target)
    copied = skipped = 0
    try:
        tables = source.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL "
            "AND name NOT LIKE 'sqlite_%'"
        ).fetchall()
        virtual = [n for n, sql in tables if sql.upper().startswith("CREATE VIRTUAL")]
        for name, sql in tables:
            # The full-text index is made empty here and rebuilt when the copy is opened.
            if any(name.startswith(f"{v}_") for v in virtual):
                continue
            if name in virtual:
                copy.execute(sql)
                continue
            try:
                copy.execute(sql)
            except sqlite3.DatabaseError:
                continue  # a virtual table's shadow tables come with it
            done, lost = _copy_table(source, copy, name)
            copied += done
            skipped += lost
        copy.execute("DELETE FROM settings WHERE key = ?", (FOLD_VERSION_KEY,))
        copy.commit()
    finally:
        copy.close()
        source.close()
    return copied, skipped


def _copy_table(source: sqlite3.Connection, copy: sqlite3.Connection, name: str) -> tuple[int, int]:
    quoted = '"' + name.replace('"', '""') + '"'
    try:
        highest = source.execute(f"SELECT max(rowid) FROM {quoted}").fetchone()[0] or 0
    except sqlite3.DatabaseError:
        highest = 1 << 40  # the index of rowids is damaged; walk on until reading stops
    copied = skipped = 0
    start = 0
    # Past a damaged rowid index the end is unknown: stop after long stretches of nothing.
    empty_in_a_row = 0
    while start <= highest and empty_in_a_row < 20:
        try:
            rows = source.execute(
                f"SELECT rowid, * FROM {quoted} WHERE rowid > ? AND rowid <= ?",
                (start, start + _BATCH),
            ).fetchall()
        except sqlite3.DatabaseError:
            # A damaged page in this range: one row at a time, skipping what cannot be read.
            rows = []
            skipped += 1
            for rowid in range(start + 1, start + _BATCH + 1):
                try:
                    rows += source.execute(
                        f"SELECT rowid, * FROM {quoted} WHERE rowid = ?", (rowid,)
                    ).fetchall()
                except sqlite3.DatabaseError:
                    continue
        empty_in_a_row = 0 if rows else empty_in_a_row + 1
        if rows:
            marks = ", ".join("?" * len(rows[0]))
            columns = [d[1] for d in source.execute(f"PRAGMA table_info({quoted})")]
            names = ", ".join(["rowid"] + ['"' + c.replace('"', '""') + '"' for c in columns])
            copy.executemany(f"INSERT OR IGNORE INTO {quoted}({names}) VALUES ({marks})", rows)
            copied += len(rows)
        start += _BATCH
    return copied, skipped
