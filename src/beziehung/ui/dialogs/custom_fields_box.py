"""The contact dialog's group *Eigene Felder*: one input per field the user defined, the
right one for its kind (a line, a date that may be unset, a list of options, yes/no/unset)."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from beziehung.core.services import Services
from beziehung.core.services.custom_fields import FieldDefinition
from beziehung.core.services.records import FieldValue
from beziehung.ui.formatting import short_date_format


class DateField(QWidget):
    """A date that may be left empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set = QCheckBox(self.tr("gesetzt"))
        self.edit = QDateEdit()
        self.edit.setDisplayFormat(short_date_format())
        self.edit.setCalendarPopup(True)
        self.edit.setEnabled(False)
        self.edit.setDate(QDate.currentDate())
        self.set.toggled.connect(self.edit.setEnabled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.set)
        row.addWidget(self.edit, 1)

    def text(self) -> str:
        if not self.set.isChecked():
            return ""
        return self.edit.date().toString(Qt.DateFormat.ISODate)

    def set_text(self, value: str) -> None:
        day = QDate.fromString(value, Qt.DateFormat.ISODate) if value else QDate()
        self.set.setChecked(day.isValid())
        if day.isValid():
            self.edit.setDate(day)


class CustomFieldsBox(QGroupBox):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Eigene Felder"), parent)
        self.definitions = services.fields.definitions()
        self.inputs: dict[int, QLineEdit | QComboBox | DateField] = {}
        form = QFormLayout(self)
        if not self.definitions:
            hint = QLabel(
                self.tr("Noch keine eigenen Felder – anlegen unter Datei ▸ Eigene Felder …")
            )
            hint.setWordWrap(True)
            form.addRow(hint)
        for d in self.definitions:
            widget = self._input_for(d)
            widget.setObjectName(f"field-{d.id}")
            self.inputs[d.id] = widget
            form.addRow(d.name, widget)

    def _input_for(self, d: FieldDefinition) -> QLineEdit | QComboBox | DateField:
        if d.kind == "date":
            return DateField()
        if d.kind == "choice":
            combo = QComboBox()
            combo.addItem("", "")
            for option in d.choices:
                combo.addItem(option, option)
            return combo
        if d.kind == "bool":
            combo = QComboBox()
            combo.addItem(self.tr("nicht angegeben"), "")
            combo.addItem(self.tr("Ja"), "1")
            combo.addItem(self.tr("Nein"), "0")
            return combo
        return QLineEdit()

    def values(self) -> dict[int, str]:
        """Every field's value as stored ("" for none), by field id."""
        found: dict[int, str] = {}
        for field_id, widget in self.inputs.items():
            if isinstance(widget, QComboBox):
                found[field_id] = str(widget.currentData() or "")
            else:
                found[field_id] = widget.text().strip()
        return found

    def set_values(self, values: dict[int, str]) -> None:
        for field_id, widget in self.inputs.items():
            value = values.get(field_id, "")
            if isinstance(widget, QComboBox):
                row = widget.findData(value)
                if row < 0:
                    # An option taken away since: shown as it is stored, not lost on saving.
                    widget.addItem(value, value)
                    row = widget.count() - 1
                widget.setCurrentIndex(row)
            elif isinstance(widget, DateField):
                widget.set_text(value)
            else:
                widget.setText(value)

    def load(self, stored: list[FieldValue]) -> None:
        self.set_values({v.field_id: v.value for v in stored})
