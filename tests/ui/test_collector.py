"""Garbage is collected on the GUI thread, by the thresholds Python itself would use."""

import gc

from beziehung.ui.collector import GuiThreadCollector


class Cycle:
    def __init__(self) -> None:
        self.me = self


def test_collection_waits_for_the_gui_thread_and_then_happens(qapp):
    assert not gc.isenabled()  # the session's collector, as the app installs it
    for _ in range(gc.get_threshold()[0] + 10):
        Cycle()
    # Past the threshold, and still nothing collected: that waits for the GUI thread's turn.
    assert gc.get_count()[0] > gc.get_threshold()[0]
    collector_for(qapp).check()
    assert gc.get_count()[0] < gc.get_threshold()[0]


def collector_for(qapp) -> GuiThreadCollector:
    found = qapp.findChild(GuiThreadCollector)
    assert found is not None
    return found


def test_stopping_gives_collection_back_to_python(qapp):
    guard = GuiThreadCollector(qapp)
    guard.stop()
    try:
        assert gc.isenabled()
    finally:
        gc.disable()
        guard.deleteLater()
