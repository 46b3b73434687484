"""Times as people type them, and recurrence arithmetic on local calendar days.

Relative days and months move the local wall-clock date and keep the local clock time, so
"+1d" at 09:00 before a daylight-saving change is 09:00 after it. Seconds, minutes and hours
are physical durations.
"""

from __future__ import annotations

import calendar
import re
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from beziehung.clock import from_local, to_local
from beziehung.core.bounds import EARLIEST, EARLIEST_YEAR, LATEST, LATEST_YEAR, check_interval
from beziehung.core.errors import invalid

DEFAULT_TIME_OF_DAY = time(9, 0)

_RELATIVE = re.compile(r"^([+-])\s*(\d+)\s*(s|m|min|h|d|w|mo)$", re.IGNORECASE)
_RECURRENCE = re.compile(r"^(\d+)\s*(d|w|mo)$", re.IGNORECASE)
_UNITS = {"d": "day", "w": "week", "mo": "month"}


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole months; the day of month clamps to the month's end."""
    month_index = day.year * 12 + day.month - 1 + months
    year, month = divmod(month_index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return day.replace(year=year, month=month + 1, day=min(day.day, last))


def shift_local(moment: datetime, tz: tzinfo | None, *, days: int = 0, months: int = 0) -> datetime:
    """Move an aware moment by calendar days and months in local time; UTC comes back."""
    wall = to_local(moment, tz).replace(tzinfo=None)
    moved_date = add_months(wall.date(), months) + timedelta(days=days)
    return from_local(datetime.combine(moved_date, wall.time()), tz)


def tomorrow_at(now: datetime, at: time, tz: tzinfo | None) -> datetime:
    """ "morgen 9:00": the given local clock time on the next local calendar day."""
    tomorrow = to_local(now, tz).date() + timedelta(days=1)
    return from_local(datetime.combine(tomorrow, at), tz)


def occurrence(anchor: datetime, unit: str, interval: int, k: int, tz: tzinfo | None) -> datetime:
    """The k-th occurrence after ``anchor``, at the anchor's local clock time."""
    if unit == "day":
        return shift_local(anchor, tz, days=k * interval)
    if unit == "week":
        return shift_local(anchor, tz, days=7 * k * interval)
    if unit == "month":
        return shift_local(anchor, tz, months=k * interval)
    raise invalid("recurrence_unit", "Unknown recurrence unit '{unit}'", unit=unit)


def next_occurrence(
    anchor: datetime,
    unit: str,
    interval: int,
    after: datetime,
    tz: tzinfo | None,
) -> datetime:
    """The first occurrence of the series that lies after ``after``."""
    k = 1
    while (candidate := occurrence(anchor, unit, interval, k, tz)) <= after:
        k += 1
    return candidate


def parse_recurrence(text: str) -> tuple[str, int]:
    """'14d', '2w', '3mo' → ('day', 14), ('week', 2), ('month', 3)."""
    match = _RECURRENCE.match(text.strip())
    if not match or int(match.group(1)) <= 0:
        raise invalid(
            "recurrence",
            "Cannot read the recurrence '{text}': use a number with d, w or mo (14d, 2w, 3mo)",
            text=text,
        )
    return _UNITS[match.group(2).lower()], check_interval(int(match.group(1)))


def _relative(match: re.Match[str], now: datetime, tz: tzinfo | None) -> datetime:
    sign = 1 if match.group(1) == "+" else -1
    amount = sign * int(match.group(2))
    unit = match.group(3).lower()
    if unit == "d":
        return shift_local(now, tz, days=amount)
    if unit == "w":
        return shift_local(now, tz, days=7 * amount)
    if unit == "mo":
        return shift_local(now, tz, months=amount)
    seconds = {"s": 1, "m": 60, "min": 60, "h": 3600}[unit]
    return now + timedelta(seconds=amount * seconds)


def parse_time(text: str, now: datetime, tz: tzinfo | None = None) -> datetime:
    """Read ISO 8601 or a relative time such as '+30m' or '-2d' into an aware UTC datetime
    between the years 1900 and 2200.

    ISO without an offset is local time; a bare date means 09:00 local on that day.
    """
    try:
        moment = _parse_time(text, now, tz)
        if EARLIEST <= moment <= LATEST:
            return moment
    except (OverflowError, ValueError):
        pass  # a year past 9999, or a date near year 1 or 9999 moved into UTC
    raise invalid(
        "date_range",
        "The time '{text}' is not between the years {first} and {last}",
        text=text,
        first=EARLIEST_YEAR,
        last=LATEST_YEAR,
    )


def _parse_time(text: str, now: datetime, tz: tzinfo | None) -> datetime:
    value = text.strip()
    relative = _RELATIVE.match(value)
    if relative:
        return _relative(relative, now, tz)  # too far: the caller refuses the overflow
    try:
        if "T" not in value.upper() and " " not in value and ":" not in value:
            # Any ISO date without a time (2026-12-01, 20261201, 2026-W49-1) means 09:00.
            parsed = datetime.combine(date.fromisoformat(value), DEFAULT_TIME_OF_DAY)
        else:
            parsed = datetime.fromisoformat(value)
    except (ValueError, OverflowError):
        raise invalid(
            "time",
            "Cannot read the time '{text}': use ISO 8601 such as 2026-12-01T14:30 or a relative"
            " time such as +30m, +2h, +3d",
            text=text,
        ) from None
    if parsed.tzinfo is None:
        return from_local(parsed, tz)
    return parsed.astimezone(UTC)
