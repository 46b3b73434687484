"""The pop-up for everything that is due: one window, never a storm of them.

It appears without taking the keyboard from whatever the user is typing in; a click on it or
Ctrl+Shift+R brings the focus over. Callbacks come first; "Lange nicht gesprochen" reminders
follow in a section that stays folded while callbacks wait, so that dozens of them never bury
the one call that was agreed.

Longer than most modules: each card's actions and the same actions for the whole list
("Alle verschieben", "Alle erledigt") belong together, so that both run through the same calls.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from html import escape

from PySide6.QtCore import QElapsedTimer, QEvent, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from beziehung.core.errors import DomainError
from beziehung.core.events import Change, Topic
from beziehung.core.scheduling import Due, window_title
from beziehung.core.services import Services
from beziehung.core.services.records import ContactDetail, NoteRecord
from beziehung.core.text import snippet
from beziehung.ui.changes import ChangeHub
from beziehung.ui.feedback import confirm, show_error
from beziehung.ui.formatting import local_datetime_text, phone_text
from beziehung.ui.icons import app_icon
from beziehung.ui.move_menu import ask_time, move_menu, tomorrow_morning
from beziehung.ui.responsible import from_whom

# From this many entries on, each one is a single row, so that a dozen fit on the screen.
COMPACT_FROM = 4
# Cards built at most: after weeks away a thousand may be due, and a card per reminder would
# hold the window for seconds. The rest are counted below them; the bulk buttons act on all.
CARDS_SHOWN = 25
# A window manager that activates new windows anyway does so right after they appear; an
# activation later than this came from the user.
UNASKED_ACTIVATION_MS = 1_000
SUMMON_KEYS = "Ctrl+Shift+R"


def is_cadence(due: Due) -> bool:
    return due.reminder.kind == "cadence"


def ordered(entries: list[Due]) -> list[Due]:
    """Callbacks first, then "Lange nicht gesprochen"; each group by due time."""
    return sorted(entries, key=lambda d: (is_cadence(d), d.reminder.fires_at, d.reminder.id))


class ReminderPopup(QWidget):
    """One always-on-top window for every reminder that is due."""

    open_contact = Signal(int)
    log_call = Signal(int, int)  # contact id, reminder id

    def __init__(
        self, services: Services, changes: ChangeHub, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowStaysOnTopHint)
        self.services = services
        changes.changed.connect(self._on_change)
        self.setWindowIcon(app_icon())
        # Shown beside a window the user types in; the keyboard stays there (see _hand_back).
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.entries: dict[int, Due] = {}
        self.cadence_open = False
        self._cadence_cards: list[QWidget] = []
        self._first_button: QPushButton | None = None
        self._settling = False
        self._typing_in: QWidget | None = None
        self._shown_at = QElapsedTimer()

        self.cards = QVBoxLayout()
        self.cards.addStretch()
        inner = QWidget()
        inner.setLayout(self.cards)
        self.list_area = QScrollArea()
        self.list_area.setWidgetResizable(True)
        self.list_area.setWidget(inner)
        self.list_area.setFrameShape(QFrame.Shape.NoFrame)
        self.list_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.all_later = QToolButton()
        self.all_later.setText(self.tr("Alle &verschieben"))
        self.all_later.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.all_later.setMenu(
            move_menu(
                self.all_later,
                by=self.snooze_all,
                tomorrow=lambda: self.snooze_all_until(self._tomorrow()),
                elsewhere=lambda: self._ask_and(self.reschedule_all),
            )
        )
        self.all_done = QPushButton(self.tr("&Alle erledigt"))
        self.all_done.clicked.connect(self._complete_all)
        keys = QKeySequence(SUMMON_KEYS)
        hint = QLabel(
            self.tr("{keys} holt dieses Fenster nach vorn.").format(
                keys=keys.toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        hint.setEnabled(False)
        self.bulk = QHBoxLayout()
        self.bulk.addWidget(self.all_later)
        self.bulk.addWidget(self.all_done)
        self.bulk.addStretch()
        self.bulk.addWidget(hint)

        layout = QVBoxLayout(self)
        layout.addWidget(self.list_area, 1)
        layout.addLayout(self.bulk)
        self.setMinimumWidth(640)
        self.resize(760, 320)
        # Reaches the pop-up also from a dialog that blocks the main window.
        summon = QShortcut(keys, self, self.take_focus)
        summon.setContext(Qt.ShortcutContext.ApplicationShortcut)

    # --- showing ------------------------------------------------------------------------------

    def add(self, due: list[Due]) -> None:
        """Show ``due`` too, without taking the keyboard from the window the user is in."""
        for item in due:
            self.entries[item.reminder.id] = item
        self._rebuild()
        if not self.isVisible():
            active = QApplication.activeWindow()
            self._typing_in = active
            self._shown_at.start()
            self._fit_height()
            self.show()
        self.raise_()

    def take_focus(self) -> None:
        """The user asked for the pop-up: bring it forward with the keyboard."""
        self._typing_in = None
        self.show()
        self.raise_()
        self.activateWindow()
        if self._first_button is not None:
            self._first_button.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowActivate:
            self._hand_back()
        return super().event(event)

    def _hand_back(self) -> None:
        # Some window managers (and platforms) activate every new window whatever it asks
        # for; keys typed meanwhile would land here. Give the keyboard straight back.
        previous = self._typing_in
        self._typing_in = None
        if (
            previous is not None
            and isValid(previous)
            and previous is not self
            and previous.isVisible()
            and self._shown_at.isValid()
            and self._shown_at.elapsed() < UNASKED_ACTIVATION_MS
        ):
            previous.activateWindow()

    def _fit_height(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        limit = int(screen.availableGeometry().height() * 0.7) if screen is not None else 600
        inner = self.list_area.widget()
        wanted = (inner.sizeHint().height() if inner is not None else 0) + 80
        self.resize(self.width(), max(self.height(), min(wanted, limit)))

    def remove(self, reminder_id: int) -> None:
        if self.entries.pop(reminder_id, None) is not None:
            self._rebuild()
        if not self.entries:
            self.hide()

    def _on_change(self, change: Change) -> None:
        if self.entries and not self._settling and change.touches(Topic.REMINDERS):
            self.prune()

    def prune(self) -> None:
        """Drop what was settled meanwhile: by a logged call, on the command line, by a
        colleague."""
        now = self.services.context.clock.now()
        settled = []
        for reminder_id in self.entries:
            try:
                current = self.services.reminders.get(reminder_id)
            except DomainError:
                current = None
            if current is None or current.state != "open" or current.fires_at > now:
                settled.append(reminder_id)
        if not settled:
            return  # a rebuild would close a menu the user has open
        for reminder_id in settled:
            del self.entries[reminder_id]
        self._rebuild()
        if not self.entries:
            self.hide()

    def names(self) -> list[str]:
        return [d.reminder.contact_name for d in ordered(list(self.entries.values()))]

    # --- the list -----------------------------------------------------------------------------

    def _rebuild(self) -> None:
        while self.cards.count() > 1:
            item = self.cards.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                # Out of the tree at once: a later look for a card finds only the new ones.
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        self._cadence_cards = []
        self._first_button = None
        entries = ordered(list(self.entries.values()))
        compact = len(entries) >= COMPACT_FROM
        callbacks = [d for d in entries if not is_cadence(d)]
        cadence = [d for d in entries if is_cadence(d)]
        shown = (callbacks + cadence)[:CARDS_SHOWN]
        facts = self.services.contacts.with_last_note([d.reminder.contact_id for d in shown])
        agreed_by = from_whom(self.services)
        for due in callbacks[:CARDS_SHOWN]:
            card = self._card(due, compact, facts.get(due.reminder.contact_id), agreed_by)
            self.cards.insertWidget(self.cards.count() - 1, card)
        cadence_shown = cadence[: max(0, CARDS_SHOWN - len(callbacks))]
        if cadence_shown and callbacks:
            header = QToolButton()
            header.setObjectName("cadence-section")
            header.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            header.setCheckable(True)
            header.setChecked(self.cadence_open)
            header.setArrowType(
                Qt.ArrowType.DownArrow if self.cadence_open else Qt.ArrowType.RightArrow
            )
            header.setText(self.tr("Lange nicht gesprochen ({n})").format(n=len(cadence)))
            header.toggled.connect(lambda shown, header=header: self._show_cadence(header, shown))
            self.cards.insertWidget(self.cards.count() - 1, header)
        for due in cadence_shown:
            card = self._card(due, compact, facts.get(due.reminder.contact_id), agreed_by)
            card.setVisible(self.cadence_open or not callbacks)
            self._cadence_cards.append(card)
            self.cards.insertWidget(self.cards.count() - 1, card)
        if len(entries) > len(shown):
            more = QLabel(
                self.tr(
                    "… und %Ln weitere. „Alle verschieben“ und „Alle erledigt“ gelten für alle.",
                    "",
                    len(entries) - len(shown),
                )
            )
            more.setObjectName("more-reminders")
            more.setWordWrap(True)
            self.cards.insertWidget(self.cards.count() - 1, more)
        many = len(entries) > 1
        self.all_later.setVisible(many)
        self.all_done.setVisible(many)
        self.all_done.setText(self.tr("&Alle erledigt ({n})").format(n=len(entries)))
        self.setWindowTitle(
            window_title(self.names(), one=self.tr("Rückruf"), many=self.tr("Rückrufe"))
        )

    def _show_cadence(self, header: QToolButton, shown: bool) -> None:
        self.cadence_open = shown
        header.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        for card in self._cadence_cards:
            card.setVisible(shown)

    def _card(
        self,
        due: Due,
        compact: bool,
        facts: tuple[ContactDetail, NoteRecord | None] | None,
        agreed_by: Callable[[int | None], str],
    ) -> QFrame:
        r = due.reminder
        card = QFrame()
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setObjectName(f"reminder-{r.id}")
        reason = r.reason if r.kind != "cadence" else self.tr("Lange nicht gesprochen")
        lines = [f"<b>{escape(r.contact_name)}</b> – {escape(reason)}"]
        if due.missed:
            lines.append(
                "<span style='color:#b00020'>"
                + escape(self.tr("Verpasst, {late} zu spät").format(late=self._late_text(due.late)))
                + "</span>"
            )
        due_line = self.tr("Fällig {when}, vereinbart {agreed}").format(
            when=local_datetime_text(r.fires_at), agreed=local_datetime_text(r.created_at)
        )
        colleague = agreed_by(r.author_id)
        lines.append(escape(f"{due_line} {colleague}" if colleague else due_line))
        if facts is not None:
            detail, last = facts
            phones = [m for m in detail.methods if m.kind == "phone"]
            if phones:
                number = phones[0]
                home = self.services.settings.home_region()
                shown = phone_text(number.value, number.phone_e164, home)
                target = number.phone_e164 or number.value
                lines.append(f"<a href='tel:{escape(target)}'>{escape(shown)}</a>")
            if last is not None and not compact:
                excerpt = snippet(
                    " · ".join(p for p in (last.subject, last.body) if p), "", width=140
                )
                lines.append(
                    escape(
                        self.tr("Zuletzt ({when}): {text}").format(
                            when=local_datetime_text(last.occurred_at, date_only=True), text=excerpt
                        )
                    )
                )
        label = QLabel((" · " if compact else "<br>").join(lines))
        label.setWordWrap(True)
        label.setOpenExternalLinks(True)
        call = QPushButton(self.tr("&Anrufen && notieren"))
        call.clicked.connect(lambda: self.log_call.emit(r.contact_id, r.id))
        if self._first_button is None:
            self._first_button = call
        done = QPushButton(self.tr("&Erledigt"))
        done.clicked.connect(lambda: self._complete(r.id))
        move = QToolButton()
        move.setText(self.tr("&Verschieben"))
        move.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        move.setMenu(
            move_menu(
                move,
                by=lambda delay: self.snooze(r.id, delay),
                tomorrow=lambda: self.snooze_until(r.id, self._tomorrow()),
                elsewhere=lambda: self._ask_and(lambda when: self.reschedule(r.id, when)),
            )
        )
        show = QPushButton(self.tr("&Kontakt öffnen"))
        show.clicked.connect(lambda: self.open_contact.emit(r.contact_id))
        buttons = QHBoxLayout()
        for widget in (call, done, move, show):
            buttons.addWidget(widget)
        if compact:
            row = QHBoxLayout(card)
            row.setContentsMargins(6, 2, 6, 2)
            row.addWidget(label, 1)
            row.addLayout(buttons)
        else:
            buttons.addStretch()
            column = QVBoxLayout(card)
            column.addWidget(label)
            column.addLayout(buttons)
        return card

    def _late_text(self, late: timedelta) -> str:
        minutes = int(late.total_seconds() // 60)
        if minutes < 60:
            return self.tr("{n} Min.").format(n=max(1, minutes))
        if minutes < 48 * 60:
            return self.tr("{n} Std.").format(n=minutes // 60)
        return self.tr("%Ln Tag(e)", "", minutes // (24 * 60))

    # --- settling -----------------------------------------------------------------------------

    def _tomorrow(self) -> datetime:
        return tomorrow_morning(self.services)

    def _ask_and(self, action: Callable[[datetime], None]) -> None:
        chosen = ask_time(self, self._tomorrow(), self.services.context.clock.now())
        if chosen is not None:
            action(chosen)

    def _run(self, reminder_id: int, action: Callable[[], object]) -> None:
        try:
            action()
        except DomainError as error:
            show_error(self, error)
            if error.code != "snooze_past":
                self.remove(reminder_id)
            return
        self.remove(reminder_id)

    def _complete(self, reminder_id: int) -> None:
        self._run(reminder_id, lambda: self.services.reminders.complete(reminder_id))

    def snooze(self, reminder_id: int, delay: timedelta) -> None:
        """Snooze from now, also for a reminder that was missed long ago."""
        self.snooze_until(reminder_id, self.services.context.clock.now() + delay)

    def snooze_until(self, reminder_id: int, until: datetime) -> None:
        self._run(reminder_id, lambda: self.services.reminders.snooze(reminder_id, until))

    def reschedule(self, reminder_id: int, due_at: datetime) -> None:
        self._run(reminder_id, lambda: self.services.reminders.reschedule(reminder_id, due_at))

    def _settle_all(self, action: Callable[[int], object]) -> None:
        """Apply ``action`` to every entry, then show the list once (not once per entry);
        one that was settled meanwhile elsewhere simply leaves."""
        first_error: DomainError | None = None
        self._settling = True
        try:
            for reminder_id in list(self.entries):
                try:
                    action(reminder_id)
                except DomainError as error:
                    if error.code == "snooze_past":
                        show_error(self, error)
                        return
                    first_error = first_error or error
                del self.entries[reminder_id]
        finally:
            self._settling = False
            self._rebuild()
            if not self.entries:
                self.hide()
        if first_error is not None:
            show_error(self, first_error)

    def snooze_all(self, delay: timedelta) -> None:
        self.snooze_all_until(self.services.context.clock.now() + delay)

    def snooze_all_until(self, until: datetime) -> None:
        self._settle_all(lambda reminder_id: self.services.reminders.snooze(reminder_id, until))

    def reschedule_all(self, due_at: datetime) -> None:
        self._settle_all(
            lambda reminder_id: self.services.reminders.reschedule(reminder_id, due_at)
        )

    def _complete_all(self) -> None:
        count = len(self.entries)
        cadence = sum(1 for d in self.entries.values() if is_cadence(d))
        text = self.tr("%Ln fällige Erinnerung(en) als erledigt markieren?", "", count)
        if cadence:
            text += " " + self.tr("Davon {k} „Lange nicht gesprochen“.").format(k=cadence)
        title = self.tr("Alle erledigt")
        if confirm(self, title, text, self.tr("Alle {n} erledigt").format(n=count)):
            self._settle_all(self.services.reminders.complete)
