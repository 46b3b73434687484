"""The day's agenda: what is overdue, due today and this week, birthdays, and who has not
been spoken to for longer than their ideal interval."""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import and_, extract, func, or_, select
from sqlalchemy.orm import Session

from beziehung.clock import from_local, to_local
from beziehung.core.events import Topic
from beziehung.core.models import Contact, Reminder, visible
from beziehung.core.services.attention import interval_columns, since_column
from beziehung.core.services.base import Context, Service
from beziehung.core.services.conversions import reminder_record
from beziehung.core.services.records import ReminderRecord
from beziehung.core.services.reminders import add_reminder
from beziehung.core.services.settings import SettingsService, SharedSettings
from beziehung.core.services.voice import VoiceRow, open_complaints

SECTION_LIMIT = 200
CADENCE_BATCH = 10


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
        start_of_tomorrow = from_local(datetime.combine(today + timedelta(days=1), time()), tz)
        end_of_week = from_local(datetime.combine(today + timedelta(days=8), time()), tz)
        shared = self.settings.load()
        with self._read() as session:
            rows = session.execute(
                select(Reminder, Contact.display_name)
                .join(Contact, (Contact.id == Reminder.contact_id) & visible())
                .where(Reminder.state == "open", Reminder.fires_at < end_of_week)
                .order_by(Reminder.fires_at, Reminder.id)
            ).all()
            reminders = [reminder_record(r, name) for r, name in rows]
            birthdays = self._birthdays(session, today)
            out_of_touch, total = self._out_of_touch(session, now, shared)
            complaints = open_complaints(session, SECTION_LIMIT)
        overdue = [r for r in reminders if r.fires_at <= now]
        due_today = [r for r in reminders if now < r.fires_at < start_of_tomorrow]
        week = [r for r in reminders if r.fires_at >= start_of_tomorrow]
        return Agenda(
            now=now,
            overdue=overdue[:SECTION_LIMIT],
            today=due_today[:SECTION_LIMIT],
            week=week[:SECTION_LIMIT],
            birthdays=birthdays,
            out_of_touch=out_of_touch,
            out_of_touch_total=total,
            open_complaints=complaints,
        )

    def raise_cadence_reminders(self, limit: int = CADENCE_BATCH) -> list[ReminderRecord]:
        """Turn the longest overdue "not spoken to" contacts into reminders, once each.

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
                if already is None and session.get(Contact, contact_id) is not None:
                    raised.append(add_reminder(session, contact_id, now, "", now, kind="cadence"))
        return raised

    @staticmethod
    def _birthdays(session: Session, today: date) -> list[Birthday]:
        week = [today + timedelta(days=n) for n in range(7)]
        month, day = extract("month", Contact.birthday), extract("day", Contact.birthday)
        # 29 February birthdays are celebrated on 1 March in common years.
        days = {(d.month, d.day) for d in week}
        if (3, 1) in days and not calendar.isleap(today.year):
            days.add((2, 29))
        rows = session.execute(
            select(
                Contact.id, Contact.display_name, Contact.birthday, Contact.birthday_no_year
            ).where(
                Contact.birthday.is_not(None),
                visible(),
                or_(*(and_(month == m, day == d) for m, d in sorted(days))),
            )
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
        return sorted(found, key=lambda b: (b.on, b.contact_name))[:SECTION_LIMIT]

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
        since = since_column()
        ideal, _longest = interval_columns(session, settings)
        cadences = session.scalars(
            select(ideal).where(visible(), ideal.is_not(None)).distinct()
        ).all()
        found: list[OutOfTouch] = []
        total = 0
        for days in cadences:
            # An open "not spoken to" reminder shows the contact once, as that reminder; one
            # settled within the cadence counts as having kept in touch.
            reminded = (
                select(Reminder.id)
                .where(
                    Reminder.contact_id == Contact.id,
                    Reminder.kind == "cadence",
                    or_(
                        Reminder.state == "open",
                        Reminder.completed_at >= now - timedelta(days=days),
                    ),
                )
                .exists()
            )
            overdue = and_(ideal == days, since < now - timedelta(days=days), ~reminded, visible())
            total += session.scalar(select(func.count()).where(overdue)) or 0
            rows = session.execute(
                select(Contact.id, Contact.display_name, Contact.last_contact_at, since)
                .where(overdue)
                .order_by(since, Contact.sort_name)
                .limit(SECTION_LIMIT)
            )
            for cid, name, last, started in rows:
                found.append(OutOfTouch(cid, name, last, days, (now - started).days - days))
        found.sort(key=lambda o: (-o.days_overdue, o.contact_name))
        return found[:SECTION_LIMIT], total
