"""Has anybody else written to the database since we last looked? One cheap look says.

On SQLite, ``PRAGMA data_version`` on a connection held open changes whenever any other
connection commits, in this process or another (the command line, a colleague).

On PostgreSQL every service transaction that changes data sends ``NOTIFY beziehung`` before it
commits (:func:`tell_others`), naming its topics and the writing context's token; the server
delivers it only if the transaction commits. The watcher holds one connection that listens
and reads what is pending without waiting, and leaves out what its own context wrote (those
changes reach the window through the context's bus already). Where ``LISTEN`` is refused (a
read-only standby, a pooler that forbids it), the watcher polls ``pg_current_wal_insert_lsn()``
instead: one function call any role may make, which moves with every write to the server.
It moves with writes to other databases of the server and with the server's own upkeep too,
so that fallback may announce a change nobody made; it never misses one. Where even that is
refused, and on other databases, every look counts as a change.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, Engine, text

from beziehung.core.events import EVERYTHING, Change, Topic

log = logging.getLogger("beziehung.changes")

CHANNEL = "beziehung"
# A notification's payload must stay below 8,000 bytes; beyond this many contacts the
# change names none, which means "any contact".
MAX_NAMED_CONTACTS = 200


def tell_others(conn: Connection, token: str, topics: Topic, contact_ids: Iterable[int]) -> None:
    """Inside a write transaction: let every other listener know what it changes once it
    commits. Nothing to do on SQLite, whose ``data_version`` moves by itself."""
    if conn.dialect.name != "postgresql" or not topics:
        return
    ids = sorted(set(contact_ids))
    payload = {
        "token": token,
        "topics": topics.value,
        "contacts": ids if len(ids) <= MAX_NAMED_CONTACTS else [],
    }
    conn.execute(
        text("SELECT pg_notify(:channel, :payload)"),
        {"channel": CHANNEL, "payload": json.dumps(payload, separators=(",", ":"))},
    )


def _merge(changes: list[Change]) -> Change | None:
    if not changes:
        return None
    topics = Topic.NONE
    contacts: set[int] = set()
    known = True
    for change in changes:
        topics |= change.topics
        known = known and bool(change.contact_ids)
        contacts |= change.contact_ids
    return Change(topics, frozenset(contacts) if known else frozenset(), outside=True)


def _parse(payload: str) -> tuple[str, Change]:
    """A notification's writer token and change; an unreadable one changed everything."""
    try:
        data = json.loads(payload)
        topics = Topic(int(data["topics"])) & EVERYTHING
        contacts = frozenset(int(i) for i in data.get("contacts", ()))
        return str(data["token"]), Change(topics or EVERYTHING, contacts, outside=True)
    except (ValueError, KeyError, TypeError):
        return "", Change(EVERYTHING, outside=True)


class ChangeWatcher:
    """``look()`` returns what others changed since the last look; ``seen()`` after each of
    our own commits has been delivered, so that it is not announced a second time."""

    def __init__(self, engine: Engine, token: str = "") -> None:
        self._engine = engine
        self._token = token
        self._connection: Connection | None = None
        self._counter: str | None = None  # a SQLite data_version or a PostgreSQL WAL position
        self._mode = engine.dialect.name
        if self._mode == "sqlite":
            self._connection = engine.connect()
            self._counter = self._read_counter(self._counter_query())
        elif self._mode == "postgresql":
            self._connect_postgresql()

    # -- PostgreSQL ------------------------------------------------------------------------

    def _connect_postgresql(self) -> None:
        conn = self._engine.connect().execution_options(isolation_level="AUTOCOMMIT")
        try:
            conn.exec_driver_sql(f"LISTEN {CHANNEL}")
            self._mode = "listen"
        except Exception as error:  # the reason is logged; the fallback still sees changes
            log.warning("LISTEN refused (%s); polling the WAL position instead", error)
            try:
                self._connection = conn
                self._counter = self._read_counter("SELECT pg_current_wal_insert_lsn()::text")
                self._mode = "wal"
                return
            except Exception as second:
                log.warning("no change counter either (%s); every look counts", second)
                conn.close()
                self._connection = None
                self._mode = "always"
                return
        self._connection = conn

    def _pending(self, wait: float) -> list[Change]:
        assert self._connection is not None
        raw: Any = self._connection.connection.dbapi_connection
        arrived = list(raw.notifies(timeout=wait, stop_after=1)) if wait > 0 else []
        arrived += raw.notifies(timeout=0)
        changes = []
        for notification in arrived:
            token, change = _parse(notification.payload)
            if token != self._token or not self._token:
                changes.append(change)
        return changes

    def _look_listening(self, wait: float) -> Change | None:
        if self._connection is None:
            # The connection broke at an earlier look: what happened meanwhile is unknown.
            try:
                self._connect_postgresql()
            except Exception as error:  # the server is still away; nothing can be read
                log.warning("cannot listen again yet: %s", error)
                return None
            return Change(EVERYTHING, outside=True)
        try:
            return _merge(self._pending(wait))
        except Exception as error:  # a lost server connection; reconnect at the next look
            log.warning("lost the listening connection: %s", error)
            self._drop()
            return Change(EVERYTHING, outside=True)

    # -- counters ----------------------------------------------------------------------------

    def _read_counter(self, query: str) -> str | None:
        assert self._connection is not None
        value = self._connection.exec_driver_sql(query).scalar()
        if self._mode == "sqlite":
            self._connection.rollback()  # no transaction may stay open between looks
        return None if value is None else str(value)

    def _counter_query(self) -> str:
        return (
            "PRAGMA data_version"
            if self._mode == "sqlite"
            else "SELECT pg_current_wal_insert_lsn()::text"
        )

    def _counter_moved(self) -> bool:
        try:
            counter = self._read_counter(self._counter_query())
        except Exception as error:
            if self._mode == "sqlite":
                raise
            log.warning("reading the WAL position failed: %s", error)
            return True
        moved = counter != self._counter
        self._counter = counter
        return moved

    # -- the surface ----------------------------------------------------------------------------

    def look(self, wait: float = 0.0) -> Change | None:
        """What others wrote since the last look, or None. A server delivers a notification
        a moment after the writer's commit returns; ``wait`` seconds at most are given for the
        first one to arrive (the window never waits: it looks again two seconds later)."""
        if self._mode == "listen":
            return self._look_listening(wait)
        if self._mode in ("sqlite", "wal") and self._connection is not None:
            return Change(EVERYTHING, outside=True) if self._counter_moved() else None
        return Change(EVERYTHING, outside=True)

    def changed(self) -> bool:
        """Whether anybody else wrote since the last look."""
        return self.look() is not None

    def seen(self) -> None:
        """One of our own commits was delivered: a counter that moved with it was ours.
        Notifications carry their writer, so a listening watcher has nothing to do."""
        if self._mode in ("sqlite", "wal") and self._connection is not None:
            self._counter_moved()

    def _drop(self) -> None:
        if self._connection is not None:
            try:
                self._connection.close()
            except Exception:  # already broken; the pool discards it
                log.debug("closing a broken watcher connection failed", exc_info=True)
            self._connection = None

    def close(self) -> None:
        if self._connection is not None and self._mode == "listen":
            try:
                # The pooled connection outlives us: it must not keep listening.
                self._connection.exec_driver_sql(f"UNLISTEN {CHANNEL}")
            except Exception:
                log.debug("UNLISTEN failed", exc_info=True)
        self._drop()
