import pytest

from beziehung.core.errors import DomainError
from beziehung.core.events import CONVERSATION, Change, ChangeBus, Topic
from beziehung.core.services.inputs import ContactInput, NoteInput


def listen(services):
    seen: list[Change] = []
    services.context.bus.subscribe(seen.append)
    return seen


def test_a_note_announces_one_change_naming_notes_and_its_contact(services):
    contact = services.contacts.create(ContactInput(name="Petra Öztürk"))
    seen = listen(services)
    services.notes.log(NoteInput(contact_id=contact, body="Angebot besprochen"))
    assert seen == [Change(CONVERSATION, frozenset({contact}))]
    assert seen[0].touches(Topic.NOTES) and not seen[0].touches(Topic.SETTINGS)


def test_a_refused_write_announces_nothing(services):
    contact = services.contacts.create(ContactInput(name="Petra Öztürk"))
    seen = listen(services)
    with pytest.raises(DomainError):
        services.notes.log(NoteInput(contact_id=contact, body="   "))
    assert seen == []


def test_reminder_writes_name_reminders_and_the_contact(services, clock):
    contact = services.contacts.create(ContactInput(name="Petra Öztürk"))
    seen = listen(services)
    services.reminders.create(contact, clock.now(), "Rückruf")
    assert [c.topics for c in seen] == [Topic.REMINDERS]
    assert seen[0].contact_ids == frozenset({contact})


def test_demo_data_announces_everything(services):
    from beziehung.core import demo

    seen = listen(services)
    services.bulk.insert(demo.build(services.context.clock.now(), 3, 5, seed=1))
    assert len(seen) == 1 and seen[0].touches(Topic.CONTACTS | Topic.NOTES | Topic.SETTINGS)


def test_unsubscribed_listener_hears_nothing_and_a_failing_one_stops_nobody():
    bus = ChangeBus()
    heard: list[Change] = []

    def broken(_change: Change) -> None:
        raise RuntimeError("listener bug")

    bus.subscribe(broken)
    stop = bus.subscribe(heard.append)
    bus.publish(Change(Topic.NOTES))
    stop()
    bus.publish(Change(Topic.NOTES))
    bus.publish(Change(Topic.NONE))
    assert heard == [Change(Topic.NOTES)]


def test_a_change_concerns_a_contact_when_it_names_it_or_names_none():
    assert Change(Topic.NOTES, frozenset({3})).concerns_contact(3)
    assert not Change(Topic.NOTES, frozenset({3})).concerns_contact(4)
    assert Change(Topic.NOTES).concerns_contact(4)
