"""Whole-database reads and restores for the lossless archive (the file format is io's)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import Table, delete, func, insert, select, update

from beziehung.core import search
from beziehung.core.db import Base, settle_bulk_write, writer
from beziehung.core.errors import invalid
from beziehung.core.events import EVERYTHING
from beziehung.core.models import FIRST_USER_ID, Contact, Reminder, Setting, User
from beziehung.core.services.base import Service
from beziehung.core.services.contact_rules import name_columns, refresh_last_contact
from beziehung.core.services.stages import fill_missing_history
from beziehung.core.services.users import first_user, user_id_for

BATCH = 5_000
# Rows a new database is given before anything is written; an archive brings its own.
SEEDED = ("settings", "users")


def tables() -> list[Table]:
    """Every table the models describe, parents before children."""
    return list(Base.metadata.sorted_tables)


def _derived(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    """A restored row with its derived columns computed by the rules every writer uses, so
    that an archive written under other folding rules sorts and fires as new data does."""
    if table.name == Contact.__tablename__ and "given_name" in row and "family_name" in row:
        return {**row, **name_columns(row["given_name"] or "", row["family_name"] or "")}
    if table.name == Reminder.__tablename__ and row.get("due_at") is not None:
        return {**row, "fires_at": Reminder.firing_time(row["due_at"], row.get("snoozed_until"))}
    return row


class ArchiveService(Service):
    def snapshot(self) -> Iterator[tuple[Table, Iterator[dict[str, Any]]]]:
        """Every table with its rows (plain values, by primary key, streamed), all read in
        one transaction: a write from elsewhere meanwhile cannot tear the archive apart."""
        engine = self.context.engine
        if engine.dialect.name == "postgresql":
            # READ COMMITTED would see each table as of its own query.
            engine = engine.execution_options(isolation_level="REPEATABLE READ")
        with engine.connect() as conn, conn.begin():
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
        *,
        unassigned: bool = False,
        replace: bool = False,
    ) -> dict[str, int]:
        """Fill an empty database in one transaction; the search index is rebuilt.
        ``unassigned``: the archive is from before reminders had an author and an assignee,
        which become the importing user (or the first one, if the importing user is not in
        the archive). ``replace``: the data there is removed first, in the same transaction
        (restoring a server's backup), instead of refusing a database that holds any."""
        counts: dict[str, int] = {}
        with writer(self.context.engine).begin() as conn:
            if replace:
                for table in reversed(tables()):
                    conn.execute(delete(table))
            for table in tables():
                if table.name not in SEEDED and conn.scalar(
                    select(func.count()).select_from(table)
                ):
                    raise invalid(
                        "archive_not_empty", "An archive is restored only into an empty database"
                    )
            # What every new database starts with gives way to the archive's own.
            conn.execute(delete(Setting))
            conn.execute(delete(User))
            contact_ids: list[int] = []
            for table in tables():
                rows = [_derived(table, row) for row in rows_of(table)]
                if table.name == Contact.__tablename__:
                    contact_ids = [row["id"] for row in rows if "id" in row]
                for start in range(0, len(rows), BATCH):
                    conn.execute(insert(table), rows[start : start + BATCH])
                counts[table.name] = len(rows)
                if progress is not None:
                    progress(table.name, len(rows))
            if not counts.get(User.__tablename__):
                # An archive from before users: everything was its one user's, as on upgrade.
                conn.execute(insert(User), [first_user(self._now())])
                conn.execute(update(Contact).values(responsible_id=FIRST_USER_ID))
            if unassigned:
                me = user_id_for(conn, self.context.user_login) or conn.scalar(
                    select(func.min(User.id))
                )
                conn.execute(update(Reminder).values(author_id=me, assignee_id=me))
            fill_missing_history(
                conn, FIRST_USER_ID if not counts.get(User.__tablename__) else None
            )
            refresh_last_contact(conn, contact_ids)
            settle_bulk_write(conn)
            search.rebuild(conn)
            self.context.tell_others(conn, EVERYTHING)
        self.context.announce(EVERYTHING)
        return counts
