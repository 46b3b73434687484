"""The limits every input is held to, wherever it comes from: typed, imported or restored.

A date outside 1900–2200 or a recurrence of a million months is never what a consultant
meant; stored, it breaks later arithmetic (a year past 9999, a series that never ends).
Control characters in a name can rewrite a terminal or the clipboard when the name is shown.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from beziehung.core.errors import invalid

EARLIEST_YEAR = 1900
LATEST_YEAR = 2200
EARLIEST_DATE = date(EARLIEST_YEAR, 1, 1)
LATEST_DATE = date(LATEST_YEAR, 12, 31)
EARLIEST = datetime(EARLIEST_YEAR, 1, 1, tzinfo=UTC)
LATEST = datetime(LATEST_YEAR, 12, 31, 23, 59, 59, 999999, tzinfo=UTC)
MAX_INTERVAL = 100  # days, weeks or months between two occurrences
MAX_CADENCE_DAYS = 3660  # keep in touch at least every ten years
# The largest id (and whole number) any column holds: PostgreSQL's INTEGER, which every integer
# column is there. SQLite would hold 2^63-1, but its ids count up from the largest and never
# reach this legitimately (the notes' search index packs a note id into 32 bits anyway); one
# bound for both keeps every SQLite database movable to a server and back.
MAX_ID = 2**31 - 1

# C0 and C1 controls and DEL. Tab and line breaks are handled per kind of field.
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_LINE_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # keeps \t and \n
_BREAKS = re.compile(r"\r\n?|[\x0b\x0c\x85\u2028\u2029]")
_SPACING = re.compile(r"[\t\n\r\x0b\x0c\x85\u2028\u2029]")


def date_in_range(value: date) -> bool:
    day = value.date() if isinstance(value, datetime) else value
    return EARLIEST_DATE <= day <= LATEST_DATE


def check_date(value: date | None, what: str) -> date | None:
    """``value`` unchanged when it lies between 1900 and 2200; else one clear refusal."""
    if value is not None and not date_in_range(value):
        raise invalid(
            "date_range",
            "The {what} {value} is not between the years {first} and {last}",
            what=what,
            value=value.isoformat(),
            first=EARLIEST_YEAR,
            last=LATEST_YEAR,
        )
    return value


def check_moment(value: datetime | None, what: str) -> datetime | None:
    if value is not None and not EARLIEST <= value <= LATEST:
        raise invalid(
            "date_range",
            "The {what} {value} is not between the years {first} and {last}",
            what=what,
            value=value.isoformat(timespec="minutes"),
            first=EARLIEST_YEAR,
            last=LATEST_YEAR,
        )
    return value


def check_interval(interval: int) -> int:
    if isinstance(interval, bool) or not isinstance(interval, int):
        raise invalid("recurrence", "The recurrence interval must be a whole number")
    if not 1 <= interval <= MAX_INTERVAL:
        raise invalid(
            "recurrence_range",
            "The recurrence interval must be between 1 and {most}, not {interval}",
            most=MAX_INTERVAL,
            interval=interval,
        )
    return interval


def check_cadence(days: int | None) -> int | None:
    """A keep-in-touch cadence in days, for a contact or a stage; None means none."""
    if days is not None and not 1 <= days <= MAX_CADENCE_DAYS:
        raise invalid(
            "cadence",
            "The keep-in-touch cadence must be between 1 and {most} days, not {days}",
            most=MAX_CADENCE_DAYS,
            days=days,
        )
    return days


def check_cadence_order(ideal: int | None, longest: int | None) -> None:
    """The longest interval between conversations may not be shorter than the ideal one."""
    if ideal and longest and longest < ideal:
        raise invalid(
            "cadence_order",
            "The longest interval ({longest} days) is shorter than the ideal one ({ideal} days)",
            longest=longest,
            ideal=ideal,
        )


def single_line(text: str) -> str:
    """A name, label or other one-line field: tabs and line breaks become spaces, every other
    control character is dropped."""
    return _CONTROLS.sub("", _SPACING.sub(" ", text))


def multi_line(text: str) -> str:
    """Free text: line breaks become ``\\n`` and tabs stay; every other control is dropped."""
    return _LINE_CONTROLS.sub("", _BREAKS.sub("\n", text))


def optional_line(text: str | None) -> str | None:
    return None if text is None else single_line(text)


def escape_controls(text: str, keep: str = "\n\t") -> str:
    """``text`` with every control character but those in ``keep`` written as ``\\x1b``, so
    that printing it cannot move the cursor, ring the bell or write to the clipboard."""

    def escaped(match: re.Match[str]) -> str:
        char = match.group(0)
        return char if char in keep else f"\\x{ord(char):02x}"

    return _CONTROLS.sub(escaped, text)
