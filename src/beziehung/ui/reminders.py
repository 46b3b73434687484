"""Callback reminders in the running app: one timer armed for the next due time, a look
again whenever reminders change; the pop-up that shows what is due lives in
:mod:`beziehung.ui.reminder_popup`.

What is due is decided by :func:`beziehung.core.scheduling.decide`; the timers only call it.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QObject, QSettings, Qt, QTimer, Signal

from beziehung.core.events import Change, Topic
from beziehung.core.integrity import StorageError
from beziehung.core.scheduling import Decision, decide
from beziehung.core.services import Services
from beziehung.ui.changes import ChangeHub
from beziehung.ui.reminder_popup import ReminderPopup
from beziehung.ui.tasks import Background

__all__ = ["ReminderPopup", "ReminderScheduler", "keep_running"]

# How often to notice that the clock passed the armed time (a clock that was set, a machine
# that woke up); a timer alone would fire late after a suspend.
CLOCK_CHECK_MS = 5_000
KEEP_RUNNING_KEY = "tray/keep_running"


def keep_running(settings: QSettings) -> bool:
    """Closing the window keeps Beziehung in the tray; on by default where a tray exists."""
    return bool(settings.value(KEEP_RUNNING_KEY, True, type=bool))


CADENCE_EVERY = timedelta(hours=1)


# How soon the scheduler looks again after the file refused to remember shown reminders.
REFUSED_RETRY_MS = 60_000


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
        # Shown while the file refused to remember it (damaged, locked): shown once anyway.
        self._shown_unmarked: set[int] = set()

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
        if isinstance(error, StorageError):
            # Read-only or locked: the banner or the next write says so; try at the next check.
            self._cadence_checked = None
            return
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
        refused = False
        if decision.show:
            ids = [d.reminder.id for d in decision.show]
            try:
                marked = set(self.services.reminders.mark_notified(ids, now))
            except StorageError:
                refused = True
                marked = set(ids) - self._shown_unmarked
                self._shown_unmarked |= marked
            showing = [d for d in decision.show if d.reminder.id in marked]
            if showing:
                self.due.emit(showing)
        self.armed_for = decision.next_check
        if refused:
            # The same reminders stay due and unmarked: look again in a minute, not at once.
            self.armed_for = max(
                decision.next_check, now + timedelta(milliseconds=REFUSED_RETRY_MS)
            )
        wait_ms = max(0, int((self.armed_for - now).total_seconds() * 1000))
        self._timer.start(wait_ms)
        return decision
