"""The window's one change signal: every write, our own or another program's, on the GUI thread.

Our own writes arrive through the context's :class:`~beziehung.core.events.ChangeBus`, possibly
from a worker thread; they are passed on queued, so views only ever refresh on the GUI thread.
Writes by the command line or another process are noticed every two seconds by
:class:`~beziehung.core.changes.ChangeWatcher` (SQLite's ``data_version``; a PostgreSQL server's
notifications, which name what changed) and passed on with ``outside=True``.

A counter such as ``data_version`` moves with this process's commits as well. After each of our
own changes the new value is taken as seen, so our writes are never announced a second time as
outside ones (a server's notifications name their writer and need no such care).
The price: an outside write that lands in the same two seconds just before one of ours is taken
as seen too; the views it concerns refresh with the next change of any kind.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from beziehung.core.changes import ChangeWatcher
from beziehung.core.events import EVERYTHING, Change
from beziehung.core.services.base import Context

WATCH_INTERVAL_MS = 2_000


class ChangeHub(QObject):
    """``changed`` carries each :class:`Change`; each view decides whether it concerns it."""

    changed = Signal(object)  # Change
    _arrived = Signal(object)  # Change, from whichever thread wrote

    def __init__(self, context: Context, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = threading.Lock()
        # Own changes published but not yet delivered: until they are, a moved data_version
        # may be ours, and a look at it must wait.
        self._in_flight = 0
        self._arrived.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._context = context
        self._watcher: ChangeWatcher | None = ChangeWatcher(context.engine, context.change_token)
        self._timer = QTimer(self, interval=WATCH_INTERVAL_MS)
        self._timer.timeout.connect(self.look)
        self._timer.start()
        self._unsubscribe = context.bus.subscribe(self._publish)

    def _publish(self, change: Change) -> None:
        # Any thread; nothing here may touch the watcher or a widget.
        with self._lock:
            self._in_flight += 1
        try:
            self._arrived.emit(change)
        except RuntimeError:
            # The window closed and took this object with it.
            with self._lock:
                self._in_flight -= 1

    def _deliver(self, change: Change) -> None:
        with self._lock:
            self._in_flight -= 1
        if self._watcher is not None:
            self._watcher.seen()  # our own commit
        self.changed.emit(change)

    def look(self) -> None:
        """Announce what other programs wrote since the last look."""
        with self._lock:
            waiting = self._in_flight > 0
        if waiting or self._watcher is None:
            return
        change = self._watcher.look()
        if change is not None:
            self.changed.emit(change)

    def stop(self) -> None:
        """Stop listening and looking; the database may close after this."""
        self._timer.stop()
        self._unsubscribe()
        if self._watcher is not None:
            self._watcher.close()
            self._watcher = None

    def pause(self) -> None:
        """Let go of the watcher's connection while the file is changed whole (encrypted,
        re-keyed, decrypted); nothing is looked at until :meth:`resume`."""
        self._timer.stop()
        if self._watcher is not None:
            self._watcher.close()
            self._watcher = None

    def resume(self) -> None:
        """Watch the database again (through the context's engine, possibly a new one) and
        tell every view to read it anew."""
        if self._watcher is None:
            self._watcher = ChangeWatcher(self._context.engine, self._context.change_token)
        self._timer.start()
        self.changed.emit(Change(EVERYTHING, outside=True))
