"""What a contact history export contains: chosen contacts in full, notes as plain rows."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import select

from beziehung.core.errors import invalid
from beziehung.core.models import Contact, ConversationNote, Tag, contact_tags, visible
from beziehung.core.services.base import Service
from beziehung.core.services.records import ContactDetail
from beziehung.core.text import fold

ROWS_PER_FETCH = 5_000


@dataclass(frozen=True)
class Selection:
    """Which contacts: some ids, a tag, an organisation, or everyone."""

    ids: tuple[int, ...] = ()
    tag: str | None = None
    organisation_id: int | None = None
    everyone: bool = False
    # Only the Auskunft (Art. 15) includes restricted contacts.
    include_restricted: bool = False


@dataclass(frozen=True)
class NoteRow:
    contact_id: int
    contact_name: str
    note_id: int
    occurred_at: datetime
    channel: str
    direction: str
    duration_minutes: int | None
    subject: str
    body: str
    outcome: str
    next_step: str


class HistoryService(Service):
    def contact_ids(self, selection: Selection) -> list[int]:
        if not (selection.ids or selection.tag or selection.organisation_id or selection.everyone):
            raise invalid("selection_empty", "Choose contacts to export: ids, a tag or all")
        query = select(Contact.id).order_by(Contact.sort_name, Contact.id)
        if not selection.include_restricted:
            query = query.where(visible())
        if selection.ids:
            query = query.where(Contact.id.in_(selection.ids))
        if selection.tag:
            query = query.where(
                Contact.id.in_(
                    select(contact_tags.c.contact_id)
                    .join(Tag, Tag.id == contact_tags.c.tag_id)
                    .where(Tag.name_folded == fold(selection.tag))
                )
            )
        if selection.organisation_id:
            query = query.where(Contact.organisation_id == selection.organisation_id)
        with self._read() as session:
            return list(session.scalars(query))

    def note_rows(self, contact_ids: list[int] | None) -> Iterator[NoteRow]:
        """Notes as plain rows, oldest first per contact, streamed (a million fit)."""
        query = (
            select(
                ConversationNote.contact_id,
                Contact.display_name,
                ConversationNote.id,
                ConversationNote.occurred_at,
                ConversationNote.channel,
                ConversationNote.direction,
                ConversationNote.duration_minutes,
                ConversationNote.subject,
                ConversationNote.body,
                ConversationNote.outcome,
                ConversationNote.next_step,
            )
            .join(Contact, Contact.id == ConversationNote.contact_id)
            .order_by(
                Contact.sort_name, Contact.id, ConversationNote.occurred_at, ConversationNote.id
            )
        )
        if contact_ids is not None:
            query = query.where(ConversationNote.contact_id.in_(contact_ids))
        with self.context.engine.connect() as conn:
            result = conn.execution_options(yield_per=ROWS_PER_FETCH).execute(query)
            for row in result:
                yield NoteRow(*row)


def chronological(detail: ContactDetail) -> ContactDetail:
    """The same record with its notes oldest first, as a history reads."""
    return replace(detail, notes=sorted(detail.notes, key=lambda n: (n.occurred_at, n.id)))
