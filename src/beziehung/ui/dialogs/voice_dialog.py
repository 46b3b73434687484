"""*Ansicht ▸ Stimme des Kunden*: wishes, ideas, praise and complaints across all contacts,
filtered by kind, period and open complaints. Enter or a double-click opens the contact;
Ctrl+B (or the button) marks the selected complaint answered."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from beziehung.clock import from_local, to_local
from beziehung.core.events import Change, Topic
from beziehung.core.models import VOICES
from beziehung.core.services import Services
from beziehung.core.services.voice import VoiceRow
from beziehung.ui.changes import ChangeHub
from beziehung.ui.formatting import local_datetime_text
from beziehung.ui.icons import icon
from beziehung.ui.models.lists import ContactIdRole, Entry, EntryListModel
from beziehung.ui.note_actions import answered_text, mark_answered
from beziehung.ui.note_labels import voice_label, voice_line

SHOWN = Topic.NOTES | Topic.CONTACTS
# Periods offered, by how far back they reach: days, or None for all time.
PERIOD_DAYS: tuple[int | None, ...] = (None, 30, 90, 365)


class VoiceDialog(QDialog):
    open_contact = Signal(int)

    def __init__(
        self, services: Services, changes: ChangeHub, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Stimme des Kunden"))
        self.resize(640, 520)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Alle Arten"), None)
        for code in VOICES:
            self.kind.addItem(voice_label(code), code)
        self.period = QComboBox()
        for days in PERIOD_DAYS:
            text = (
                self.tr("Gesamter Zeitraum")
                if days is None
                else self.tr("Letzte %Ln Tage", "", days)
            )
            self.period.addItem(text, days)
        self.open_only = QCheckBox(self.tr("Nur &offene Beschwerden"))
        kind_label = QLabel(self.tr("&Art"))
        kind_label.setBuddy(self.kind)
        filters = QHBoxLayout()
        filters.addWidget(kind_label)
        filters.addWidget(self.kind)
        filters.addWidget(self.period)
        filters.addWidget(self.open_only)
        filters.addStretch()

        self.model = EntryListModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.view.activated.connect(self._open)
        self.view.doubleClicked.connect(self._open)
        self.count = QLabel()
        self.answered_action = QAction(answered_text(), self)
        self.answered_action.setShortcut(QKeySequence("Ctrl+B"))
        self.answered_action.triggered.connect(self.mark_selected_answered)
        self.addAction(self.answered_action)
        self.view.addAction(self.answered_action)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.answered_button = QPushButton(self.answered_action.text())
        self.answered_button.clicked.connect(self.answered_action.trigger)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.answered_button, QDialogButtonBox.ButtonRole.ActionRole)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count)
        layout.addWidget(buttons)

        self._rows: dict[int, VoiceRow] = {}
        for combo in (self.kind, self.period):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.open_only.toggled.connect(lambda _on: self.refresh())
        self.view.selectionModel().currentChanged.connect(lambda *_: self._sync())
        changes.changed.connect(self._on_change)
        self.refresh()

    def _on_change(self, change: Change) -> None:
        if change.touches(SHOWN):
            self.refresh()

    def _since(self) -> datetime | None:
        days = self.period.currentData()
        if days is None:
            return None
        tz = self.services.context.tz
        today = to_local(self.services.context.clock.now(), tz).date()
        start = datetime.combine(today - timedelta(days=int(days) - 1), datetime.min.time())
        return from_local(start, tz)

    def refresh(self) -> None:
        rows = self.services.voice.voices(
            self.kind.currentData(), self._since(), open_only=self.open_only.isChecked()
        )
        self._rows = {r.note_id: r for r in rows}
        self.model.set_entries([self._entry(r) for r in rows])
        self.count.setText(self.tr("%Ln Eintrag/Einträge", "", len(rows)))
        self._sync()

    def _entry(self, r: VoiceRow) -> Entry:
        head = f"{local_datetime_text(r.at)} · {voice_line(r.kind, r.answered_at)}"
        return Entry(
            f"{head}\n{r.name}: {r.text}", r.contact_id, icon("message"), note_id=r.note_id
        )

    def selected(self) -> VoiceRow | None:
        entry = self.model.entry(self.view.currentIndex().row())
        return None if entry is None or entry.note_id is None else self._rows.get(entry.note_id)

    def _sync(self) -> None:
        row = self.selected()
        enabled = row is not None and row.open
        self.answered_action.setEnabled(enabled)
        self.answered_button.setEnabled(enabled)

    def _open(self, index: QModelIndex) -> None:
        contact_id = index.data(ContactIdRole)
        if contact_id is not None:
            self.open_contact.emit(int(contact_id))

    def mark_selected_answered(self) -> None:
        row = self.selected()
        if row is not None and row.open:
            mark_answered(self, self.services, row.note_id)
