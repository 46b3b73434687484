"""What both search backends share: the documents they index and the hits they return.

A document is the folded text of :func:`beziehung.core.text.index_text`, computed here in
Python for both engines, so that "Müller", "mueller" and "MÜLLER" or a compound part find the
same contacts and notes on SQLite and on PostgreSQL. Excerpts are cut here too.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, Connection, bindparam, select

from beziehung.core import text as folding
from beziehung.core.models import (
    Contact,
    ContactMethod,
    ConversationNote,
    CustomField,
    CustomValue,
    Organisation,
    visible,
)

FOLD_VERSION = "2"
FOLD_VERSION_KEY = "search.fold_version"
NOTE_ID_BITS = 32
NOTE_ID_MASK = (1 << NOTE_ID_BITS) - 1
# How many of the newest matching notes name contacts for the contact list's filter.
NOTE_MATCHES_FOR_LIST = 500


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


def note_key(note_id: int, occurred_at: datetime) -> int:
    """The note's time in minutes shifted left by 32 bits plus its id: "newest first" as one
    integer, the same order on both engines."""
    minutes = int(occurred_at.timestamp() // 60)
    return (minutes << NOTE_ID_BITS) | (note_id & NOTE_ID_MASK)


def note_document(note: NoteText) -> str:
    return folding.index_text(" ".join((note.subject, note.body, note.outcome, note.next_step)))


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


def contact_hits(conn: Connection, contact_ids: list[int], query: str) -> list[SearchHit]:
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


def note_hits(conn: Connection, note_ids: list[int], query: str) -> list[SearchHit]:
    """Hits for notes in the order given, those of restricted contacts left out."""
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
