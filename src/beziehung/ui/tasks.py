"""Work off the GUI thread: a function runs in Qt's thread pool, its result (or error) comes
back through a signal on the GUI thread, where widgets may be touched."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger("beziehung.tasks")


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.work = work
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.work()
        except BaseException as error:  # reported on the GUI thread, never lost
            self._emit(self.relay.failed, error)
            return
        self._emit(self.relay.done, result)

    @staticmethod
    def _emit(signal: Any, value: Any) -> None:
        try:
            signal.emit(value)
        except RuntimeError:
            # The application is closing and took the receiver with it.
            log.info("a background result arrived after its receiver was gone")


class Background(QObject):
    """Runs one kind of work; only the newest run's result is delivered, older ones are
    dropped, so a quick second refresh never shows stale data after fresh."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._generation = 0
        self._relays: set[_Relay] = set()

    @property
    def busy(self) -> bool:
        return bool(self._relays)

    def cancel(self) -> None:
        """Drop the result of what is running (its owner is closing)."""
        self._generation += 1

    def run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], object],
        on_error: Callable[[Exception], None],
    ) -> None:
        self._generation += 1
        generation = self._generation
        # Not a child of this object: the worker thread emits on it, and a child could be
        # deleted with a closing window while that thread is using it.
        relay = _Relay()
        self._relays.add(relay)

        def finish(callback: Callable[[Any], object], value: Any) -> None:
            if not shiboken6.isValid(self):
                # The owner (a closed window) is gone: the result has nobody to go to.
                return
            self._relays.discard(relay)
            if generation == self._generation:
                callback(value)

        relay.done.connect(lambda result: finish(on_done, result))
        relay.failed.connect(lambda error: finish(on_error, error))
        QThreadPool.globalInstance().start(_Job(work, relay))
