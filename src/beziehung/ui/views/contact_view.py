"""One contact: the card with everything about the person above the conversation timeline.

A little over 400 lines: the card's rows and the timeline's commands share the shown contact;
the relations section and the rows about knowing the client live in their own modules."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from functools import partial
from html import escape

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from beziehung.core.errors import DomainError
from beziehung.core.events import Change, Topic
from beziehung.core.services import Services
from beziehung.core.services.contacts import NOTE_PAGE
from beziehung.core.services.records import (
    ContactDetail,
    MethodRecord,
    NoteRecord,
    PersonRef,
    ReminderRecord,
)
from beziehung.core.services.timeline import NotePage, Position
from beziehung.ui.changes import ChangeHub
from beziehung.ui.formatting import (
    channel_label,
    date_text,
    direction_label,
    local_datetime_text,
    method_label,
    minutes_text,
    phone_text,
)
from beziehung.ui.icons import CHANNEL_ICONS, icon
from beziehung.ui.models.lists import Entry
from beziehung.ui.models.timeline import TimelineModel
from beziehung.ui.move_menu import reminder_move_menu
from beziehung.ui.note_actions import add_mark_actions
from beziehung.ui.note_labels import last_ask_text, note_marks
from beziehung.ui.responsible import for_whom, responsible_name
from beziehung.ui.stage_rows import stage_rows
from beziehung.ui.views.card_extras import knowing_rows
from beziehung.ui.views.relations_box import RelationsBox

CARD_PHOTO = 96
# The card names the organisation and referrals; the timeline holds notes and reminders; the
# settings hold the user's region, which decides how numbers are shown.
SHOWN = (
    Topic.CONTACTS
    | Topic.ORGANISATIONS
    | Topic.NOTES
    | Topic.REMINDERS
    | Topic.REFERRALS
    | Topic.SETTINGS
)


def address_lines(m: MethodRecord) -> list[str]:
    """A postal address as it goes on an envelope; the typed text when nothing is split out."""
    place = " ".join(p for p in (m.postal_code, m.city) if p)
    box = m.po_box
    # Many address books write the word into the field ("Postfach 10 20 30"), others not.
    if box and box[:1].isdigit():
        box = QCoreApplication.translate("ContactPanel", "Postfach {box}").format(box=box)
    if not (m.street or place):
        # Typed on one line: that line is the address; the parts only when it lacks them.
        parts = ((m.po_box, box), (m.extended, m.extended))
        return [shown for raw, shown in parts if raw and shown and raw not in m.value] + [m.value]
    # The extended line ("c/o Kanzlei Weber") above the street, as on a German envelope.
    return [p for p in (box, m.extended, m.street, place, m.region, m.country) if p]


def day_and_month(value: date) -> str:
    """A date whose year is not known ("17. Mai"), in the window's language."""
    pattern = QCoreApplication.translate("ContactPanel", "d. MMMM")
    return QLocale().toString(QDate(value.year, value.month, value.day), pattern)


class ContactPanel(QWidget):
    open_contact = Signal(int)
    open_organisation = Signal(int)
    edit_requested = Signal()
    delete_requested = Signal()
    merge_requested = Signal()
    log_call_requested = Signal()
    # The contact shown was deleted (here, on the command line, by a colleague).
    gone = Signal()
    # What the timeline's entries offer (double-click, context menu, Del): the ids.
    note_edit_requested = Signal(int)
    note_delete_requested = Signal(int)
    reminder_edit_requested = Signal(int)
    reminder_done_requested = Signal(int)
    reminder_cancel_requested = Signal(int)

    def __init__(
        self, services: Services, changes: ChangeHub, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        # "für Anna" on callbacks that pop up in someone else's window.
        self._for_whom: Callable[[int | None], str] = lambda _assignee: ""
        self._contact_id: int | None = None
        # The timeline's pages so far: the notes shown, where the next page starts, the
        # reminders older than the notes shown.
        self._open_reminders: set[int] = set()
        self._notes: dict[int, NoteRecord] = {}
        self._edits: dict[int, datetime] = {}
        self._waiting: list[tuple[datetime, Entry]] = []
        self._shown_notes = 0
        self._last_shown: Position | None = None
        self._asked: NoteRecord | None = None
        changes.changed.connect(self._on_change)
        self.card = QLabel()
        self.card.setWordWrap(True)
        self.card.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.card.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.card.linkActivated.connect(self._follow_link)
        self.card.setFrameShape(QFrame.Shape.StyledPanel)
        self.card.setMargin(12)

        buttons = QHBoxLayout()
        for text, name, signal in (
            (self.tr("Gespräch notieren"), "log-call", self.log_call_requested),
            (self.tr("Bearbeiten"), "edit", self.edit_requested),
            (self.tr("Zusammenführen …"), "merge", self.merge_requested),
            (self.tr("Löschen …"), "delete", self.delete_requested),
        ):
            button = QPushButton(icon(name), text)
            button.clicked.connect(signal.emit)
            buttons.addWidget(button)
        buttons.addStretch()

        self.timeline_model = TimelineModel(self)
        self.timeline = QListView()
        self.timeline.setModel(self.timeline_model)
        self.timeline.setWordWrap(True)
        self.timeline.setAlternatingRowColors(True)
        self.timeline.setSpacing(2)
        self.timeline.setUniformItemSizes(False)
        self.timeline.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self._setup_timeline_commands()

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        self.photo = QLabel()
        self.photo.setFixedSize(CARD_PHOTO, CARD_PHOTO)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        card_row = QHBoxLayout()
        card_row.addWidget(self.card, 1)
        card_row.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignTop)
        top_layout.addLayout(card_row, 1)
        self.relations = RelationsBox(services)
        self.relations.open_contact.connect(self.open_contact.emit)
        top_layout.addWidget(self.relations)
        top_layout.addLayout(buttons)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        timeline_box = QWidget()
        timeline_layout = QVBoxLayout(timeline_box)
        timeline_layout.setContentsMargins(0, 0, 0, 0)
        timeline_title = self.tr("Verlauf")
        timeline_layout.addWidget(QLabel(f"<b>{escape(timeline_title)}</b>"))
        timeline_layout.addWidget(self.timeline)
        self.splitter.addWidget(timeline_box)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    @property
    def contact_id(self) -> int | None:
        return self._contact_id

    def clear(self) -> None:
        self._contact_id = None
        self.card.clear()
        self.photo.clear()
        self.timeline_model.set_older(None)
        self.timeline_model.set_entries([])

    def show_contact(self, contact_id: int) -> None:
        """Show ``contact_id``; raises :class:`DomainError` when it does not exist."""
        detail = self.services.contacts.card(contact_id)
        # A refresh reads as many notes as were shown, so the view keeps its place.
        shown = self._shown_notes if contact_id == self._contact_id else 0
        page = self.services.contacts.note_page(contact_id, None, max(NOTE_PAGE, shown))
        self._asked = self.services.contacts.last_ask(contact_id)
        self._contact_id = contact_id
        self.card.setText(self._card_html(detail))
        self.relations.show_relations(contact_id)
        pixmap = QPixmap()
        if detail.photo is not None and pixmap.loadFromData(detail.photo):
            scaled = pixmap.scaled(
                CARD_PHOTO,
                CARD_PHOTO,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            self.photo.setPixmap(scaled)
            self.photo.show()
        else:
            self.photo.hide()
        self._start_timeline(detail, self.services.notes.edits(contact_id))
        self.timeline_model.set_entries(self._page_entries(page))
        self.timeline_model.set_older(self._older_entries if page.more else None)

    def select_note(self, note_id: int) -> bool:
        """Select and show the note ``note_id`` (a search hit), reading older pages until it is
        there; False when the timeline does not hold it."""
        model = self.timeline_model
        row = model.row_of_note(note_id)
        while row is None and model.canFetchMore():
            model.fetchMore()
            row = model.row_of_note(note_id)
        if row is None:
            return False
        index = model.index(row, 0)
        self.timeline.setCurrentIndex(index)
        self.timeline.scrollTo(index, QListView.ScrollHint.PositionAtCenter)
        return True

    def _on_change(self, change: Change) -> None:
        if self._contact_id is None or not change.touches(SHOWN):
            return
        if not change.concerns_contact(self._contact_id):
            return
        try:
            self.show_contact(self._contact_id)
        except DomainError:
            self.clear()
            self.gone.emit()

    def _follow_link(self, link: str) -> None:
        kind, _, ident = link.partition(":")
        if kind == "contact" and ident.isdigit():
            self.open_contact.emit(int(ident))
        elif kind == "organisation" and ident.isdigit():
            self.open_organisation.emit(int(ident))

    def _card_html(self, d: ContactDetail) -> str:
        s = d.summary
        rows: list[tuple[str, str]] = []
        title = " ".join(p for p in (d.salutation, d.title) if p)
        heading = f"<h2 style='margin:0'>{escape(s.display_name)}</h2>"
        if title:
            heading = f"<div style='color:gray'>{escape(title)}</div>" + heading
        if s.organisation and d.organisation_id is not None:
            role = f"{escape(d.role)}, " if d.role else ""
            rows.append(
                (
                    self.tr("Organisation"),
                    f"{role}<a href='organisation:{d.organisation_id}'>{escape(s.organisation)}</a>",
                )
            )
        elif d.role:
            rows.append((self.tr("Funktion"), escape(d.role)))
        if d.department:
            rows.append((self.tr("Abteilung"), escape(d.department)))
        rows += stage_rows(s.stage, self.services.stages.history(d.id))
        home = self.services.settings.home_region()
        for m in d.methods:
            phone_like = m.kind in ("phone", "fax")
            value = phone_text(m.value, m.phone_e164, home) if phone_like else m.value
            if m.kind == "phone" and m.phone_e164:
                value_html = f"<a href='tel:{m.phone_e164}'>{escape(value)}</a>"
            elif m.kind == "email":
                value_html = f"<a href='mailto:{escape(m.value)}'>{escape(value)}</a>"
            elif m.kind == "address":
                value_html = "<br>".join(escape(line) for line in address_lines(m))
            else:
                value_html = escape(value)
            label = method_label(m.kind) + (f" ({escape(m.label)})" if m.label else "")
            rows.append(
                (label, value_html + (" ★" if m.is_preferred and len(d.methods) > 1 else ""))
            )
        if d.preferred_channel or d.preferred_time:
            parts = [
                channel_label(d.preferred_channel) if d.preferred_channel else "",
                d.preferred_time or "",
            ]
            rows.append((self.tr("Am liebsten"), escape(", ".join(p for p in parts if p))))
        if d.birthday:
            born = day_and_month(d.birthday) if d.birthday_no_year else date_text(d.birthday)
            rows.append((self.tr("Geburtstag"), escape(born)))
        if d.anniversary:
            rows.append((self.tr("Jahrestag"), escape(date_text(d.anniversary))))
        if s.tags:
            rows.append((self.tr("Schlagworte"), escape(", ".join(s.tags))))
        if d.referred_by:
            rows.append((self.tr("Empfohlen von"), self._people(d.referred_by)))
        if d.referred:
            rows.append((self.tr("Hat empfohlen"), self._people(d.referred)))
        if d.cadence_days:
            rows.append(
                (
                    self.tr("Kontakt halten"),
                    escape(self.tr("alle %Ln Tage", "", d.cadence_days)),
                )
            )
        if d.cadence_max_days:
            rows.append(
                (
                    self.tr("Spätestens nach"),
                    escape(self.tr("%Ln Tag(en)", "", d.cadence_max_days)),
                )
            )
        responsible = responsible_name(self.services, d.responsible_id)
        if responsible:
            rows.append((self.tr("Zuständig"), escape(responsible)))
        rows += knowing_rows(d)
        asked = last_ask_text(self._asked)
        if asked:
            rows.append((self.tr("Zuletzt gefragt"), escape(asked)))
        if s.last_contact_at:
            rows.append(
                (self.tr("Letzter Kontakt"), escape(local_datetime_text(s.last_contact_at)))
            )
        table = "".join(
            f"<tr><td style='color:gray;padding-right:12px'>{escape(label)}</td><td>{value}</td></tr>"
            for label, value in rows
        )
        about = ""
        if d.about.strip():
            about_title = self.tr("Was wichtig ist")
            about = (
                f"<p><b>{escape(about_title)}</b><br>{escape(d.about).replace(chr(10), '<br>')}</p>"
            )
        return f"{heading}<table style='margin-top:6px'>{table}</table>{about}"

    @staticmethod
    def _people(people: list[PersonRef]) -> str:
        return ", ".join(f"<a href='contact:{p.id}'>{escape(p.display_name)}</a>" for p in people)

    def _start_timeline(self, d: ContactDetail, edits: dict[int, datetime]) -> None:
        """Forget the pages read so far; the reminders wait until the notes reach their time."""
        self._edits = edits
        self._notes = {}
        self._shown_notes = 0
        self._last_shown = None
        self._open_reminders = {r.id for r in d.reminders if r.state == "open"}
        self._for_whom = for_whom(self.services)
        self._waiting = [self._reminder_entry(r) for r in d.reminders]

    def _page_entries(self, page: NotePage) -> list[Entry]:
        """A page of notes with the reminders of its time span, newest first; the reminders
        follow the notes of the same time, as in one sort over everything."""
        self._notes.update((n.id, n) for n in page.notes)
        self._shown_notes += len(page.notes)
        self._last_shown = page.last or self._last_shown
        pairs = [(n.occurred_at, self._note_entry(n)) for n in page.notes]
        if page.more:
            oldest = page.notes[-1].occurred_at
            pairs += [p for p in self._waiting if p[0] > oldest]
            self._waiting = [p for p in self._waiting if not p[0] > oldest]
        else:
            pairs += self._waiting
            self._waiting = []
        pairs.sort(key=lambda pair: pair[0], reverse=True)
        return [entry for _when, entry in pairs]

    def _older_entries(self) -> list[Entry]:
        if self._contact_id is None or self._last_shown is None:
            return []
        page = self.services.contacts.note_page(self._contact_id, self._last_shown)
        if not page.more:
            self.timeline_model.set_older(None)
        return self._page_entries(page)

    def _note_entry(self, n: NoteRecord) -> Entry:
        edited = self._edits.get(n.id)
        head = " · ".join(
            p
            for p in (
                local_datetime_text(n.occurred_at),
                f"{channel_label(n.channel)} ({direction_label(n.direction)})",
                minutes_text(n.duration_minutes),
                self.tr("bearbeitet am {when}").format(when=local_datetime_text(edited))
                if edited is not None
                else "",
            )
            if p
        )
        lines = [head]
        if n.subject:
            lines.append(n.subject)
        if n.body:
            lines.append(n.body)
        if n.outcome:
            lines.append(self.tr("Ergebnis: {text}").format(text=n.outcome))
        if n.next_step:
            lines.append(self.tr("Nächster Schritt: {text}").format(text=n.next_step))
        assert self._contact_id is not None
        lines.extend(note_marks(n, self._contact_id))
        return Entry(
            "\n".join(lines),
            self._contact_id,
            icon(CHANNEL_ICONS.get(n.channel, "message")),
            note_id=n.id,
        )

    def _reminder_entry(self, r: ReminderRecord) -> tuple[datetime, Entry]:
        if r.state == "open":
            state = self.tr("Rückruf fällig {when}").format(when=local_datetime_text(r.fires_at))
        elif r.state == "done":
            state = self.tr("Rückruf erledigt {when}").format(
                when=local_datetime_text(r.completed_at)
            )
        else:
            state = self.tr("Rückruf abgebrochen {when}").format(
                when=local_datetime_text(r.completed_at)
            )
        reason = r.reason or self.tr("Lange nicht gesprochen")
        if r.state == "open" and (whom := self._for_whom(r.assignee_id)):
            state += " · " + whom
        return (
            r.completed_at or r.fires_at,
            Entry(
                f"{state}\n{reason}",
                r.contact_id,
                icon("done" if r.state == "done" else "reminder"),
                reminder_id=r.id,
            ),
        )

    # --- what the timeline's entries offer -------------------------------------------------

    def _setup_timeline_commands(self) -> None:
        self.timeline.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.timeline.customContextMenuRequested.connect(self._timeline_menu)
        self.timeline.doubleClicked.connect(self._open_entry)
        self.delete_entry_action = QAction(self.tr("Löschen"), self.timeline)
        self.delete_entry_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_entry_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_entry_action.triggered.connect(self._delete_selected)
        self.timeline.addAction(self.delete_entry_action)
        self.timeline_menu: QMenu | None = None

    def _entry_at(self, index: QModelIndex | QPersistentModelIndex) -> Entry | None:
        return self.timeline_model.entry(index.row()) if index.isValid() else None

    def _open_reminder(self, reminder_id: int) -> bool:
        return reminder_id in self._open_reminders

    def _open_entry(self, index: QModelIndex) -> None:
        entry = self._entry_at(index)
        if entry is None:
            return
        if entry.note_id is not None:
            self.note_edit_requested.emit(entry.note_id)
        elif entry.reminder_id is not None and self._open_reminder(entry.reminder_id):
            self.reminder_edit_requested.emit(entry.reminder_id)

    def _delete_selected(self) -> None:
        entry = self._entry_at(self.timeline.currentIndex())
        if entry is not None and entry.note_id is not None:
            self.note_delete_requested.emit(entry.note_id)

    def _timeline_menu(self, position: QPoint) -> None:
        entry = self._entry_at(self.timeline.indexAt(position))
        if entry is None:
            return
        menu = QMenu(self)
        if entry.note_id is not None:
            note_id = entry.note_id
            menu.addAction(self.tr("Bearbeiten …"), lambda: self.note_edit_requested.emit(note_id))
            menu.addAction(self.tr("Löschen"), lambda: self.note_delete_requested.emit(note_id))
            note = self._notes.get(note_id)
            if note is not None:
                add_mark_actions(
                    menu, self, self.services, note_id, ask_answer=note.ask_answer,
                    open_complaint=note.voice == "complaint" and note.voice_answered_at is None,
                )  # fmt: skip
        elif entry.reminder_id is not None and self._open_reminder(entry.reminder_id):
            reminder_id = entry.reminder_id
            menu.addAction(
                self.tr("Bearbeiten …"), partial(self.reminder_edit_requested.emit, reminder_id)
            )
            menu.addMenu(reminder_move_menu(self, self.services, reminder_id, within=menu))
            for text, signal in (
                (self.tr("Erledigt"), self.reminder_done_requested),
                (self.tr("Abbrechen"), self.reminder_cancel_requested),
            ):
                menu.addAction(text, partial(signal.emit, reminder_id))
        else:
            return
        self.timeline_menu = menu
        menu.popup(self.timeline.viewport().mapToGlobal(position))
