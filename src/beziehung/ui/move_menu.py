"""Verschieben ▸ …: the one menu for moving a callback, wherever a reminder is offered (the
pop-up, the Today page, a contact's timeline, the reminder dialog), so that moving reads the same
everywhere.

A delay or "tomorrow morning" snoozes: the reminder comes back then and the time agreed with the
customer stays on record, so a callback that slipped still shows as late. A time the user picks
is a new agreement and reschedules the reminder.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDateTimeEdit, QDialog, QDialogButtonBox, QMenu, QVBoxLayout, QWidget

from beziehung.core.errors import DomainError
from beziehung.core.services import Services
from beziehung.core.timeparse import tomorrow_at
from beziehung.ui.feedback import show_error
from beziehung.ui.formatting import from_qdatetime, short_datetime_format, to_qdatetime


def move_menu(
    parent: QWidget,
    *,
    by: Callable[[timedelta], None],
    tomorrow: Callable[[], None],
    elsewhere: Callable[[], None] | None = None,
) -> QMenu:
    """Verschieben ▸ um 10 Minuten / um 1 Stunde / auf morgen früh / auf einen anderen
    Zeitpunkt … (the last only where there is no time field to type into already)."""
    menu = QMenu(QCoreApplication.translate("MoveMenu", "&Verschieben"), parent)
    menu.setObjectName("move-menu")
    menu.addAction(
        QCoreApplication.translate("MoveMenu", "um 10 Minuten"), lambda: by(timedelta(minutes=10))
    )
    menu.addAction(
        QCoreApplication.translate("MoveMenu", "um 1 Stunde"), lambda: by(timedelta(hours=1))
    )
    menu.addAction(QCoreApplication.translate("MoveMenu", "auf morgen früh"), tomorrow)
    if elsewhere is not None:
        menu.addAction(
            QCoreApplication.translate("MoveMenu", "auf einen anderen Zeitpunkt …"), elsewhere
        )
    return menu


def tomorrow_morning(services: Services) -> datetime:
    """Tomorrow at the time the user chose for reminders in the settings."""
    at = services.settings.load().default_reminder_time
    return tomorrow_at(services.context.clock.now(), at, services.context.tz)


def ask_time(parent: QWidget, initial: datetime, earliest: datetime) -> datetime | None:
    """The new time for "auf einen anderen Zeitpunkt …", no earlier than ``earliest`` (now),
    or None when the user cancels."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("MoveMenu", "Verschieben auf"))
    edit = QDateTimeEdit(to_qdatetime(initial), calendarPopup=True)
    edit.setObjectName("move-to")
    edit.setDisplayFormat(short_datetime_format())
    edit.setMinimumDateTime(to_qdatetime(earliest))
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(edit)
    layout.addWidget(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return from_qdatetime(edit.dateTime())


def reminder_move_menu(
    owner: QWidget, services: Services, reminder_id: int, *, within: QMenu | None = None
) -> QMenu:
    """Verschieben ▸ for one reminder, as a submenu of ``within``. The time question and a
    refusal belong to ``owner``: a context menu may be gone by then. The views learn of the move
    through the change signal."""

    def attempt(action: Callable[[], object]) -> None:
        try:
            action()
        except DomainError as error:
            show_error(owner, error)

    def elsewhere() -> None:
        chosen = ask_time(owner, tomorrow_morning(services), services.context.clock.now())
        if chosen is not None:
            attempt(lambda: services.reminders.reschedule(reminder_id, chosen))

    return move_menu(
        within or owner,
        by=lambda delay: attempt(
            lambda: services.reminders.snooze(reminder_id, services.context.clock.now() + delay)
        ),
        tomorrow=lambda: attempt(
            lambda: services.reminders.snooze(reminder_id, tomorrow_morning(services))
        ),
        elsewhere=elsewhere,
    )
