"""The search index on SQLite: FTS5 tables.

Two FTS5 tables hold the folded documents (:mod:`.common`), with prefix indexes of one and two
letters so that a first typed letter costs no more than a word:

- ``contact_fts`` (rowid = contact id): the name in one column, organisation, role and contact
  methods in the other, so that name hits can come first.
- ``note_fts`` (contentless): its rowid is :func:`.common.note_key`, so "newest first" is the
  index's own order and a query reads only the first 50 matches instead of ranking all of
  them; at a million notes ranking a common word costs over 100 ms while this costs well under
  one. It keeps no word positions (``detail=none``): queries ask only which notes hold a word,
  and excerpts are cut in Python.

``search_terms`` lists every word either table holds, so that a typed prefix of three letters
or more becomes an OR of whole words (see :func:`beziehung.core.text.fts_query`); words that no
note or contact holds any more are removed with them, so that an erased name leaves no trace.

Contentless rows can only be deleted with the values they were indexed with; callers hand
the old texts in before a note changes. ``FOLD_VERSION`` rebuilds the index whenever folding
changes, so that those values always match.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import ColumnElement, Connection, bindparam, column, or_, select, table, text

from beziehung.core import text as folding
from beziehung.core.models import Contact, visible
from beziehung.core.search.common import (
    NOTE_ID_MASK,
    NOTE_MATCHES_FOR_LIST,
    NoteText,
    contact_documents,
    note_document,
    note_key,
)

TABLES = ("contact_fts", "note_fts", "search_terms")
_CONTACT_FTS = table("contact_fts", column("rowid"))
# A prefix that begins more indexed words than this is left to FTS5's own prefix matching.
MAX_SPELT_TERMS = 64


def is_table_of_index(name: str) -> bool:
    """FTS tables and their shadow tables."""
    return any(name == t or name.startswith(t + "_") for t in TABLES)


# --- keeping the index in step, always inside the caller's transaction ---------------------


def reindex_contacts(conn: Connection, contact_ids: Sequence[int]) -> None:
    old_terms = _contact_terms(conn, contact_ids)
    conn.execute(
        text("DELETE FROM contact_fts WHERE rowid IN :ids").bindparams(
            bindparam("ids", expanding=True)
        ),
        {"ids": list(contact_ids)},
    )
    docs = contact_documents(conn, contact_ids)
    if docs:
        conn.execute(
            text("INSERT INTO contact_fts(rowid, name, other) VALUES (:rowid, :name, :other)"),
            docs,
        )
        _add_terms(conn, (str(d["name"]) + " " + str(d["other"]) for d in docs))
    _prune_terms(conn, old_terms)


def remove_contacts(conn: Connection, contact_ids: Sequence[int]) -> None:
    old_terms = _contact_terms(conn, contact_ids)
    conn.execute(
        text("DELETE FROM contact_fts WHERE rowid IN :ids").bindparams(
            bindparam("ids", expanding=True)
        ),
        {"ids": list(contact_ids)},
    )
    _prune_terms(conn, old_terms)


def _contact_terms(conn: Connection, contact_ids: Sequence[int]) -> set[str]:
    rows = conn.execute(
        text("SELECT name, other FROM contact_fts WHERE rowid IN :ids").bindparams(
            bindparam("ids", expanding=True)
        ),
        {"ids": list(contact_ids)},
    )
    return {term for name, other in rows for term in f"{name} {other}".split()}


def _add_terms(conn: Connection, documents: Iterable[str]) -> None:
    terms = {term for doc in documents for term in doc.split()}
    if terms:
        conn.execute(
            text("INSERT OR IGNORE INTO search_terms(term) VALUES (:term)"),
            [{"term": t} for t in sorted(terms)],
        )


def _prune_terms(conn: Connection, terms: Iterable[str]) -> None:
    """Forget words that neither table holds any more."""
    gone = [
        t
        for t in terms
        if conn.scalar(
            text(
                "SELECT EXISTS (SELECT 1 FROM note_fts WHERE note_fts MATCH :m) "
                "OR EXISTS (SELECT 1 FROM contact_fts WHERE contact_fts MATCH :m)"
            ),
            {"m": f'"{t}"'},
        )
        == 0
    ]
    if gone:
        conn.execute(
            text("DELETE FROM search_terms WHERE term = :term"), [{"term": t} for t in gone]
        )


def index_notes(conn: Connection, notes: Sequence[NoteText]) -> None:
    rows = [{"rowid": note_key(n.note_id, n.occurred_at), "body": note_document(n)} for n in notes]
    if rows:
        conn.execute(text("INSERT INTO note_fts(rowid, body) VALUES (:rowid, :body)"), rows)
        _add_terms(conn, (str(r["body"]) for r in rows))


class NoteIndexer:
    """Indexes many new notes inside the caller's transaction, for bulk loads.

    Rows go to the driver as tuples and the indexed words are collected across all batches
    and written to ``search_terms`` once, in order, by :meth:`finish`.
    """

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self._terms: set[str] = set()

    def add(self, notes: Iterable[NoteText]) -> None:
        rows = [(note_key(n.note_id, n.occurred_at), note_document(n)) for n in notes]
        if not rows:
            return
        self._conn.exec_driver_sql("INSERT INTO note_fts(rowid, body) VALUES (?, ?)", rows)
        terms = self._terms
        for _, body in rows:
            terms.update(body.split())

    def finish(self) -> None:
        if not self._terms:
            return
        self._conn.exec_driver_sql(
            "INSERT OR IGNORE INTO search_terms(term) VALUES (?)",
            [(t,) for t in sorted(self._terms)],
        )
        self._terms.clear()


def unindex_notes(conn: Connection, notes: Sequence[NoteText]) -> None:
    """Remove notes as they were indexed (their old texts and time)."""
    rows = [{"rowid": note_key(n.note_id, n.occurred_at), "body": note_document(n)} for n in notes]
    if rows:
        conn.execute(
            text("INSERT INTO note_fts(note_fts, rowid, body) VALUES ('delete', :rowid, :body)"),
            rows,
        )
        _prune_terms(conn, {term for r in rows for term in str(r["body"]).split()})


def clear(conn: Connection) -> None:
    conn.execute(text("DELETE FROM contact_fts"))
    conn.execute(text("DELETE FROM search_terms"))
    conn.execute(text("INSERT INTO note_fts(note_fts) VALUES ('delete-all')"))


def optimize(conn: Connection) -> None:
    # One segment per table: smaller on disk and fewer lists to read per query.
    conn.execute(text("INSERT INTO contact_fts(contact_fts) VALUES ('optimize')"))
    conn.execute(text("INSERT INTO note_fts(note_fts) VALUES ('optimize')"))


# --- querying -------------------------------------------------------------------------------


def _spell_out(conn: Connection, prefix: str) -> list[str] | None:
    """The indexed words that begin with ``prefix``; None when there are too many."""
    # Every word beginning so sorts between the prefix and the prefix followed by the last
    # code point, which no folded word contains.
    found = list(
        conn.scalars(
            text(
                "SELECT term FROM search_terms WHERE term >= :low AND term < :high "
                "ORDER BY term LIMIT :limit"
            ),
            {"low": prefix, "high": prefix + "\U0010ffff", "limit": MAX_SPELT_TERMS + 1},
        )
    )
    return None if len(found) > MAX_SPELT_TERMS else found


def match_expression(conn: Connection, query: str, *, all_prefixes: bool = False) -> str | None:
    """The FTS5 query for user text on this database, long prefixes spelt out."""
    return folding.fts_query(
        query, all_prefixes=all_prefixes, expand=lambda prefix: _spell_out(conn, prefix)
    )


def contact_ids(
    conn: Connection,
    query: str,
    limit: int,
    *,
    names_only: bool,
    all_prefixes: bool,
    include_restricted: bool,
) -> list[int]:
    match = match_expression(conn, query, all_prefixes=all_prefixes)
    if match is None:
        return []
    expression = f"name : ({match})" if names_only else match
    statement = (
        select(Contact.id)
        .select_from(_CONTACT_FTS)
        .join(Contact, Contact.id == _CONTACT_FTS.c.rowid)
        .where(text("contact_fts MATCH :match").bindparams(match=expression))
        # Sorted before the limit, so that the names shown are the first in the alphabet.
        .order_by(Contact.sort_name, Contact.id)
        .limit(limit)
    )
    if not include_restricted:
        statement = statement.where(visible())
    return list(conn.scalars(statement))


def note_ids(conn: Connection, query: str, limit: int) -> list[int]:
    """The newest ``limit`` matching notes, newest first."""
    match = match_expression(conn, query)
    if match is None:
        return []
    keys = conn.scalars(
        text(
            "SELECT rowid FROM note_fts WHERE note_fts MATCH :match "
            "ORDER BY rowid DESC LIMIT :limit"
        ),
        {"match": match, "limit": limit},
    ).all()
    return [k & NOTE_ID_MASK for k in keys]


def contact_filter(conn: Connection, query: str) -> ColumnElement[bool] | None:
    match = match_expression(conn, query)
    if match is None:
        return None
    by_contact = text("SELECT rowid FROM contact_fts WHERE contact_fts MATCH :contact_match")
    by_note = text(
        "SELECT contact_id FROM notes WHERE id IN (SELECT rowid & :mask FROM note_fts "
        "WHERE note_fts MATCH :note_match ORDER BY rowid DESC LIMIT :note_limit)"
    )
    return or_(
        Contact.id.in_(by_contact.bindparams(contact_match=match)),
        Contact.id.in_(
            by_note.bindparams(
                note_match=match, mask=NOTE_ID_MASK, note_limit=NOTE_MATCHES_FOR_LIST
            )
        ),
    )
