"""The contact list as a windowed table: filtered, sorted and paged in SQL, 256 rows a page.

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
from beziehung.core.services.listing import ContactFilter, ContactListing, ContactRow, Page
from beziehung.ui.formatting import local_datetime_text, stage_label
from beziehung.ui.icons import icon
from beziehung.ui.models.page_cache import MAX_PAGES, PageCache

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
    """Every listed contact is a row, but only the pages near what the view shows are held:
    a page is sought from its neighbour's edge key through the sort index (an offset only for
    a far jump), and pages far from the last one read are dropped."""

    def __init__(self, listing: ContactListing, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._listing = listing
        self._filter = ContactFilter()
        self._total = 0
        self._pages = PageCache(MAX_PAGES, PAGE_SIZE)
        self._note_hits: dict[int, SearchHit] = {}
        # Nothing read yet: the first result must be shown even for the default filter.
        self.has_read = False

    @property
    def current_filter(self) -> ContactFilter:
        return self._filter

    @property
    def held_rows(self) -> int:
        """How many rows are held in memory now (bounded, whatever the list's length)."""
        return self._pages.held_rows()

    def set_filter(self, wanted: ContactFilter) -> None:
        self._filter = wanted
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        self._total = self._listing.count(self._filter)
        self.has_read = True
        self.endResetModel()

    def show_found(self, wanted: ContactFilter, first_page: Page, total: int) -> None:
        """Show ``wanted`` with its first page and its count read elsewhere (off the GUI
        thread); further pages are read as the view scrolls to them."""
        self.beginResetModel()
        self._filter = wanted
        self._pages.clear()
        self._total = total
        if total:
            self._pages.put(0, first_page)
        self.has_read = True
        self.endResetModel()

    def refresh(self) -> None:
        """Read the list again after a change, without a reset: the selection and the current
        row follow their contacts to wherever they are now, and the rows on screen change in
        place."""
        followed = {i.row(): self.contact_id(i.row()) for i in self.persistentIndexList()}
        total = self._listing.count(self._filter)
        moved = {
            row: None if contact_id is None else self._listing.position(self._filter, contact_id)
            for row, contact_id in followed.items()
        }
        self._pages.clear()
        if total > self._total:
            self.beginInsertRows(QModelIndex(), self._total, total - 1)
            self._total = total
            self.endInsertRows()
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        after = [
            QModelIndex() if (row := moved.get(i.row())) is None else self.index(row, i.column())
            for i in persistent
        ]
        self.changePersistentIndexList(persistent, after)
        self.layoutChanged.emit()
        if total < self._total:
            self.beginRemoveRows(QModelIndex(), total, self._total - 1)
            self._total = total
            self.endRemoveRows()
        if self._total:
            self.dataChanged.emit(
                self.index(0, 0), self.index(self._total - 1, len(COLUMN_SORT_KEYS) - 1)
            )

    def set_note_hits(self, hits: dict[int, SearchHit]) -> None:
        """Note excerpts by contact id, for rows the current search found through a note."""
        self._note_hits = hits
        if self._total:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(self._total - 1, len(COLUMN_SORT_KEYS) - 1),
                [Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.DecorationRole, NoteHitRole],
            )

    def note_hit(self, row: int) -> SearchHit | None:
        found = self._row(row)
        return None if found is None else self._note_hits.get(found.id)

    def contact_id(self, row: int) -> int | None:
        found = self._row(row)
        return None if found is None else found.id

    def row_of(self, contact_id: int) -> int | None:
        held = self._pages.row_of(contact_id)
        if held is not None:
            return held
        # Where the database has it now; the row is only the contact's once the model shows it.
        row = self._listing.position(self._filter, contact_id)
        return row if row is not None and self.contact_id(row) == contact_id else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMN_SORT_KEYS)

    def _row(self, row: int) -> ContactRow | None:
        if not 0 <= row < self._total:
            return None
        number = row // PAGE_SIZE
        page = self._pages.get(number)
        if page is None:
            page = self._read(number)
            pinned = {i.row() // PAGE_SIZE for i in self.persistentIndexList()}
            self._pages.put(number, page, pinned)
        at = row - number * PAGE_SIZE
        return page.rows[at] if at < len(page.rows) else None

    def _read(self, number: int) -> Page:
        """Page ``number``, sought from a held neighbour's edge, else from either end; only a
        jump far from both ends and from every held page skips rows with an offset."""
        size = min(PAGE_SIZE, self._total - number * PAGE_SIZE)
        previous, following = self._pages.get(number - 1), self._pages.get(number + 1)
        if previous is not None and previous.keys:
            return self._listing.page(self._filter, previous.keys[-1], limit=size)
        if following is not None and following.keys:
            return self._listing.page(self._filter, before=following.keys[0], limit=size)
        if number == 0:
            return self._listing.page(self._filter, limit=size)
        if (number + 1) * PAGE_SIZE >= self._total:
            return self._listing.page(self._filter, from_end=True, limit=size)
        return self._listing.page_at(self._filter, number * PAGE_SIZE, limit=size)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMN_SORT_KEYS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        wanted = replace(self._filter, sort=COLUMN_SORT_KEYS[column], descending=descending)
        if wanted != self._filter:
            # The same rows in another order: the count stays.
            self.beginResetModel()
            self._filter = wanted
            self._pages.clear()
            self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self._row(index.row()) if index.isValid() else None
        if row is None:
            return None
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
