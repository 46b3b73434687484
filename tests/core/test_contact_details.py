"""One contact read alone and the same contact read in a batch are the same detail."""

from datetime import timedelta

import pytest

from beziehung.core.errors import NotFoundError
from beziehung.core.services.inputs import ContactInput, NoteInput


@pytest.fixture
def family(services, clock):
    """Anna recommended Bernd and Carla; Dora (restricted) recommended Anna."""
    c = services.contacts
    dora = c.create(ContactInput(name="Dora Zeh", restricted=True))
    anna = c.create(ContactInput(name="Anna Weber", referred_by=[dora]))
    bernd = c.create(ContactInput(name="Bernd Adler", referred_by=[anna]))
    carla = c.create(ContactInput(name="Carla Berg", referred_by=[anna]))
    now = clock.now()
    for days in (3, 1, 2):
        services.notes.log(
            NoteInput(anna, body=f"vor {days} Tagen", occurred_at=now - timedelta(days=days))
        )
    later = services.reminders.create(anna, now + timedelta(days=5), "später")
    done = services.reminders.create(anna, now + timedelta(days=1), "erledigt")
    soon = services.reminders.create(anna, now + timedelta(days=2), "bald")
    services.reminders.complete(done.id)
    return {"anna": anna, "bernd": bernd, "carla": carla, "dora": dora}, (soon, later, done)


def test_get_is_the_batch_read_of_one_id(services, family):
    ids, _ = family
    batch = services.contacts.details([ids["bernd"], ids["anna"], ids["carla"]])
    assert [d.id for d in batch] == [ids["bernd"], ids["anna"], ids["carla"]]
    for detail in batch:
        assert services.contacts.get(detail.id) == detail


def test_history_order_and_referral_links(services, family):
    ids, (soon, later, done) = family
    anna = services.contacts.get(ids["anna"])
    assert [n.body for n in anna.notes] == ["vor 1 Tagen", "vor 2 Tagen", "vor 3 Tagen"]
    assert [r.id for r in anna.reminders] == [soon.id, later.id, done.id]
    assert [p.display_name for p in anna.referred] == ["Bernd Adler", "Carla Berg"]
    # The restricted recommender stays out of the lists.
    assert anna.referred_by == []
    assert [p.id for p in services.contacts.get(ids["bernd"]).referred_by] == [ids["anna"]]


def test_without_history_links_stay_empty(services, family):
    ids, _ = family
    (anna,) = services.contacts.details([ids["anna"]], history=False)
    assert (anna.notes, anna.reminders, anna.referred, anna.referred_by) == ([], [], [], [])


def test_missing_ids(services, family):
    ids, _ = family
    assert [d.id for d in services.contacts.details([999, ids["anna"], ids["anna"]])] == [
        ids["anna"]
    ]
    with pytest.raises(NotFoundError):
        services.contacts.get(999)
