"""Correcting notes and reminders: when a note was edited, what an edited reminder repeats."""

from datetime import timedelta

import pytest

from beziehung.core.errors import ValidationError
from beziehung.core.services.inputs import ContactInput, NoteInput
from beziehung.core.services.notes import edited_at


@pytest.fixture
def anna(services):
    return services.contacts.create(ContactInput(name="Anna Weber"))


def test_a_note_counts_as_edited_only_after_a_later_change(services, clock, anna):
    note = services.notes.log(NoteInput(contact_id=anna, body="Erstgespräch"))
    assert services.notes.edits(anna) == {}
    clock.advance(timedelta(milliseconds=1))
    services.notes.edit(note.id, NoteInput(contact_id=anna, body="Erstgespräch, korrigiert"))
    assert services.notes.edits(anna) == {note.id: clock.now()}
    assert edited_at(clock.now(), clock.now()) is None


def test_edit_changes_time_reason_and_recurrence(services, clock, anna):
    reminder = services.reminders.create(anna, clock.now() - timedelta(hours=1), "Angebot")
    services.reminders.mark_notified([reminder.id])
    later = clock.now() + timedelta(days=2)
    edited = services.reminders.edit(
        reminder.id, due_at=later, reason=" Angebot nachfassen ", recurrence=("week", 2)
    )
    assert (edited.due_at, edited.reason, edited.notified_at) == (later, "Angebot nachfassen", None)
    assert (edited.recurrence_unit, edited.recurrence_interval) == ("week", 2)
    following = services.reminders.complete(reminder.id)
    assert following is not None and following.due_at == later + timedelta(weeks=2)


def test_recurrence_none_stops_the_series_and_leaving_it_out_keeps_it(services, clock, anna):
    reminder = services.reminders.create(
        anna, clock.now() + timedelta(days=1), "Quartal", recurrence=("month", 3)
    )
    kept = services.reminders.edit(reminder.id, reason="Quartalsgespräch")
    assert (kept.recurrence_unit, kept.recurrence_interval) == ("month", 3)
    stopped = services.reminders.edit(reminder.id, recurrence=None)
    assert (stopped.recurrence_unit, stopped.recurrence_interval) == (None, None)
    assert services.reminders.complete(reminder.id) is None


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"reason": "  "}, "needs a reason"),
        ({"recurrence": ("week", 0)}, "positive number"),
        ({"recurrence": ("year", 1)}, "positive number"),
    ],
)
def test_invalid_edits_change_nothing(services, clock, anna, changes, message):
    reminder = services.reminders.create(anna, clock.now() + timedelta(days=1), "Angebot")
    with pytest.raises(ValidationError, match=message):
        services.reminders.edit(reminder.id, due_at=clock.now() + timedelta(days=5), **changes)
    assert services.reminders.get(reminder.id) == reminder


def test_a_cancelled_reminder_cannot_be_edited(services, clock, anna):
    reminder = services.reminders.create(anna, clock.now() + timedelta(days=1), "Angebot")
    services.reminders.cancel(reminder.id)
    with pytest.raises(ValidationError, match="already cancelled"):
        services.reminders.edit(reminder.id, reason="Neu")
