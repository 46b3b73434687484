"""Callback reminders: agreed, due, snoozed, done, and never lost."""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from datetime import datetime
from enum import Enum, auto

from sqlalchemy import ColumnElement, select, update
from sqlalchemy.orm import Session

from beziehung.core.bounds import check_interval, check_moment, multi_line
from beziehung.core.errors import invalid, not_found
from beziehung.core.events import Topic
from beziehung.core.models import (
    RECURRENCE_UNITS,
    REMINDER_KINDS,
    Contact,
    Reminder,
    User,
    visible,
)
from beziehung.core.services import versions
from beziehung.core.services.base import Service, mark_changed
from beziehung.core.services.conversions import reminder_record
from beziehung.core.services.records import ReminderRecord
from beziehung.core.services.undo import Snapshot, capture_reminder
from beziehung.core.services.users import acting_user_id, user_id_for
from beziehung.core.timeparse import next_occurrence


class Unchanged(Enum):
    """An argument left out, where None has a meaning of its own."""

    UNCHANGED = auto()


UNCHANGED = Unchanged.UNCHANGED


@dataclass(frozen=True)
class ReminderChange:
    """What an edit of a reminder meant to save (UNCHANGED: left as it was); a
    :class:`~beziehung.core.errors.ConflictError` carries it as ``wanted``."""

    due_at: datetime | None = None
    reason: str | None = None
    recurrence: tuple[str, int] | Unchanged | None = UNCHANGED
    assignee_id: int | Unchanged | None = UNCHANGED


def popping_up_for(user_id: int | None) -> ColumnElement[bool]:
    """The one rule for whose window a reminder pops up in: the assignee's, and everyone's
    when it has none (a reminder whose assignee was removed is never lost)."""
    return Reminder.assignee_id.is_(None) | (Reminder.assignee_id == user_id)


def check_user(session: Session, user_id: int | None) -> int | None:
    """``user_id`` if such a user exists (None stays None)."""
    if user_id is not None and session.get(User, user_id) is None:
        raise not_found("user", user_id)
    return user_id


def check_recurrence(recurrence: tuple[str, int] | None) -> tuple[str | None, int | None]:
    """The unit and interval to store: both None for a reminder that does not repeat."""
    unit, interval = recurrence if recurrence else (None, None)
    if unit is not None and (unit not in RECURRENCE_UNITS or not interval or interval <= 0):
        raise invalid(
            "recurrence", "The recurrence must be a positive number of days, weeks or months"
        )
    if interval is not None:
        check_interval(interval)
    return unit, interval


def check_reason(reason: str, kind: str) -> str:
    """The reason as stored: free text without control characters; only cadence ones may be
    empty."""
    reason = multi_line(reason)
    if not reason.strip() and kind != "cadence":
        raise invalid("reason_empty", "A reminder needs a reason")
    return reason


def add_reminder(
    session: Session,
    contact_id: int,
    due_at: datetime,
    reason: str,
    now: datetime,
    *,
    recurrence: tuple[str, int] | None = None,
    note_id: int | None = None,
    kind: str = "callback",
    anchor: datetime | None = None,
    assignee_id: int | Unchanged | None = UNCHANGED,
    author_id: int | Unchanged | None = UNCHANGED,
) -> ReminderRecord:
    """Store a reminder inside the caller's transaction. Author and assignee are the acting
    user unless given (None: nobody)."""
    mark_changed(session, contact_id)
    contact = session.get(Contact, contact_id)
    if contact is None:
        raise not_found("contact", contact_id)
    reason = check_reason(reason, kind)
    if kind not in REMINDER_KINDS:
        raise invalid("reminder_kind", "Unknown kind of reminder '{kind}'", kind=kind)
    unit, interval = check_recurrence(recurrence)
    if anchor is None:  # a series' next occurrence may step past the last year; it still ends
        check_moment(due_at, "due time")
    reminder = Reminder(
        contact_id=contact_id,
        note_id=note_id,
        kind=kind,
        created_at=now,
        reason=reason.strip(),
        state="open",
        recurrence_unit=unit,
        recurrence_interval=interval,
        recurrence_anchor_at=(anchor or due_at) if unit else None,
        author_id=acting_user_id(session) if isinstance(author_id, Unchanged) else author_id,
        assignee_id=(
            acting_user_id(session)
            if isinstance(assignee_id, Unchanged)
            else check_user(session, assignee_id)
        ),
    )
    reminder.schedule(due_at)
    session.add(reminder)
    session.flush()
    return reminder_record(reminder, contact.display_name)


class ReminderService(Service):
    def create(
        self,
        contact_id: int,
        due_at: datetime,
        reason: str,
        *,
        recurrence: tuple[str, int] | None = None,
        note_id: int | None = None,
        kind: str = "callback",
        assignee_id: int | Unchanged | None = UNCHANGED,
    ) -> ReminderRecord:
        """Agree a callback; ``assignee_id`` is whose window pops it up (left out: the acting
        user's; None: everyone's)."""
        now = self._now()
        with self._tx(Topic.REMINDERS) as session:
            return add_reminder(
                session, contact_id, due_at, reason, now,
                recurrence=recurrence, note_id=note_id, kind=kind, assignee_id=assignee_id,
            )  # fmt: skip

    def snooze(self, reminder_id: int, until: datetime) -> ReminderRecord:
        """Show the reminder again at ``until``; the due time stays as agreed."""
        now = self._now()
        if until <= now:
            raise invalid("snooze_past", "A reminder can only be snoozed to a time in the future")
        with self._tx(Topic.REMINDERS) as session:
            reminder = self._open(session, reminder_id)
            reminder.schedule(reminder.due_at, snoozed_until=until)
            reminder.notified_at = None
            return self._record(session, reminder)

    def reschedule(self, reminder_id: int, due_at: datetime) -> ReminderRecord:
        """Agree a new due time: the snooze is dropped and the reminder will pop again."""
        with self._tx(Topic.REMINDERS) as session:
            reminder = self._open(session, reminder_id)
            versions.bump(session, Reminder, [reminder_id])
            reminder.schedule(due_at)
            reminder.notified_at = None
            return self._record(session, reminder)

    def complete(self, reminder_id: int) -> ReminderRecord | None:
        """Mark done; a recurring reminder's next occurrence is created and returned."""
        now = self._now()
        with self._tx(Topic.REMINDERS) as session:
            return self.complete_in(session, reminder_id, now)

    def complete_in(
        self, session: Session, reminder_id: int, now: datetime, *, if_open: bool = False
    ) -> ReminderRecord | None:
        """Complete inside the caller's transaction; ``if_open`` lets one that was settled
        meanwhile pass quietly (a call logged for it is still a call)."""
        if if_open and self._load(session, reminder_id).state != "open":
            return None
        reminder = self._open(session, reminder_id)
        reminder.state = "done"
        reminder.completed_at = now
        if reminder.recurrence_unit is None or reminder.recurrence_interval is None:
            return None
        anchor = reminder.recurrence_anchor_at or reminder.due_at
        # Counted from the series' start; occurrences that passed meanwhile are not stacked up.
        try:
            due = next_occurrence(
                anchor,
                reminder.recurrence_unit,
                reminder.recurrence_interval,
                max(reminder.due_at, now),
                self.context.tz,
            )
        except (OverflowError, ValueError):
            # A series stored before intervals were bounded may step past the calendar's
            # end: this occurrence is done and the series ends, rather than never completing.
            return None
        return add_reminder(
            session,
            reminder.contact_id,
            due,
            reminder.reason,
            now,
            recurrence=(reminder.recurrence_unit, reminder.recurrence_interval),
            note_id=reminder.note_id,
            kind=reminder.kind,
            anchor=anchor,
            # The next occurrence is the same agreement, made and kept by the same people.
            assignee_id=reminder.assignee_id,
            author_id=reminder.author_id,
        )

    def edit(
        self,
        reminder_id: int,
        *,
        due_at: datetime | None = None,
        reason: str | None = None,
        recurrence: tuple[str, int] | Unchanged | None = UNCHANGED,
        assignee_id: int | Unchanged | None = UNCHANGED,
        expected_version: int | None = None,
    ) -> ReminderRecord:
        """Change an open reminder's time, reason, recurrence (None: no longer repeats) or
        assignee (None: pops up for everyone).

        A new time is agreed like :meth:`reschedule` (the snooze is dropped, it pops again); a
        new or changed recurrence counts its series from the (new) due time.
        ``expected_version`` is the ``ReminderRecord.version`` the edit started from: when
        someone changed the reminder since, :class:`~beziehung.core.errors.ConflictError` is
        raised with both versions and nothing is written."""
        wanted = ReminderChange(due_at, reason, recurrence, assignee_id)
        with self._tx(Topic.REMINDERS) as session:
            versions.claim(
                session,
                Reminder,
                reminder_id,
                expected_version,
                lambda: self._record(session, self._load(session, reminder_id)),
                wanted,
            )
            reminder = self._open(session, reminder_id)
            if not isinstance(assignee_id, Unchanged):
                reminder.assignee_id = check_user(session, assignee_id)
            if reason is not None:
                reminder.reason = check_reason(reason, reminder.kind).strip()
            if due_at is not None:
                check_moment(due_at, "due time")
                reminder.schedule(due_at)
                reminder.notified_at = None
            before = (reminder.recurrence_unit, reminder.recurrence_interval)
            if not isinstance(recurrence, Unchanged):
                unit, interval = check_recurrence(recurrence)
                reminder.recurrence_unit, reminder.recurrence_interval = unit, interval
            if reminder.recurrence_unit is None:
                reminder.recurrence_anchor_at = None
            elif due_at is not None or before != (
                reminder.recurrence_unit,
                reminder.recurrence_interval,
            ):
                reminder.recurrence_anchor_at = reminder.due_at
            return self._record(session, reminder)

    def cancel(self, reminder_id: int) -> Snapshot:
        """Cancel an open reminder: it is kept, as cancelled. Returns its state before, for
        :meth:`UndoService.restore`."""
        now = self._now()
        with self._tx(Topic.REMINDERS) as session:
            reminder = self._open(session, reminder_id)
            snapshot = capture_reminder(session, reminder)
            reminder.state = "cancelled"
            reminder.completed_at = now
            return snapshot

    def mark_notified(self, reminder_ids: list[int], at: datetime | None = None) -> list[int]:
        """Remember that these reminders were shown, so each pops up once; returns those
        still due and not yet shown (another process may have snoozed one meanwhile)."""
        if not reminder_ids:
            return []
        moment = at or self._now()
        with self._tx(Topic.REMINDERS) as session:
            still_due = Reminder.id.in_(reminder_ids) & (Reminder.state == "open")
            still_due &= Reminder.notified_at.is_(None) & (Reminder.fires_at <= moment)
            marked = list(session.scalars(select(Reminder.id).where(still_due)))
            session.execute(
                update(Reminder).where(Reminder.id.in_(marked)).values(notified_at=moment)
            )
            return marked

    def get(self, reminder_id: int) -> ReminderRecord:
        with self._read() as session:
            return self._record(session, self._load(session, reminder_id))

    def list(
        self,
        *,
        due_by: datetime | None = None,
        states: tuple[str, ...] = ("open",),
        contact_id: int | None = None,
        limit: int | None = None,
        mine: bool = False,
    ) -> list[ReminderRecord]:
        """Reminders soonest first; ``due_by`` keeps those whose (snooze) time has come,
        ``mine`` those that pop up for the user this notebook is opened as."""
        with self._read() as session:
            query = (
                select(Reminder, Contact.display_name)
                .join(Contact, (Contact.id == Reminder.contact_id) & visible())
                .where(Reminder.state.in_(states))
                .order_by(Reminder.fires_at, Reminder.id)
                .limit(limit)
            )
            if due_by is not None:
                query = query.where(Reminder.fires_at <= due_by)
            if contact_id is not None:
                query = query.where(Reminder.contact_id == contact_id)
            if mine:
                query = query.where(popping_up_for(self._me(session)))
            return [reminder_record(r, name) for r, name in session.execute(query)]

    def unnotified(self, limit: int = 500) -> builtins.list[ReminderRecord]:
        """Open reminders not yet shown that pop up for this user, soonest first: what the
        scheduler decides on."""
        with self._read() as session:
            rows = session.execute(
                select(Reminder, Contact.display_name)
                .join(Contact, (Contact.id == Reminder.contact_id) & visible())
                .where(Reminder.state == "open", Reminder.notified_at.is_(None))
                .where(popping_up_for(self._me(session)))
                .order_by(Reminder.fires_at, Reminder.id)
                .limit(limit)
            )
            return [reminder_record(r, name) for r, name in rows]

    def due(self) -> builtins.list[ReminderRecord]:
        """Open reminders due now or earlier (snoozed ones by their snooze time) that pop up
        for this user."""
        return self.list(due_by=self._now(), mine=True)

    def _me(self, session: Session) -> int | None:
        return user_id_for(session, self.context.user_login)

    @staticmethod
    def _load(session: Session, reminder_id: int) -> Reminder:
        reminder = session.get(Reminder, reminder_id)
        if reminder is None:
            raise not_found("reminder", reminder_id)
        return reminder

    def _open(self, session: Session, reminder_id: int) -> Reminder:
        reminder = self._load(session, reminder_id)
        mark_changed(session, reminder.contact_id)
        if reminder.state != "open":
            raise invalid(
                "reminder_closed",
                "Reminder {ident} is already {state}",
                ident=reminder_id,
                state=reminder.state,
            )
        return reminder

    @staticmethod
    def _record(session: Session, reminder: Reminder) -> ReminderRecord:
        session.flush()
        name = session.scalar(select(Contact.display_name).where(Contact.id == reminder.contact_id))
        return reminder_record(reminder, name or "")
