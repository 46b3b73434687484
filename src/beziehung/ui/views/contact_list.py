"""The contact list on the left: search, stage and tag filters above a lazy table.

While a search is active, a row found through a conversation note shows a note icon and the
note's excerpt with the matched words in bold, as its tooltip and, for the selected row, in a
line below the table. A right click or the Menu key on a row asks for its context menu.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QItemSelection, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from beziehung.core.events import Change, Topic
from beziehung.core.models import STAGES
from beziehung.core.search import SearchHit, note_hits_by_contact
from beziehung.core.services import Services
from beziehung.core.services.listing import ContactFilter, Page
from beziehung.ui.changes import ChangeHub
from beziehung.ui.context_menu import on_context_menu
from beziehung.ui.formatting import stage_label
from beziehung.ui.icons import icon
from beziehung.ui.models.contacts import (
    COL_LAST_CONTACT,
    COL_NAME,
    COL_NEXT_REMINDER,
    COL_ORGANISATION,
    COL_STAGE,
    PAGE_SIZE,
    ContactTableModel,
    note_hit_html,
)
from beziehung.ui.responsible import user_label
from beziehung.ui.tasks import Background

SEARCH_DELAY_MS = 200
# How many search hits explain rows; contacts found by name need no explanation, and note hits
# come newest first, so the rows a user reads first are explained first.
EXPLAINED_HITS = 300
# Every column: names, organisations, stages, the last conversation, the next callback; notes
# also decide what a search finds.
SHOWN = Topic.CONTACTS | Topic.ORGANISATIONS | Topic.NOTES | Topic.REMINDERS


@dataclass(frozen=True)
class Found:
    """What a filter finds, read off the GUI thread: the first page, how many rows in all,
    and why rows are there."""

    wanted: ContactFilter
    first_page: Page
    total: int
    note_hits: dict[int, SearchHit]


class ContactList(QWidget):
    """``chosen`` tells which contact the user picked; ``counted`` how many match the filter.
    The search box, filters and counts are read off the GUI thread."""

    chosen = Signal(int)
    counted = Signal(int)
    # A context menu for the selected contact, at this point on the screen.
    menu_requested = Signal(QPoint)
    # The list shows only the user's own contacts (True) or not, chosen in the list itself.
    mine_chosen = Signal(bool)

    def __init__(
        self, services: Services, changes: ChangeHub, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._count: int | None = None
        # Finding and counting run off the GUI thread, each delivering only its newest run,
        # so typing never waits for a query and a slow "Mü" never overwrites "Mül".
        self._finding = Background(self)
        self._counting = Background(self)
        self._explaining = Background(self)
        self.search = QLineEdit(placeholderText=self.tr("Suchen: Name, Firma, Notizen … (Strg+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.tag_filter = QComboBox()
        self.stage_filter = QComboBox()
        self.stage_filter.addItem(self.tr("Alle Phasen"), None)
        for code in STAGES:
            self.stage_filter.addItem(stage_label(code), code)
        self.responsible_filter = QComboBox()
        self.responsible_filter.setObjectName("responsible-filter")
        self.tag_filter.activated.connect(lambda _row: self.apply_filter())
        self.stage_filter.activated.connect(lambda _row: self.apply_filter())
        self.responsible_filter.activated.connect(lambda _row: self._responsible_chosen())
        filters = QHBoxLayout()
        filters.addWidget(self.stage_filter)
        filters.addWidget(self.tag_filter)
        filters.addWidget(self.responsible_filter)

        self.model = ContactTableModel(services.listing, self)
        # The unfiltered list is counted from an index and paged as the view asks, so it is
        # shown at once; only what the user types is read in the background.
        self.model.reload()
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
        # Another order starts at its first row; left in the middle of 100,000 rows, the view
        # would make the model jump there first.
        self.view.horizontalHeader().sortIndicatorChanged.connect(
            lambda *_: self.view.scrollToTop()
        )
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        rows = self.view.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        for column, width in (
            (COL_NAME, 165),
            (COL_ORGANISATION, 165),
            (COL_STAGE, 95),
            (COL_LAST_CONTACT, 115),
            (COL_NEXT_REMINDER, 125),
        ):
            header.resizeSection(column, width)
        # Only what the user does opens a contact; a refresh that keeps the selection does not.
        self.view.clicked.connect(self._clicked)
        self.view.selectionModel().selectionChanged.connect(self._selected)
        self._refreshing = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        changes.changed.connect(self._on_change)
        self.restricted_banner = QLabel(
            self.tr(
                "Eingeschränkte Kontakte (Art. 18 DSGVO): nur hier sichtbar. Rechtsklick ▸ Datenschutz hebt die Einschränkung auf."
            )
        )
        self.restricted_banner.setWordWrap(True)
        self.restricted_banner.setStyleSheet(
            "background: #fff3cd; color: #664d03; padding: 4px; border-radius: 3px"
        )
        self.restricted_banner.hide()
        layout.insertWidget(0, self.restricted_banner)
        self.why = QLabel()
        self.why.setObjectName("search-why")
        self.why.setWordWrap(True)
        self.why.setTextFormat(Qt.TextFormat.RichText)
        self.why.setStyleSheet("padding: 4px")
        self.why.hide()
        layout.addWidget(self.why)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._explain())
        on_context_menu(self.view, self._menu_for)
        self.refresh_tags()
        self.refresh_users()

    def _menu_for(self, index: QModelIndex, at: QPoint) -> None:
        if self.model.contact_id(index.row()) is None:
            return
        self.view.selectRow(index.row())
        self.menu_requested.emit(at)

    def show_restricted(self, on: bool) -> None:
        """List only the restricted contacts (Art. 18), or everyone else again."""
        self.restricted_banner.setVisible(on)
        # A menu command, not typing: shown at once, and what was being read is dropped.
        self._finding.cancel()
        self.model.set_filter(replace(self._wanted(), restricted=on))
        self._find_note_hits()
        self._count = None
        self._recount()

    def _note_hits(self, text: str) -> dict[int, SearchHit]:
        if not text.strip():
            return {}
        return note_hits_by_contact(self._services.search.search(text, EXPLAINED_HITS))

    def _find_note_hits(self) -> None:
        """Read the notes that explain the rows again after a change, off the GUI thread."""
        text = self.model.current_filter.text

        def show(hits: dict[int, SearchHit]) -> None:
            # Typed on meanwhile: the new search brings its own explanations.
            if text == self.model.current_filter.text:
                self.model.set_note_hits(hits)
                self._explain()

        self._explaining.run(lambda: self._note_hits(text), show, self._failed)

    def _explain(self) -> None:
        """The selected row's reason for being found, below the table."""
        index = self.view.currentIndex()
        hit = self.model.note_hit(index.row()) if index.isValid() else None
        self.why.setVisible(hit is not None)
        self.why.setText(note_hit_html(hit) if hit is not None else "")

    def _on_change(self, change: Change) -> None:
        if change.touches(Topic.CONTACTS):
            self.refresh_tags()
        if change.touches(Topic.SETTINGS):
            self.refresh_users()
        if change.touches(SHOWN):
            anchor = self._top_contact()
            self._refreshing = True
            try:
                self.model.refresh()
            finally:
                self._refreshing = False
            self._keep_on_top(anchor)
            if change.touches(Topic.NOTES | Topic.CONTACTS) and self.model.current_filter.text:
                self._find_note_hits()
            self._recount()

    def _top_contact(self) -> int | None:
        index = self.view.indexAt(QPoint(0, 0))
        return self.model.contact_id(index.row()) if index.isValid() else None

    def _keep_on_top(self, contact_id: int | None) -> None:
        """Rows inserted or removed above the viewport must not shift what the user reads."""
        row = None if contact_id is None else self.model.row_of(contact_id)
        if row is not None and self.view.verticalScrollBar().value() > 0:
            self.view.scrollTo(self.model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop)

    def _clicked(self, index: QModelIndex) -> None:
        contact_id = self.model.contact_id(index.row())
        if contact_id is not None:
            self.chosen.emit(contact_id)

    def _selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes and not self._refreshing:
            contact_id = self.model.contact_id(indexes[0].row())
            if contact_id is not None:
                self.chosen.emit(contact_id)

    def selected_contact(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.contact_id(rows[0].row()) if rows else None

    def refresh_tags(self) -> None:
        current = self.tag_filter.currentData()
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("Alle Schlagworte"), None)
        for tag in self._services.listing.tags():
            self.tag_filter.addItem(tag, tag)
        self.tag_filter.setCurrentIndex(max(0, self.tag_filter.findData(current)))

    def refresh_users(self) -> None:
        """Zuständig: alle, ich, or one of the other users (a name changed in the settings
        shows at once)."""
        current = self.responsible_filter.currentData()
        self.responsible_filter.clear()
        self.responsible_filter.addItem(self.tr("Alle Kontakte"), None)
        me = self._services.users.me()
        if me is not None:
            self.responsible_filter.addItem(self.tr("Meine Kontakte"), me)
        for user in self._services.users.list():
            if user.id != me:
                label = user_label(user, me)
                self.responsible_filter.addItem(
                    self.tr("Zuständig: {name}").format(name=label), user.id
                )
        self.responsible_filter.setCurrentIndex(max(0, self.responsible_filter.findData(current)))

    def show_mine(self, mine: bool) -> None:
        """Only the contacts the user looks after, or everyone's."""
        wanted = self._services.users.me() if mine else None
        index = self.responsible_filter.findData(wanted)
        if index >= 0 and index != self.responsible_filter.currentIndex():
            self.responsible_filter.setCurrentIndex(index)
            self.apply_filter()

    def _responsible_chosen(self) -> None:
        me = self._services.users.me()
        self.mine_chosen.emit(me is not None and self.responsible_filter.currentData() == me)
        self.apply_filter()

    @property
    def busy(self) -> bool:
        """A filter or its count is being read and not shown yet."""
        return self._finding.busy or self._counting.busy or self._explaining.busy

    def _wanted(self) -> ContactFilter:
        return replace(
            self.model.current_filter,
            text=self.search.text(),
            tag=self.tag_filter.currentData(),
            stage=self.stage_filter.currentData(),
            responsible_id=self.responsible_filter.currentData(),
        )

    def apply_filter(self) -> None:
        """List what the search box and filters ask for, read in the background."""
        self._find(self._wanted())

    def _find(self, wanted: ContactFilter) -> None:
        listing = self._services.listing

        def work() -> Found:
            total = listing.count(wanted)
            first_page = listing.page(wanted, limit=min(PAGE_SIZE, total))
            return Found(wanted, first_page, total, self._note_hits(wanted.text))

        self._finding.run(work, self._show_found, self._failed)

    def _show_found(self, found: Found) -> None:
        current = self.model.current_filter
        if (current.sort, current.descending) != (found.wanted.sort, found.wanted.descending):
            # Sorted by a header click while reading: those rows are in the old order.
            wanted = replace(found.wanted, sort=current.sort, descending=current.descending)
            self.model.set_filter(wanted)
        elif found.wanted != current or not self.model.has_read:
            # The same filter again keeps its rows, and with them the selection; changes
            # reach them through _on_change.
            self.model.show_found(found.wanted, found.first_page, found.total)
        self.model.set_note_hits(found.note_hits)
        self._explain()
        self._count = None
        self._recount()

    def _failed(self, error: Exception) -> None:
        # Re-raised on the GUI thread: the application's error dialog and log take it.
        raise error

    def _recount(self) -> None:
        wanted, listing = self.model.current_filter, self._services.listing
        self._counting.run(lambda: listing.count(wanted), self._show_count, self._failed)

    def _show_count(self, total: int) -> None:
        # Said again only when it changed, not over every message after each refresh.
        if total != self._count:
            self._count = total
            self.counted.emit(total)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
