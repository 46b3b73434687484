"""Change an open reminder: when, why, and whether it repeats every N days, weeks or months.

Its Verschieben ▸ offers the same moves as everywhere else in the window; here they only fill
in the due time, which counts once the dialog is saved.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from beziehung.core.errors import ConflictError, DomainError
from beziehung.core.models import RECURRENCE_UNITS
from beziehung.core.services import Services
from beziehung.core.services.reminders import UNCHANGED, ReminderChange
from beziehung.ui.conflicts import reminder_comparison
from beziehung.ui.dialogs.conflict_dialog import Choice, resolve
from beziehung.ui.feedback import show_error
from beziehung.ui.formatting import from_qdatetime, short_datetime_format, to_qdatetime
from beziehung.ui.move_menu import move_menu, tomorrow_morning
from beziehung.ui.responsible import assignee_combo


class ReminderDialog(QDialog):
    def __init__(self, services: Services, reminder_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.reminder_id = reminder_id
        reminder = services.reminders.get(reminder_id)
        # The version a save builds on (the one shown, or one seen in a conflict since).
        self._base_version = reminder.version
        self.setWindowTitle(self.tr("Erinnerung: {name}").format(name=reminder.contact_name))
        self.due = QDateTimeEdit(to_qdatetime(reminder.due_at), calendarPopup=True)
        self.due.setDisplayFormat(short_datetime_format())
        self.move_button = QToolButton()
        self.move_button.setText(self.tr("&Verschieben"))
        self.move_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        now = services.context.clock.now
        self.move_button.setMenu(
            move_menu(
                self.move_button,
                by=lambda delay: self._set_due(now() + delay),
                tomorrow=lambda: self._set_due(tomorrow_morning(services)),
            )
        )
        due_row = QHBoxLayout()
        due_row.addWidget(self.due, 1)
        due_row.addWidget(self.move_button)
        self.reason = QLineEdit(reminder.reason)
        self.unit = QComboBox()
        self.unit.addItem(self.tr("keine Wiederholung"), None)
        labels = {"day": self.tr("Tage"), "week": self.tr("Wochen"), "month": self.tr("Monate")}
        for unit in RECURRENCE_UNITS:
            self.unit.addItem(labels[unit], unit)
        self.interval = QSpinBox(minimum=1, maximum=999, prefix=self.tr("alle "))
        self.interval.setValue(reminder.recurrence_interval or 1)
        self.unit.setCurrentIndex(max(0, self.unit.findData(reminder.recurrence_unit)))
        self.unit.currentIndexChanged.connect(self._follow_unit)
        self._follow_unit()
        repeat = QHBoxLayout()
        repeat.addWidget(self.interval)
        repeat.addWidget(self.unit, 1)
        form = QFormLayout()
        due_label = QLabel(self.tr("&Fällig"))
        due_label.setBuddy(self.due)
        form.addRow(due_label, due_row)
        form.addRow(self.tr("&Grund"), self.reason)
        form.addRow(self.tr("&Wiederholen"), repeat)
        self.assignee = assignee_combo(services, reminder.assignee_id)
        if self.assignee is not None:
            form.addRow(self.tr("Fü&r:"), self.assignee)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.reason.setFocus()

    def _set_due(self, when: datetime) -> None:
        self.due.setDateTime(to_qdatetime(when))

    def _follow_unit(self) -> None:
        self.interval.setEnabled(self.unit.currentData() is not None)

    def recurrence(self) -> tuple[str, int] | None:
        unit = self.unit.currentData()
        return None if unit is None else (str(unit), self.interval.value())

    def change(self) -> ReminderChange:
        """What the form says, against the reminder as it is stored now."""
        before = self.services.reminders.get(self.reminder_id)
        due = from_qdatetime(self.due.dateTime())
        return ReminderChange(
            # The form shows whole minutes; an untouched time keeps what was agreed.
            due_at=None if abs(due - before.due_at) < timedelta(minutes=1) else due,
            reason=self.reason.text(),
            recurrence=self.recurrence(),
            assignee_id=UNCHANGED if self.assignee is None else self.assignee.currentData(),
        )

    def accept(self) -> None:
        try:
            change = self.change()
            while True:
                try:
                    self._save(change)
                except ConflictError as error:
                    # Seen side by side: a later save of this form knowingly builds on it.
                    self._base_version = error.stored_version
                    settled = resolve(reminder_comparison(self.services, error), self)
                    if settled is None:
                        return
                    choice, change = settled
                    if choice is Choice.THEIRS:
                        break
                    continue
                break
        except DomainError as error:
            show_error(self, error)
            return
        super().accept()

    def _save(self, change: ReminderChange) -> None:
        self.services.reminders.edit(
            self.reminder_id,
            due_at=change.due_at,
            reason=change.reason,
            recurrence=change.recurrence,
            assignee_id=change.assignee_id,
            expected_version=self._base_version,
        )
