"""The day's agenda: what is overdue, due today and this week, birthdays, and who has not
been spoken to for longer than their keep-in-touch cadence."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from beziehung.clock import from_local, to_local
from beziehung.core.models import Contact, Reminder
from beziehung.core.services.base import Context, Service
from beziehung.core.services.contacts import reminder_record
from beziehung.core.services.records import ReminderRecord
from beziehung.core.services.settings import SettingsService

SECTION_LIMIT = 200


@dataclass(frozen=True)
class Birthday:
    contact_id: int
    contact_name: str
    on: date  # this year's date
    age: int


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
        cadences = self.settings.load().cadences
        with self._read() as session:
            rows = session.execute(
                select(Reminder, Contact.display_name)
                .join(Contact, Contact.id == Reminder.contact_id)
                .where(Reminder.state == "open", Reminder.fires_at < end_of_week)
                .order_by(Reminder.fires_at, Reminder.id)
            ).all()
            reminders = [reminder_record(r, name) for r, name in rows]
            birthdays = self._birthdays(session, today)
            out_of_touch, total = self._out_of_touch(session, now, cadences)
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
        )

    @staticmethod
    def _birthdays(session: Session, today: date) -> list[Birthday]:
        # Month and day comparisons differ between databases; the rows are few and small.
        found = []
        for cid, name, born in session.execute(
            select(Contact.id, Contact.display_name, Contact.birthday).where(
                Contact.birthday.is_not(None)
            )
        ):
            for year in (today.year, today.year + 1):
                upcoming = _birthday_in(year, born)
                if today <= upcoming < today + timedelta(days=7):
                    found.append(Birthday(cid, name, upcoming, upcoming.year - born.year))
        return sorted(found, key=lambda b: (b.on, b.contact_name))[:SECTION_LIMIT]

    @staticmethod
    def _out_of_touch(
        session: Session,
        now: datetime,
        cadences: dict[str, int | None],
    ) -> tuple[list[OutOfTouch], int]:
        """Contacts past their cadence (their own, else their stage's), longest overdue first."""
        shortest = min((d for d in cadences.values() if d), default=None)
        candidates = select(
            Contact.id,
            Contact.display_name,
            Contact.stage,
            Contact.cadence_days,
            Contact.last_contact_at,
            Contact.created_at,
        ).where(
            or_(
                Contact.cadence_days.is_not(None),
                Contact.stage.in_([s for s, d in cadences.items() if d]),
            )
        )
        if shortest is not None:
            # Nobody spoken to within the shortest cadence of all can be overdue.
            smallest_own = session.scalar(select(func.min(Contact.cadence_days)))
            floor = min(shortest, smallest_own or shortest)
            candidates = candidates.where(
                or_(
                    Contact.last_contact_at.is_(None),
                    Contact.last_contact_at < now - timedelta(days=floor),
                )
            )
        found = []
        for cid, name, stage, own, last, created in session.execute(candidates):
            cadence = own or cadences.get(stage)
            if not cadence:
                continue
            since = last or created
            days = (now - since).days - cadence
            if days > 0:
                found.append(OutOfTouch(cid, name, last, cadence, days))
        found.sort(key=lambda o: (-o.days_overdue, o.contact_name))
        return found[:SECTION_LIMIT], len(found)
