"""The timeline's rows: the newest page first, older pages as the view scrolls down."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject

from beziehung.ui.models.lists import Entry, EntryListModel, Index


class TimelineModel(EntryListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._older: Callable[[], list[Entry]] | None = None

    def set_older(self, older: Callable[[], list[Entry]] | None) -> None:
        """``older`` gives the next page of entries; None when everything is shown."""
        self._older = older

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._older is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._older is None:
            return
        entries = self._older()
        if entries:
            first = self.rowCount()
            self.beginInsertRows(QModelIndex(), first, first + len(entries) - 1)
            self._entries.extend(entries)
            self.endInsertRows()

    def row_of_note(self, note_id: int) -> int | None:
        return next((i for i, e in enumerate(self._entries) if e.note_id == note_id), None)
