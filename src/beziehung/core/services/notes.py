"""Conversation notes: what was said, when, on which channel, and what comes next."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from beziehung.core import search
from beziehung.core.bounds import check_moment
from beziehung.core.errors import invalid, not_found
from beziehung.core.events import CONVERSATION
from beziehung.core.models import CHANNELS, DIRECTIONS, Contact, ConversationNote, Reminder
from beziehung.core.services.base import Service
from beziehung.core.services.contact_rules import refresh_last_contact
from beziehung.core.services.conversions import note_record
from beziehung.core.services.inputs import NoteInput
from beziehung.core.services.records import NoteRecord, ReminderRecord
from beziehung.core.services.reminders import ReminderService, add_reminder
from beziehung.core.services.undo import Snapshot, capture_note
from beziehung.core.services.users import acting_user_id

MAX_DURATION_MINUTES = 24 * 60


def validate_note(data: NoteInput) -> NoteInput:
    channel = data.channel.strip().casefold()
    if channel not in CHANNELS:
        raise invalid(
            "channel",
            "Unknown channel '{channel}': use one of {channels}",
            channel=data.channel,
            channels=", ".join(CHANNELS),
        )
    direction = data.direction.strip().casefold()
    if direction not in DIRECTIONS:
        raise invalid(
            "direction", "Unknown direction '{direction}': use in or out", direction=data.direction
        )
    if data.duration_minutes is not None and not 0 <= data.duration_minutes <= MAX_DURATION_MINUTES:
        raise invalid(
            "duration",
            "The duration must be between 0 and {most} minutes, not {minutes}",
            most=MAX_DURATION_MINUTES,
            minutes=data.duration_minutes,
        )
    check_moment(data.occurred_at, "note's time")
    texts = (data.subject, data.body, data.outcome, data.next_step)
    if not any(t.strip() for t in texts):
        raise invalid("note_empty", "A note needs some text")
    data.channel, data.direction = channel, direction
    return data


def edited_at(created_at: datetime, updated_at: datetime) -> datetime | None:
    """When a note was last corrected, or None for one never changed since it was logged."""
    return updated_at if updated_at > created_at else None


def _note_text(note: ConversationNote) -> search.NoteText:
    return search.NoteText(
        note.id, note.occurred_at, note.subject, note.body, note.outcome, note.next_step
    )


class NoteService(Service):
    def log(self, data: NoteInput) -> NoteRecord:
        """Store a conversation note; "now" when no time is given."""
        now = self._now()
        with self._tx(CONVERSATION) as session:
            return self.log_in(session, data, now)

    def log_call(
        self,
        data: NoteInput,
        callback_at: datetime | None = None,
        callback_reason: str = "",
        answers: int | None = None,
    ) -> tuple[NoteRecord, ReminderRecord | None]:
        """A note, the callback agreed in it and the reminder it answers (completed), saved
        together or not at all."""
        now = self._now()
        with self._tx(CONVERSATION) as session:
            note = self.log_in(session, data, now)
            if answers is not None:
                ReminderService(self.context).complete_in(session, answers, now, if_open=True)
            reminder = None
            if callback_at is not None:
                reminder = add_reminder(
                    session, data.contact_id, callback_at, callback_reason, now, note_id=note.id
                )
            return note, reminder

    def log_in(self, session: Session, data: NoteInput, now: datetime) -> NoteRecord:
        """The body of :meth:`log` inside a caller's transaction (a note with its callback)."""
        validate_note(data)
        if session.get(Contact, data.contact_id) is None:
            raise not_found("contact", data.contact_id)
        note = ConversationNote(
            contact_id=data.contact_id,
            occurred_at=data.occurred_at or now,
            channel=data.channel,
            direction=data.direction,
            duration_minutes=data.duration_minutes,
            subject=data.subject.strip(),
            body=data.body.strip(),
            outcome=data.outcome.strip(),
            next_step=data.next_step.strip(),
            author_id=acting_user_id(session),
            created_at=now,
            updated_at=now,
        )
        session.add(note)
        session.flush()
        search.index_notes(session.connection(), [_note_text(note)])
        refresh_last_contact(session, [data.contact_id])
        # Any conversation answers "not spoken to for a while".
        session.execute(
            update(Reminder)
            .where(
                Reminder.contact_id == data.contact_id,
                Reminder.kind == "cadence",
                Reminder.state == "open",
            )
            .values(state="done", completed_at=now)
        )
        return note_record(note)

    def edit(self, note_id: int, data: NoteInput) -> NoteRecord:
        """Replace a note's fields; the contact stays the note's own."""
        validate_note(data)
        now = self._now()
        with self._tx(CONVERSATION) as session:
            note = self._load(session, note_id)
            conn = session.connection()
            search.unindex_notes(conn, [_note_text(note)])
            note.occurred_at = data.occurred_at or note.occurred_at
            note.channel = data.channel
            note.direction = data.direction
            note.duration_minutes = data.duration_minutes
            note.subject = data.subject.strip()
            note.body = data.body.strip()
            note.outcome = data.outcome.strip()
            note.next_step = data.next_step.strip()
            note.updated_at = now
            session.flush()
            search.index_notes(conn, [_note_text(note)])
            refresh_last_contact(session, [note.contact_id])
            return note_record(note)

    def delete(self, note_id: int) -> Snapshot:
        """Delete a note; returns what went, for :meth:`UndoService.restore`."""
        with self._tx(CONVERSATION) as session:
            note = self._load(session, note_id)
            snapshot = capture_note(session, note)
            search.unindex_notes(session.connection(), [_note_text(note)])
            contact_id = note.contact_id
            session.delete(note)
            session.flush()
            refresh_last_contact(session, [contact_id])
            return snapshot

    def edits(self, contact_id: int) -> dict[int, datetime]:
        """The notes of a contact that were corrected after logging, and when."""
        with self._read() as session:
            rows = session.execute(
                select(
                    ConversationNote.id, ConversationNote.created_at, ConversationNote.updated_at
                ).where(
                    ConversationNote.contact_id == contact_id,
                    ConversationNote.updated_at > ConversationNote.created_at,
                )
            )
            found = {ident: edited_at(created, updated) for ident, created, updated in rows}
            return {ident: when for ident, when in found.items() if when is not None}

    def get(self, note_id: int) -> NoteRecord:
        with self._read() as session:
            return note_record(self._load(session, note_id))

    def for_contact(self, contact_id: int, limit: int | None = None) -> list[NoteRecord]:
        with self._read() as session:
            notes = session.scalars(
                select(ConversationNote)
                .where(ConversationNote.contact_id == contact_id)
                .order_by(ConversationNote.occurred_at.desc(), ConversationNote.id.desc())
                .limit(limit)
            )
            return [note_record(n) for n in notes]

    @staticmethod
    def _load(session: Session, note_id: int) -> ConversationNote:
        note = session.get(ConversationNote, note_id)
        if note is None:
            raise not_found("note", note_id)
        return note
