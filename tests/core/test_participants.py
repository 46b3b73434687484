"""One conversation with several people: each timeline, each last contact, merge and undo."""

from datetime import UTC, datetime, timedelta

import pytest

from beziehung.core.errors import NotFoundError
from beziehung.core.services.inputs import ContactInput, NoteInput

EARLY = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
MEETING = datetime(2026, 3, 2, 14, 0, tzinfo=UTC)


@pytest.fixture
def people(services):
    """The managing director, her tax adviser and a bystander, each spoken to once early."""
    ids = [
        services.contacts.create(ContactInput(name=name))
        for name in ("Helga Brandt", "Peter Steuer", "Otto Ander")
    ]
    for cid in ids:
        services.notes.log(NoteInput(contact_id=cid, body="Erstes Gespräch", occurred_at=EARLY))
    return ids


def last_contact(services, cid):
    return services.contacts.get(cid).summary.last_contact_at


def test_a_meeting_shows_in_each_timeline_and_resets_each_cadence(services, people):
    helga, peter, otto = people
    note = services.notes.log(
        NoteInput(
            contact_id=helga,
            body="Jahresabschluss besprochen",
            channel="meeting",
            occurred_at=MEETING,
            with_contacts=[peter, peter, helga],
        )
    )
    assert [p.display_name for p in note.participants] == ["Peter Steuer"]
    assert last_contact(services, helga) == MEETING
    assert last_contact(services, peter) == MEETING
    assert last_contact(services, otto) == EARLY
    peter_notes = services.contacts.get(peter).notes
    assert peter_notes[0].id == note.id
    assert [p.display_name for p in peter_notes[0].others(peter)] == ["Helga Brandt"]
    assert services.notes.for_contact(peter)[0].id == note.id
    assert note.id not in [n.id for n in services.contacts.get(otto).notes]


def test_deleting_the_meeting_restores_each_previous_last_contact_and_undo_puts_it_back(
    services, people
):
    helga, peter, _otto = people
    note = services.notes.log(
        NoteInput(contact_id=helga, body="Termin", occurred_at=MEETING, with_contacts=[peter])
    )
    snapshot = services.notes.delete(note.id)
    assert (last_contact(services, helga), last_contact(services, peter)) == (EARLY, EARLY)
    services.undo.restore(snapshot)
    assert (last_contact(services, helga), last_contact(services, peter)) == (MEETING, MEETING)
    assert [p.id for p in services.notes.get(note.id).participants] == [peter]


def test_editing_who_was_there_moves_the_last_contact(services, people):
    helga, peter, otto = people
    note = services.notes.log(
        NoteInput(contact_id=helga, body="Termin", occurred_at=MEETING, with_contacts=[peter])
    )
    services.notes.edit(
        note.id,
        NoteInput(contact_id=helga, body="Termin", occurred_at=MEETING, with_contacts=[otto]),
    )
    assert (last_contact(services, peter), last_contact(services, otto)) == (EARLY, MEETING)


def test_an_unknown_participant_writes_nothing(services, people):
    helga = people[0]
    with pytest.raises(NotFoundError):
        services.notes.log(NoteInput(contact_id=helga, body="x", with_contacts=[999_999]))
    assert len(services.notes.for_contact(helga)) == 1


def test_a_meeting_settles_each_ones_keep_in_touch_reminder(services, clock, people):
    helga, peter, _otto = people
    clock.advance(timedelta(days=400))
    raised = services.agenda.raise_cadence_reminders()
    assert {r.contact_id for r in raised} >= {peter}
    services.notes.log(NoteInput(contact_id=helga, body="Termin", with_contacts=[peter]))
    open_cadence = [r for r in services.reminders.list() if r.kind == "cadence"]
    assert peter not in {r.contact_id for r in open_cadence}


def test_merge_keeps_participation(services, people):
    helga, peter, otto = people
    twin = services.contacts.create(ContactInput(name="Peter Steuer (alt)"))
    note = services.notes.log(
        NoteInput(contact_id=helga, body="Termin", occurred_at=MEETING, with_contacts=[twin])
    )
    services.merge.merge(peter, twin)
    assert [p.id for p in services.notes.get(note.id).participants] == [peter]
    assert last_contact(services, peter) == MEETING
    # Merging the owner into a participant: the note is theirs, not theirs twice.
    services.merge.merge(peter, helga)
    merged = services.notes.get(note.id)
    assert (merged.contact_id, merged.participants) == (peter, ())
    assert last_contact(services, otto) == EARLY


def test_deleting_the_owner_takes_the_meeting_from_the_others(services, people):
    helga, peter, _otto = people
    services.notes.log(
        NoteInput(contact_id=helga, body="Termin", occurred_at=MEETING, with_contacts=[peter])
    )
    services.contacts.delete(helga)
    assert last_contact(services, peter) == EARLY


def test_deleting_a_participant_leaves_the_note_and_undo_restores_participation(services, people):
    helga, peter, _otto = people
    note = services.notes.log(
        NoteInput(contact_id=helga, body="Termin", occurred_at=MEETING, with_contacts=[peter])
    )
    snapshot = services.undo.delete_contact(peter)
    assert services.notes.get(note.id).participants == ()
    services.undo.restore(snapshot)
    assert [p.id for p in services.notes.get(note.id).participants] == [peter]
    assert last_contact(services, peter) == MEETING
