"""An organisation: its people and their combined conversation history; the list of all
organisations, whose context menu renames, merges and deletes them."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QListView,
    QMenu,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from beziehung.core.errors import DomainError
from beziehung.core.events import Change, Topic
from beziehung.core.services import Services
from beziehung.ui.changes import ChangeHub
from beziehung.ui.context_menu import on_context_menu
from beziehung.ui.feedback import confirm, show_error
from beziehung.ui.formatting import channel_label, local_datetime_text, stage_label
from beziehung.ui.icons import CHANNEL_ICONS, icon
from beziehung.ui.models.lists import ContactIdRole, Entry, EntryListModel


class OrganisationPanel(QWidget):
    open_contact = Signal(int)
    # The organisation shown was deleted meanwhile.
    gone = Signal()

    def __init__(
        self, services: Services, changes: ChangeHub, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self._organisation_id: int | None = None
        changes.changed.connect(self._on_change)
        self.heading = QLabel()
        self.people_model = EntryListModel(self)
        self.people = QListView()
        self.people.setModel(self.people_model)
        self.history_model = EntryListModel(self)
        self.history = QListView()
        self.history.setModel(self.history_model)
        self.history.setWordWrap(True)
        self.history.setAlternatingRowColors(True)
        for view in (self.people, self.history):
            view.clicked.connect(self._open)
            view.activated.connect(self._open)
        people_box = QWidget()
        people_layout = QVBoxLayout(people_box)
        people_layout.setContentsMargins(0, 0, 0, 0)
        people_title = self.tr("Personen")
        people_layout.addWidget(QLabel(f"<b>{escape(people_title)}</b>"))
        people_layout.addWidget(self.people)
        history_box = QWidget()
        history_layout = QVBoxLayout(history_box)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_title = self.tr("Gemeinsamer Verlauf")
        history_layout.addWidget(QLabel(f"<b>{escape(history_title)}</b>"))
        history_layout.addWidget(self.history)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(people_box)
        splitter.addWidget(history_box)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(splitter, 1)

    @property
    def organisation_id(self) -> int | None:
        return self._organisation_id

    def _on_change(self, change: Change) -> None:
        if self._organisation_id is None:
            return
        if change.touches(Topic.CONTACTS | Topic.ORGANISATIONS | Topic.NOTES):
            try:
                self.show_organisation(self._organisation_id)
            except DomainError:
                self._organisation_id = None
                self.gone.emit()

    def show_organisation(self, organisation_id: int) -> None:
        """Show ``organisation_id``; raises :class:`DomainError` when it does not exist."""
        detail = self.services.organisations.get(organisation_id)
        self._organisation_id = organisation_id
        self.heading.setText(f"<h2 style='margin:0'>{escape(detail.name)}</h2>")
        self.people_model.set_entries(
            [
                Entry(
                    " · ".join(
                        p for p in (m.display_name, m.role or "", stage_label(m.stage)) if p
                    ),
                    m.id,
                    icon("meeting"),
                )
                for m in detail.people
            ]
        )
        self.history_model.set_entries(
            [
                Entry(
                    f"{local_datetime_text(n.occurred_at)} · {who} · {channel_label(n.channel)}\n"
                    + "\n".join(p for p in (n.subject, n.body) if p),
                    n.contact_id,
                    icon(CHANNEL_ICONS.get(n.channel, "message")),
                    note_id=n.id,
                )
                for n, who in detail.history
            ]
        )

    def _open(self, index: QModelIndex) -> None:
        contact_id = index.data(ContactIdRole)
        if contact_id is not None:
            self.open_contact.emit(int(contact_id))


class OrganisationList(QWidget):
    """All organisations with how many people each has; one click opens one."""

    open_organisation = Signal(int)

    def __init__(
        self, services: Services, changes: ChangeHub, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self._names: dict[int, tuple[str, int]] = {}
        changes.changed.connect(self._on_change)
        self.model = EntryListModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.clicked.connect(self._open)
        self.view.activated.connect(self._open)
        on_context_menu(self.view, self._menu)
        heading = self.tr("Organisationen")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(f"<h2 style='margin:0'>{escape(heading)}</h2>"))
        layout.addWidget(self.view, 1)

    def _on_change(self, change: Change) -> None:
        if change.touches(Topic.CONTACTS | Topic.ORGANISATIONS):
            self.refresh()

    def refresh(self) -> None:
        entries = []
        organisations = self.services.organisations.list()
        for org in organisations:
            people = self.tr("%Ln Person(en)", "", org.people)
            entries.append(Entry(f"{org.name} · {people}", org.id, icon("organisation")))
        # Names and head counts for the context menu's questions.
        self._names = {org.id: (org.name, org.people) for org in organisations}
        self.model.set_entries(entries)

    def _open(self, index: QModelIndex) -> None:
        entry = self.model.entry(index.row())
        if entry is not None and entry.contact_id is not None:
            self.open_organisation.emit(entry.contact_id)

    # --- renaming, merging, deleting ------------------------------------------------------------

    def _menu(self, index: QModelIndex, at: QPoint) -> None:
        entry = self.model.entry(index.row())
        if entry is None or entry.contact_id is None:
            return
        org_id = entry.contact_id
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.setDefaultAction(
            menu.addAction(self.tr("Ö&ffnen"), lambda: self.open_organisation.emit(org_id))
        )
        menu.addSeparator()
        menu.addAction(icon("edit"), self.tr("&Umbenennen …"), lambda: self.rename(org_id))
        merging = menu.addAction(
            icon("merge"), self.tr("&Zusammenführen mit …"), lambda: self.merge(org_id)
        )
        merging.setEnabled(len(self._names) > 1)
        menu.addAction(icon("delete"), self.tr("&Löschen …"), lambda: self.delete(org_id))
        menu.popup(at)

    def _refused(self, error: DomainError) -> None:
        show_error(self, error)

    def rename(self, org_id: int) -> None:
        name, _people = self._names.get(org_id, ("", 0))
        new, ok = QInputDialog.getText(
            self, self.tr("Organisation umbenennen"), self.tr("Neuer Name:"), text=name
        )
        if not ok or new.strip() == name:
            return
        try:
            self.services.organisations.rename(org_id, new)
        except DomainError as error:
            self._refused(error)

    def merge(self, org_id: int) -> None:
        name, people = self._names.get(org_id, ("", 0))
        others = [(oid, other) for oid, (other, _n) in self._names.items() if oid != org_id]
        if not others:
            return
        chosen, ok = QInputDialog.getItem(
            self,
            self.tr("Organisationen zusammenführen"),
            self.tr("Die Personen von „{name}“ gehören danach zu:").format(name=name),
            [other for _oid, other in others],
            0,
            False,
        )
        if not ok:
            return
        into_id = next(oid for oid, other in others if other == chosen)
        moving = self.tr("%Ln Person(en) von „{name}“ wechseln zu „{into}“;", "", people)
        text = " ".join(
            (
                moving.format(name=name, into=chosen),
                self.tr("„{name}“ wird danach gelöscht.").format(name=name),
            )
        )
        if not confirm(
            self, self.tr("Organisationen zusammenführen"), text, self.tr("Zusammenführen")
        ):
            return
        try:
            self.services.organisations.merge(org_id, into_id)
        except DomainError as error:
            self._refused(error)

    def delete(self, org_id: int) -> None:
        """Delete; people who still belong to it stay, without an organisation, once the user
        has agreed to that."""
        name, people = self._names.get(org_id, ("", 0))
        if people:
            text = self.tr(
                "%Ln Person(en) gehören zu „{name}“. Sie bleiben erhalten, aber ohne Organisation.",
                "",
                people,
            ).format(name=name)
        else:
            text = self.tr("„{name}“ wird gelöscht.").format(name=name)
        if not confirm(self, self.tr("Organisation löschen"), text, self.tr("Löschen")):
            return
        try:
            self.services.organisations.delete(org_id, unlink=True)
        except DomainError as error:
            self._refused(error)
