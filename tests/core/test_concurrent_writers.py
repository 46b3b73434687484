"""Two processes adding notes to and editing one contact at once: nothing saved is lost, and
the edits that started from an outdated version are refused, never written over."""

from beziehung.core.services.inputs import ContactInput
from tests.concurrent_writers import run_writers

OPS = 60


def test_two_writers_lose_nothing_and_every_collision_is_refused(services, db_url):
    contact = services.contacts.create(ContactInput(name="Geteilte Kundin"))
    outcomes = run_writers(db_url, contact, writers=2, ops=OPS)

    card = services.contacts.card(contact)
    stored = [n.id for n in services.contacts.note_page(contact, limit=1000).notes]
    saved = [i for o in outcomes for i in o.notes]
    assert sorted(stored) == sorted(saved) and len(saved) == 2 * OPS // 2
    edits = [t for o in outcomes for t in o.edits]
    # Every saved edit's token is in the text once; a refused one left nothing.
    assert sorted(card.about.split()) == sorted(edits)
    assert card.version == 1 + len(edits)
    for outcome in outcomes:
        assert len(outcome.edits) + outcome.conflicts == OPS // 2
