"""Kontakt ▸ Empfehlung eintragen …: who the open contact recommended, or who recommended
them, on which day and how it came about."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from beziehung.core.errors import DomainError
from beziehung.core.services import Services
from beziehung.core.services.periods import day_start
from beziehung.ui.feedback import show_error
from beziehung.ui.formatting import short_date_format
from beziehung.ui.widgets import ContactPicker

RECOMMENDED, RECOMMENDED_BY = "recommended", "recommended_by"


class ReferralDialog(QDialog):
    def __init__(self, services: Services, contact_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.contact_id = contact_id
        self.saved_id: int | None = None
        name = services.contacts.get(contact_id).summary.display_name
        self.setWindowTitle(self.tr("Empfehlung eintragen: {name}").format(name=name))
        self.direction = QComboBox()
        self.direction.addItem(self.tr("{name} hat empfohlen:").format(name=name), RECOMMENDED)
        self.direction.addItem(
            self.tr("{name} wurde empfohlen von:").format(name=name), RECOMMENDED_BY
        )
        self.other = ContactPicker(services, exclude=contact_id)
        today = services.context.clock.now().astimezone(services.context.tz).date()
        self._today = today
        self.day = QDateEdit(QDate(today.year, today.month, today.day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(short_date_format())
        self.how = QLineEdit()
        self.how.setPlaceholderText(self.tr("z. B. beim Stammtisch, per E-Mail"))
        form = QFormLayout()
        form.addRow(self.tr("&Richtung"), self.direction)
        form.addRow(self.tr("&Person"), self.other)
        form.addRow(self.tr("&Datum"), self.day)
        form.addRow(self.tr("&Wie"), self.how)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.other.setFocus()

    def accept(self) -> None:
        other = self.other.selected_id()
        if other is None:
            self.other.setFocus()
            return
        if self.direction.currentData() == RECOMMENDED:
            referrer, referred = self.contact_id, other
        else:
            referrer, referred = other, self.contact_id
        chosen = self.day.date()
        day = date(chosen.year(), chosen.month(), chosen.day())
        # Today's recommendation keeps the moment; an earlier one the start of its day.
        at = None if day == self._today else day_start(day, self.services.context.tz)
        try:
            self.saved_id = self.services.referrals.add(
                referrer, referred, how=self.how.text(), at=at
            )
        except DomainError as error:
            show_error(self, error)
            return
        super().accept()
