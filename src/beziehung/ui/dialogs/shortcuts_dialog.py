"""Hilfe ▸ Tastenkürzel: every shortcut of the window, read from its actions so that the
overview can never disagree with what the keys do."""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from beziehung.ui.actions import WindowActions


def shortcut_rows(actions: WindowActions) -> list[tuple[str, str]]:
    """(command, keys) for every action with a shortcut, in the order they are declared."""
    rows = []
    for field in fields(actions):
        action: QAction = getattr(actions, field.name)
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
        keys = [k for k in keys if k]
        if keys:
            text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            rows.append((text.rstrip(" …"), ", ".join(keys)))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, actions: WindowActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tastenkürzel"))
        rows = shortcut_rows(actions)
        rows.append((self.tr("Menü zum gewählten Eintrag"), self.tr("Menütaste")))
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Befehl"), self.tr("Tasten")])
        for row, (command, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(command))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(460, 420)
