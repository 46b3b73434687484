"""Conversation notes: what was said, when, on which channel, and what comes next."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from beziehung.core import search
from beziehung.core.bounds import check_moment
from beziehung.core.errors import invalid, not_found
from beziehung.core.events import CONVERSATION
from beziehung.core.models import (
    ASK_ANSWERS,
    ASK_KINDS,
    CHANNELS,
    DIRECTIONS,
    VOICES,
    Contact,
    ConversationNote,
)
from beziehung.core.services import versions
from beziehung.core.services.base import Service
from beziehung.core.services.contact_rules import refresh_last_contact
from beziehung.core.services.conversions import note_record
from beziehung.core.services.inputs import NoteInput
from beziehung.core.services.participants import (
    check_participants,
    involving,
    people_of,
    set_participants,
    settle_cadence_reminders,
)
from beziehung.core.services.records import NoteRecord, ReminderRecord
from beziehung.core.services.reminders import (
    UNCHANGED,
    ReminderService,
    Unchanged,
    add_reminder,
)
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
    data.voice = _code(data.voice, VOICES, "voice")
    data.ask_kind = _code(data.ask_kind, ASK_KINDS, "ask_kind")
    answer = _code(data.ask_answer, ASK_ANSWERS, "ask_answer")
    if data.ask_kind is None and answer is not None:
        raise invalid(
            "ask_answer_alone", "An answer needs something asked: a recommendation or a review"
        )
    # Asked, the answer is open until it comes.
    data.ask_answer = (answer or "open") if data.ask_kind is not None else None
    return data


def _code(value: str | None, allowed: tuple[str, ...], field: str) -> str | None:
    """A code from ``allowed`` as typed in any case, or None for nothing given."""
    if value is None or not value.strip():
        return None
    code = value.strip().casefold()
    if code not in allowed:
        raise invalid(
            field,
            "Unknown {field} '{value}': use one of {allowed}",
            field=field.replace("_", " "),
            value=value,
            allowed=", ".join(allowed),
        )
    return code


def answered_at(voice: str | None, before: datetime | None) -> datetime | None:
    """A complaint keeps when it was answered; any other voice has nothing to answer."""
    return before if voice == "complaint" else None


def edited_at(created_at: datetime, updated_at: datetime) -> datetime | None:
    """When a note was last corrected, or None for one never changed since it was logged."""
    return updated_at if updated_at > created_at else None


def _note_text(note: ConversationNote) -> search.NoteText:
    return search.NoteText(
        note.id, note.occurred_at, note.subject, note.body, note.outcome, note.next_step
    )


def records_of(session: Session, notes: list[ConversationNote]) -> list[NoteRecord]:
    """Notes as records with who else took part and their own contact's name."""
    people = people_of(session, [n.id for n in notes])
    owners = {n.contact_id for n in notes if n.id in people}
    names: dict[int, str] = {
        cid: name
        for cid, name in session.execute(
            select(Contact.id, Contact.display_name).where(Contact.id.in_(owners))
        )
    }
    return [note_record(n, people.get(n.id, ()), names.get(n.contact_id, "")) for n in notes]


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
        callback_for: int | Unchanged | None = UNCHANGED,
    ) -> tuple[NoteRecord, ReminderRecord | None]:
        """A note, the callback agreed in it and the reminder it answers (completed), saved
        together or not at all; ``callback_for`` is the callback's assignee (left out: the
        acting user)."""
        now = self._now()
        with self._tx(CONVERSATION) as session:
            note = self.log_in(session, data, now)
            if answers is not None:
                ReminderService(self.context).complete_in(session, answers, now, if_open=True)
            reminder = None
            if callback_at is not None:
                reminder = add_reminder(
                    session,
                    data.contact_id,
                    callback_at,
                    callback_reason,
                    now,
                    note_id=note.id,
                    assignee_id=callback_for,
                )
            return note, reminder

    def log_in(self, session: Session, data: NoteInput, now: datetime) -> NoteRecord:
        """The body of :meth:`log` inside a caller's transaction (a note with its callback)."""
        validate_note(data)
        if session.get(Contact, data.contact_id) is None:
            raise not_found("contact", data.contact_id)
        others = check_participants(session, data.contact_id, data.with_contacts)
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
            voice=data.voice,
            ask_kind=data.ask_kind,
            ask_answer=data.ask_answer,
            author_id=acting_user_id(session),
            created_at=now,
            updated_at=now,
        )
        session.add(note)
        session.flush()
        set_participants(session, note.id, others)
        search.index_notes(session.connection(), [_note_text(note)])
        everyone = [data.contact_id, *others]
        refresh_last_contact(session, everyone)
        settle_cadence_reminders(session, everyone, now)
        return self._record(session, note)

    def edit(
        self, note_id: int, data: NoteInput, *, expected_version: int | None = None
    ) -> NoteRecord:
        """Replace a note's fields; the contact stays the note's own. ``expected_version`` is
        the ``NoteRecord.version`` the edit started from: when someone saved the note since,
        :class:`~beziehung.core.errors.ConflictError` is raised with both versions and nothing
        is written (None: whatever is stored is overwritten)."""
        validate_note(data)
        now = self._now()
        with self._tx(CONVERSATION) as session:
            versions.claim(
                session,
                ConversationNote,
                note_id,
                expected_version,
                lambda: self._record(session, self._load(session, note_id)),
                data,
            )
            note = self._load(session, note_id)
            others = check_participants(session, note.contact_id, data.with_contacts)
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
            note.voice_answered_at = answered_at(data.voice, note.voice_answered_at)
            note.voice = data.voice
            note.ask_kind, note.ask_answer = data.ask_kind, data.ask_answer
            note.updated_at = now
            session.flush()
            before = set_participants(session, note.id, others)
            search.index_notes(conn, [_note_text(note)])
            refresh_last_contact(session, [note.contact_id, *before, *others])
            return self._record(session, note)

    def delete(self, note_id: int) -> Snapshot:
        """Delete a note; returns what went, for :meth:`UndoService.restore`."""
        with self._tx(CONVERSATION) as session:
            note = self._load(session, note_id)
            snapshot = capture_note(session, note)
            search.unindex_notes(session.connection(), [_note_text(note)])
            session.delete(note)
            session.flush()
            refresh_last_contact(session, snapshot.contact_ids)
            return snapshot

    def edits(self, contact_id: int) -> dict[int, datetime]:
        """The notes of a contact (their own and those they took part in) that were corrected
        after logging, and when."""
        with self._read() as session:
            rows = session.execute(
                select(
                    ConversationNote.id, ConversationNote.created_at, ConversationNote.updated_at
                ).where(
                    involving([contact_id]),
                    ConversationNote.updated_at > ConversationNote.created_at,
                )
            )
            found = {ident: edited_at(created, updated) for ident, created, updated in rows}
            return {ident: when for ident, when in found.items() if when is not None}

    def get(self, note_id: int) -> NoteRecord:
        with self._read() as session:
            return self._record(session, self._load(session, note_id))

    def for_contact(self, contact_id: int, limit: int | None = None) -> list[NoteRecord]:
        """A contact's notes, their own and those they took part in, newest first."""
        with self._read() as session:
            notes = list(
                session.scalars(
                    select(ConversationNote)
                    .where(involving([contact_id]))
                    .order_by(ConversationNote.occurred_at.desc(), ConversationNote.id.desc())
                    .limit(limit)
                )
            )
            return records_of(session, notes)

    @staticmethod
    def _record(session: Session, note: ConversationNote) -> NoteRecord:
        return records_of(session, [note])[0]

    @staticmethod
    def _load(session: Session, note_id: int) -> ConversationNote:
        note = session.get(ConversationNote, note_id)
        if note is None:
            raise not_found("note", note_id)
        return note
