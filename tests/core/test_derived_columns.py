"""Columns stored for sorting and scheduling come out the same whichever writer stores them."""

from datetime import timedelta
from pathlib import Path

from sqlalchemy import select

from beziehung.core.migrate import open_database
from beziehung.core.models import Contact
from beziehung.core.services import Services
from beziehung.core.services.bulk import BulkBatch, BulkContact, BulkNote, BulkReminder
from beziehung.core.services.inputs import ContactInput, NoteInput
from beziehung.core.services.listing import ContactFilter
from tests.conftest import BERLIN


def test_bulk_and_the_contact_service_store_the_same_names_and_last_contact(services, clock):
    early, late = clock.now() - timedelta(days=9), clock.now() - timedelta(days=2)
    single = services.contacts.create(ContactInput(given_name="Zoë", family_name="Ädler"))
    services.notes.log(NoteInput(contact_id=single, body="spät", occurred_at=late))
    services.notes.log(NoteInput(contact_id=single, body="früh", occurred_at=early))
    result = services.bulk.insert(
        BulkBatch(
            contacts=[BulkContact(given_name="Zoë", family_name="Ädler")],
            notes=[
                BulkNote(contact=0, occurred_at=late, body="spät"),
                BulkNote(contact=0, occurred_at=early, body="früh"),
            ],
        )
    )
    bulk = result.first_contact_id
    rows = {r.id: r for r in services.listing.rows(ContactFilter())}
    assert rows[single].display_name == rows[bulk].display_name == "Zoë Ädler"
    assert rows[single].last_contact_at == rows[bulk].last_contact_at == late
    with services.context.reading() as session:
        sort_names = session.scalars(select(Contact.sort_name).order_by(Contact.id)).all()
    assert sort_names == ["aedler zoe", "aedler zoe"]


def test_a_bulk_reminder_fires_at_its_snooze_time(services, clock):
    due, snoozed = clock.now() + timedelta(hours=1), clock.now() + timedelta(hours=3)
    services.bulk.insert(
        BulkBatch(
            contacts=[BulkContact(given_name="Jürgen", family_name="Müller")],
            reminders=[
                BulkReminder(contact=0, due_at=due, reason="a", created_at=clock.now()),
                BulkReminder(
                    contact=0, due_at=due, reason="b", created_at=clock.now(), snoozed_until=snoozed
                ),
            ],
        )
    )
    fires = {r.reason: r.fires_at for r in services.reminders.list()}
    assert fires == {"a": due, "b": snoozed}


def test_a_restore_recomputes_what_is_derived(services, clock, tmp_path: Path):
    cid = services.contacts.create(ContactInput(name="Jürgen Müller"))
    services.notes.log(NoteInput(contact_id=cid, body="Gespräch"))
    reminder = services.reminders.create(cid, clock.now() + timedelta(days=1), "Rückruf")
    services.reminders.snooze(reminder.id, clock.now() + timedelta(days=2))
    tables = {table.name: (table, list(rows)) for table, rows in services.archive.snapshot()}
    # As an archive written under older rules, or edited by hand, might hold them.
    for row in tables["contacts"][1]:
        row.update(display_name="?", sort_name="zzz", last_contact_at=None)
    for row in tables["reminders"][1]:
        row.update(fires_at=row["due_at"] - timedelta(days=30))

    engine = open_database(f"sqlite:///{tmp_path / 'restored.db'}", clock.now)
    try:
        restored = Services.build(engine, clock, BERLIN)
        restored.archive.restore(lambda table: tables[table.name][1])
        (summary,) = restored.contacts.list()
        assert summary.display_name == "Jürgen Müller"
        assert summary.last_contact_at == clock.now()
        assert restored.contacts.resolve("Müll") == cid
        (again,) = restored.reminders.list()
        assert again.fires_at == clock.now() + timedelta(days=2)
        assert restored.reminders.due() == []
    finally:
        engine.dispose()
