"""Deleting and taking it back: the same rows, ids, links, search entries and dates."""

from datetime import date, timedelta

import pytest

from beziehung.core.errors import NotFoundError, ValidationError
from beziehung.core.events import Topic
from beziehung.core.services.inputs import ContactInput, MethodInput, NoteInput


@pytest.fixture
def anna(services):
    return services.contacts.create(
        ContactInput(
            name="Anna Weber",
            organisation="Kanzlei Groß",
            methods=[
                MethodInput("email", "anna@example.org"),
                MethodInput("phone", "0170 1234567"),
            ],
            tags=["Nachfolge"],
        )
    )


def test_a_deleted_note_comes_back_with_its_id_link_search_entry_and_date(services, clock, anna):
    earlier = services.notes.log(
        NoteInput(contact_id=anna, body="Erstgespräch", occurred_at=clock.now() - timedelta(days=9))
    )
    note, reminder = services.notes.log_call(
        NoteInput(contact_id=anna, body="Betriebsprüfung besprochen"),
        clock.now() + timedelta(days=2),
        "Unterlagen",
    )
    assert reminder is not None
    snapshot = services.notes.delete(note.id)
    assert services.contacts.get(anna).summary.last_contact_at == earlier.occurred_at
    assert services.reminders.get(reminder.id).note_id is None

    changes = []
    services.context.bus.subscribe(changes.append)
    services.undo.restore(snapshot)

    assert services.notes.get(note.id) == note
    assert services.reminders.get(reminder.id).note_id == note.id
    assert [h.note_id for h in services.search.search("betriebsprüfung")] == [note.id]
    assert services.contacts.get(anna).summary.last_contact_at == note.occurred_at
    assert len(changes) == 1 and changes[0].touches(Topic.NOTES)
    assert anna in changes[0].contact_ids


def test_a_note_whose_id_was_taken_meanwhile_comes_back_under_a_new_one(services, anna):
    note = services.notes.log(NoteInput(contact_id=anna, body="Erstgespräch"))
    snapshot = services.notes.delete(note.id)
    # SQLite hands the highest id out again.
    taker = services.notes.log(NoteInput(contact_id=anna, body="Neuer Anruf"))
    services.undo.restore(snapshot)
    bodies = sorted(n.body for n in services.notes.for_contact(anna))
    assert bodies == ["Erstgespräch", "Neuer Anruf"]
    assert services.notes.get(taker.id).body == "Neuer Anruf"
    assert [h.note_id for h in services.search.search("erstgespräch")] != [taker.id]


def test_a_cancelled_reminder_is_kept_and_undo_opens_it_again(services, clock, anna):
    reminder = services.reminders.create(anna, clock.now() + timedelta(days=1), "Angebot")
    snapshot = services.reminders.cancel(reminder.id)
    cancelled = services.reminders.get(reminder.id)
    assert (cancelled.state, cancelled.completed_at) == ("cancelled", clock.now())
    assert reminder.id in [r.id for r in services.contacts.get(anna).reminders]
    services.undo.restore(snapshot)
    assert services.reminders.get(reminder.id) == reminder


def test_undoing_a_cancel_for_a_deleted_contact_says_so(services, clock, anna):
    reminder = services.reminders.create(anna, clock.now() + timedelta(days=1), "Angebot")
    snapshot = services.reminders.cancel(reminder.id)
    services.contacts.delete(anna)
    with pytest.raises(NotFoundError, match=f"no reminder with id {reminder.id}"):
        services.undo.restore(snapshot)


def test_a_deleted_contact_comes_back_whole(services, clock, anna):
    referrer = services.contacts.create(ContactInput(name="Petra Öztürk"))
    referred = services.contacts.create(ContactInput(name="Bernd Kaya", referred_by=[anna]))
    services.contacts.update(
        anna,
        ContactInput(
            name="Anna Weber",
            organisation="Kanzlei Groß",
            methods=[
                MethodInput("email", "anna@example.org"),
                MethodInput("phone", "0170 1234567"),
            ],
            tags=["Nachfolge"],
            referred_by=[referrer],
        ),
    )
    note, reminder = services.notes.log_call(
        NoteInput(contact_id=anna, body="Nachfolgeregelung"), clock.now() + timedelta(days=3), "X"
    )
    repeating = services.reminders.create(
        anna, clock.now() + timedelta(days=7), "Quartal", recurrence=("month", 3)
    )
    before = services.contacts.get(anna)

    snapshot = services.undo.delete_contact(anna)
    assert snapshot.counts == {"notes": 1, "reminders": 2, "referrals": 2}
    with pytest.raises(NotFoundError):
        services.contacts.get(anna)
    assert services.search.search("nachfolgeregelung") == []

    services.undo.restore(snapshot)
    after = services.contacts.get(anna)
    assert after == before
    assert services.reminders.get(reminder.id).note_id == note.id
    assert services.reminders.get(repeating.id).recurrence_unit == "month"
    assert [p.id for p in services.contacts.get(referred).referred_by] == [anna]
    assert [h.contact_id for h in services.search.search("nachfolgeregelung")] == [anna]
    assert anna in [h.contact_id for h in services.search.search("weber")]


def test_a_contact_comes_back_without_links_to_what_went_meanwhile(services, anna):
    referrer = services.contacts.create(ContactInput(name="Petra Öztürk"))
    services.contacts.update(anna, ContactInput(name="Anna Weber", referred_by=[referrer]))
    snapshot = services.undo.delete_contact(anna)
    services.contacts.delete(referrer)
    services.undo.restore(snapshot)
    assert services.contacts.get(anna).referred_by == []


def test_deleting_a_contact_under_retention_is_refused_and_captures_nothing(services, clock):
    kept = services.contacts.create(ContactInput(name="Anna Weber", keep_until=date(2030, 12, 31)))
    with pytest.raises(ValidationError, match="retention"):
        services.undo.delete_contact(kept)
    assert services.contacts.get(kept).summary.display_name == "Anna Weber"
