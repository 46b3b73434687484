"""Callback reminders in the running app: one timer armed for the next due time, a look
again whenever reminders change, and one pop-up window for everything that is due.

What is due is decided by :func:`beziehung.core.scheduling.decide`; the timers only call it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from html import escape

from PySide6.QtCore import QDateTime, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from beziehung.core.errors import DomainError
from beziehung.core.events import Change, Topic
from beziehung.core.scheduling import Decision, Due, decide, window_title
from beziehung.core.services import Services
from beziehung.core.text import snippet
from beziehung.core.timeparse import tomorrow_at
from beziehung.ui.changes import ChangeHub
from beziehung.ui.feedback import show_error
from beziehung.ui.formatting import from_qdatetime, local_datetime_text, phone_text, to_qdatetime
from beziehung.ui.icons import app_icon
from beziehung.ui.tasks import Background

# How often to notice that the clock passed the armed time (a clock that was set, a machine
# that woke up); a timer alone would fire late after a suspend.
CLOCK_CHECK_MS = 5_000
KEEP_RUNNING_KEY = "tray/keep_running"


def keep_running(settings: QSettings) -> bool:
    """Closing the window keeps Beziehung in the tray; on by default where a tray exists."""
    return bool(settings.value(KEEP_RUNNING_KEY, True, type=bool))


CADENCE_EVERY = timedelta(hours=1)


class ReminderScheduler(QObject):
    """Pops reminders up when they are due; ``due`` carries what to show."""

    due = Signal(list)  # list[Due]

    def __init__(
        self,
        services: Services,
        changes: ChangeHub,
        started_at: datetime,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.started_at = started_at
        self.armed_for: datetime | None = None
        self._running = False
        self._cadence_checked: datetime | None = None
        self._timer = QTimer(self, singleShot=True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.check)
        self._clock = QTimer(self, interval=CLOCK_CHECK_MS)
        self._clock.timeout.connect(self._check_if_overdue)
        self._cadence = Background(self)
        changes.changed.connect(self._on_change)

    def start(self) -> None:
        self._running = True
        self.check()
        self._clock.start()

    def stop(self) -> None:
        self._running = False
        self._cadence.cancel()
        self._timer.stop()
        self._clock.stop()

    @property
    def busy(self) -> bool:
        return self._cadence.busy

    def _cadence_failed(self, error: Exception) -> None:
        raise error  # the application's error dialog and log take it on the GUI thread

    def _on_change(self, change: Change) -> None:
        # Marking reminders as shown is a change too; the check after it finds nothing new.
        if self._running and change.touches(Topic.REMINDERS):
            self.check()

    def _check_if_overdue(self) -> None:
        if self.armed_for is not None and self.services.context.clock.now() >= self.armed_for:
            self.check()

    def check(self) -> Decision:
        now = self.services.context.clock.now()
        if self._cadence_checked is None or now - self._cadence_checked >= CADENCE_EVERY:
            self._cadence_checked = now
            # A query over every contact (0.4 s at 100,000): off the GUI thread; what it
            # raises pops up through the next check, run as soon as it is done.
            self._cadence.run(
                self.services.agenda.raise_cadence_reminders,
                lambda raised: self.check() if raised else None,
                self._cadence_failed,
            )
        decision = decide(self.services.reminders.unnotified(), now, self.started_at)
        if decision.show:
            marked = set(
                self.services.reminders.mark_notified([d.reminder.id for d in decision.show], now)
            )
            showing = [d for d in decision.show if d.reminder.id in marked]
            if showing:
                self.due.emit(showing)
        self.armed_for = decision.next_check
        wait_ms = max(0, int((decision.next_check - now).total_seconds() * 1000))
        self._timer.start(wait_ms)
        return decision


class ReminderPopup(QWidget):
    """One always-on-top window for every reminder that is due, never a storm of them."""

    open_contact = Signal(int)
    log_call = Signal(int, int)  # contact id, reminder id

    def __init__(
        self, services: Services, changes: ChangeHub, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowStaysOnTopHint)
        self.services = services
        changes.changed.connect(self._on_change)
        self.setWindowIcon(app_icon())
        self.entries: dict[int, Due] = {}
        self.cards = QVBoxLayout()
        self.cards.addStretch()
        inner = QWidget()
        inner.setLayout(self.cards)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(640)
        self.resize(680, 320)

    def add(self, due: list[Due]) -> None:
        for item in due:
            self.entries[item.reminder.id] = item
        self._rebuild()
        self.show()
        self.raise_()
        self.activateWindow()

    def remove(self, reminder_id: int) -> None:
        if self.entries.pop(reminder_id, None) is not None:
            self._rebuild()
        if not self.entries:
            self.hide()

    def _on_change(self, change: Change) -> None:
        if self.entries and change.touches(Topic.REMINDERS):
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
        return [d.reminder.contact_name for d in self.entries.values()]

    def _rebuild(self) -> None:
        while self.cards.count() > 1:
            item = self.cards.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for due in self.entries.values():
            self.cards.insertWidget(self.cards.count() - 1, self._card(due))
        self.setWindowTitle(
            window_title(self.names(), one=self.tr("Rückruf"), many=self.tr("Rückrufe"))
        )

    def _card(self, due: Due) -> QWidget:
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
        lines.append(
            escape(
                self.tr("Fällig {when}, vereinbart {agreed}").format(
                    when=local_datetime_text(r.fires_at), agreed=local_datetime_text(r.created_at)
                )
            )
        )
        try:
            detail = self.services.contacts.get(r.contact_id)
        except DomainError:
            detail = None
        if detail is not None:
            phones = [m for m in detail.methods if m.kind == "phone"]
            if phones:
                number = phones[0]
                shown = phone_text(number.value, number.phone_e164)
                target = number.phone_e164 or number.value
                lines.append(f"<a href='tel:{escape(target)}'>{escape(shown)}</a>")
            if detail.notes:
                last = detail.notes[0]
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
        label = QLabel("<br>".join(lines))
        label.setWordWrap(True)
        label.setOpenExternalLinks(True)
        call = QPushButton(self.tr("&Anrufen && notieren"))
        call.clicked.connect(lambda: self.log_call.emit(r.contact_id, r.id))
        done = QPushButton(self.tr("&Erledigt"))
        done.clicked.connect(lambda: self._complete(r.id))
        later = QToolButton()
        later.setText(self.tr("&Später"))
        later.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(later)
        menu.addAction(self.tr("in 10 Minuten"), lambda: self.snooze(r.id, timedelta(minutes=10)))
        menu.addAction(self.tr("in 1 Stunde"), lambda: self.snooze(r.id, timedelta(hours=1)))
        menu.addAction(self.tr("morgen früh"), lambda: self.snooze_until(r.id, self._tomorrow()))
        menu.addAction(self.tr("Andere Zeit …"), lambda: self._ask_and(r.id, self.snooze_until))
        later.setMenu(menu)
        move = QPushButton(self.tr("&Verschieben …"))
        move.clicked.connect(lambda: self._ask_and(r.id, self.reschedule))
        show = QPushButton(self.tr("&Kontakt öffnen"))
        show.clicked.connect(lambda: self.open_contact.emit(r.contact_id))
        buttons = QHBoxLayout()
        for widget in (call, done, later, move, show):
            buttons.addWidget(widget)
        buttons.addStretch()
        layout = QVBoxLayout(card)
        layout.addWidget(label)
        layout.addLayout(buttons)
        return card

    def _late_text(self, late: timedelta) -> str:
        minutes = int(late.total_seconds() // 60)
        if minutes < 60:
            return self.tr("{n} Min.").format(n=max(1, minutes))
        if minutes < 48 * 60:
            return self.tr("{n} Std.").format(n=minutes // 60)
        return self.tr("{n} Tage").format(n=minutes // (24 * 60))

    def _tomorrow(self) -> datetime:
        at = self.services.settings.load().default_reminder_time
        return tomorrow_at(self.services.context.clock.now(), at, self.services.context.tz)

    def _ask_and(self, reminder_id: int, action: Callable[[int, datetime], None]) -> None:
        chosen = ask_time(self, self.tr("Neue Zeit"), self._tomorrow())
        if chosen is not None:
            action(reminder_id, chosen)

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


def ask_time(parent: QWidget, title: str, initial: datetime) -> datetime | None:
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    edit = QDateTimeEdit(to_qdatetime(initial), calendarPopup=True)
    edit.setMinimumDateTime(QDateTime.currentDateTime())
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(edit)
    layout.addWidget(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return from_qdatetime(edit.dateTime())
