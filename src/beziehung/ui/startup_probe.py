"""Start-up measurement: the moment the first agenda is on the screen.

``benchmarks/startup.py`` starts the window with ``BEZIEHUNG_STARTUP_PROBE`` set; the window
then prints the wall-clock time after painting the first agenda, and the process's resident
memory, and ends the process.
"""

from __future__ import annotations

import os
import time

from beziehung.ui.views.today_view import TodayView


def resident_kib() -> int:
    """The process's resident memory in KiB, from /proc (0 where there is none)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def quit_when_painted(today: TodayView) -> None:
    def painted() -> None:
        today.agenda_shown.disconnect(painted)
        # Paints now, not at the next turn of the event loop: the time is that of the pixels.
        today.window().repaint()
        print(f"painted {time.time():.6f} rss_kib {resident_kib()}", flush=True)
        # At once: closing would wait for the start-up backup, which is not what is measured.
        os._exit(0)

    today.agenda_shown.connect(painted)
