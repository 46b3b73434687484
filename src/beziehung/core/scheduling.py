"""What the reminder scheduler must do now: a pure function of "now" and stored reminders.

Qt timers in the window only call into this; tests call it directly with any "now".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from beziehung.core.services.records import ReminderRecord

# However far away the next reminder is, look again after this long: catches a clock that
# was set, a machine that slept, and reminders that another process wrote.
LONGEST_WAIT = timedelta(minutes=15)


@dataclass(frozen=True)
class Due:
    reminder: ReminderRecord
    missed: bool  # fell due before the app started
    late: timedelta


@dataclass(frozen=True)
class Decision:
    show: list[Due]
    next_check: datetime


def decide(unnotified: Iterable[ReminderRecord], now: datetime, started_at: datetime) -> Decision:
    """Open reminders not yet shown: those whose time has come pop up now; the earliest of
    the others sets when to look again."""
    show: list[Due] = []
    upcoming: list[datetime] = []
    for reminder in unnotified:
        if reminder.state != "open" or reminder.notified_at is not None:
            continue
        fires = reminder.fires_at
        if fires <= now:
            show.append(Due(reminder, missed=fires < started_at, late=now - fires))
        else:
            upcoming.append(fires)
    next_check = min([*upcoming, now + LONGEST_WAIT])
    show.sort(key=lambda d: (d.reminder.fires_at, d.reminder.id))
    return Decision(show, next_check)


def window_title(names: list[str], *, one: str, many: str, limit: int = 3) -> str:
    """'Rückruf: Jürgen Müller' or 'Rückrufe: A, B, C +2' (prefixes given translated)."""
    unique = list(dict.fromkeys(names))
    shown = ", ".join(unique[:limit])
    more = f" +{len(unique) - limit}" if len(unique) > limit else ""
    prefix = one if len(unique) == 1 else many
    return f"{prefix}: {shown}{more}"
