from datetime import timedelta

import pytest

from beziehung.core.errors import NotFoundError, ValidationError
from beziehung.core.services.inputs import ContactInput, NoteInput


@pytest.fixture
def anna(services):
    return services.contacts.create(ContactInput(name="Anna Weber"))


def test_log_defaults_to_now_phone_out(services, clock, anna):
    note = services.notes.log(NoteInput(contact_id=anna, body="Rückruf wegen Mietvertrag"))
    assert (note.occurred_at, note.channel, note.direction) == (clock.now(), "phone", "out")
    assert services.contacts.get(anna).summary.last_contact_at == clock.now()


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"body": "  "}, "needs some text"),
        ({"channel": "fax"}, "Unknown channel 'fax'"),
        ({"direction": "sideways"}, "Unknown direction"),
        ({"duration_minutes": -5}, "duration"),
    ],
)
def test_invalid_notes_write_nothing(services, anna, changes, message):
    data = NoteInput(contact_id=anna, body="Text")
    for key, value in changes.items():
        setattr(data, key, value)
    with pytest.raises(ValidationError, match=message):
        services.notes.log(data)
    assert services.notes.for_contact(anna) == []


def test_note_for_an_unknown_contact(services):
    with pytest.raises(NotFoundError, match="no contact with id 999999"):
        services.notes.log(NoteInput(contact_id=999999, body="x"))


def test_edit_and_delete_keep_search_and_last_contact_in_step(services, clock, anna):
    old = services.notes.log(
        NoteInput(
            contact_id=anna,
            body="Gespräch über Betriebsprüfung",
            occurred_at=clock.now() - timedelta(days=3),
        )
    )
    newer = services.notes.log(NoteInput(contact_id=anna, body="Kurzer Anruf"))
    services.notes.edit(
        old.id,
        NoteInput(contact_id=anna, body="Gespräch über Nachfolge", occurred_at=old.occurred_at),
    )
    assert services.search.search("betriebspruefung") == []
    assert [h.note_id for h in services.search.search("nachfolge")] == [old.id]
    services.notes.delete(newer.id)
    assert services.contacts.get(anna).summary.last_contact_at == old.occurred_at
    assert services.search.search("kurzer") == []
    services.notes.delete(old.id)
    assert services.contacts.get(anna).summary.last_contact_at is None


def test_timeline_is_newest_first(services, clock, anna):
    for days in (5, 1, 3):
        services.notes.log(
            NoteInput(
                contact_id=anna,
                body=f"vor {days} Tagen",
                occurred_at=clock.now() - timedelta(days=days),
            )
        )
    assert [n.body for n in services.notes.for_contact(anna)] == [
        "vor 1 Tagen",
        "vor 3 Tagen",
        "vor 5 Tagen",
    ]
