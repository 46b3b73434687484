"""What each entity carries when it leaves the program as JSON, defined once.

The field names are the stored models' own: every column of a table is shown unless it is
listed in :data:`BOOKKEEPING` as the storage's own business. So a new column appears in
``contacts show --json``, the history export's JSON and the access export at once, and the
lossless archive (which writes whole tables) uses the same names and :func:`json_value`.

Values: times as UTC ISO 8601 (``2026-03-27T10:00:00+00:00``), dates as ``YYYY-MM-DD``,
binary data as ``{"$base64": …}``. A contact's photo is not inlined; ``has_photo`` says
whether there is one (the access export and the archive carry the picture itself).
"""

from __future__ import annotations

import base64
from collections.abc import Collection
from dataclasses import fields as dataclass_fields
from datetime import UTC, date, datetime
from typing import Any

from beziehung.core.db import Base
from beziehung.core.models import Contact, ContactMethod, ConversationNote, Reminder
from beziehung.core.salutation import letter_salutation
from beziehung.core.services.records import (
    ContactDetail,
    ContactSummary,
    MethodRecord,
    NoteRecord,
    PersonRef,
    ReminderRecord,
)

# Columns that serve the storage rather than describe the entity; ``version`` only tells
# whether an edit started from the stored state.
BOOKKEEPING: dict[str, frozenset[str]] = {
    # sort_name is the folded name for the index; the photo is too big to inline.
    "contacts": frozenset({"sort_name", "photo", "version"}),
    "contact_methods": frozenset({"contact_id"}),
    # When the row was typed in or last edited; the note's own time is occurred_at.
    "notes": frozenset({"created_at", "updated_at", "version"}),
    # Where a recurring series started counting; due_at and recurrence_* describe it.
    "reminders": frozenset({"recurrence_anchor_at", "version"}),
}


def _columns(model: type[Base]) -> tuple[str, ...]:
    hidden = BOOKKEEPING.get(model.__tablename__, frozenset())
    return tuple(c.name for c in model.__table__.columns if c.name not in hidden)


CONTACT_FIELDS = _columns(Contact)
METHOD_FIELDS = _columns(ContactMethod)
NOTE_FIELDS = _columns(ConversationNote)
# contact_name is not stored with the reminder, but a reminder is read by it.
REMINDER_FIELDS = (*_columns(Reminder), "contact_name")


def json_value(value: Any) -> Any:
    """A stored value as JSON: the one conversion every export uses."""
    if isinstance(value, datetime):
        return (value.astimezone(UTC) if value.tzinfo else value).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes | memoryview):
        return {"$base64": base64.b64encode(bytes(value)).decode("ascii")}
    if isinstance(value, list | tuple):
        return [json_value(v) for v in value]
    return value


def _pick(record: object, names: Collection[str]) -> dict[str, Any]:
    return {name: json_value(getattr(record, name)) for name in names}


def method_json(method: MethodRecord) -> dict[str, Any]:
    return _pick(method, METHOD_FIELDS)


def note_json(note: NoteRecord) -> dict[str, Any]:
    """A note's columns, and who else took part besides its own contact."""
    data = _pick(note, NOTE_FIELDS)
    data["participants"] = [person_json(p) for p in note.participants]
    return data


def reminder_json(reminder: ReminderRecord) -> dict[str, Any]:
    return _pick(reminder, REMINDER_FIELDS)


def person_json(person: PersonRef) -> dict[str, Any]:
    return {"id": person.id, "display_name": person.display_name}


def summary_json(summary: ContactSummary) -> dict[str, Any]:
    """A contact as lists show it: the summary's fields, by the same names."""
    return _pick(summary, [f.name for f in dataclass_fields(summary)])


def contact_json(detail: ContactDetail, *, history: bool = False) -> dict[str, Any]:
    """Every field of a contact; with ``history`` also its notes and reminders."""
    summary = detail.summary
    data = {
        name: json_value(getattr(summary if hasattr(summary, name) else detail, name))
        for name in CONTACT_FIELDS
    }
    # Beside the columns, what a contact links to, by the relationships' names.
    data.update(
        organisation=summary.organisation,
        has_photo=detail.has_photo,
        tags=list(summary.tags),
        emails=list(summary.emails),
        phones=list(summary.phones),
        methods=[method_json(m) for m in detail.methods],
        referred_by=[person_json(p) for p in detail.referred_by],
        referred=[person_json(p) for p in detail.referred],
        custom_fields={v.name: v.value for v in detail.custom_fields},
        letter_salutation=letter_salutation(detail),
    )
    if history:
        data["notes"] = [note_json(n) for n in detail.notes]
        data["reminders"] = [reminder_json(r) for r in detail.reminders]
    return data
