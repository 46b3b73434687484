"""Moving a database to another engine (SQLite file → PostgreSQL server and back), proven by
the lossless archive: the source's archive is restored into the empty target, the target's
archive is written in turn, and every data file of the two must be identical byte for byte.

The archive restore is the one path rows take into a database with their ids (it advances
the server's sequences and rebuilds the search index); reusing it means a move is exactly
an export and an import that could be made by hand, and checked the same way.
"""

from __future__ import annotations

import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, inspect, select

from beziehung.core.errors import DomainError, invalid

if TYPE_CHECKING:
    from beziehung.clock import Clock
    from beziehung.core.services import Services

Say = Callable[[str], None]
DATA = "data/"
# What a new Beziehung database holds before anything is written; the archive brings its own.
SEEDED = frozenset({"settings", "users", "alembic_version"})


@dataclass(frozen=True)
class Moved:
    tables: int
    rows: int


def _refuse_not_empty(target: str) -> DomainError:
    return invalid(
        "move_target_not_empty",
        "{target} is not empty; migrate-to copies only into an empty database",
        target=target,
    )


def check_empty(url: str, shown: str) -> None:
    """Refuse a target that holds anything but what a new Beziehung database starts with."""
    from beziehung.core.db import make_engine, sqlite_path
    from beziehung.core.services.archive import tables

    path = sqlite_path(url)
    if path is not None and (not path.exists() or path.stat().st_size == 0):
        return
    ours = {table.name: table for table in tables()}
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            present = set(inspect(conn).get_table_names())
            if present - set(ours) - SEEDED:
                raise _refuse_not_empty(shown)
            for name in present & set(ours) - SEEDED:
                if conn.scalar(select(func.count()).select_from(ours[name])):
                    raise _refuse_not_empty(shown)
    finally:
        engine.dispose()


def _data_files(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {
            name[len(DATA) :]: archive.read(name)
            for name in archive.namelist()
            if name.startswith(DATA)
        }


def differences(source: Path, target: Path) -> list[str]:
    """The data files of two archives that are not identical (missing on either side too)."""
    left, right = _data_files(source), _data_files(target)
    return sorted(name for name in left.keys() | right.keys() if left.get(name) != right.get(name))


def move(
    source: Services,
    target_url: str,
    shown: str,
    clock: Clock,
    say: Say,
) -> Moved:
    """Copy ``source`` into the empty database at ``target_url`` and prove the copy; ``shown``
    names the target in messages (without a password). On a difference the target stays as
    it is, for the user to look at."""
    from beziehung.core.migrate import open_database
    from beziehung.core.services import Services
    from beziehung.io.archive import export_archive, import_archive

    check_empty(target_url, shown)
    with tempfile.TemporaryDirectory(prefix="beziehung-move-") as folder:
        before = Path(folder) / "source.zip"
        after = Path(folder) / "target.zip"
        say("reading the source database")
        counts = export_archive(source, before)
        rows = sum(counts.values())
        say(f"read {rows:,} rows in {len(counts)} tables")
        say(f"preparing {shown} (schema up to date)")
        engine = open_database(target_url, clock.now)
        try:
            target = Services.build(engine, clock, source.context.tz)
            say(f"copying {rows:,} rows")
            try:
                import_archive(target, before)
            except DomainError as error:
                if error.code == "archive_not_empty":
                    raise _refuse_not_empty(shown) from None
                raise
            say("reading the copy back")
            export_archive(target, after)
        finally:
            engine.dispose()
        say("comparing source and copy")
        different = differences(before, after)
    if different:
        raise invalid(
            "move_differs",
            "The copy in {target} differs from the source in {files}; it was left as it is",
            target=shown,
            files=", ".join(different),
        )
    return Moved(tables=len(counts), rows=rows)
