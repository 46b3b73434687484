"""Empfehlungsbaum: everyone a contact recommended, and whom they recommended, level by
level. A double-click (or Enter) opens a person."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from beziehung.core.errors import DomainError
from beziehung.core.events import Change, Topic
from beziehung.core.services import Services
from beziehung.core.services.network import ReferralNode
from beziehung.ui.changes import ChangeHub

ContactIdRole = Qt.ItemDataRole.UserRole + 1


class ReferralTreeDialog(QDialog):
    open_contact = Signal(int)

    def __init__(
        self,
        services: Services,
        changes: ChangeHub,
        contact_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.contact_id = contact_id
        self.model = QStandardItemModel(self)
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        self.view.doubleClicked.connect(self._open)
        self.view.activated.connect(self._open)
        self.summary = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        # Enter opens the person under the cursor; it must not close the tree as well.
        for close in buttons.buttons():
            if isinstance(close, QPushButton):
                close.setAutoDefault(False)
                close.setDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.resize(420, 480)
        changes.changed.connect(self._on_change)
        self.refresh()

    def refresh(self) -> None:
        """Read the tree again; raises :class:`DomainError` when the contact is gone."""
        tree = self.services.network.tree(self.contact_id)
        self.setWindowTitle(
            self.tr("Empfehlungsbaum: {name}").format(name=tree.contact.display_name)
        )
        self.model.clear()
        self.model.appendRow(self._item(tree))
        self.view.expandAll()
        self.view.setCurrentIndex(self.model.index(0, 0))
        people = self.tr("%n Person(en) empfohlen", "", tree.size())
        levels = self.tr("%n Ebene(n) tief", "", tree.depth())
        self.summary.setText(f"{people}, {levels}" if tree.size() else people)

    def _item(self, node: ReferralNode) -> QStandardItem:
        item = QStandardItem(node.contact.display_name)
        item.setData(node.contact.id, ContactIdRole)
        for child in node.children:
            item.appendRow(self._item(child))
        return item

    def _open(self, index: QModelIndex) -> None:
        contact_id = index.data(ContactIdRole)
        if contact_id is not None:
            self.open_contact.emit(int(contact_id))

    def _on_change(self, change: Change) -> None:
        if not change.touches(Topic.REFERRALS | Topic.CONTACTS):
            return
        try:
            self.refresh()
        except DomainError:
            self.close()
