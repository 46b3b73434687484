"""Rückruf planen and Später: the two questions the drift list asks for one contact or many
(when, and why; or for how many days)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from beziehung.core.services.attention import MAX_POSTPONE_DAYS
from beziehung.ui.formatting import from_qdatetime, short_datetime_format, to_qdatetime

DEFAULT_POSTPONE_DAYS = 14


def _who(parent: QWidget, names: list[str]) -> QLabel:
    shown = ", ".join(names[:5]) + (" …" if len(names) > 5 else "")
    label = QLabel(parent.tr("Für %Ln Kontakt(e): {names}", "", len(names)).format(names=shown))
    label.setWordWrap(True)
    return label


class PlanCallbacksDialog(QDialog):
    """When and why to call back; the same time for everyone chosen."""

    def __init__(
        self, names: list[str], initial: datetime, earliest: datetime, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rückruf planen"))
        self.due = QDateTimeEdit(to_qdatetime(initial), calendarPopup=True)
        self.due.setObjectName("plan-due")
        self.due.setDisplayFormat(short_datetime_format())
        self.due.setMinimumDateTime(to_qdatetime(earliest))
        self.reason = QLineEdit(self.tr("Wieder melden"))
        self.reason.setObjectName("plan-reason")
        form = QFormLayout()
        due_label = QLabel(self.tr("&Fällig"))
        due_label.setBuddy(self.due)
        form.addRow(due_label, self.due)
        reason_label = QLabel(self.tr("&Grund"))
        reason_label.setBuddy(self.reason)
        form.addRow(reason_label, self.reason)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(_who(self, names))
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.reason.selectAll()
        self.reason.setFocus()

    def due_at(self) -> datetime:
        return from_qdatetime(self.due.dateTime())


class PostponeDialog(QDialog):
    """For how many days to set contacts aside."""

    def __init__(self, names: list[str], parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Später"))
        self.days = QSpinBox(minimum=1, maximum=MAX_POSTPONE_DAYS, suffix=self.tr(" Tage"))
        self.days.setObjectName("postpone-days")
        self.days.setValue(DEFAULT_POSTPONE_DAYS)
        form = QFormLayout()
        label = QLabel(self.tr("&Zurückstellen um"))
        label.setBuddy(self.days)
        form.addRow(label, self.days)
        hint = QLabel(
            self.tr(
                "Sie verschwinden so lange aus der Kontaktpflege und melden sich dann als "
                "„Lange nicht gesprochen“ zurück."
            )
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(_who(self, names))
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.days.selectAll()
        self.days.setFocus()
