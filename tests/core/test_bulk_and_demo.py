import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from beziehung.core import demo
from beziehung.core.models import Contact, ConversationNote, Organisation, Referral, Reminder
from beziehung.core.services.bulk import BulkBatch, BulkContact, BulkNote
from beziehung.core.services.inputs import ContactInput


def counts(services):
    with services.context.reading() as session:
        return {
            model.__tablename__: session.scalar(select(func.count()).select_from(model))
            for model in (Organisation, Contact, ConversationNote, Reminder, Referral)
        }


def test_demo_is_repeatable(clock):
    first = demo.build(clock.now(), contacts=50, notes=100, seed=3)
    second = demo.build(clock.now(), contacts=50, notes=100, seed=3)
    assert first.contacts == second.contacts
    assert list(first.notes) == list(second.notes)


def test_demo_through_the_bulk_service(services, clock):
    result = services.bulk.insert(demo.build(clock.now(), contacts=120, notes=600, seed=5))
    stored = counts(services)
    assert stored["contacts"] == result.contacts == 120
    assert stored["notes"] == result.notes == 600
    assert stored["reminders"] == result.reminders > 0
    assert stored["referrals"] == result.referrals > 0
    assert any(h.kind == "contact" for h in services.search.search("müller"))
    contacts = services.contacts.list()
    assert any(c.last_contact_at is not None for c in contacts)
    detail = services.contacts.get(contacts[0].id)
    if detail.notes:
        assert detail.summary.last_contact_at == detail.notes[0].occurred_at


def test_bulk_continues_ids_after_existing_rows(services, clock):
    services.contacts.create(ContactInput(name="Anna Weber", organisation="Kanzlei Groß"))
    batch = BulkBatch(
        organisations=["Kanzlei Gross", "Neu GmbH"],
        contacts=[BulkContact("Jürgen", "Müller", organisation=0)],
        notes=[BulkNote(contact=0, occurred_at=clock.now(), body="Erstgespräch")],
    )
    result = services.bulk.insert(batch)
    assert counts(services)["organisations"] == 2
    assert services.contacts.get(result.first_contact_id).summary.organisation == "Kanzlei Groß"
    assert [h.contact_id for h in services.search.search("erstgespräch")] == [
        result.first_contact_id
    ]


def test_a_refused_row_writes_nothing(services, clock):
    batch = BulkBatch(
        organisations=["Neu GmbH"],
        contacts=[BulkContact("Jürgen", "Müller")],
        notes=[BulkNote(contact=0, occurred_at=clock.now(), body="x", channel="fax")],
    )
    with pytest.raises(IntegrityError):
        services.bulk.insert(batch)
    assert counts(services) == {name: 0 for name in counts(services)}
    assert services.search.search("müller") == []
