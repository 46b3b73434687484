"""Open reminders as an iCalendar file (RFC 5545): one VTODO with an alarm each."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from icalendar import Alarm, Calendar, Todo

from beziehung.core.services.records import ReminderRecord

PRODID = "-//Beziehung//Beziehung//DE"
FREQUENCIES = {"day": "DAILY", "week": "WEEKLY", "month": "MONTHLY"}


def reminder_uid(reminder: ReminderRecord) -> str:
    return f"reminder-{reminder.id}-{int(reminder.created_at.timestamp())}@beziehung"


def write_ical(reminders: Iterable[ReminderRecord], now: datetime) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    for r in reminders:
        todo = Todo()
        todo.add("uid", reminder_uid(r))
        todo.add("dtstamp", now)
        todo.add("created", r.created_at)
        todo.add("due", r.fires_at)
        reason = r.reason or "Lange nicht gesprochen"
        todo.add("summary", f"Rückruf: {r.contact_name} – {reason}")
        todo.add("description", reason)
        todo.add("status", "NEEDS-ACTION")
        if r.recurrence_unit in FREQUENCIES and r.recurrence_interval:
            # The series counts from its due time, as the reminders service counts it.
            todo.add("dtstart", min(r.due_at, r.fires_at))
            todo.add(
                "rrule",
                {"freq": FREQUENCIES[r.recurrence_unit], "interval": r.recurrence_interval},
            )
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", f"Rückruf: {r.contact_name}")
        alarm.add("trigger", r.fires_at, parameters={"VALUE": "DATE-TIME"})
        todo.add_component(alarm)
        calendar.add_component(todo)
    return calendar.to_ical()
