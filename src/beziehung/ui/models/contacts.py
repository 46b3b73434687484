"""The contact list as a lazy table: filtered and sorted in SQL, fetched in pages of 256.

While a search is active, rows found through a conversation note carry that note's excerpt
(:meth:`ContactTableModel.set_note_hits`), so the list can say why a row is there.
"""

from __future__ import annotations

from dataclasses import replace
from html import escape
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from beziehung.core.search import SearchHit
from beziehung.core.services.listing import ContactFilter, ContactListing, ContactRow
from beziehung.ui.formatting import local_datetime_text, stage_label
from beziehung.ui.icons import icon
from beziehung.ui.models.rows import update_rows

COL_NAME, COL_ORGANISATION, COL_STAGE, COL_LAST_CONTACT, COL_NEXT_REMINDER = range(5)
COLUMN_SORT_KEYS = ("name", "organisation", "stage", "last_contact", "next_reminder")
PAGE_SIZE = 256
ContactIdRole = Qt.ItemDataRole.UserRole + 1
# The search hit that explains the row (a note's excerpt), or None.
NoteHitRole = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


def marked_html(text: str, marks: tuple[tuple[int, int], ...]) -> str:
    """``text`` as HTML with the spans at ``marks`` in bold."""
    parts: list[str] = []
    at = 0
    for start, end in sorted(marks):
        if start < at:
            continue
        parts.append(escape(text[at:start]))
        parts.append(f"<b>{escape(text[start:end])}</b>")
        at = end
    parts.append(escape(text[at:]))
    return "".join(parts)


def note_hit_html(hit: SearchHit) -> str:
    """Which note matched and with which words: its date, then the excerpt."""
    when = local_datetime_text(hit.occurred_at, date_only=True)
    heading = QCoreApplication.translate("ContactTableModel", "Gefunden in der Notiz vom {date}")
    words = ", ".join(hit.matched_words)
    because = QCoreApplication.translate("ContactTableModel", "Treffer: {words}").format(
        words=words
    )
    return (
        f"<b>{escape(heading.format(date=when))}</b><br>"
        f"{marked_html(hit.snippet, hit.marks)}<br>"
        f"<span style='color:gray'>{escape(because)}</span>"
    )


class ContactTableModel(QAbstractTableModel):
    def __init__(self, listing: ContactListing, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._listing = listing
        self._filter = ContactFilter()
        self._rows: list[ContactRow] = []
        self._exhausted = False
        self._note_hits: dict[int, SearchHit] = {}

    @property
    def current_filter(self) -> ContactFilter:
        return self._filter

    def set_filter(self, wanted: ContactFilter) -> None:
        self._filter = wanted
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._exhausted = False
        self.endResetModel()
        # Views ask for more only as they scroll; the first page must not wait for that.
        self.fetchMore(QModelIndex())

    def show_found(self, wanted: ContactFilter, first_page: list[ContactRow]) -> None:
        """Show ``wanted`` with its first page read elsewhere (off the GUI thread)."""
        self.beginResetModel()
        self._filter = wanted
        self._rows = list(first_page)
        self._exhausted = len(first_page) < PAGE_SIZE
        self.endResetModel()

    def refresh(self) -> None:
        """Read the rows shown so far again, after a change: without a reset, so the view keeps
        the selected contact and its scroll position."""
        shown = max(PAGE_SIZE, -(-len(self._rows) // PAGE_SIZE) * PAGE_SIZE)
        fresh = self._listing.rows(self._filter, offset=0, limit=shown)
        update_rows(self, self._rows, fresh, lambda r: r.id, len(COLUMN_SORT_KEYS))
        self._exhausted = len(fresh) < shown

    def set_note_hits(self, hits: dict[int, SearchHit]) -> None:
        """Note excerpts by contact id, for rows the current search found through a note."""
        self._note_hits = hits
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self._rows) - 1, len(COLUMN_SORT_KEYS) - 1),
                [Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.DecorationRole, NoteHitRole],
            )

    def note_hit(self, row: int) -> SearchHit | None:
        return self._note_hits.get(self._rows[row].id) if 0 <= row < len(self._rows) else None

    def contact_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, contact_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == contact_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMN_SORT_KEYS)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or self._exhausted:
            return
        page = self._listing.rows(self._filter, offset=len(self._rows), limit=PAGE_SIZE)
        if len(page) < PAGE_SIZE:
            self._exhausted = True
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMN_SORT_KEYS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        wanted = replace(self._filter, sort=COLUMN_SORT_KEYS[column], descending=descending)
        if wanted != self._filter:
            self.layoutAboutToBeChanged.emit()
            self._filter = wanted
            self.layoutChanged.emit()
            self.reload()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ContactIdRole:
            return row.id
        if role in (Qt.ItemDataRole.ToolTipRole, NoteHitRole, Qt.ItemDataRole.DecorationRole):
            hit = self._note_hits.get(row.id)
            if hit is None:
                return None
            if role == NoteHitRole:
                return hit
            if role == Qt.ItemDataRole.ToolTipRole:
                return note_hit_html(hit)
            return icon("message") if index.column() == COL_NAME else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == COL_NAME:
            return row.display_name
        if column == COL_ORGANISATION:
            return row.organisation or ""
        if column == COL_STAGE:
            return stage_label(row.stage)
        if column == COL_LAST_CONTACT:
            return local_datetime_text(row.last_contact_at, date_only=True)
        if column == COL_NEXT_REMINDER:
            return local_datetime_text(row.next_reminder_at)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (
            QCoreApplication.translate("ContactTableModel", "Name"),
            QCoreApplication.translate("ContactTableModel", "Organisation"),
            QCoreApplication.translate("ContactTableModel", "Phase"),
            QCoreApplication.translate("ContactTableModel", "Letzter Kontakt"),
            QCoreApplication.translate("ContactTableModel", "Nächster Rückruf"),
        )
        return headers[section] if 0 <= section < len(headers) else None
