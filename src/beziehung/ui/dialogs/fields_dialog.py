"""*Eigene Felder*: define once the fields every contact can have — add, rename, change a
choice field's options, reorder and remove (with the number of contacts that lose a value)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from beziehung.core.errors import DomainError
from beziehung.core.models import CUSTOM_FIELD_KINDS
from beziehung.core.services import Services
from beziehung.core.services.custom_fields import FieldDefinition
from beziehung.ui.feedback import confirm, show_error

_KIND_TEXTS: dict[str, object] = {
    "text": QT_TRANSLATE_NOOP("FieldsDialog", "Text"),
    "date": QT_TRANSLATE_NOOP("FieldsDialog", "Datum"),
    "choice": QT_TRANSLATE_NOOP("FieldsDialog", "Auswahl"),
    "bool": QT_TRANSLATE_NOOP("FieldsDialog", "Ja/Nein"),
}


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("FieldsDialog", str(_KIND_TEXTS[kind]))


class NewFieldDialog(QDialog):
    """Name, kind and, for a choice field, its options (one per line)."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.field_id: int | None = None
        self.setWindowTitle(self.tr("Neues Feld"))
        self.name = QLineEdit()
        self.kind = QComboBox()
        for kind in CUSTOM_FIELD_KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.choices = QPlainTextEdit()
        self.choices.setPlaceholderText(self.tr("Eine Möglichkeit je Zeile"))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Art"), self.kind)
        form.addRow(self.tr("&Möglichkeiten"), self.choices)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._kind_changed()

    def _kind_changed(self) -> None:
        self.choices.setEnabled(self.kind.currentData() == "choice")

    def accept(self) -> None:
        try:
            self.field_id = self.services.fields.add(
                self.name.text(), str(self.kind.currentData()), self.choices.toPlainText()
            )
        except DomainError as error:
            show_error(self, error)
            return
        super().accept()


class FieldsDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Eigene Felder"))
        self.resize(520, 360)
        self.list = QListWidget()
        self.list.currentRowChanged.connect(lambda _row: self._enable())
        side = QVBoxLayout()
        self.add_button = QPushButton(self.tr("&Hinzufügen …"))
        self.rename_button = QPushButton(self.tr("&Umbenennen …"))
        self.choices_button = QPushButton(self.tr("&Möglichkeiten …"))
        self.up_button = QPushButton(self.tr("Nach &oben"))
        self.down_button = QPushButton(self.tr("Nach &unten"))
        self.remove_button = QPushButton(self.tr("&Entfernen …"))
        for button, slot in (
            (self.add_button, self.add_field),
            (self.rename_button, self.rename_field),
            (self.choices_button, self.edit_choices),
            (self.up_button, lambda: self.move_field(-1)),
            (self.down_button, lambda: self.move_field(1)),
            (self.remove_button, self.remove_field),
        ):
            button.clicked.connect(lambda _checked=False, slot=slot: slot())
            side.addWidget(button)
        side.addStretch()
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(side)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self, select: int | None = None) -> None:
        self.list.clear()
        for d in self.services.fields.definitions():
            text = f"{d.name} ({kind_label(d.kind)})"
            if d.choices:
                text += ": " + ", ".join(d.choices)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, d.id)
            self.list.addItem(item)
            if d.id == select:
                self.list.setCurrentItem(item)
        self._enable()

    def selected_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def _selected(self) -> FieldDefinition | None:
        field_id = self.selected_id()
        return next((d for d in self.services.fields.definitions() if d.id == field_id), None)

    def _enable(self) -> None:
        chosen = self._selected()
        for button in (self.rename_button, self.up_button, self.down_button, self.remove_button):
            button.setEnabled(chosen is not None)
        self.choices_button.setEnabled(chosen is not None and chosen.kind == "choice")

    def add_field(self) -> None:
        dialog = NewFieldDialog(self.services, self)
        if dialog.exec():
            self.refresh(dialog.field_id)

    def rename_field(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Feld umbenennen"), self.tr("Neuer Name:"), text=chosen.name
        )
        if ok:
            self._run(lambda: self.services.fields.rename(chosen.id, name), chosen.id)

    def edit_choices(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        text, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Möglichkeiten"),
            self.tr("Eine Möglichkeit je Zeile:"),
            "\n".join(chosen.choices),
        )
        if ok:
            self._run(lambda: self.services.fields.set_choices(chosen.id, text), chosen.id)

    def move_field(self, step: int) -> None:
        field_id = self.selected_id()
        if field_id is not None:
            self._run(lambda: self.services.fields.move(field_id, step), field_id)

    def remove_field(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        holders = self.services.fields.value_count(chosen.id)
        if holders:
            text = self.tr(
                "Das Feld „{name}“ wird entfernt; %Ln Kontakt(e) verlieren ihren Wert darin.",
                "",
                holders,
            ).format(name=chosen.name)
            if not confirm(self, self.tr("Feld entfernen"), text, self.tr("Entfernen")):
                return
        self._run(lambda: self.services.fields.remove(chosen.id), None)

    def _run(self, change: Callable[[], object], select: int | None) -> None:
        try:
            change()
        except DomainError as error:
            show_error(self, error)
        self.refresh(select)
