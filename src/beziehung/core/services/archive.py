"""Whole-database reads and restores for the lossless archive (the file format is io's)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import Table, func, insert, select

from beziehung.core import search
from beziehung.core.db import Base, writer
from beziehung.core.errors import invalid
from beziehung.core.events import EVERYTHING
from beziehung.core.models import Setting
from beziehung.core.services.base import Service

BATCH = 5_000


def tables() -> list[Table]:
    """Every table the models describe, parents before children."""
    return list(Base.metadata.sorted_tables)


class ArchiveService(Service):
    def snapshot(self) -> Iterator[tuple[Table, Iterator[dict[str, Any]]]]:
        """Every table with its rows (plain values, by primary key, streamed), all read in
        one transaction: a write from elsewhere meanwhile cannot tear the archive apart."""
        with self.context.engine.connect() as conn, conn.begin():
            for table in tables():
                order = list(table.primary_key.columns)
                result = conn.execution_options(yield_per=BATCH).execute(
                    select(table).order_by(*order)
                )
                yield table, (dict(row) for row in result.mappings())

    def restore(
        self,
        rows_of: Callable[[Table], list[dict[str, Any]]],
        progress: Callable[[str, int], None] | None = None,
    ) -> dict[str, int]:
        """Fill an empty database in one transaction; the search index is rebuilt."""
        counts: dict[str, int] = {}
        with writer(self.context.engine).begin() as conn:
            for table in tables():
                if table.name != Setting.__tablename__ and conn.scalar(
                    select(func.count()).select_from(table)
                ):
                    raise invalid(
                        "archive_not_empty", "An archive is restored only into an empty database"
                    )
            conn.execute(Setting.__table__.delete())
            for table in tables():
                rows = rows_of(table)
                for start in range(0, len(rows), BATCH):
                    conn.execute(insert(table), rows[start : start + BATCH])
                counts[table.name] = len(rows)
                if progress is not None:
                    progress(table.name, len(rows))
            search.rebuild(conn)
        self.context.announce(EVERYTHING)
        return counts
