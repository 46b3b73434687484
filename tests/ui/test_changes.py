"""One change signal: writes here and elsewhere reach every view, once, without moving the user."""

from __future__ import annotations

import threading
from datetime import timedelta

from PySide6.QtCore import QCoreApplication, Qt, QThread

from beziehung.clock import FixedClock
from beziehung.core.db import make_engine
from beziehung.core.events import EVERYTHING, Change, Topic
from beziehung.core.services import Services
from beziehung.core.services.inputs import ContactInput, NoteInput
from beziehung.ui.changes import ChangeHub
from beziehung.ui.formatting import local_datetime_text
from beziehung.ui.main_window import MainWindow
from beziehung.ui.models.contacts import COL_LAST_CONTACT, COL_NAME
from tests.conftest import BERLIN
from tests.ui.conftest import card, click, click_contact


def texts(model):
    return [model.entry(r).text for r in range(model.rowCount())]


def second_process(db_url, clock) -> Services:
    """Services of their own on the same database file, as the command line opens them."""
    return Services.build(make_engine(db_url), FixedClock(clock.now()), BERLIN)


def settle() -> None:
    """Deliver whatever is queued, so that a second refresh would have happened by now."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents()


def test_a_note_from_the_command_line_shows_everywhere_and_nothing_moves(
    qtbot, services, qsettings, drafts, db_url, clock, people
):
    for n in range(80):
        services.contacts.create(ContactInput(name=f"Kunde {n:02d} Beispiel"))
    target = services.contacts.create(ContactInput(name="Kunde 40a Beispiel"))
    window = MainWindow(services, qsettings, drafts, "x")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    view, model = window.contact_view, window.contact_model
    click_contact(qtbot, window, target)
    bar = view.verticalScrollBar()
    bar.setValue(bar.value() + 3)  # the user scrolled on a little
    scrolled_to = bar.value()
    row = model.row_of(target)
    assert scrolled_to > 0 and row is not None
    assert model.index(row, COL_LAST_CONTACT).data() == ""

    other = second_process(db_url, clock)
    other.notes.log_call(
        NoteInput(contact_id=target, body="Von der Kommandozeile", occurred_at=clock.now()),
        clock.now() + timedelta(hours=2),
        "Angebot nachreichen",
    )
    other.context.engine.dispose()

    spoken = local_datetime_text(clock.now(), date_only=True)
    qtbot.waitUntil(lambda: model.index(row, COL_LAST_CONTACT).data() == spoken, timeout=5000)
    timeline = window.contact_panel.timeline_model
    qtbot.waitUntil(
        lambda: any("Von der Kommandozeile" in t for t in texts(timeline)), timeout=5000
    )
    today = window.today_view.today.model
    qtbot.waitUntil(
        lambda: any("Kunde 40a Beispiel – Angebot nachreichen" in t for t in texts(today)),
        timeout=5000,
    )
    assert [i.row() for i in view.selectionModel().selectedRows()] == [row]
    assert model.index(row, COL_NAME).data() == "Kunde 40a Beispiel"
    assert bar.value() == scrolled_to
    assert window.stack.currentWidget() is window.contact_panel


def test_a_note_saved_in_the_window_refreshes_the_timeline_once(
    qtbot, window, services, people, monkeypatch
):
    click_contact(qtbot, window, people["mueller"])
    click(qtbot, window.contact_panel, "Gespräch notieren")
    qtbot.waitUntil(lambda: window.log_call_dialog is not None)
    dialog = window.log_call_dialog
    qtbot.keyClicks(dialog.body, "Angebot geschickt")
    reads = []
    # The panel reads the card once per refresh (its notes a page at a time).
    original = services.contacts.card

    def counting_card(contact_id):
        reads.append(contact_id)
        return original(contact_id)

    monkeypatch.setattr(services.contacts, "card", counting_card)
    qtbot.keyClick(dialog.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    timeline = window.contact_panel.timeline_model
    qtbot.waitUntil(lambda: any("Angebot geschickt" in t for t in texts(timeline)))
    settle()
    assert reads == [people["mueller"]]


def test_a_reused_log_call_dialog_settles_the_pop_up_once(
    qtbot, window, services, clock, people, monkeypatch
):
    reminder = services.reminders.create(people["mueller"], clock.now(), "Angebot")
    window.start_reminders()
    removed = []
    original = window.popup.remove

    def counting_remove(reminder_id):
        removed.append(reminder_id)
        original(reminder_id)

    monkeypatch.setattr(window.popup, "remove", counting_remove)
    click(qtbot, card(window.popup, reminder.id), "Anrufen & notieren")
    dialog = window.log_call_dialog
    # The user clicks again while the note is open: the same dialog comes to the front.
    click(qtbot, card(window.popup, reminder.id), "Anrufen & notieren")
    click(qtbot, card(window.popup, reminder.id), "Anrufen & notieren")
    assert window.log_call_dialog is dialog and dialog.reminder_id == reminder.id
    dialog.body.setPlainText("Zurückgerufen")
    dialog.accept()
    qtbot.waitUntil(lambda: window.popup.entries == {})
    settle()
    assert len(removed) <= 1
    assert services.reminders.get(reminder.id).state == "done"
    assert [n.body for n in services.notes.for_contact(people["mueller"])] == ["Zurückgerufen"]
    window.scheduler.stop()


def test_a_new_contact_above_the_selected_one_keeps_the_selection(qtbot, window, services, people):
    click_contact(qtbot, window, people["oeztuerk"])
    services.contacts.create(ContactInput(name="Aaron Abel"))
    model = window.contact_model
    qtbot.waitUntil(lambda: model.index(0, COL_NAME).data() == "Aaron Abel")
    rows = window.contact_view.selectionModel().selectedRows()
    assert [model.contact_id(i.row()) for i in rows] == [people["oeztuerk"]]
    assert window.contact_panel.contact_id == people["oeztuerk"]


def test_own_writes_are_not_announced_again_as_outside_ones(qtbot, services, db_url, clock, people):
    hub = ChangeHub(services.context)
    seen: list[Change] = []
    hub.changed.connect(seen.append)
    services.notes.log(NoteInput(contact_id=people["weber"], body="Hier geschrieben"))
    qtbot.waitUntil(lambda: len(seen) == 1)
    assert not seen[0].outside and seen[0].concerns_contact(people["weber"])
    assert not seen[0].concerns_contact(people["mueller"])
    hub.look()
    assert len(seen) == 1
    other = second_process(db_url, clock)
    other.notes.log(NoteInput(contact_id=people["weber"], body="Anderswo geschrieben"))
    other.context.engine.dispose()
    hub.look()
    assert seen[1] == Change(EVERYTHING, outside=True)
    hub.look()
    assert len(seen) == 2
    hub.stop()


def test_a_write_on_a_worker_thread_arrives_on_the_gui_thread(qtbot, services, people):
    hub = ChangeHub(services.context)
    arrived: list[tuple[Change, bool]] = []
    gui = QThread.currentThread()
    hub.changed.connect(lambda change: arrived.append((change, QThread.currentThread() is gui)))
    worker = threading.Thread(
        target=lambda: services.reminders.create(
            people["mueller"], services.context.clock.now() + timedelta(days=1), "Rückruf"
        )
    )
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(arrived) == 1)
    change, on_gui_thread = arrived[0]
    assert on_gui_thread and change.touches(Topic.REMINDERS)
    hub.look()
    assert len(arrived) == 1
    hub.stop()


def test_contacts_added_above_the_viewport_elsewhere_do_not_shift_what_the_user_reads(
    qtbot, services, qsettings, drafts, db_url, clock
):
    for n in range(80):
        services.contacts.create(ContactInput(name=f"Kunde {n:02d} Beispiel"))
    window = MainWindow(services, qsettings, drafts, "x")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    view, model = window.contact_view, window.contact_model
    view.verticalScrollBar().setValue(30)
    top = view.indexAt(view.viewport().rect().topLeft()).data()
    assert top.startswith("Kunde")

    other = second_process(db_url, clock)
    for name in ("Aaron Aalto", "Abel Abt", "Achim Acker"):
        other.contacts.create(ContactInput(name=name))
    other.context.engine.dispose()

    qtbot.waitUntil(lambda: model.rowCount() == 83, timeout=5000)
    assert view.indexAt(view.viewport().rect().topLeft()).data() == top
