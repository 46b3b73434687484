"""Python's cyclic garbage collection, run on the GUI thread only.

Left to itself the collector runs in whichever thread happens to allocate, a background read
as much as the GUI thread. Collecting a cycle that holds a Qt object there deletes the C++
object under the GUI thread's feet, which crashes the process at random. So automatic
collection is switched off and the same generational thresholds are checked on a timer here.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_INTERVAL_MS = 1_000


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self, interval=CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        """Collect the generations whose counts passed their thresholds, as Python would."""
        young, middle, old = gc.get_count()
        if young > self._thresholds[0]:
            gc.collect(0)
            if middle > self._thresholds[1]:
                gc.collect(1)
                if old > self._thresholds[2]:
                    gc.collect(2)

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()


def install(app: QObject) -> GuiThreadCollector:
    """Collect on ``app``'s thread from now on, for as long as ``app`` lives."""
    return GuiThreadCollector(app)
