"""The card's section *Beziehungen*: everyone related to the open contact, read from its side.
Enter or a double click opens the other contact (for a successor, the predecessor's card with
the history taken over); the context menu removes a relation."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from beziehung.core.errors import DomainError
from beziehung.core.services import Services
from beziehung.ui.feedback import show_error
from beziehung.ui.relation_labels import relation_text

OTHER_ROLE = Qt.ItemDataRole.UserRole
RELATION_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_VISIBLE_ROWS = 5


class RelationsBox(QWidget):
    open_contact = Signal(int)
    add_requested = Signal()
    successor_requested = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.list = QListWidget()
        self.list.setObjectName("relations")
        self.list.itemActivated.connect(self._open)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._menu)
        self.remove_action = QAction(self.tr("Beziehung entfernen"), self.list)
        self.remove_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.remove_action.triggered.connect(self.remove_selected)
        self.list.addAction(self.remove_action)
        self.menu: QMenu | None = None
        self.add_button = QPushButton(self.tr("Beziehung hinzufügen …"))
        self.add_button.clicked.connect(self.add_requested.emit)
        self.successor_button = QPushButton(self.tr("Nachfolger eintragen …"))
        self.successor_button.clicked.connect(self.successor_requested.emit)
        head = QHBoxLayout()
        head.addWidget(QLabel(f"<b>{escape(self.tr('Beziehungen'))}</b>"))
        head.addStretch()
        head.addWidget(self.add_button)
        head.addWidget(self.successor_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.list)

    def show_relations(self, contact_id: int) -> None:
        self.list.clear()
        for relation in self.services.relations.relations_of(contact_id):
            item = QListWidgetItem(relation_text(relation))
            item.setData(OTHER_ROLE, relation.other.id)
            item.setData(RELATION_ROLE, relation.id)
            self.list.addItem(item)
        self.list.setVisible(self.list.count() > 0)
        rows = min(self.list.count(), MAX_VISIBLE_ROWS)
        row_height = self.list.sizeHintForRow(0) if rows else 0
        self.list.setFixedHeight(rows * row_height + 2 * self.list.frameWidth() + 2)

    def _open(self, item: QListWidgetItem) -> None:
        self.open_contact.emit(int(item.data(OTHER_ROLE)))

    def remove_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        try:
            self.services.relations.remove(int(item.data(RELATION_ROLE)))
        except DomainError as error:
            show_error(self, error)

    def _menu(self, position: QPoint) -> None:
        item = self.list.itemAt(position)
        if item is None:
            return
        self.list.setCurrentItem(item)
        menu = QMenu(self)
        menu.addAction(self.tr("Öffnen"), lambda: self._open(item))
        menu.addAction(self.remove_action)
        self.menu = menu
        menu.popup(self.list.viewport().mapToGlobal(position))
