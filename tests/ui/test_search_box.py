"""Typing in the list's search box: the list is read off the GUI thread, typing quickly
reads once after the pause, and a result for older text never replaces a newer one."""

from __future__ import annotations

import threading
from dataclasses import replace
from typing import Any

from beziehung.core.services.listing import ContactFilter, ContactListing, Page
from beziehung.ui.main_window import MainWindow
from beziehung.ui.models.contacts import COL_NAME


class HeldListing:
    """Reads as the real listing does, but holds a search for ``held`` until released."""

    def __init__(self, listing: ContactListing, held: str) -> None:
        self._listing = listing
        self._held = held
        self.reading_held = threading.Event()
        self.release = threading.Event()
        self.texts: list[str] = []

    def page(self, wanted: ContactFilter, *args: Any, **kwargs: Any) -> Page:
        self.texts.append(wanted.text)
        if wanted.text == self._held:
            self.reading_held.set()
            # Bounded, so that a failing test cannot leave a thread waiting for ever.
            self.release.wait(timeout=10)
        return self._listing.page(wanted, *args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        # Counting, positions and the rest read as the real listing does.
        return getattr(self._listing, name)


def names(window: MainWindow) -> list[str]:
    model = window.contact_model
    return [model.index(r, COL_NAME).data() for r in range(model.rowCount())]


def test_a_slow_result_for_older_text_is_dropped(qtbot, window, services):
    qtbot.waitUntil(lambda: not window.contact_list.busy)
    held = HeldListing(services.listing, "W")
    contact_list = window.contact_list
    contact_list._services = replace(services, listing=held)  # type: ignore[assignment]

    qtbot.keyClicks(contact_list.search, "W")
    qtbot.waitUntil(held.reading_held.is_set)
    # The GUI thread is free while "W" is read: typing goes on.
    contact_list.search.clear()
    qtbot.keyClicks(contact_list.search, "Mue")
    qtbot.waitUntil(lambda: names(window) == ["Jürgen Müller"])
    held.release.set()
    qtbot.waitUntil(lambda: not contact_list.busy)
    assert names(window) == ["Jürgen Müller"]
    assert window.contact_model.current_filter.text == "Mue"
    # Typed quickly, each text was read once, after the pause, not once per letter.
    assert held.texts == ["W", "Mue"]
    assert window.contact_count.text() == "1 Kontakt"
