"""The part of the note form beyond the conversation itself: who else was there, what was
asked and the answer, and what the client said about us (wish, idea, praise, complaint).

Keyboard first: in *Weitere Teilnehmer* type a name and press Enter to add the person (the
list offers matches as you type); Del removes the selected one from the list below.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from beziehung.core.errors import DomainError
from beziehung.core.models import ASK_ANSWERS, ASK_KINDS, VOICES
from beziehung.core.services import Services
from beziehung.core.services.records import NoteRecord
from beziehung.ui.feedback import show_error
from beziehung.ui.note_labels import answer_label, ask_label, voice_label
from beziehung.ui.widgets import ContactPicker

LIST_HEIGHT = 64


class NoteExtras(QWidget):
    changed = Signal()

    def __init__(self, services: Services, contact_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._contact_id = contact_id
        self.picker = ContactPicker(services, exclude=contact_id)
        self.picker.setToolTip(self.tr("Namen eingeben, mit Eingabe hinzufügen"))
        self.picker.picked.connect(self._add)
        editor = self.picker.lineEdit()
        assert editor is not None
        # Enter adds the person typed; it must not save the whole note.
        editor.installEventFilter(self)
        self.people = QListWidget()
        self.people.setMaximumHeight(LIST_HEIGHT)
        self.people.setAccessibleName(self.tr("Weitere Teilnehmer"))
        self.people.hide()
        remove = QAction(self.tr("Aus der Notiz entfernen"), self.people)
        remove.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove.triggered.connect(self._remove_selected)
        self.people.addAction(remove)
        self.people.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.ask_kind = QComboBox()
        self.ask_kind.addItem(self.tr("nichts erbeten"), None)
        for code in ASK_KINDS:
            self.ask_kind.addItem(ask_label(code), code)
        self.ask_answer = QComboBox()
        for code in ("open", *(c for c in ASK_ANSWERS if c != "open")):
            self.ask_answer.addItem(answer_label(code), code)
        self.ask_answer.setEnabled(False)
        self.ask_kind.currentIndexChanged.connect(
            lambda _i: self.ask_answer.setEnabled(self.ask_kind.currentData() is not None)
        )
        self.voice = QComboBox()
        self.voice.addItem(self.tr("–"), None)
        for code in VOICES:
            self.voice.addItem(voice_label(code), code)
        for combo in (self.ask_kind, self.ask_answer, self.voice):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())

        self.ask_row = QHBoxLayout()
        self.ask_row.addWidget(self.ask_kind, 1)
        self.ask_row.addWidget(self.ask_answer, 1)

    def add_rows(self, form: QFormLayout) -> None:
        """Put the fields into the note form, aligned with its own rows."""
        people_label = QLabel(self.tr("Weitere &Teilnehmer"))
        people_label.setBuddy(self.picker)
        form.addRow(people_label, self.picker)
        form.addRow("", self.people)
        ask_label_widget = QLabel(self.tr("Gefr&agt"))
        ask_label_widget.setBuddy(self.ask_kind)
        form.addRow(ask_label_widget, self.ask_row)
        form.addRow(self.tr("Stimme des &Kunden"), self.voice)

    # --- participants -------------------------------------------------------------------------

    def participants(self) -> list[int]:
        return [
            int(self.people.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.people.count())
        ]

    def _add(self, contact_id: int) -> None:
        if contact_id == self._contact_id or contact_id in self.participants():
            self.picker.clearEditText()
            return
        try:
            name = self._services.contacts.get(contact_id).summary.display_name
        except DomainError as error:
            show_error(self, error)
            return
        self._add_item(contact_id, name)
        self.picker.clear()
        self.picker.clearEditText()
        self.changed.emit()

    def _add_item(self, contact_id: int, name: str) -> None:
        item = QListWidgetItem(name)
        item.setData(Qt.ItemDataRole.UserRole, contact_id)
        self.people.addItem(item)
        self.people.show()

    def _add_typed(self) -> None:
        chosen = self.picker.selected_id()
        if chosen is not None:
            self._add(chosen)
            return
        typed = self.picker.currentText().strip()
        if not typed:
            return
        try:
            self._add(self._services.contacts.resolve(typed))
        except DomainError as error:
            show_error(self, error)

    def _remove_selected(self) -> None:
        row = self.people.currentRow()
        if row < 0:
            return
        self.people.takeItem(row)
        self.people.setVisible(self.people.count() > 0)
        self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride)
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            if event.type() == QEvent.Type.KeyPress:
                self._add_typed()
            event.accept()
            return True
        return super().eventFilter(watched, event)

    # --- values -------------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """What the note input takes from here, by its field names."""
        kind = self.ask_kind.currentData()
        return {
            "with_contacts": self.participants(),
            "ask_kind": kind,
            "ask_answer": self.ask_answer.currentData() if kind is not None else None,
            "voice": self.voice.currentData(),
        }

    def draft(self) -> dict[str, Any]:
        people = [
            [int(item.data(Qt.ItemDataRole.UserRole)), item.text()]
            for item in (self.people.item(row) for row in range(self.people.count()))
        ]
        return {**self.values(), "people": people}

    def restore(self, draft: dict[str, Any]) -> None:
        """Fill from a draft or a stored note's values; unknown codes are left unset."""
        self.people.clear()
        for contact_id, name in draft.get("people", []):
            self._add_item(int(contact_id), str(name))
        self.people.setVisible(self.people.count() > 0)
        for combo, key in (
            (self.ask_kind, "ask_kind"),
            (self.ask_answer, "ask_answer"),
            (self.voice, "voice"),
        ):
            combo.setCurrentIndex(max(0, combo.findData(draft.get(key))))

    def fill_from(self, note: NoteRecord) -> None:
        self.restore(
            {
                "people": [[p.id, p.display_name] for p in note.participants],
                "ask_kind": note.ask_kind,
                "ask_answer": note.ask_answer,
                "voice": note.voice,
            }
        )
