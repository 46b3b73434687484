"""Kontaktpflege: who is drifting away, the furthest past their interval first.

Ctrl+L logs a call with the selected contact, Rückruf planen and Später work on every selected
row; Enter or a double click opens the contact. The window hands in those commands, so the
keys, menus and this page all run the same ones.
"""

from __future__ import annotations

from collections import Counter
from html import escape

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from beziehung.core.events import Change, Topic
from beziehung.core.services import Services
from beziehung.core.services.attention import AttentionRow
from beziehung.ui.changes import ChangeHub
from beziehung.ui.context_menu import on_context_menu
from beziehung.ui.models.attention import COL_STATUS, AttentionModel
from beziehung.ui.tasks import Background

# Conversations, reminders (set aside, planned), contacts and the intervals in the settings.
SHOWN = Topic.CONTACTS | Topic.NOTES | Topic.REMINDERS | Topic.SETTINGS
SHOWN_ROWS = 500


class AttentionView(QWidget):
    open_contact = Signal(int)

    def __init__(
        self, services: Services, changes: ChangeHub, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.heading = QLabel()
        self.summary = QLabel()
        self.summary.setObjectName("attention-summary")
        self.model = AttentionModel(self)
        self.view = QTableView()
        self.view.setObjectName("attention-table")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        # Every column as wide as what it holds: the name is what the user reads first and
        # must never be cut; a narrow window scrolls sideways instead.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.view.activated.connect(self._open)
        self.view.doubleClicked.connect(self._open)
        self.empty = QLabel(self.tr("Niemand hat einen Rhythmus – oder alle sind zurückgestellt."))
        self.empty.setStyleSheet("color: gray")
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self._actions: list[QAction] = []
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addLayout(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        title = self.tr("Kontaktpflege")
        subtitle = self.tr("Wer droht verloren zu gehen")
        self.heading.setText(
            f"<h2 style='margin:0'>{escape(title)}</h2>"
            f"<span style='color:gray'>{escape(subtitle)}</span>"
        )
        on_context_menu(self.view, self._menu)
        self.background = Background(self)
        self._stale = True
        changes.changed.connect(self._on_change)

    def set_commands(self, actions: list[QAction]) -> None:
        """The commands this page offers as buttons and in a row's menu."""
        self._actions = actions
        for action in actions:
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            self.buttons.addWidget(button)

    def _on_change(self, change: Change) -> None:
        if not change.touches(SHOWN):
            return
        if self.isVisible():
            self.refresh()
        else:
            # Read again when shown: hidden, nobody looks, and the list costs a scan.
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        self.background.run(
            lambda: self.services.attention.attention(limit=SHOWN_ROWS),
            self.show_rows,
            self._failed,
        )

    def _failed(self, error: Exception) -> None:
        # Re-raised on the GUI thread: the application's error dialog and log take it.
        raise error

    def show_rows(self, rows: list[AttentionRow]) -> None:
        self.model.set_rows(rows)
        counts = Counter(r.status for r in rows)
        self.summary.setText(
            self.tr(
                "{red} drohen verloren zu gehen · {yellow} fällig · {green} im Rhythmus"
            ).format(red=counts["red"], yellow=counts["yellow"], green=counts["green"])
        )
        self.empty.setVisible(not rows)
        self.view.setVisible(bool(rows))
        if rows and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.model.index(0, COL_STATUS))

    def focus_table(self) -> None:
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def selected_rows(self) -> list[AttentionRow]:
        """Every selected row, else the current one, in list order."""
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        if not rows and self.view.currentIndex().isValid():
            rows = [self.view.currentIndex().row()]
        found = (self.model.row_at(r) for r in rows)
        return [r for r in found if r is not None]

    def selected_contact(self) -> int | None:
        """The contact of the current row, for Ctrl+L and the other contact commands."""
        current = self.model.row_at(self.view.currentIndex().row())
        return current.contact_id if current is not None else None

    def _open(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.open_contact.emit(row.contact_id)

    def _menu(self, index: QModelIndex, at: QPoint) -> None:
        row = self.model.row_at(index.row())
        if row is None:
            return
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        opening = menu.addAction(
            self.tr("Kontakt ö&ffnen"), lambda: self.open_contact.emit(row.contact_id)
        )
        menu.setDefaultAction(opening)
        for action in self._actions:
            menu.addAction(action)
        menu.popup(at)
