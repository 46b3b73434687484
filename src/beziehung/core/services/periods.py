"""Periods the insight pages count by: local calendar days and months, bounds as UTC."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo

from beziehung.clock import from_local, to_local


def month_of(moment: datetime, tz: tzinfo | None) -> date:
    """The first day of the local month ``moment`` falls in."""
    return to_local(moment, tz).date().replace(day=1)


def day_bounds(
    first: date | None, last: date | None, tz: tzinfo | None
) -> tuple[datetime | None, datetime | None]:
    """[start, end) covering the local days ``first`` to ``last``, both included: the last
    second of ``last`` is in, midnight after it is not."""
    start = from_local(datetime.combine(first, time()), tz) if first is not None else None
    end = (
        from_local(datetime.combine(last + timedelta(days=1), time()), tz)
        if last is not None
        else None
    )
    return start, end
