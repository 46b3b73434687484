"""Full-text search over contacts and conversation notes.

This is the only module with engine-specific SQL, which is why it runs past 400 lines: keeping
the index in step, spelling out prefixes and querying share the same tables and rules.

On SQLite two FTS5 tables hold the folded forms of every word and the parts of compound words
(see :mod:`beziehung.core.text`), with prefix indexes of one and two letters so that a first
typed letter costs no more than a word:

- ``contact_fts`` (rowid = contact id): the name in one column, organisation, role and contact
  methods in the other, so that name hits can come first.
- ``note_fts`` (contentless): its rowid is the note's time in minutes shifted left by 32 bits
  plus the note id, so "newest first" is the index's own order and a query reads only the
  first 50 matches instead of ranking all of them; at a million notes ranking a common word
  costs over 100 ms while this costs well under one. It keeps no word positions
  (``detail=none``): queries ask only which notes hold a word, and excerpts are cut in Python.

``search_terms`` lists every word either table holds, so that a typed prefix of three letters
or more becomes an OR of whole words (see :func:`beziehung.core.text.fts_query`); words that no
note or contact holds any more are removed with them, so that an erased name leaves no trace.

Contentless rows can only be deleted with the values they were indexed with; callers hand
the old texts in before a note changes. ``FOLD_VERSION`` rebuilds the index whenever folding
changes, so that those values always match.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, Connection, and_, bindparam, column, or_, select, table, text

from beziehung.core import text as folding
from beziehung.core.models import (
    Contact,
    ContactMethod,
    ConversationNote,
    CustomField,
    CustomValue,
    Organisation,
    Setting,
    visible,
)

FOLD_VERSION = "2"
FOLD_VERSION_KEY = "search.fold_version"
NOTE_ID_BITS = 32
NOTE_ID_MASK = (1 << NOTE_ID_BITS) - 1

FTS_TABLES = ("contact_fts", "note_fts", "search_terms")
_CONTACT_FTS = table("contact_fts", column("rowid"))
# A prefix that begins more indexed words than this is left to FTS5's own prefix matching.
MAX_SPELT_TERMS = 64


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "contact" or "note"
    contact_id: int
    contact_name: str
    note_id: int | None
    snippet: str
    occurred_at: datetime | None = None
    # The matched words as written in the contact's label or the note, in their order there;
    # and where they stand in ``snippet`` as (start, end) offsets, for a view to emphasise.
    matched_words: tuple[str, ...] = ()
    marks: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class NoteText:
    """What a note contributes to the index."""

    note_id: int
    occurred_at: datetime
    subject: str
    body: str
    outcome: str
    next_step: str


def is_table_of_index(name: str) -> bool:
    """FTS tables and their shadow tables, which the ORM models do not describe."""
    return any(name == t or name.startswith(t + "_") for t in FTS_TABLES)


def is_supported(conn: Connection) -> bool:
    return conn.dialect.name == "sqlite"


def note_key(note_id: int, occurred_at: datetime) -> int:
    minutes = int(occurred_at.timestamp() // 60)
    return (minutes << NOTE_ID_BITS) | (note_id & NOTE_ID_MASK)


def note_document(note: NoteText) -> str:
    return folding.index_text(" ".join((note.subject, note.body, note.outcome, note.next_step)))


# --- keeping the index in step, always inside the caller's transaction ---------------------


def contact_documents(conn: Connection, contact_ids: Iterable[int]) -> list[dict[str, object]]:
    ids = list(contact_ids)
    if not ids:
        return []
    rows = conn.execute(
        select(
            Contact.id,
            Contact.display_name,
            Contact.title,
            Contact.role,
            Organisation.name,
        )
        .outerjoin(Organisation, Organisation.id == Contact.organisation_id)
        .where(Contact.id.in_(bindparam("ids", expanding=True))),
        {"ids": ids},
    ).all()
    methods: dict[int, list[str]] = {}
    for contact_id, value, e164 in conn.execute(
        select(ContactMethod.contact_id, ContactMethod.value, ContactMethod.phone_e164).where(
            ContactMethod.contact_id.in_(bindparam("ids", expanding=True))
        ),
        {"ids": ids},
    ):
        methods.setdefault(contact_id, []).append(value)
        if e164:
            methods[contact_id].append(phone_search_forms(e164))
    # The user's own fields: what is written in them ("Segelclub"), not dates or yes/no.
    for contact_id, value in conn.execute(
        select(CustomValue.contact_id, CustomValue.value)
        .join(CustomField, CustomField.id == CustomValue.field_id)
        .where(
            CustomValue.contact_id.in_(bindparam("ids", expanding=True)),
            CustomField.kind.in_(("text", "choice")),
        ),
        {"ids": ids},
    ):
        methods.setdefault(contact_id, []).append(value)
    return [
        {
            "rowid": cid,
            "name": folding.index_text(f"{title or ''} {name}"),
            "other": folding.index_text(" ".join([org or "", role or "", *methods.get(cid, [])])),
        }
        for cid, name, title, role, org in rows
    ]


def phone_search_forms(e164: str) -> str:
    """'+491701234567' also as '491701234567' and the German national '01701234567'."""
    digits = e164.lstrip("+")
    forms = [digits]
    if digits.startswith("49"):
        forms.append("0" + digits[2:])
    return " ".join(forms)


def reindex_contacts(conn: Connection, contact_ids: Iterable[int]) -> None:
    if not is_supported(conn):
        return
    ids = list(contact_ids)
    if not ids:
        return
    old_terms = _contact_terms(conn, ids)
    conn.execute(
        text("DELETE FROM contact_fts WHERE rowid IN :ids").bindparams(
            bindparam("ids", expanding=True)
        ),
        {"ids": ids},
    )
    docs = contact_documents(conn, ids)
    if docs:
        conn.execute(
            text("INSERT INTO contact_fts(rowid, name, other) VALUES (:rowid, :name, :other)"),
            docs,
        )
        _add_terms(conn, (str(d["name"]) + " " + str(d["other"]) for d in docs))
    _prune_terms(conn, old_terms)


def remove_contacts(conn: Connection, contact_ids: Sequence[int]) -> None:
    if not is_supported(conn) or not contact_ids:
        return
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


def index_notes(conn: Connection, notes: Iterable[NoteText]) -> None:
    if not is_supported(conn):
        return
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


def unindex_notes(conn: Connection, notes: Iterable[NoteText]) -> None:
    """Remove notes as they were indexed (their old texts and time)."""
    if not is_supported(conn):
        return
    rows = [{"rowid": note_key(n.note_id, n.occurred_at), "body": note_document(n)} for n in notes]
    if rows:
        conn.execute(
            text("INSERT INTO note_fts(note_fts, rowid, body) VALUES ('delete', :rowid, :body)"),
            rows,
        )
        _prune_terms(conn, {term for r in rows for term in str(r["body"]).split()})


def note_texts(
    conn: Connection, where: ColumnElement[bool], limit: int | None = None
) -> list[NoteText]:
    query = (
        select(
            ConversationNote.id,
            ConversationNote.occurred_at,
            ConversationNote.subject,
            ConversationNote.body,
            ConversationNote.outcome,
            ConversationNote.next_step,
        )
        .where(where)
        .order_by(ConversationNote.id)
        .limit(limit)
    )
    return [NoteText(*row) for row in conn.execute(query)]


def rebuild(conn: Connection) -> None:
    """Index everything anew; used when folding changes or the index is in doubt."""
    if not is_supported(conn):
        return
    conn.execute(text("DELETE FROM contact_fts"))
    conn.execute(text("DELETE FROM search_terms"))
    conn.execute(text("INSERT INTO note_fts(note_fts) VALUES ('delete-all')"))
    last_id = 0
    while True:
        ids = list(
            conn.scalars(
                select(Contact.id).where(Contact.id > last_id).order_by(Contact.id).limit(5000)
            )
        )
        if not ids:
            break
        reindex_contacts(conn, ids)
        last_id = ids[-1]
    last_id = 0
    while True:
        batch = note_texts(conn, ConversationNote.id > last_id, limit=5000)
        if not batch:
            break
        index_notes(conn, batch)
        last_id = batch[-1].note_id
    # One segment per table: smaller on disk and fewer lists to read per query.
    conn.execute(text("INSERT INTO contact_fts(contact_fts) VALUES ('optimize')"))
    conn.execute(text("INSERT INTO note_fts(note_fts) VALUES ('optimize')"))
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


def search(conn: Connection, query: str, limit: int = 50) -> list[SearchHit]:
    """Contact hits first (name matches before others), then note hits, newest first."""
    if limit <= 0:
        return []
    if not is_supported(conn):
        return _search_portable(conn, query, limit)
    match = match_expression(conn, query)
    if match is None:
        return []
    contact_ids = matching_contact_ids(conn, query, limit, names_only=True)
    if len(contact_ids) < limit:
        for cid in matching_contact_ids(conn, query, limit, names_only=False):
            if cid not in contact_ids and len(contact_ids) < limit:
                contact_ids.append(cid)
    hits = _contact_hits(conn, contact_ids, query)
    remaining = limit - len(hits)
    if remaining > 0:
        keys = conn.scalars(
            text(
                "SELECT rowid FROM note_fts WHERE note_fts MATCH :match "
                "ORDER BY rowid DESC LIMIT :limit"
            ),
            {"match": match, "limit": remaining},
        ).all()
        hits.extend(_note_hits(conn, [k & NOTE_ID_MASK for k in keys], query))
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
    if not is_supported(conn):
        return []
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


def _contact_hits(conn: Connection, contact_ids: list[int], query: str) -> list[SearchHit]:
    if not contact_ids:
        return []
    rows = conn.execute(
        select(Contact.id, Contact.display_name, Organisation.name)
        .outerjoin(Organisation, Organisation.id == Contact.organisation_id)
        .where(Contact.id.in_(bindparam("ids", expanding=True))),
        {"ids": contact_ids},
    ).all()
    by_id = {row[0]: row for row in rows}
    hits = []
    for cid in contact_ids:
        _, name, org = by_id[cid]
        label = f"{name} ({org})" if org else name
        shown = folding.excerpt(label, query)
        hits.append(
            SearchHit("contact", cid, name, None, shown.text, None, shown.words, shown.marks)
        )
    return hits


def _note_hits(conn: Connection, note_ids: list[int], query: str) -> list[SearchHit]:
    if not note_ids:
        return []
    rows = conn.execute(
        select(
            ConversationNote.id,
            ConversationNote.contact_id,
            Contact.display_name,
            ConversationNote.occurred_at,
            ConversationNote.subject,
            ConversationNote.body,
            ConversationNote.outcome,
            ConversationNote.next_step,
        )
        .join(Contact, Contact.id == ConversationNote.contact_id)
        .where(ConversationNote.id.in_(bindparam("ids", expanding=True)), visible()),
        {"ids": note_ids},
    ).all()
    by_id = {row[0]: row for row in rows}
    hits = []
    for nid in note_ids:
        if nid not in by_id:
            continue
        _, cid, name, occurred_at, subject, body, outcome, next_step = by_id[nid]
        whole = " · ".join(part for part in (subject, body, outcome, next_step) if part)
        shown = folding.excerpt(whole, query)
        hits.append(
            SearchHit("note", cid, name, nid, shown.text, occurred_at, shown.words, shown.marks)
        )
    return hits


def note_hits_by_contact(hits: Iterable[SearchHit]) -> dict[int, SearchHit]:
    """The newest note hit of each contact that no contact hit names: why the contact list
    shows a row its name does not explain."""
    found: dict[int, SearchHit] = {}
    for hit in hits:
        if hit.kind == "contact":
            # Found by its own name, firm or number: that is shown already.
            found[hit.contact_id] = hit
        else:
            found.setdefault(hit.contact_id, hit)
    return {cid: hit for cid, hit in found.items() if hit.kind == "note"}


def _search_portable(conn: Connection, query: str, limit: int) -> list[SearchHit]:
    """A plain LIKE search for databases without FTS5: right, but not fast."""
    found = folding.words(query)
    if not found:
        return []
    contact_q = select(Contact.id).where(visible()).order_by(Contact.sort_name).limit(limit)
    for word in found:
        contact_q = contact_q.where(Contact.sort_name.like(f"%{folding.fold(word)}%"))
    contact_ids = list(conn.scalars(contact_q))
    hits = _contact_hits(conn, contact_ids, query)
    note_q = (
        select(ConversationNote.id)
        .order_by(ConversationNote.occurred_at.desc())
        .limit(limit - len(hits))
    )
    for word in found:
        note_q = note_q.where(ConversationNote.body.ilike(f"%{word}%"))
    hits.extend(_note_hits(conn, list(conn.scalars(note_q)), query))
    return hits


NOTE_MATCHES_FOR_LIST = 500


def contact_filter(conn: Connection, query: str) -> ColumnElement[bool] | None:
    """A condition on ``Contact.id`` for contacts matching ``query``: by name, organisation,
    contact methods, or one of the newest note matches. None when the query has no words."""
    match = match_expression(conn, query) if is_supported(conn) else folding.fts_query(query)
    if match is None:
        return None
    if not is_supported(conn):
        words = [folding.fold(w) for w in folding.words(query)]
        return and_(*(Contact.sort_name.like(f"%{w}%") for w in words))
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
