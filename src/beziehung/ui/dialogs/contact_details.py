"""Parts of the contact form that address books bring along: the department and the
anniversary, and the PO box and extended line ("c/o Kanzlei Weber", "3. OG") of the address
chosen in the table of ways to reach someone."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QTableWidget,
    QWidget,
)

from beziehung.core.services.records import ContactDetail
from beziehung.ui.formatting import short_date_format

# Where a row of the methods table keeps the parts its cells do not show.
PARTS_ROLE = Qt.ItemDataRole.UserRole + 1


class OptionalDay(QWidget):
    """A calendar day that may be unknown: a check box and a date field."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.known = QCheckBox(label)
        self.edit = QDateEdit()
        self.edit.setDisplayFormat(short_date_format())
        self.edit.setCalendarPopup(True)
        self.edit.setEnabled(False)
        self.edit.setDate(QDate.currentDate())
        self.known.toggled.connect(self.edit.setEnabled)
        # A label's shortcut lands on the check box, the first thing to decide (a label
        # gives the keyboard only to a buddy that takes it; the tab chain skips a proxied one).
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFocusProxy(self.known)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.known)
        row.addWidget(self.edit, 1)

    def value(self) -> date | None:
        if not self.known.isChecked():
            return None
        d = self.edit.date()
        return date(d.year(), d.month(), d.day())

    def set_value(self, day: date | None) -> None:
        self.known.setChecked(day is not None)
        if day is not None:
            self.edit.setDate(QDate(day.year, day.month, day.day))


class FurtherDetails(QGroupBox):
    """The department and the anniversary."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Weitere Angaben"))
        self.department = QLineEdit(placeholderText=self.tr("z. B. Einkauf, Steuern"))
        self.anniversary = OptionalDay(self.tr("bekannt"))
        form = QFormLayout(self)
        form.addRow(self.tr("Abteil&ung"), self.department)
        form.addRow(self.tr("&Jahrestag"), self.anniversary)

    def load(self, detail: ContactDetail) -> None:
        self.department.setText(detail.department or "")
        self.anniversary.set_value(detail.anniversary)

    def fields(self) -> dict[str, Any]:
        day = self.anniversary.value()
        return {
            "department": self.department.text(),
            "anniversary": day.isoformat() if day else None,
        }

    def set_fields(self, values: dict[str, Any]) -> None:
        """Show what :meth:`fields` gave; a draft kept before these fields leaves them."""
        if "department" in values:
            self.department.setText(values["department"] or "")
        if "anniversary" in values:
            day = values["anniversary"]
            self.anniversary.set_value(date.fromisoformat(day) if day else None)


class AddressParts(QGroupBox):
    """The PO box and extended line of the address row that is current in ``table``; the
    parts are kept on the row (``PARTS_ROLE`` of its ``column`` item), so they go with it."""

    def __init__(
        self,
        table: QTableWidget,
        column: int,
        kind_of: Callable[[int], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Gewählte Adresse"))
        self._table, self._column, self._kind_of = table, column, kind_of
        self.po_box = QLineEdit(placeholderText=self.tr("z. B. 10 20 30"))
        self.extended = QLineEdit(placeholderText=self.tr("z. B. c/o Kanzlei Weber, 3. OG"))
        form = QFormLayout(self)
        form.addRow(self.tr("Post&fach"), self.po_box)
        form.addRow(self.tr("Adress&zusatz"), self.extended)
        self.po_box.textEdited.connect(self._store)
        self.extended.textEdited.connect(self._store)
        table.currentCellChanged.connect(self.follow)
        self.follow()

    def parts(self, row: int) -> tuple[str | None, str | None]:
        """The row's PO box and extended line; none unless the row is an address."""
        item = self._table.item(row, self._column)
        stored = item.data(PARTS_ROLE) if item is not None else None
        if self._kind_of(row) != "address" or not stored:
            return None, None
        po_box, extended = stored
        return po_box.strip() or None, extended.strip() or None

    def set_parts(self, row: int, po_box: str | None, extended: str | None) -> None:
        item = self._table.item(row, self._column)
        if item is not None:
            item.setData(PARTS_ROLE, [po_box or "", extended or ""])
        if row == self._table.currentRow():
            self.follow()

    def all_parts(self) -> list[list[str | None]]:
        """Every row's parts as typed, for a draft."""
        return [list(self.parts(row)) for row in range(self._table.rowCount())]

    def follow(self, *_: object) -> None:
        """Show the current row's parts; the fields take input only for an address."""
        row = self._table.currentRow()
        is_address = row >= 0 and self._kind_of(row) == "address"
        po_box, extended = self.parts(row) if is_address else (None, None)
        self.po_box.setText(po_box or "")
        self.extended.setText(extended or "")
        self.po_box.setEnabled(is_address)
        self.extended.setEnabled(is_address)

    def _store(self) -> None:
        row = self._table.currentRow()
        if row >= 0:
            item = self._table.item(row, self._column)
            if item is not None:
                item.setData(PARTS_ROLE, [self.po_box.text(), self.extended.text()])
