"""The day's agenda: what is overdue, due today and this week, birthdays, and who has not
been spoken to for longer than their ideal interval."""

from __future__ import annotations

import heapq
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from beziehung.clock import to_local
from beziehung.core.events import Topic
from beziehung.core.models import Contact, Reminder, visible
from beziehung.core.services.attention import interval_columns, intervals_in_use
from beziehung.core.services.base import Context, Service
from beziehung.core.services.conversions import reminder_record
from beziehung.core.services.periods import day_start
from beziehung.core.services.records import ReminderRecord
from beziehung.core.services.reminders import add_reminder
from beziehung.core.services.settings import SettingsService, SharedSettings
from beziehung.core.services.users import can_log_in
from beziehung.core.services.voice import VoiceRow, open_complaints

SECTION_LIMIT = 200
# Counts stop one past the limit: a section says "200+" instead of scanning on to the end.
COUNT_CAP = SECTION_LIMIT + 1
CADENCE_BATCH = 10


def capped(total: int) -> bool:
    """Whether a section's count stopped at :data:`COUNT_CAP` (shown as "200+")."""
    return total > SECTION_LIMIT


@dataclass(frozen=True)
class Birthday:
    contact_id: int
    contact_name: str
    on: date  # this year's date
    age: int | None  # None when the year of birth is not known


@dataclass(frozen=True)
class OutOfTouch:
    contact_id: int
    contact_name: str
    last_contact_at: datetime | None
    cadence_days: int
    days_overdue: int


@dataclass(frozen=True)
class Agenda:
    now: datetime
    overdue: list[ReminderRecord] = field(default_factory=list)
    today: list[ReminderRecord] = field(default_factory=list)
    week: list[ReminderRecord] = field(default_factory=list)
    birthdays: list[Birthday] = field(default_factory=list)
    out_of_touch: list[OutOfTouch] = field(default_factory=list)
    # Each section's count, at most COUNT_CAP (see ``capped``).
    overdue_total: int = 0
    today_total: int = 0
    week_total: int = 0
    birthdays_total: int = 0
    out_of_touch_total: int = 0
    # Complaints not answered yet stay here until they are.
    open_complaints: list[VoiceRow] = field(default_factory=list)


def _birthday_in(year: int, born: date) -> date:
    try:
        return born.replace(year=year)
    except ValueError:  # 29 February in a common year
        return date(year, 3, 1)


class AgendaService(Service):
    def __init__(self, context: Context, settings: SettingsService) -> None:
        super().__init__(context)
        self.settings = settings

    def build(self) -> Agenda:
        now = self._now()
        tz = self.context.tz
        today = to_local(now, tz).date()
        start_of_tomorrow = day_start(today + timedelta(days=1), tz)
        end_of_week = day_start(today + timedelta(days=8), tz)
        shared = self.settings.load()
        with self._read() as session:
            sections = [
                self._reminders(session, lower, upper)
                for lower, upper in (
                    (None, now),
                    (now, start_of_tomorrow),
                    (start_of_tomorrow, end_of_week),
                )
            ]
            birthdays = self._birthdays(session, today)
            out_of_touch, total = self._out_of_touch(session, now, shared)
            complaints = open_complaints(session, SECTION_LIMIT)
        overdue, due_today, week = sections
        return Agenda(
            now=now,
            overdue=overdue[:SECTION_LIMIT],
            today=due_today[:SECTION_LIMIT],
            week=week[:SECTION_LIMIT],
            birthdays=birthdays[:SECTION_LIMIT],
            out_of_touch=out_of_touch,
            overdue_total=len(overdue),
            today_total=len(due_today),
            week_total=len(week),
            birthdays_total=len(birthdays),
            out_of_touch_total=total,
            open_complaints=complaints,
        )

    @staticmethod
    def _reminders(
        session: Session, after: datetime | None, before: datetime
    ) -> list[ReminderRecord]:
        """Open reminders firing in ``(after, before)`` (all up to ``before`` inclusive when
        ``after`` is None: the overdue ones), in firing order, one past the section's limit."""
        window = (
            Reminder.fires_at <= before
            if after is None
            else (Reminder.fires_at > after) & (Reminder.fires_at < before)
        )
        rows = session.execute(
            select(Reminder, Contact.display_name)
            .join(Contact, (Contact.id == Reminder.contact_id) & visible())
            .where(Reminder.state == "open", window)
            .order_by(Reminder.fires_at, Reminder.id)
            .limit(COUNT_CAP)
        ).all()
        return [reminder_record(r, name) for r, name in rows]

    def raise_cadence_reminders(self, limit: int = CADENCE_BATCH) -> list[ReminderRecord]:
        """Turn the longest overdue "not spoken to" contacts into reminders, once each, each
        for the user who looks after the contact (``users.can_log_in``), else for everyone.

        A few at a time, so that the first start on a large address book does not bury the
        user in pop-ups; the rest follow on later checks. The scan over every contact only
        reads; the write that follows is short and checks again, so that another process
        (the command line, a colleague) cannot have raised the same reminder meanwhile.
        """
        now = self._now()
        shared = self.settings.load()
        with self._read() as session:
            overdue, _total = self._out_of_touch(session, now, shared)
        candidates = [o.contact_id for o in overdue[:limit]]
        if not candidates:
            return []
        raised = []
        with self._tx(Topic.REMINDERS) as session:
            for contact_id in candidates:
                already = session.scalar(
                    select(Reminder.id).where(
                        Reminder.contact_id == contact_id,
                        Reminder.kind == "cadence",
                        Reminder.state == "open",
                    )
                )
                contact = session.get(Contact, contact_id)
                if already is None and contact is not None:
                    # For whoever looks after the contact, whichever window noticed the
                    # silence; for everyone when nobody who can log in does. Nobody agreed
                    # it, so no author.
                    keeper = contact.responsible_id
                    if keeper is not None and not can_log_in(session, keeper):
                        keeper = None
                    raised.append(
                        add_reminder(
                            session,
                            contact_id,
                            now,
                            "",
                            now,
                            kind="cadence",
                            assignee_id=keeper,
                            author_id=None,
                        )
                    )
        return raised

    @staticmethod
    def _birthdays(session: Session, today: date) -> list[Birthday]:
        """This week's birthdays, first :data:`COUNT_CAP` by day and name.

        The database reads only the days around this week in each year that a birthday is
        stored for, through the index on ``birthday``; ``_birthday_in`` then decides exactly
        (29 February is celebrated on 1 March in common years).
        """
        # Each bound its own subquery: SQLite reads one end of the index for a lone min() or
        # max(), but scans the whole index for both in one select.
        first, last = session.execute(
            select(
                select(func.min(Contact.birthday)).scalar_subquery(),
                select(func.max(Contact.birthday)).scalar_subquery(),
            )
        ).one()
        if first is None or last is None:
            return []
        rows = session.execute(
            select(
                Contact.id, Contact.display_name, Contact.birthday, Contact.birthday_no_year
            ).where(visible(), or_(*_week_around(today, first.year, last.year, Contact.birthday)))
        )
        found = []
        for cid, name, born, no_year in rows:
            if born is None:  # excluded by the query already; narrows the column's type
                continue
            for year in (today.year, today.year + 1):
                upcoming = _birthday_in(year, born)
                if today <= upcoming < today + timedelta(days=7):
                    age = None if no_year else upcoming.year - born.year
                    found.append(Birthday(cid, name, upcoming, age))
        return sorted(found, key=lambda b: (b.on, b.contact_name, b.contact_id))[:COUNT_CAP]

    @staticmethod
    def _out_of_touch(
        session: Session,
        now: datetime,
        settings: SharedSettings,
    ) -> tuple[list[OutOfTouch], int]:
        """Contacts past their ideal interval (``attention.interval_columns``), longest
        overdue first.

        One query per distinct interval, each with a fixed threshold, so that the database
        does the comparison without date arithmetic of its own.
        """
        ideal, _longest = interval_columns(session, settings)
        found: list[OutOfTouch] = []
        total = 0
        for days in intervals_in_use(session, ideal):
            threshold = now - timedelta(days=days)
            # An open "not spoken to" reminder shows the contact once, as that reminder; one
            # settled within the cadence counts as having kept in touch.
            reminded = (
                select(Reminder.id)
                .where(
                    Reminder.contact_id == Contact.id,
                    Reminder.kind == "cadence",
                    or_(Reminder.state == "open", Reminder.completed_at >= threshold),
                )
                .exists()
            )
            overdue = and_(ideal == days, ~reminded, visible())
            rows = _longest_silent(session, overdue, threshold)
            total += len(rows)
            for cid, name, last, started in rows[:SECTION_LIMIT]:
                found.append(OutOfTouch(cid, name, last, days, (now - started).days - days))
        found.sort(key=lambda o: (-o.days_overdue, o.contact_name))
        return found[:SECTION_LIMIT], min(total, COUNT_CAP)


def _week_around(today: date, first: int, last: int, born: Any) -> list[ColumnElement[bool]]:
    """For each year from ``first`` to ``last``, the stored birthdays from the day before
    ``today`` to a week after it: a little more than this week, never less (a 29 February
    lies within it when 1 March does)."""
    start, end = today - timedelta(days=1), today + timedelta(days=7)
    spans = end.year - start.year
    return [
        born.between(_on(year, start), _on(year + spans, end, later=True))
        for year in range(first - spans, last + 1)
    ]


def _on(year: int, day: date, *, later: bool = False) -> date:
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February in a common year: the bound moves outwards
        return date(year, 3, 1) if later else date(year, 2, 28)


def _longest_silent(
    session: Session, overdue: ColumnElement[bool], threshold: datetime
) -> list[tuple[int, str, datetime | None, datetime]]:
    """Contacts meeting ``overdue`` whose interval started before ``threshold``, by that
    start (``since_column``) and name, at most :data:`COUNT_CAP`.

    Those spoken to and those never spoken to are read apart, each along an index in the
    order of its start, and merged: the database stops after the first rows instead of
    sorting every contact.
    """
    limit = COUNT_CAP
    spoken = session.execute(
        select(Contact.id, Contact.display_name, Contact.last_contact_at, Contact.sort_name)
        .where(overdue, Contact.last_contact_at < threshold)
        .order_by(Contact.last_contact_at, Contact.sort_name)
        .limit(limit)
    ).all()
    never = session.execute(
        select(Contact.id, Contact.display_name, Contact.created_at, Contact.sort_name)
        .where(overdue, Contact.last_contact_at.is_(None), Contact.created_at < threshold)
        .order_by(Contact.created_at, Contact.sort_name)
        .limit(limit)
    ).all()
    # (start, sort name, id, name, last conversation): ordered as the database orders.
    first: list[tuple[datetime, str, int, str, datetime | None]] = [
        (started, sort, cid, name, started)
        for cid, name, started, sort in spoken
        if started is not None  # excluded by the query already; narrows the column's type
    ]
    second: list[tuple[datetime, str, int, str, datetime | None]] = [
        (started, sort, cid, name, None) for cid, name, started, sort in never
    ]
    merged = heapq.merge(first, second)
    return [(cid, name, last, started) for started, _sort, cid, name, last in list(merged)[:limit]]
