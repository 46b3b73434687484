"""Full-text search over contacts and conversation notes, on SQLite and on PostgreSQL.

The only package with engine-specific SQL. Callers use the functions here, inside their own
transaction; each dispatches to the engine's backend:

- :mod:`.common`: the folded documents both engines index, hits and excerpts;
- :mod:`.sqlite`: FTS5 tables (``contact_fts``, ``note_fts``, ``search_terms``);
- :mod:`.postgresql`: tables of tsvectors (``contact_search``, ``note_search``).

Both give the same hits in the same order: contact hits first (name matches before others,
each group by name), then note hits, newest first.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

from sqlalchemy import ColumnElement, Connection, select, text

from beziehung.core import text as folding
from beziehung.core.models import Contact, ConversationNote, Setting
from beziehung.core.search import postgresql as _postgresql
from beziehung.core.search import sqlite as _sqlite
from beziehung.core.search.common import (
    FOLD_VERSION,
    FOLD_VERSION_KEY,
    NOTE_ID_BITS,
    NOTE_ID_MASK,
    NOTE_MATCHES_FOR_LIST,
    NoteText,
    SearchHit,
    contact_documents,
    contact_hits,
    note_document,
    note_hits,
    note_hits_by_contact,
    note_key,
    note_texts,
    phone_search_forms,
)
from beziehung.core.search.sqlite import MAX_SPELT_TERMS

__all__ = [
    "FOLD_VERSION",
    "FOLD_VERSION_KEY",
    "MAX_SPELT_TERMS",
    "NOTE_ID_BITS",
    "NOTE_ID_MASK",
    "NOTE_MATCHES_FOR_LIST",
    "NoteIndexer",
    "NoteText",
    "SearchHit",
    "contact_documents",
    "contact_filter",
    "ensure_current",
    "index_notes",
    "is_supported",
    "is_table_of_index",
    "match_expression",
    "matching_contact_ids",
    "note_document",
    "note_hits_by_contact",
    "note_key",
    "note_texts",
    "phone_search_forms",
    "rebuild",
    "reindex_contacts",
    "remove_contacts",
    "search",
    "unindex_notes",
]


class _Indexer(Protocol):
    def add(self, notes: Iterable[NoteText]) -> None: ...

    def finish(self) -> None: ...


class _Backend(Protocol):
    """What one engine's module provides."""

    def is_table_of_index(self, name: str) -> bool: ...
    def reindex_contacts(self, conn: Connection, contact_ids: Sequence[int]) -> None: ...
    def remove_contacts(self, conn: Connection, contact_ids: Sequence[int]) -> None: ...
    def index_notes(self, conn: Connection, notes: Sequence[NoteText]) -> None: ...
    def NoteIndexer(self, conn: Connection) -> _Indexer: ...
    def unindex_notes(self, conn: Connection, notes: Sequence[NoteText]) -> None: ...
    def clear(self, conn: Connection) -> None: ...
    def optimize(self, conn: Connection) -> None: ...
    def contact_ids(
        self,
        conn: Connection,
        query: str,
        limit: int,
        *,
        names_only: bool,
        all_prefixes: bool,
        include_restricted: bool,
    ) -> list[int]: ...
    def note_ids(self, conn: Connection, query: str, limit: int) -> list[int]: ...
    def contact_filter(self, conn: Connection, query: str) -> ColumnElement[bool] | None: ...


_BACKENDS: dict[str, _Backend] = {"sqlite": _sqlite, "postgresql": _postgresql}


def _backend(conn: Connection) -> _Backend | None:
    return _BACKENDS.get(conn.dialect.name)


def is_table_of_index(name: str) -> bool:
    """The index's own tables (on either engine), which the ORM models do not describe."""
    return any(backend.is_table_of_index(name) for backend in _BACKENDS.values())


def is_supported(conn: Connection) -> bool:
    return _backend(conn) is not None


# --- keeping the index in step, always inside the caller's transaction ---------------------


def reindex_contacts(conn: Connection, contact_ids: Iterable[int]) -> None:
    backend = _backend(conn)
    ids = list(contact_ids)
    if backend is not None and ids:
        backend.reindex_contacts(conn, ids)


def remove_contacts(conn: Connection, contact_ids: Sequence[int]) -> None:
    backend = _backend(conn)
    if backend is not None and contact_ids:
        backend.remove_contacts(conn, contact_ids)


def index_notes(conn: Connection, notes: Iterable[NoteText]) -> None:
    backend = _backend(conn)
    if backend is not None:
        backend.index_notes(conn, list(notes))


def unindex_notes(conn: Connection, notes: Iterable[NoteText]) -> None:
    """Remove notes as they were indexed (their old texts and time)."""
    backend = _backend(conn)
    if backend is not None:
        backend.unindex_notes(conn, list(notes))


class NoteIndexer:
    """Indexes many new notes inside the caller's transaction, for bulk loads; call
    :meth:`finish` after the last batch."""

    def __init__(self, conn: Connection) -> None:
        backend = _backend(conn)
        if backend is None:
            raise ValueError(f"no search index on {conn.dialect.name}")
        self._indexer = backend.NoteIndexer(conn)

    def add(self, notes: Iterable[NoteText]) -> None:
        self._indexer.add(notes)

    def finish(self) -> None:
        self._indexer.finish()


def rebuild(conn: Connection) -> None:
    """Index everything anew; used when folding changes or the index is in doubt."""
    backend = _backend(conn)
    if backend is None:
        return
    backend.clear(conn)
    last_id = 0
    while True:
        ids = list(
            conn.scalars(
                select(Contact.id).where(Contact.id > last_id).order_by(Contact.id).limit(5000)
            )
        )
        if not ids:
            break
        backend.reindex_contacts(conn, ids)
        last_id = ids[-1]
    last_id = 0
    while True:
        batch = note_texts(conn, ConversationNote.id > last_id, limit=5000)
        if not batch:
            break
        backend.index_notes(conn, batch)
        last_id = batch[-1].note_id
    backend.optimize(conn)
    _store_fold_version(conn)


def _store_fold_version(conn: Connection) -> None:
    conn.execute(text("DELETE FROM settings WHERE key = :key"), {"key": FOLD_VERSION_KEY})
    conn.execute(
        text("INSERT INTO settings(key, value) VALUES (:key, :value)"),
        {"key": FOLD_VERSION_KEY, "value": FOLD_VERSION},
    )


def ensure_current(conn: Connection) -> bool:
    """Rebuild the index when it was made with other folding rules; True if it was rebuilt."""
    if not is_supported(conn):
        return False
    stored = conn.scalar(select(Setting.value).where(Setting.key == FOLD_VERSION_KEY))
    if stored == FOLD_VERSION:
        return False
    rebuild(conn)
    return True


# --- querying -------------------------------------------------------------------------------


def match_expression(conn: Connection, query: str, *, all_prefixes: bool = False) -> str | None:
    """The engine's own query for user text (FTS5 MATCH or tsquery); None without words."""
    if conn.dialect.name == "postgresql":
        return _postgresql.tsquery(query, all_prefixes=all_prefixes)
    return _sqlite.match_expression(conn, query, all_prefixes=all_prefixes)


def search(conn: Connection, query: str, limit: int = 50) -> list[SearchHit]:
    """Contact hits first (name matches before others), then note hits, newest first."""
    backend = _backend(conn)
    if limit <= 0 or backend is None or not folding.words(query):
        return []
    contact_ids = matching_contact_ids(conn, query, limit, names_only=True)
    if len(contact_ids) < limit:
        for cid in matching_contact_ids(conn, query, limit, names_only=False):
            if cid not in contact_ids and len(contact_ids) < limit:
                contact_ids.append(cid)
    hits = contact_hits(conn, contact_ids, query)
    remaining = limit - len(hits)
    if remaining > 0:
        hits.extend(note_hits(conn, backend.note_ids(conn, query, remaining), query))
    return hits


def matching_contact_ids(
    conn: Connection,
    query: str,
    limit: int,
    *,
    names_only: bool,
    all_prefixes: bool = False,
    include_restricted: bool = False,
) -> list[int]:
    """Contacts whose index matches, sorted by name; at most ``limit``."""
    backend = _backend(conn)
    if backend is None:
        return []
    return backend.contact_ids(
        conn,
        query,
        limit,
        names_only=names_only,
        all_prefixes=all_prefixes,
        include_restricted=include_restricted,
    )


def contact_filter(conn: Connection, query: str) -> ColumnElement[bool] | None:
    """A condition on ``Contact.id`` for contacts matching ``query``: by name, organisation,
    contact methods, or one of the newest note matches. None when the query has no words."""
    backend = _backend(conn)
    if backend is None:
        raise ValueError(f"no search index on {conn.dialect.name}")
    return backend.contact_filter(conn, query)
