"""Read-only list models for the timeline and the agenda: each row is a prepared entry."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon

from beziehung.ui.models.rows import unique, update_rows

ContactIdRole = Qt.ItemDataRole.UserRole + 1
EntryRole = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Entry:
    text: str
    contact_id: int | None = None
    icon: QIcon | None = None
    tooltip: str = ""
    reminder_id: int | None = None
    note_id: int | None = None


def entry_key(entry: Entry) -> tuple[int | None, int | None, int | None]:
    """What an entry stands for, whatever its text says now."""
    return (entry.contact_id, entry.note_id, entry.reminder_id)


class EntryListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[Entry] = []

    def set_entries(self, entries: list[Entry]) -> None:
        """Show ``entries``; an entry that stays keeps its selection and the view its scroll."""
        fresh = list(entries)
        if unique([entry_key(e) for e in self._entries]) and unique([entry_key(e) for e in fresh]):
            update_rows(self, self._entries, fresh, entry_key)
            return
        self.beginResetModel()
        self._entries = fresh
        self.endResetModel()

    def entry(self, row: int) -> Entry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.text
        if role == Qt.ItemDataRole.DecorationRole:
            return entry.icon
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.tooltip or None
        if role == ContactIdRole:
            return entry.contact_id
        return None
