"""The one source of "now", and conversions between stored UTC and local wall time.

Logic asks a :class:`Clock` for the time so that tests can move it. ``tz=None`` means the
system's local rules, which libc applies per date, so daylight-saving changes come out right.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current time as an aware UTC datetime."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


class FixedClock:
    """A clock for tests and reproducible demo data: stands still until moved."""

    def __init__(self, at: datetime) -> None:
        self._at = ensure_utc(at)

    def now(self) -> datetime:
        return self._at

    def set(self, at: datetime) -> None:
        self._at = ensure_utc(at)

    def advance(self, delta: timedelta) -> None:
        self._at += delta


def ensure_utc(value: datetime) -> datetime:
    if value.tzinfo is None:
        raise ValueError("naive datetime where an aware one is required")
    return value.astimezone(UTC)


def to_local(value: datetime, tz: tzinfo | None = None) -> datetime:
    """An aware UTC datetime as an aware local one."""
    return value.astimezone(tz) if tz is not None else value.astimezone()


def from_local(wall: datetime, tz: tzinfo | None = None) -> datetime:
    """A naive local wall-clock time as an aware UTC datetime."""
    aware = wall.replace(tzinfo=tz) if tz is not None else wall.astimezone()
    return aware.astimezone(UTC)
