"""Settings the window and the command line share, stored in the database.

Each setting is declared once here with its type and default; the window's own preferences
(language, window geometry) stay in QSettings.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time

from sqlalchemy import delete, select

from beziehung.core.bounds import check_cadence, single_line
from beziehung.core.errors import invalid
from beziehung.core.events import Topic
from beziehung.core.models import STAGES, Setting
from beziehung.core.services.base import Service

DEFAULT_REMINDER_TIME = time(9, 0)
# Days without a conversation before a contact counts as "long not spoken to"; None: never.
DEFAULT_CADENCES: dict[str, int | None] = {
    "interessent": 30,
    "kunde": 90,
    "stammkunde": 60,
    "empfehler": 60,
    "ehemalig": None,
}
REMINDER_TIME_KEY = "reminders.default_time"
CADENCE_KEY = "cadence.{stage}"
# Printed at the head of every history document; empty leaves the line out.
FIRM_NAME_KEY = "documents.firm_name"
MAX_FIRM_NAME = 200


@dataclass(frozen=True)
class SharedSettings:
    default_reminder_time: time
    cadences: dict[str, int | None]
    firm_name: str = ""


def clean_firm_name(text: str) -> str:
    """The firm's name as documents print it: one line, single spaces, at most
    ``MAX_FIRM_NAME`` characters (the settings field takes no more)."""
    return " ".join(single_line(text).split())[:MAX_FIRM_NAME].strip()


def parse_clock_time(text: str) -> time:
    try:
        value = time.fromisoformat(text.strip())
    except ValueError:
        raise invalid(
            "clock_time", "Cannot read the time of day '{text}': use HH:MM such as 09:00", text=text
        ) from None
    return value.replace(second=0, microsecond=0)


class SettingsService(Service):
    def load(self) -> SharedSettings:
        with self._read() as session:
            stored = {
                key: value for key, value in session.execute(select(Setting.key, Setting.value))
            }
        reminder_time = DEFAULT_REMINDER_TIME
        if REMINDER_TIME_KEY in stored:
            reminder_time = parse_clock_time(stored[REMINDER_TIME_KEY])
        cadences = dict(DEFAULT_CADENCES)
        for stage in STAGES:
            raw = stored.get(CADENCE_KEY.format(stage=stage))
            if raw is not None:
                cadences[stage] = int(raw) if raw.strip() else None
        return SharedSettings(reminder_time, cadences, stored.get(FIRM_NAME_KEY, ""))

    def firm_name(self) -> str:
        with self._read() as session:
            stored = session.scalar(select(Setting.value).where(Setting.key == FIRM_NAME_KEY))
        return stored or ""

    def save(self, settings: SharedSettings) -> None:
        for stage, days in settings.cadences.items():
            if stage not in STAGES:
                raise invalid("stage", "Unknown stage '{stage}'", stage=stage)
            check_cadence(days)
        values = {
            REMINDER_TIME_KEY: settings.default_reminder_time.strftime("%H:%M"),
            FIRM_NAME_KEY: clean_firm_name(settings.firm_name),
        }
        for stage, days in settings.cadences.items():
            values[CADENCE_KEY.format(stage=stage)] = "" if days is None else str(days)
        with self._tx(Topic.SETTINGS) as session:
            session.execute(delete(Setting).where(Setting.key.in_(values)))
            session.add_all(Setting(key=k, value=v) for k, v in values.items())
