"""Periods the insight pages count by: local calendar days ("from 1 March to 31 March") as
the stored UTC moments they cover, and local months."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo

from beziehung.clock import from_local, to_local
from beziehung.core.errors import invalid


def check_period(start: date | None, end: date | None) -> None:
    if start is not None and end is not None and end < start:
        raise invalid(
            "period_order",
            "The period ends ({end}) before it starts ({start})",
            start=start.isoformat(),
            end=end.isoformat(),
        )


def day_start(day: date, tz: tzinfo | None) -> datetime:
    """The first moment of the local day ``day``, in UTC."""
    return from_local(datetime.combine(day, time()), tz)


def period_bounds(
    start: date | None, end: date | None, tz: tzinfo | None
) -> tuple[datetime | None, datetime | None]:
    """The UTC moments [first, last) of the local days ``start`` to ``end``, both days
    included: a moment counts when ``first <= moment < last``. None leaves a side open."""
    check_period(start, end)
    first = day_start(start, tz) if start is not None else None
    last = day_start(end + timedelta(days=1), tz) if end is not None else None
    return first, last


def month_of(moment: datetime, tz: tzinfo | None) -> date:
    """The first day of the local month ``moment`` falls in."""
    return to_local(moment, tz).date().replace(day=1)
