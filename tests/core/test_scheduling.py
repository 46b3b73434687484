from datetime import timedelta

import pytest

from beziehung.core.scheduling import LONGEST_WAIT, decide, window_title
from beziehung.core.services.inputs import ContactInput, NoteInput


@pytest.fixture
def juergen(services):
    return services.contacts.create(ContactInput(name="Jürgen Müller"))


def test_nothing_due_waits_for_the_next_reminder(services, clock, juergen):
    now = clock.now()
    services.reminders.create(juergen, now + timedelta(minutes=1), "Rückruf")
    decision = decide(services.reminders.unnotified(), now, started_at=now)
    assert decision.show == []
    assert decision.next_check == now + timedelta(minutes=1)


def test_a_due_reminder_shows_once_until_snoozed(services, clock, juergen):
    start = clock.now()
    reminder = services.reminders.create(juergen, start + timedelta(minutes=1), "Rückruf")
    clock.advance(timedelta(minutes=1))
    decision = decide(services.reminders.unnotified(), clock.now(), started_at=start)
    assert [d.reminder.id for d in decision.show] == [reminder.id]
    assert not decision.show[0].missed
    services.reminders.mark_notified([reminder.id])
    assert decide(services.reminders.unnotified(), clock.now(), start).show == []
    services.reminders.snooze(reminder.id, clock.now() + timedelta(minutes=10))
    clock.advance(timedelta(minutes=10))
    again = decide(services.reminders.unnotified(), clock.now(), start)
    assert [d.reminder.id for d in again.show] == [reminder.id]


def test_reminders_due_before_the_start_are_missed_with_their_lateness(services, clock, juergen):
    due = clock.now()
    services.reminders.create(juergen, due, "Rückruf")
    clock.advance(timedelta(hours=3))
    decision = decide(services.reminders.unnotified(), clock.now(), started_at=clock.now())
    assert decision.show[0].missed and decision.show[0].late == timedelta(hours=3)


def test_with_nothing_ahead_look_again_later(clock):
    assert decide([], clock.now(), clock.now()).next_check == clock.now() + LONGEST_WAIT


def test_window_titles_name_the_contacts():
    assert (
        window_title(["Jürgen Müller"], one="Rückruf", many="Rückrufe") == "Rückruf: Jürgen Müller"
    )
    assert (
        window_title(["Jürgen Müller", "Petra Öztürk"], one="Rückruf", many="Rückrufe")
        == "Rückrufe: Jürgen Müller, Petra Öztürk"
    )
    five = ["A", "B", "C", "D", "E"]
    assert window_title(five, one="Callback", many="Callbacks") == "Callbacks: A, B, C +2"
    assert window_title(["A", "A"], one="Rückruf", many="Rückrufe") == "Rückruf: A"


def test_cadence_reminders_are_raised_once_and_a_note_settles_them(services, clock, juergen):
    services.contacts.update(juergen, ContactInput(name="Jürgen Müller", cadence_days=7))
    clock.advance(timedelta(days=10))
    raised = services.agenda.raise_cadence_reminders()
    assert [(r.contact_id, r.kind) for r in raised] == [(juergen, "cadence")]
    assert services.agenda.raise_cadence_reminders() == []
    agenda = services.agenda.build()
    assert [r.contact_id for r in agenda.overdue] == [juergen]
    assert agenda.out_of_touch == []  # shown once, as the reminder
    services.notes.log(NoteInput(contact_id=juergen, body="Endlich gesprochen"))
    assert services.reminders.list() == []
    clock.advance(timedelta(days=3))
    assert services.agenda.raise_cadence_reminders() == []


def test_at_most_a_few_cadence_reminders_at_a_time(services, clock):
    for n in range(15):
        services.contacts.create(ContactInput(name=f"Person {n}", cadence_days=7))
    clock.advance(timedelta(days=30))
    assert len(services.agenda.raise_cadence_reminders(limit=10)) == 10
    assert len(services.agenda.raise_cadence_reminders(limit=10)) == 5
