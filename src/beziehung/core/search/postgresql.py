"""The search index on PostgreSQL: the same folded documents as on SQLite, in tsvectors.

``contact_search`` holds a contact's name words and all its words (name, organisation, role,
contact methods, own fields); ``note_search`` a note's words and :func:`.common.note_key`,
whose descending order is "newest first" exactly as on SQLite. Both tables are made by
revision 0010 and are not described by the ORM models.

Documents are folded in Python (:mod:`beziehung.core.text`) and stored word by word with
``array_to_tsvector``; queries are built word by word as ``tsquery`` literals. Neither side
goes through a text search parser or dictionary, so a word is indexed and matched exactly as
SQLite's FTS5 tables hold it: "Müller" as ``mueller`` and ``muller``, "Mietvertrag" also as
``vertrag``, a typed last word as a prefix (``'mue':*``). ``unaccent`` would fold ü to u only
and cannot add the ``ue`` form, and trigrams would let "ller" find "Müller", which the folding
rules exclude on purpose; so neither extension is needed, and no role needs CREATE rights.

A GIN index answers which rows hold a word; a B-tree on ``sort_key`` lets the planner walk
the newest notes and test each one when a word is common, where collecting every match of an
"und" or an "m" first would cost hundreds of milliseconds.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import (
    ARRAY,
    ColumnElement,
    Connection,
    Integer,
    Select,
    any_,
    bindparam,
    literal_column,
    or_,
    select,
    table,
    text,
)

from beziehung.core import text as folding
from beziehung.core.models import Contact, ConversationNote, visible
from beziehung.core.search.common import (
    NOTE_MATCHES_FOR_LIST,
    NoteText,
    contact_documents,
    note_document,
    note_key,
)

TABLES = ("contact_search", "note_search")
# Up to this many matching contacts are sorted by name from their ids.
FEW_CONTACTS = 5_000
# PostgreSQL refuses a lexeme of 2 KiB or more; such a "word" is no one's search term.
MAX_LEXEME_BYTES = 2047
# A lexeme no document holds: documents are split at spaces.
_NOTHING = "'no match'"


def is_table_of_index(name: str) -> bool:
    return name in TABLES


def _lexemes(document: str) -> list[str]:
    return [
        key
        for key in dict.fromkeys(document.split())
        if len(key.encode("utf-8")) <= MAX_LEXEME_BYTES
    ]


def _literal(lexeme: str) -> str:
    escaped = lexeme.replace("\\", "\\\\").replace("'", "''")
    return f"'{escaped}'"


def tsquery(query: str, *, all_prefixes: bool = False) -> str | None:
    """The ``tsquery`` for user text: every word in one of its folded forms, the last one (or
    all) as a prefix; the same rule as :func:`beziehung.core.text.fts_query`. None when the
    text has no words."""
    found = folding.words(query)
    if not found:
        return None
    groups = []
    for position, word in enumerate(found):
        prefix = all_prefixes or position == len(found) - 1
        terms = [
            _literal(form) + (":*" if prefix else "")
            for form in folding.word_forms(word)
            if len(form.encode("utf-8")) <= MAX_LEXEME_BYTES
        ]
        if not terms:
            return _NOTHING
        groups.append(terms[0] if len(terms) == 1 else "(" + " | ".join(terms) + ")")
    return " & ".join(groups)


# --- keeping the index in step, always inside the caller's transaction ---------------------


def reindex_contacts(conn: Connection, contact_ids: Sequence[int]) -> None:
    remove_contacts(conn, contact_ids)
    docs = contact_documents(conn, contact_ids)
    if docs:
        conn.execute(
            text(
                "INSERT INTO contact_search(contact_id, name_words, all_words) VALUES "
                "(:id, array_to_tsvector(CAST(:name AS text[])), "
                "array_to_tsvector(CAST(:all AS text[])))"
            ),
            [
                {
                    "id": d["rowid"],
                    "name": _lexemes(str(d["name"])),
                    "all": _lexemes(f"{d['name']} {d['other']}"),
                }
                for d in docs
            ],
        )


def remove_contacts(conn: Connection, contact_ids: Sequence[int]) -> None:
    conn.execute(
        text("DELETE FROM contact_search WHERE contact_id IN :ids").bindparams(
            bindparam("ids", expanding=True)
        ),
        {"ids": list(contact_ids)},
    )


_INSERT_NOTE = (
    "INSERT INTO note_search(note_id, sort_key, words) "
    "VALUES ({0}, {0}, array_to_tsvector(CAST({0} AS text[])))"
)


def _note_row(note: NoteText) -> tuple[int, int, list[str]]:
    return (
        note.note_id,
        note_key(note.note_id, note.occurred_at),
        _lexemes(note_document(note)),
    )


def index_notes(conn: Connection, notes: Sequence[NoteText]) -> None:
    NoteIndexer(conn).add(notes)


class NoteIndexer:
    """Indexes many new notes inside the caller's transaction, for bulk loads: tuples in the
    driver's own placeholders, as the notes themselves are written."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def add(self, notes: Iterable[NoteText]) -> None:
        rows = [_note_row(n) for n in notes]
        if rows:
            self._conn.exec_driver_sql(_INSERT_NOTE.format("%s"), rows)

    def finish(self) -> None:
        """Nothing is collected across batches here."""


def unindex_notes(conn: Connection, notes: Sequence[NoteText]) -> None:
    ids = [n.note_id for n in notes]
    if ids:
        conn.execute(
            text("DELETE FROM note_search WHERE note_id IN :ids").bindparams(
                bindparam("ids", expanding=True)
            ),
            {"ids": ids},
        )


def clear(conn: Connection) -> None:
    conn.execute(text("DELETE FROM note_search"))
    conn.execute(text("DELETE FROM contact_search"))


def optimize(conn: Connection) -> None:
    # Fresh statistics, so that the planner knows at once which words are common.
    conn.execute(text("ANALYZE contact_search"))
    conn.execute(text("ANALYZE note_search"))


# --- querying -------------------------------------------------------------------------------


def contact_ids(
    conn: Connection,
    query: str,
    limit: int,
    *,
    names_only: bool,
    all_prefixes: bool,
    include_restricted: bool,
) -> list[int]:
    wanted = tsquery(query, all_prefixes=all_prefixes)
    if wanted is None:
        return []
    column = "name_words" if names_only else "all_words"
    condition = text(f"{column} @@ CAST(:q AS tsquery)").bindparams(q=wanted)
    matching: Select[Any] = (
        select(literal_column("contact_id")).select_from(table("contact_search")).where(condition)
    )
    # The matching ids come from the word index first. PostgreSQL prices testing a row's
    # words far too low and would scan every contact (22–34 ms for "Müller" at 100,000
    # contacts, 7 ms through the index); the setting is this transaction's own (a failure
    # ends both) and is put back after the one statement.
    was = conn.scalar(text("SELECT current_setting('enable_seqscan')"))
    conn.execute(text("SELECT set_config('enable_seqscan', 'off', true)"))
    few = list(conn.scalars(matching.limit(FEW_CONTACTS + 1)))
    conn.execute(text("SELECT set_config('enable_seqscan', :was, true)"), {"was": was})
    shown = [] if include_restricted else [visible()]
    if len(few) <= FEW_CONTACTS:
        # A few thousand: read by id, then sorted by name. Left to itself the planner joins
        # them with a hash of every contact (65 ms for "mueller"), or a reused plan walks the
        # names testing each id (60 ms when they lie late in the alphabet: "Yılmaz").
        chosen = (
            select(Contact.id, Contact.sort_name)
            .where(Contact.id == any_(bindparam("few", few, type_=ARRAY(Integer))), *shown)
            .cte("chosen")
            .prefix_with("MATERIALIZED")
        )
        statement = select(chosen.c.id).order_by(chosen.c.sort_name, chosen.c.id).limit(limit)
    else:
        # A very common word ("m"): the planner walks the names and tests each, stopping at
        # the limit, so the names shown are the first in the alphabet.
        statement = (
            select(Contact.id)
            .where(Contact.id.in_(matching), *shown)
            .order_by(Contact.sort_name, Contact.id)
            .limit(limit)
        )
    return list(conn.scalars(statement))


# The newest notes tested one by one before the index of words is asked: a common word fills
# the page from them at once, while collecting all its matches first would take hundreds of
# milliseconds. Measured at a million notes: a page of "mueller" in 2 ms from the newest
# 5,000; a word missing from them (a rare name, "xylophon") 6–18 ms through the word index.
NEWEST_TESTED = 5_000
_AMONG_THE_NEWEST = text(
    "SELECT note_id FROM (SELECT note_id, words, sort_key FROM note_search "
    "ORDER BY sort_key DESC LIMIT :newest) recent "
    "WHERE words @@ CAST(:q AS tsquery) ORDER BY sort_key DESC LIMIT :limit"
)
# ``sort_key + 0`` keeps the planner from walking the sort_key index for a word it thinks
# common: here the word is known to be rare among the newest notes.
_BY_WORD_INDEX = text(
    "SELECT note_id FROM note_search WHERE words @@ CAST(:q AS tsquery) "
    "ORDER BY sort_key + 0 DESC LIMIT :limit"
)


def note_ids(conn: Connection, query: str, limit: int) -> list[int]:
    """The newest ``limit`` matching notes, newest first."""
    wanted = tsquery(query)
    if wanted is None:
        return []
    found = list(
        conn.scalars(_AMONG_THE_NEWEST, {"q": wanted, "limit": limit, "newest": NEWEST_TESTED})
    )
    # A full page from the newest notes is the answer: every other match is older.
    if len(found) == limit:
        return found
    return list(conn.scalars(_BY_WORD_INDEX, {"q": wanted, "limit": limit}))


def contact_filter(conn: Connection, query: str) -> ColumnElement[bool] | None:
    wanted = tsquery(query)
    if wanted is None:
        return None
    by_contact = text(
        "SELECT contact_id FROM contact_search WHERE all_words @@ CAST(:contact_q AS tsquery)"
    )
    explaining = note_ids(conn, query, NOTE_MATCHES_FOR_LIST)
    return or_(
        Contact.id.in_(by_contact.bindparams(contact_q=wanted)),
        Contact.id.in_(
            select(ConversationNote.contact_id).where(
                ConversationNote.id.in_(bindparam("explaining", explaining, expanding=True))
            )
        ),
    )
