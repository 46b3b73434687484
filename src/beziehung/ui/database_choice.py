"""Which database the window opens when no ``--db`` or ``BEZIEHUNG_DB`` names one: a file or
a server chosen in the settings, kept per user on this machine (never with a password)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from beziehung.core.errors import DomainError
from beziehung.paths import check_database_choice

DATABASE_KEY = "database/open_at_start"


def chosen_database(settings: QSettings) -> str | None:
    """The stored choice, or None for the default file; a stored value that is no longer
    acceptable (edited by hand) counts as none."""
    value = str(settings.value(DATABASE_KEY, "", type=str) or "")
    try:
        return check_database_choice(value) or None
    except DomainError:
        return None


def remember(settings: QSettings, value: str) -> bool:
    """Store ``value`` (checked by :func:`check_database_choice`, which raises); True when it
    differs from what the window opens now."""
    chosen = check_database_choice(value)
    changed = chosen != (chosen_database(settings) or "")
    settings.setValue(DATABASE_KEY, chosen)
    return changed
