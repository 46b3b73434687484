"""Heute: the start page. Overdue callbacks, today's, the next seven days, birthdays, and who
has not been spoken to for too long; one click opens the contact, Ctrl+L logs a call."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QListView, QMenu, QVBoxLayout, QWidget

from beziehung.clock import to_local
from beziehung.core.errors import DomainError
from beziehung.core.events import Change, Topic
from beziehung.core.services import Services
from beziehung.core.services.agenda import SECTION_LIMIT, Agenda, capped
from beziehung.core.services.records import ReminderRecord
from beziehung.ui.changes import ChangeHub
from beziehung.ui.context_menu import on_context_menu
from beziehung.ui.feedback import show_error
from beziehung.ui.formatting import date_text, local_datetime_text
from beziehung.ui.icons import icon
from beziehung.ui.models.lists import ContactIdRole, Entry, EntryListModel
from beziehung.ui.move_menu import reminder_move_menu
from beziehung.ui.note_actions import add_mark_actions
from beziehung.ui.note_labels import complaint_entries
from beziehung.ui.responsible import KnownUsers, for_whom, read_users
from beziehung.ui.tasks import Background

# Callbacks, birthdays, who has not been spoken to, and the cadences from the settings.
SHOWN = Topic.CONTACTS | Topic.NOTES | Topic.REMINDERS | Topic.SETTINGS


class AgendaSection(QWidget):
    def __init__(self, title: str, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.heading = QLabel()
        self.model = EntryListModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        # Word-wrapped rows are measured one by one; in batches, the first (more than a
        # section shows) is painted at once and the rest follow without holding up the start.
        self.view.setLayoutMode(QListView.LayoutMode.Batched)
        self.view.setBatchSize(40)
        self.view.setAlternatingRowColors(True)
        self.view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.empty = QLabel(empty_text)
        self.empty.setStyleSheet("color: gray")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty, 1)

    def set_entries(self, entries: list[Entry], total: int | None = None) -> None:
        self.model.set_entries(entries)
        count = len(entries) if total is None else total
        # A capped count: the agenda stops counting past what a section can show.
        shown = self.tr("{count}+").format(count=SECTION_LIMIT) if capped(count) else str(count)
        self.heading.setText(
            f"<h3 style='margin:0'>{escape(self.title)} <span style='color:gray'>({shown})</span></h3>"
        )
        self.empty.setVisible(not entries)
        self.view.setVisible(bool(entries))


class TodayView(QWidget):
    open_contact = Signal(int)
    # Log a call with this contact; the second value is the reminder it answers, or 0.
    log_call_requested = Signal(int, int)
    # The agenda's entries are in the sections (start-up is measured up to the first one).
    agenda_shown = Signal()

    def __init__(
        self, services: Services, changes: ChangeHub, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        # "für Anna" on callbacks that pop up in someone else's window.
        self._for_whom: Callable[[int | None], str] = lambda _assignee: ""
        self.greeting = QLabel()
        self.overdue = AgendaSection(self.tr("Überfällige Rückrufe"), self.tr("Nichts überfällig."))
        self.today = AgendaSection(self.tr("Heute fällig"), self.tr("Heute steht nichts an."))
        self.week = AgendaSection(
            self.tr("Nächste 7 Tage"), self.tr("Keine Rückrufe in den nächsten Tagen.")
        )
        self.birthdays = AgendaSection(
            self.tr("Geburtstage diese Woche"), self.tr("Keine Geburtstage.")
        )
        self.out_of_touch = AgendaSection(
            self.tr("Lange nicht gesprochen"), self.tr("Mit allen sind Sie im Gespräch.")
        )
        grid = QGridLayout()
        grid.addWidget(self.overdue, 0, 0)
        grid.addWidget(self.today, 0, 1)
        grid.addWidget(self.week, 1, 0)
        grid.addWidget(self.out_of_touch, 1, 1)
        self.complaints = AgendaSection(
            self.tr("Offene Beschwerden"), self.tr("Keine offene Beschwerde.")
        )
        grid.addWidget(self.birthdays, 2, 0)
        grid.addWidget(self.complaints, 2, 1)
        grid.setRowStretch(0, 2)
        grid.setRowStretch(1, 2)
        grid.setRowStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.greeting)
        layout.addLayout(grid, 1)
        for section in self.sections():
            section.view.clicked.connect(self._open)
            section.view.activated.connect(self._open)
            on_context_menu(section.view, self._entry_menu)
        self.background = Background(self)
        self._focus_pending = False
        changes.changed.connect(self._on_change)

    def _on_change(self, change: Change) -> None:
        # Also while another page shows: the agenda is built off the GUI thread in
        # milliseconds, and the page is current the moment the user comes back.
        if change.touches(SHOWN):
            self.refresh()

    def sections(self) -> list[AgendaSection]:
        return [
            self.overdue,
            self.today,
            self.week,
            self.out_of_touch,
            self.birthdays,
            self.complaints,
        ]

    def _open(self, index: QModelIndex) -> None:
        contact_id = index.data(ContactIdRole)
        if contact_id is not None:
            self.open_contact.emit(int(contact_id))

    def selected_contact(self) -> int | None:
        """The contact of the entry that has the focus, for Ctrl+L."""
        for section in self.sections():
            if section.view.hasFocus() and section.view.currentIndex().isValid():
                return section.view.currentIndex().data(ContactIdRole)
        return None

    def refresh(self, *, focus: bool = False) -> None:
        """Build the agenda off the GUI thread (0.4 s at 100,000 contacts) and show it;
        ``focus`` puts the keyboard on the first entry once it is there."""
        self._focus_pending = focus or self._focus_pending
        # The users for "für Anna" are read with the agenda: no read may follow on the GUI
        # thread, where it could meet the file while it is being encrypted.
        self.background.run(
            lambda: (self.services.agenda.build(), read_users(self.services)),
            lambda found: self.show_agenda(*found),
            self._failed,
        )

    def _failed(self, error: Exception) -> None:
        # Re-raised on the GUI thread: the application's error dialog and log take it.
        raise error

    def show_agenda(self, agenda: Agenda, users: KnownUsers | None = None) -> None:
        self._for_whom = for_whom(self.services, users)
        today = date_text(to_local(agenda.now, self.services.context.tz).date())
        heading = self.tr("Heute, {date}").format(date=today)
        self.greeting.setText(f"<h2 style='margin:0'>{escape(heading)}</h2>")
        self.overdue.set_entries(
            [self._reminder(r, overdue=True) for r in agenda.overdue], agenda.overdue_total
        )
        self.today.set_entries([self._reminder(r) for r in agenda.today], agenda.today_total)
        self.week.set_entries([self._reminder(r) for r in agenda.week], agenda.week_total)
        self.birthdays.set_entries(
            [
                Entry(
                    (
                        self.tr("{name} – {date}, wird {age}")
                        if b.age is not None
                        else self.tr("{name} – {date}")
                    ).format(name=b.contact_name, date=date_text(b.on), age=b.age),
                    b.contact_id,
                    icon("birthday"),
                )
                for b in agenda.birthdays
            ],
            agenda.birthdays_total,
        )
        self.out_of_touch.set_entries(self._out_of_touch(agenda), agenda.out_of_touch_total)
        self.complaints.set_entries(complaint_entries(agenda.open_complaints))
        self.agenda_shown.emit()
        if self._focus_pending:
            self._focus_pending = False
            # Not when the user has moved on to another page meanwhile.
            if self.isVisible():
                self.focus_first_entry()

    def _reminder(self, r: ReminderRecord, *, overdue: bool = False) -> Entry:
        when = local_datetime_text(r.fires_at)
        reason = self.tr("Lange nicht gesprochen") if r.kind == "cadence" else r.reason
        text = f"{r.contact_name} – {reason}\n{when}"
        if whom := self._for_whom(r.assignee_id):
            text += " · " + whom
        if overdue:
            late_days = (self.services.context.clock.now() - r.fires_at).days
            if late_days == 1:
                text += " · " + self.tr("seit einem Tag")
            elif late_days > 1:
                text += " · " + self.tr("seit %Ln Tag(en)", "", late_days)
        return Entry(text, r.contact_id, icon("reminder"), reminder_id=r.id)

    def _out_of_touch(self, agenda: Agenda) -> list[Entry]:
        entries = []
        for o in agenda.out_of_touch:
            if o.last_contact_at is None:
                since = self.tr("noch nie gesprochen")
            else:
                since = self.tr("zuletzt {date}").format(
                    date=local_datetime_text(o.last_contact_at, date_only=True)
                )
            text = self.tr("{name} – {since}, Rhythmus {cadence} Tage").format(
                name=o.contact_name, since=since, cadence=o.cadence_days
            )
            entries.append(Entry(text, o.contact_id, icon("clock")))
        return entries

    def focus_first_entry(self) -> None:
        for section in self.sections():
            if section.model.rowCount():
                section.view.setFocus(Qt.FocusReason.OtherFocusReason)
                section.view.setCurrentIndex(section.model.index(0, 0))
                return

    # --- the context menu of an entry -----------------------------------------------------------

    def _entry_menu(self, index: QModelIndex, at: QPoint) -> None:
        model = index.model()
        entry = model.entry(index.row()) if isinstance(model, EntryListModel) else None
        if entry is None or entry.contact_id is None:
            return
        contact_id, reminder_id = entry.contact_id, entry.reminder_id
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        opening = menu.addAction(
            icon("meeting"), self.tr("Kontakt ö&ffnen"), lambda: self.open_contact.emit(contact_id)
        )
        menu.setDefaultAction(opening)
        menu.addAction(
            icon("log-call"),
            self.tr("Gespräch &notieren"),
            lambda: self.log_call_requested.emit(contact_id, reminder_id or 0),
        )
        if entry.note_id is not None:
            add_mark_actions(
                menu, self, self.services, entry.note_id, ask_answer=None, open_complaint=True
            )
        if reminder_id is not None:
            menu.addSeparator()
            menu.addAction(icon("done"), self.tr("&Erledigt"), lambda: self._complete(reminder_id))
            menu.addMenu(reminder_move_menu(self, self.services, reminder_id, within=menu))
        menu.popup(at)

    def _complete(self, reminder_id: int) -> None:
        try:
            self.services.reminders.complete(reminder_id)
        except DomainError as error:
            show_error(self, error)
