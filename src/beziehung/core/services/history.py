"""What a contact history export contains: chosen contacts in full, notes as plain rows."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import ColumnElement, Connection, Select, String, select, type_coerce

from beziehung.core.db import is_sqlite, stored_time, stored_time_iso_sql
from beziehung.core.errors import invalid
from beziehung.core.models import (
    Contact,
    ConversationNote,
    CustomField,
    CustomValue,
    Tag,
    contact_tags,
    visible,
)
from beziehung.core.salutation import salutation_line
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


# The columns of :meth:`HistoryService.note_batches`, in their order.
NOTE_COLUMNS = (
    "contact_id",
    "contact_name",
    "note_id",
    "occurred_at",
    "channel",
    "direction",
    "duration_minutes",
    "subject",
    "body",
    "outcome",
    "next_step",
)
OCCURRED_AT = NOTE_COLUMNS.index("occurred_at")


class HistoryService(Service):
    def contact_ids(self, selection: Selection) -> list[int]:
        with self._read() as session:
            return list(session.scalars(_chosen(selection)))

    def letter_columns(
        self, selection: Selection, field_names: Sequence[str]
    ) -> dict[int, list[str]]:
        """Each chosen contact's letter salutation, then its own fields' values in
        ``field_names`` order ("" where none), read as plain columns."""
        chosen = _conditions(selection)
        found: dict[int, list[str]] = {}
        place = {name: i for i, name in enumerate(field_names, 1)}
        with self._read() as session:
            people = session.execute(
                select(
                    Contact.id,
                    Contact.salutation,
                    Contact.title,
                    Contact.given_name,
                    Contact.family_name,
                    Contact.letter_form,
                ).where(*chosen)
            )
            for cid, salutation, title, given, family, form in people:
                line = salutation_line(salutation, title, given, family, form)
                found[cid] = [line, *([""] * len(field_names))]
            if place:
                values = session.execute(
                    select(CustomValue.contact_id, CustomField.name, CustomValue.value)
                    .join(CustomField, CustomField.id == CustomValue.field_id)
                    .where(CustomValue.contact_id.in_(select(Contact.id).where(*chosen)))
                    .order_by(CustomField.position, CustomField.id)
                )
                for cid, name, value in values:
                    if cid in found and name in place:
                        found[cid][place[name]] = value
        return found

    def note_batches(self, selection: Selection) -> Iterator[list[tuple[Any, ...]]]:
        """Notes of the chosen contacts as plain tuples in ``NOTE_COLUMNS`` order, oldest
        first per contact, in the contacts' name order, streamed in batches (a million fit).
        ``occurred_at`` is ``stored_time(...).isoformat()``, UTC.

        Read through the driver's own cursor, the time converted by SQLite: per row,
        SQLAlchemy's result machinery and a datetime cost more than SQLite and the CSV writer
        together."""
        # Conditions on the joined contact: SQLite then walks contacts in name order and each
        # one's notes by index, with no sort of a million rows.
        chosen = _conditions(selection)
        # Other databases hand back a datetime, converted below.
        by_sqlite = is_sqlite(self.context.engine)
        occurred = (
            stored_time_iso_sql(ConversationNote.occurred_at)
            if by_sqlite
            else ConversationNote.occurred_at
        )
        query = (
            select(
                ConversationNote.contact_id,
                Contact.display_name,
                ConversationNote.id,
                occurred,
                ConversationNote.channel,
                ConversationNote.direction,
                ConversationNote.duration_minutes,
                ConversationNote.subject,
                ConversationNote.body,
                ConversationNote.outcome,
                ConversationNote.next_step,
            )
            .join(Contact, Contact.id == ConversationNote.contact_id)
            .where(*chosen)
            .order_by(
                Contact.sort_name, Contact.id, ConversationNote.occurred_at, ConversationNote.id
            )
        )
        with self.context.engine.connect() as conn:
            compiled = query.compile(conn, compile_kwargs={"render_postcompile": True})
            params = compiled.construct_params()
            bound = (
                [params[k] for k in compiled.positiontup or ()] if compiled.positional else params
            )
            cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
            try:
                cursor.execute(str(compiled), bound)
                while batch := cursor.fetchmany(ROWS_PER_FETCH):
                    if not by_sqlite:
                        batch = [_time_as_text(row) for row in batch]
                    elif any(row[OCCURRED_AT] is None for row in batch):
                        batch = [_with_time(conn, row) for row in batch]
                    yield batch
            finally:
                cursor.close()


def _time_as_text(row: tuple[Any, ...]) -> tuple[Any, ...]:
    moment = stored_time(row[OCCURRED_AT]).isoformat()
    return (*row[:OCCURRED_AT], moment, *row[OCCURRED_AT + 1 :])


def _with_time(conn: Connection, row: tuple[Any, ...]) -> tuple[Any, ...]:
    """``row`` with its time converted in Python, for text SQLAlchemy did not write."""
    if row[OCCURRED_AT] is not None:
        return row
    # The raw text, as the driver hands it: SQLAlchemy's own parsing is stricter.
    stored = conn.scalar(
        select(type_coerce(ConversationNote.occurred_at, String)).where(
            ConversationNote.id == row[2]
        )
    )
    assert stored is not None
    return (*row[:OCCURRED_AT], stored_time(stored).isoformat(), *row[OCCURRED_AT + 1 :])


def _chosen(selection: Selection) -> Select[int]:
    """The ids of the contacts ``selection`` names, in name order."""
    return select(Contact.id).where(*_conditions(selection)).order_by(Contact.sort_name, Contact.id)


def _conditions(selection: Selection) -> list[ColumnElement[bool]]:
    """What a contact must fulfil to be chosen by ``selection``."""
    if not (selection.ids or selection.tag or selection.organisation_id or selection.everyone):
        raise invalid("selection_empty", "Choose contacts to export: ids, a tag or all")
    found = [] if selection.include_restricted else [visible()]
    if selection.ids:
        found.append(Contact.id.in_(selection.ids))
    if selection.tag:
        found.append(
            Contact.id.in_(
                select(contact_tags.c.contact_id)
                .join(Tag, Tag.id == contact_tags.c.tag_id)
                .where(Tag.name_folded == fold(selection.tag))
            )
        )
    if selection.organisation_id:
        found.append(Contact.organisation_id == selection.organisation_id)
    return found


def chronological(detail: ContactDetail) -> ContactDetail:
    """The same record with its notes oldest first, as a history reads."""
    return replace(detail, notes=sorted(detail.notes, key=lambda n: (n.occurred_at, n.id)))
