"""Settings the window and the command line share, stored in the database.

Each setting is declared once here with its type and default; the window's own preferences
(language, window geometry) stay in QSettings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import time

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from beziehung.core import phones
from beziehung.core.bounds import check_cadence, check_cadence_order, single_line
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
# The longest interval per stage before a contact counts as lost from sight; None: twice the
# ideal one (``services.attention`` applies that).
CADENCE_MAX_KEY = "cadence_max.{stage}"
# Printed at the head of every history document; empty leaves the line out.
FIRM_NAME_KEY = "documents.firm_name"
MAX_FIRM_NAME = 200
PHONE_REGION_KEY = "phones.default_region"


@dataclass(frozen=True)
class SharedSettings:
    default_reminder_time: time
    cadences: dict[str, int | None]
    firm_name: str = ""
    # Where a phone number without a country code is read when the contact's address names
    # no country: an ISO region such as "CH"; None follows the system's locale.
    phone_region: str | None = None
    cadence_maxima: dict[str, int | None] = field(
        default_factory=lambda: dict.fromkeys(STAGES, None)
    )


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
        maxima: dict[str, int | None] = dict.fromkeys(STAGES, None)
        for stage in STAGES:
            raw = stored.get(CADENCE_MAX_KEY.format(stage=stage))
            if raw is not None and raw.strip():
                maxima[stage] = int(raw)
        return SharedSettings(
            reminder_time,
            cadences,
            stored.get(FIRM_NAME_KEY, ""),
            stored.get(PHONE_REGION_KEY) or None,
            maxima,
        )

    def home_region(self) -> str:
        """The user's own region, whose numbers the window shows in national form: the
        default region of :func:`default_phone_region`."""
        with self._read() as session:
            return default_phone_region(session)

    def firm_name(self) -> str:
        with self._read() as session:
            stored = session.scalar(select(Setting.value).where(Setting.key == FIRM_NAME_KEY))
        return stored or ""

    def save(self, settings: SharedSettings) -> None:
        for stage, days in settings.cadences.items():
            if stage not in STAGES:
                raise invalid("stage", "Unknown stage '{stage}'", stage=stage)
            check_cadence(days)
        for stage, longest in settings.cadence_maxima.items():
            if stage not in STAGES:
                raise invalid("stage", "Unknown stage '{stage}'", stage=stage)
            check_cadence(longest)
            check_cadence_order(settings.cadences.get(stage), longest)
        region = (settings.phone_region or "").strip().upper()
        if region and region not in phones.supported_regions():
            raise invalid("phone_region", "Unknown phone region '{region}'", region=region)
        values = {
            REMINDER_TIME_KEY: settings.default_reminder_time.strftime("%H:%M"),
            FIRM_NAME_KEY: clean_firm_name(settings.firm_name),
            PHONE_REGION_KEY: region,
        }
        for stage, days in settings.cadences.items():
            values[CADENCE_KEY.format(stage=stage)] = "" if days is None else str(days)
        for stage, longest in settings.cadence_maxima.items():
            values[CADENCE_MAX_KEY.format(stage=stage)] = "" if longest is None else str(longest)
        with self._tx(Topic.SETTINGS) as session:
            session.execute(delete(Setting).where(Setting.key.in_(values)))
            session.add_all(Setting(key=k, value=v) for k, v in values.items())


def default_phone_region(session: Session) -> str:
    """The region a number without a country code is read in when its contact's address
    names no country: the setting, else the system's locale, else Germany."""
    stored = session.get(Setting, PHONE_REGION_KEY)
    return stored.value if stored is not None and stored.value else phones.system_region()
