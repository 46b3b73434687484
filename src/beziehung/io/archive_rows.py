"""Rows of an archive checked against the model before anything is written.

An archive is a file from elsewhere: each value must have its column's type and lie in the
range the services would have allowed, or the restored data breaks later (a cadence of "oft"
raises on the Today page; an id of 2^80 does not fit SQLite's integer).
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Boolean, Column, Date, Integer, LargeBinary, String, Table, Text

from beziehung.core.bounds import (
    EARLIEST,
    LATEST,
    MAX_CADENCE_DAYS,
    MAX_ID,
    MAX_INTERVAL,
    date_in_range,
)
from beziehung.core.db import UTCDateTime
from beziehung.core.models import (
    ASK_ANSWERS,
    ASK_KINDS,
    CHANNELS,
    CUSTOM_FIELD_KINDS,
    DIRECTIONS,
    LEGAL_BASES,
    LETTER_FORMS,
    METHOD_KINDS,
    RECURRENCE_UNITS,
    RELATION_KINDS,
    REMINDER_KINDS,
    REMINDER_STATES,
    STAGES,
    VOICES,
)
from beziehung.core.services.notes import MAX_DURATION_MINUTES

# The lists the model's check constraints name, by table and column.
CHOICES: dict[tuple[str, str], tuple[str, ...]] = {
    ("contacts", "stage"): STAGES,
    ("contacts", "legal_basis"): LEGAL_BASES,
    ("contact_methods", "kind"): METHOD_KINDS,
    ("notes", "channel"): CHANNELS,
    ("notes", "direction"): DIRECTIONS,
    ("notes", "voice"): VOICES,
    ("notes", "ask_kind"): ASK_KINDS,
    ("notes", "ask_answer"): ASK_ANSWERS,
    ("contacts", "letter_form"): LETTER_FORMS,
    ("stage_changes", "from_stage"): STAGES,
    ("stage_changes", "to_stage"): STAGES,
    ("contact_relations", "kind"): RELATION_KINDS,
    ("custom_fields", "kind"): CUSTOM_FIELD_KINDS,
    ("reminders", "state"): REMINDER_STATES,
    ("reminders", "kind"): REMINDER_KINDS,
    ("reminders", "recurrence_unit"): RECURRENCE_UNITS,
}
# Integer columns with a narrower range than 0 … 2^63-1.
RANGES: dict[str, tuple[int, int]] = {
    "cadence_days": (1, MAX_CADENCE_DAYS),
    "cadence_max_days": (1, MAX_CADENCE_DAYS),
    "recurrence_interval": (1, MAX_INTERVAL),
    "duration_minutes": (0, MAX_DURATION_MINUTES),
}


class BadValue(ValueError):
    """One value that does not fit its column; the message says what was wrong."""


Check = Callable[[Any], Any]


def _integer(column: Column[Any]) -> Check:
    low, high = RANGES.get(column.name, (0, MAX_ID))
    if column.primary_key or column.foreign_keys:
        low = max(low, 1)

    def check(value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise BadValue(f"{value!r} is not a whole number")
        if not low <= value <= high:
            raise BadValue(f"{value} is not between {low} and {high}")
        return value

    return check


def _boolean(value: Any) -> bool:
    if not isinstance(value, bool):
        raise BadValue(f"{value!r} is not true or false")
    return value


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise BadValue(f"{value!r} is not text")
    return value


def _day(value: Any) -> date:
    try:
        day = date.fromisoformat(_text(value))
    except ValueError:
        raise BadValue(f"{value!r} is not a date") from None
    if not date_in_range(day):
        raise BadValue(f"{value} is not between the years 1900 and 2200")
    return day


def _moment(value: Any) -> datetime:
    try:
        moment = datetime.fromisoformat(_text(value))
    except ValueError:
        raise BadValue(f"{value!r} is not a time") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    if not EARLIEST <= moment <= LATEST:
        raise BadValue(f"{value} is not between the years 1900 and 2200")
    return moment


def _binary(value: Any) -> bytes:
    if not isinstance(value, dict) or set(value) != {"$base64"}:
        raise BadValue('binary data is not {"$base64": …}')
    try:
        return base64.b64decode(_text(value["$base64"]), validate=True)
    except (binascii.Error, ValueError):
        raise BadValue("binary data is not valid base64") from None


def _choice(choices: tuple[str, ...]) -> Check:
    def check(value: Any) -> str:
        if value not in choices:
            raise BadValue(f"{value!r} is not one of {', '.join(choices)}")
        return str(value)

    return check


def _check_for(table: Table, column: Column[Any]) -> Check:
    kind = column.type
    choices = CHOICES.get((table.name, column.name))
    if choices is not None:
        return _choice(choices)
    if isinstance(kind, UTCDateTime):
        return _moment
    if isinstance(kind, Date):
        return _day
    if isinstance(kind, LargeBinary):
        return _binary
    if isinstance(kind, Boolean):
        return _boolean
    if isinstance(kind, Integer):
        return _integer(column)
    if isinstance(kind, String | Text):
        return _text
    raise TypeError(f"no archive check for {table.name}.{column.name} ({kind})")


def row_reader(table: Table) -> Callable[[Any], dict[str, Any]]:
    """A function that turns one stored row into values for ``insert(table)``, or raises
    :class:`BadValue` naming the column and what is wrong with it."""
    checks = {column.name: _check_for(table, column) for column in table.columns}
    nullable = {column.name for column in table.columns if column.nullable}

    def read(row: Any) -> dict[str, Any]:
        if not isinstance(row, dict):
            raise BadValue("a row is not an object")
        unknown = sorted(set(row) - set(checks))
        if unknown:
            # The name comes from the file: a line break or escape in it must not reach the
            # one-line message (or a terminal) as it is.
            name = unknown[0]
            shown = name if name.isprintable() and len(name) <= 60 else repr(name[:60])
            raise BadValue(
                f"the column {shown} is unknown: the archive was written by a newer"
                " version of Beziehung"
            )
        missing = sorted(set(checks) - set(row))
        if missing:
            raise BadValue(f"the column {missing[0]} is missing")
        values: dict[str, Any] = {}
        for name, value in row.items():
            if value is None:
                if name not in nullable:
                    raise BadValue(f"column {name}: a value is required")
                values[name] = None
                continue
            try:
                values[name] = checks[name](value)
            except BadValue as error:
                raise BadValue(f"column {name}: {error}") from None
        return values

    return read
