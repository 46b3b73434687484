"""A contact's notes a page at a time, newest first, for the timeline.

A contact may have thousands of notes; the window shows the newest page and reads older ones
as the user scrolls. Pages continue from the last note shown (keyset on ``occurred_at, id``,
the order of ``ix_notes_contact_occurred``), so page boundaries neither skip nor repeat a
note. Rows are read as plain columns: ORM objects cost several times more per note.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, select, tuple_
from sqlalchemy.orm import Session

from beziehung.core.models import Contact, ConversationNote, note_participants
from beziehung.core.services.participants import people_of
from beziehung.core.services.records import NoteRecord

# The note's own columns, named as ``NoteRecord``'s fields.
_COLUMNS = (
    ConversationNote.id,
    ConversationNote.contact_id,
    ConversationNote.occurred_at,
    ConversationNote.channel,
    ConversationNote.direction,
    ConversationNote.duration_minutes,
    ConversationNote.subject,
    ConversationNote.body,
    ConversationNote.outcome,
    ConversationNote.next_step,
    ConversationNote.voice,
    ConversationNote.voice_answered_at,
    ConversationNote.ask_kind,
    ConversationNote.ask_answer,
    ConversationNote.author_id,
    ConversationNote.version,
)

Position = tuple[datetime, int]


@dataclass(frozen=True)
class NotePage:
    """Notes newest first; ``more`` when older ones follow (continue after ``last``)."""

    notes: list[NoteRecord]
    more: bool

    @property
    def last(self) -> Position | None:
        return (self.notes[-1].occurred_at, self.notes[-1].id) if self.notes else None


def _newest(
    query: Select[*tuple[Any, ...]], before: Position | None, limit: int
) -> Select[*tuple[Any, ...]]:
    if before is not None:
        query = query.where(
            tuple_(ConversationNote.occurred_at, ConversationNote.id) < tuple_(*before)
        )
    return query.order_by(ConversationNote.occurred_at.desc(), ConversationNote.id.desc()).limit(
        limit
    )


def note_page(session: Session, contact_id: int, before: Position | None, limit: int) -> NotePage:
    """Up to ``limit`` notes of ``contact_id`` (their own and those they took part in) older
    than ``before``, newest first, in the order :func:`ContactService.get` gives them."""
    # Two index-ordered reads merged here: an OR of both conditions would sort every note.
    own = _newest(
        select(*_COLUMNS).where(ConversationNote.contact_id == contact_id), before, limit + 1
    )
    joined = _newest(
        select(*_COLUMNS).where(
            ConversationNote.id.in_(
                select(note_participants.c.note_id).where(
                    note_participants.c.contact_id == contact_id
                )
            )
        ),
        before,
        limit + 1,
    )
    rows = [*session.execute(own), *session.execute(joined)]
    rows.sort(key=lambda r: (r.occurred_at, r.id), reverse=True)
    more = len(rows) > limit
    rows = rows[:limit]
    people = people_of(session, [r.id for r in rows])
    owners = {r.contact_id for r in rows if r.id in people}
    names: dict[int, str] = {
        cid: name
        for cid, name in session.execute(
            select(Contact.id, Contact.display_name).where(Contact.id.in_(owners))
        )
    }
    notes = [
        NoteRecord(
            **r._mapping,
            participants=people.get(r.id, ()),
            contact_name=names.get(r.contact_id, ""),
        )
        for r in rows
    ]
    return NotePage(notes, more)


def last_ask(session: Session, contact_id: int) -> NoteRecord | None:
    """The contact's own newest note that asked for a recommendation or review."""
    row = session.execute(
        _newest(
            select(*_COLUMNS).where(
                ConversationNote.contact_id == contact_id, ConversationNote.ask_kind.is_not(None)
            ),
            None,
            1,
        )
    ).first()
    return NoteRecord(**row._mapping) if row is not None else None
