"""Small widgets shared by dialogs."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from beziehung.core.services import Services


class ContactPicker(QComboBox):
    """An editable combo box that offers contacts matching what is typed."""

    picked = Signal(int)

    def __init__(
        self, services: Services, exclude: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.exclude = exclude
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._editor = self._line_edit()
        self._editor.setPlaceholderText(self.tr("Name eingeben …"))
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self._refresh)
        self._editor.textEdited.connect(lambda _text: self._timer.start())
        self.activated.connect(self._on_activated)

    def _line_edit(self) -> QLineEdit:
        editor = self.lineEdit()
        assert editor is not None, "an editable combo box has a line edit"
        return editor

    def _refresh(self) -> None:
        typed = self._editor.text()
        hits = [h for h in self.services.search.search(typed, limit=20) if h.kind == "contact"]
        self.blockSignals(True)
        self.clear()
        for hit in hits:
            if hit.contact_id != self.exclude:
                self.addItem(hit.snippet, hit.contact_id)
        self.setCurrentIndex(-1)
        self._editor.setText(typed)
        self.blockSignals(False)
        if self.count():
            self.showPopup()

    def _on_activated(self, row: int) -> None:
        contact_id = self.itemData(row)
        if contact_id is not None:
            self.picked.emit(int(contact_id))

    def selected_id(self) -> int | None:
        """The contact chosen from the list, if the text still names it."""
        row = self.currentIndex()
        if row < 0 or self.itemText(row) != self.currentText():
            return None
        value = self.itemData(row)
        return None if value is None else int(value)

    def set_contact(self, contact_id: int, label: str) -> None:
        self.clear()
        self.addItem(label, contact_id)
        self.setCurrentIndex(0)
