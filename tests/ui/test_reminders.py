"""Reminders in the window, on a fixed clock: no sleeps, the timers only call check()."""

import re
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtWidgets import QLabel

from beziehung.clock import FixedClock
from beziehung.core.db import make_engine
from beziehung.core.services import Services
from beziehung.core.services.inputs import NoteInput
from beziehung.core.timeparse import tomorrow_at
from beziehung.ui.changes import ChangeHub
from beziehung.ui.main_window import MainWindow
from beziehung.ui.reminders import ReminderScheduler
from beziehung.ui.single_instance import SingleInstance
from tests.conftest import BERLIN
from tests.ui.conftest import card, choose_move, click


@pytest.fixture
def scheduler(qtbot, services, clock):
    shown = []
    changes = ChangeHub(services.context)
    scheduler = ReminderScheduler(services, changes, clock.now())
    scheduler.due.connect(shown.append)
    scheduler.shown = shown
    yield scheduler
    scheduler.stop()
    changes.stop()


def test_a_reminder_due_in_one_minute_pops_exactly_once(scheduler, services, clock, people):
    reminder = services.reminders.create(
        people["mueller"], clock.now() + timedelta(minutes=1), "Angebot"
    )
    scheduler.start()
    assert scheduler.shown == []
    assert scheduler.armed_for == clock.now() + timedelta(minutes=1)
    clock.advance(timedelta(minutes=1))
    scheduler.check()
    scheduler.check()
    assert [[d.reminder.id for d in batch] for batch in scheduler.shown] == [[reminder.id]]
    assert scheduler.shown[0][0].reminder.contact_name == "Jürgen Müller"
    assert services.reminders.get(reminder.id).notified_at == clock.now()


def test_the_window_names_the_contact_and_snooze_brings_it_back(
    qtbot, window, services, clock, people
):
    reminder = services.reminders.create(
        people["mueller"], clock.now() + timedelta(minutes=1), "Angebot"
    )
    window.start_reminders()
    clock.advance(timedelta(minutes=1))
    window.scheduler.check()
    assert window.popup.isVisible()
    assert window.popup.windowTitle() == "Rückruf: Jürgen Müller"
    choose_move(window.popup, reminder.id, "um 10 Minuten")
    assert not window.popup.isVisible()
    window.scheduler.check()
    assert not window.popup.isVisible()
    clock.advance(timedelta(minutes=10))
    window.scheduler.check()
    assert window.popup.isVisible() and list(window.popup.entries) == [reminder.id]
    window.scheduler.stop()


def test_done_removes_it(qtbot, window, services, clock, people):
    reminder = services.reminders.create(people["mueller"], clock.now(), "Angebot")
    window.start_reminders()
    assert list(window.popup.entries) == [reminder.id]
    click(qtbot, card(window.popup, reminder.id), "Erledigt")
    assert not window.popup.isVisible()
    assert services.reminders.get(reminder.id).state == "done"
    window.scheduler.check()
    assert window.popup.entries == {}
    window.scheduler.stop()


def test_three_due_together_share_one_window(qtbot, window, services, clock, people):
    for key in ("mueller", "oeztuerk", "weber"):
        services.reminders.create(people[key], clock.now() - timedelta(minutes=5), "Rückruf")
    window.start_reminders()
    assert window.popup.windowTitle() == "Rückrufe: Jürgen Müller, Petra Öztürk, Anna Weber"
    assert len(window.popup.entries) == 3
    window.scheduler.stop()


def test_a_missed_reminder_shows_on_start_with_its_lateness(
    qtbot, services, qsettings, drafts, clock, people
):
    services.reminders.create(people["oeztuerk"], clock.now() - timedelta(hours=5), "Vertrag")
    window = MainWindow(services, qsettings, drafts, "x", started_at=clock.now())
    qtbot.addWidget(window)
    window.start_reminders()
    due = list(window.popup.entries.values())
    assert len(due) == 1 and due[0].missed and due[0].late == timedelta(hours=5)
    labels = [w.text() for w in window.popup.findChildren(QLabel)]
    assert any("Verpasst, 5 Std. zu spät" in text for text in labels)
    window.scheduler.stop()


def test_a_reminder_written_by_another_connection_is_picked_up(
    qtbot, window, services, db_url, clock, people
):
    window.start_reminders()
    assert window.popup.entries == {}
    other = Services.build(make_engine(db_url), FixedClock(clock.now()), BERLIN)
    written = other.reminders.create(
        people["weber"], clock.now() - timedelta(seconds=1), "Von der Kommandozeile"
    )
    other.context.engine.dispose()
    qtbot.waitUntil(lambda: list(window.popup.entries) == [written.id], timeout=5000)
    window.scheduler.stop()


def test_a_logged_call_from_the_pop_up_completes_the_reminder(
    qtbot, window, services, clock, people
):
    reminder = services.reminders.create(people["mueller"], clock.now(), "Angebot")
    window.start_reminders()
    click(qtbot, card(window.popup, reminder.id), "Anrufen & notieren")
    dialog = window.log_call_dialog
    assert dialog is not None and dialog.reminder_id == reminder.id
    dialog.body.setPlainText("Angebot besprochen")
    dialog.accept()
    assert services.reminders.get(reminder.id).state == "done"
    qtbot.waitUntil(lambda: window.popup.entries == {})
    window.scheduler.stop()


@pytest.mark.parametrize(
    ("saturday", "expected_utc_hour"),
    [
        (datetime(2026, 3, 28, 15, 0, tzinfo=UTC), 7),  # Sunday 09:00 CEST
        (datetime(2026, 10, 24, 15, 0, tzinfo=UTC), 8),  # Sunday 09:00 CET
    ],
)
def test_tomorrow_nine_across_daylight_saving_changes(saturday, expected_utc_hour):
    from datetime import time

    sunday = tomorrow_at(saturday, time(9, 0), BERLIN)
    assert sunday.astimezone(BERLIN).strftime("%a %H:%M") == "Sun 09:00"
    assert sunday.hour == expected_utc_hour


def test_snoozing_a_missed_reminder_counts_from_now(qtbot, window, services, clock, people):
    reminder = services.reminders.create(people["mueller"], clock.now() - timedelta(days=2), "Alt")
    window.start_reminders()
    choose_move(window.popup, reminder.id, "um 10 Minuten")
    assert services.reminders.get(reminder.id).snoozed_until == clock.now() + timedelta(minutes=10)
    window.scheduler.stop()


def test_a_second_start_hands_over_to_the_first(qtbot, tmp_path):
    name = "handover"
    first = SingleInstance(name)
    assert first.claim()
    assert first.listen()
    second = SingleInstance(name)
    assert not second.claim()
    with qtbot.waitSignal(first.activated, timeout=5000):
        assert second.hand_over()
    first.server.close()
    first.lock.unlock()
    assert not SingleInstance(name).hand_over()
    assert SingleInstance(name).claim()


def test_a_stale_socket_does_not_block_the_next_start(qtbot, tmp_path):
    name = "stale"
    crashed = SingleInstance(name)
    assert crashed.listen()
    # A crash leaves the socket file behind without anybody listening on it.
    crashed.server.close()
    fresh = SingleInstance(name)
    assert not fresh.hand_over()
    assert fresh.listen()
    fresh.server.close()


def test_without_a_tray_closing_the_window_ends_the_app(qtbot, window):
    assert window.tray is None  # the offscreen platform has no system tray
    with qtbot.waitSignal(window.closed_for_good, timeout=1000):
        window.close()


def test_with_a_tray_closing_only_hides(qtbot, window, qsettings, monkeypatch):
    monkeypatch.setattr(window, "keeps_running_in_tray", lambda: True)
    with qtbot.assertNotEmitted(window.closed_for_good):
        window.close()
    assert not window.isVisible()
    window.quit()
    assert window.quitting


def test_a_reminder_settled_elsewhere_leaves_the_pop_up(
    qtbot, window, services, db_url, clock, people
):
    first = services.reminders.create(people["mueller"], clock.now(), "Angebot")
    second = services.reminders.create(people["weber"], clock.now(), "Vertrag")
    window.start_reminders()
    assert window.popup.windowTitle() == "Rückrufe: Jürgen Müller, Anna Weber"
    other = Services.build(make_engine(db_url), FixedClock(clock.now()), BERLIN)
    other.reminders.complete(first.id)
    other.context.engine.dispose()
    qtbot.waitUntil(lambda: list(window.popup.entries) == [second.id], timeout=5000)
    assert window.popup.windowTitle() == "Rückruf: Anna Weber"
    window.scheduler.stop()


def test_a_call_for_a_reminder_settled_meanwhile_is_saved_once(
    qtbot, window, services, clock, people
):
    reminder = services.reminders.create(people["mueller"], clock.now(), "Angebot")
    window.start_reminders()
    click(qtbot, card(window.popup, reminder.id), "Anrufen & notieren")
    dialog = window.log_call_dialog
    # "Erledigt" clicked while the note is being written.
    click(qtbot, card(window.popup, reminder.id), "Erledigt")
    dialog.body.setPlainText("Zurückgerufen")
    dialog.accept()
    assert [n.body for n in services.notes.for_contact(people["mueller"])] == ["Zurückgerufen"]
    assert not dialog.isVisible()
    window.scheduler.stop()


def test_a_cadence_reminder_answered_by_a_call_from_the_pop_up(
    qtbot, window, services, clock, people
):
    from beziehung.core.services.inputs import ContactInput

    services.contacts.update(people["oeztuerk"], ContactInput(name="Petra Öztürk", cadence_days=7))
    clock.advance(timedelta(days=10))
    window.start_reminders()
    # The cadence check runs off the GUI thread; what it raises pops up right after.
    qtbot.waitUntil(
        lambda: any(d.reminder.kind == "cadence" for d in window.popup.entries.values())
    )
    (due,) = [d for d in window.popup.entries.values() if d.reminder.kind == "cadence"]
    click(qtbot, card(window.popup, due.reminder.id), "Anrufen & notieren")
    window.log_call_dialog.body.setPlainText("Endlich gesprochen")
    window.log_call_dialog.accept()
    assert len(services.notes.for_contact(people["oeztuerk"])) == 1
    window.scheduler.stop()


def test_a_settled_cadence_reminder_does_not_come_back_within_the_cadence(services, clock, people):
    from beziehung.core.services.inputs import ContactInput

    services.contacts.update(people["oeztuerk"], ContactInput(name="Petra Öztürk", cadence_days=7))
    clock.advance(timedelta(days=10))
    (raised,) = services.agenda.raise_cadence_reminders()
    services.reminders.complete(raised.id)
    clock.advance(timedelta(hours=2))
    assert services.agenda.raise_cadence_reminders() == []
    clock.advance(timedelta(days=8))
    assert len(services.agenda.raise_cadence_reminders()) == 1


def test_due_reminders_can_be_shown_again(qtbot, window, services, clock, people):
    reminder = services.reminders.create(people["mueller"], clock.now(), "Angebot")
    window.start_reminders()
    window.popup.close()
    assert not window.popup.isVisible()
    window.commands.due_reminders.trigger()
    assert window.popup.isVisible() and list(window.popup.entries) == [reminder.id]
    window.scheduler.stop()


def test_a_cadence_reminder_reads_as_such_on_the_today_page(qtbot, window, services, clock, people):
    from beziehung.core.services.inputs import ContactInput

    services.contacts.update(people["oeztuerk"], ContactInput(name="Petra Öztürk", cadence_days=7))
    clock.advance(timedelta(days=10))
    services.agenda.raise_cadence_reminders()
    window.commands.today.trigger()
    qtbot.waitUntil(lambda: not window.today_view.background.busy)
    model = window.today_view.overdue.model
    texts = [model.entry(r).text for r in range(model.rowCount())]
    assert any(t.startswith("Petra Öztürk – Lange nicht gesprochen") for t in texts)


def test_a_card_shows_the_phone_and_the_newest_note_of_a_long_history(
    qtbot, window, services, clock, people
):
    for day in range(60, 0, -1):
        services.notes.log(
            NoteInput(
                contact_id=people["mueller"],
                body=f"Gespräch vor {day} Tagen",
                occurred_at=clock.now() - timedelta(days=day),
            )
        )
    reminder = services.reminders.create(people["mueller"], clock.now(), "Angebot")
    window.start_reminders()
    text = card(window.popup, reminder.id).findChild(QLabel).text()
    assert "tel:+491701234567" in text
    assert "Gespräch vor 1 Tagen" in text and "vor 2 Tagen" not in text
    window.scheduler.stop()


def test_a_callback_a_colleague_agreed_names_her(qtbot, window, services, clock, people):
    from sqlalchemy import insert

    from beziehung.core.models import User

    with services.context.engine.begin() as conn:
        conn.execute(insert(User).values(id=2, login="anna", name="Anna", created_at=clock.now()))
    anna = Services.build(services.context.engine, clock, BERLIN, user_login="anna")
    hers = anna.reminders.create(people["weber"], clock.now(), "Rückruf", assignee_id=1)
    mine = services.reminders.create(people["mueller"], clock.now(), "Angebot")
    window.start_reminders()
    assert set(window.popup.entries) == {hers.id, mine.id}
    assert re.search(
        r"vereinbart [^<]+ von Anna<br>", card(window.popup, hers.id).findChild(QLabel).text()
    )
    assert " von " not in card(window.popup, mine.id).findChild(QLabel).text()
    window.scheduler.stop()
