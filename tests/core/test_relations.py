"""Who is who to whom, and handing a contact's callbacks over to a successor."""

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from beziehung.core.errors import ValidationError
from beziehung.core.models import ContactRelation, StageChange
from beziehung.core.services.inputs import ContactInput
from beziehung.core.services.relations import INCOMING, MUTUAL, OUTGOING


@pytest.fixture
def people(services):
    return {
        name: services.contacts.create(ContactInput(name=name))
        for name in ("Anna Schäfer", "Kim Berger", "Jürgen Weber", "Tom Lange")
    }


def seen(services, contact_id):
    return [
        (r.kind, r.direction, r.other.display_name)
        for r in services.relations.relations_of(contact_id)
    ]


def test_a_directed_relation_reads_differently_from_each_side(services, people):
    services.relations.add(people["Kim Berger"], "assistant", people["Anna Schäfer"])
    assert seen(services, people["Kim Berger"]) == [("assistant", OUTGOING, "Anna Schäfer")]
    assert seen(services, people["Anna Schäfer"]) == [("assistant", INCOMING, "Kim Berger")]


def test_a_symmetric_relation_reads_the_same_both_ways(services, people):
    services.relations.add(people["Anna Schäfer"], "Partner", people["Tom Lange"])
    assert seen(services, people["Anna Schäfer"]) == [("partner", MUTUAL, "Tom Lange")]
    assert seen(services, people["Tom Lange"]) == [("partner", MUTUAL, "Anna Schäfer")]


def test_refusals_self_duplicate_symmetric_duplicate_unknown_kind(services, people):
    anna, tom = people["Anna Schäfer"], people["Tom Lange"]
    with pytest.raises(ValidationError, match="themselves"):
        services.relations.add(anna, "colleague", anna)
    services.relations.add(anna, "colleague", tom)
    with pytest.raises(ValidationError, match="already is colleague"):
        services.relations.add(anna, "colleague", tom)
    with pytest.raises(ValidationError, match="already is colleague"):
        services.relations.add(tom, "colleague", anna)
    with pytest.raises(ValidationError, match="Unknown relation 'boss'"):
        services.relations.add(anna, "boss", tom)
    # A directed kind in the other order is another statement, and allowed.
    services.relations.add(anna, "deputy", tom)
    services.relations.add(tom, "deputy", anna)
    with services.context.reading() as session:
        assert session.scalar(select(func.count()).select_from(ContactRelation)) == 3


def test_remove_between_finds_a_symmetric_relation_in_either_order(services, people):
    anna, tom = people["Anna Schäfer"], people["Tom Lange"]
    services.relations.add(anna, "family", tom)
    services.relations.remove_between(tom, "family", anna)
    assert seen(services, anna) == []
    with pytest.raises(ValidationError, match="is not family"):
        services.relations.remove_between(tom, "family", anna)


def test_remove_by_id(services, people):
    rid = services.relations.add(people["Kim Berger"], "deputy", people["Jürgen Weber"])
    services.relations.remove(rid)
    assert seen(services, people["Jürgen Weber"]) == []


def test_relations_follow_a_merge_and_come_back_with_an_undone_deletion(services, people):
    anna, kim, tom = people["Anna Schäfer"], people["Kim Berger"], people["Tom Lange"]
    services.relations.add(kim, "assistant", tom)
    services.merge.merge(anna, tom)
    assert seen(services, anna) == [("assistant", INCOMING, "Kim Berger")]
    snapshot = services.undo.delete_contact(kim)
    assert seen(services, anna) == []
    services.undo.restore(snapshot)
    assert seen(services, anna) == [("assistant", INCOMING, "Kim Berger")]


def test_hand_over_moves_exactly_the_open_callbacks_in_one_transaction(services, people, clock):
    leaver, successor = people["Jürgen Weber"], people["Anna Schäfer"]
    soon = clock.now() + timedelta(days=2)
    open_one = services.reminders.create(leaver, soon, "Angebot nachfassen")
    done = services.reminders.create(leaver, soon, "Unterlagen geschickt")
    services.reminders.complete(done.id)
    cadence = services.reminders.create(leaver, soon, "", kind="cadence")
    other = services.reminders.create(people["Tom Lange"], soon, "Nicht betroffen")

    preview = services.relations.preview_hand_over(leaver, successor)
    assert (preview.callbacks, preview.already_successor) == (1, False)
    result = services.relations.hand_over(leaver, successor, mark_former=True)

    assert result.moved_reminder_ids == (open_one.id,)
    moved = services.reminders.get(open_one.id)
    assert moved.contact_id == successor
    assert moved.reason == "Von Jürgen Weber übernommen: Angebot nachfassen"
    assert services.reminders.get(done.id).contact_id == leaver
    assert services.reminders.get(cadence.id).contact_id == leaver
    assert services.reminders.get(other.id).contact_id == people["Tom Lange"]
    assert seen(services, successor) == [("successor", OUTGOING, "Jürgen Weber")]
    assert seen(services, leaver) == [("successor", INCOMING, "Anna Schäfer")]
    assert services.contacts.get(leaver).summary.stage == "ehemalig"
    with services.context.reading() as session:
        steps = session.scalars(
            select(StageChange.to_stage).where(StageChange.contact_id == leaver)
        ).all()
    assert steps == ["interessent", "ehemalig"]
    # Once more: the relation stands, nothing is left to move.
    again = services.relations.preview_hand_over(leaver, successor)
    assert (again.callbacks, again.already_successor) == (0, True)


def test_a_failed_hand_over_changes_nothing(services, people, clock):
    leaver = people["Jürgen Weber"]
    reminder = services.reminders.create(leaver, clock.now() + timedelta(days=1), "Rückruf")
    with pytest.raises(ValidationError, match="themselves"):
        services.relations.hand_over(leaver, leaver, mark_former=True)
    assert services.reminders.get(reminder.id).reason == "Rückruf"
    assert services.contacts.get(leaver).summary.stage == "interessent"


def test_hand_over_without_marking_keeps_the_stage(services, people):
    result = services.relations.hand_over(
        people["Jürgen Weber"], people["Kim Berger"], mark_former=False
    )
    assert result.marked_former is False and result.moved_reminder_ids == ()
    assert services.contacts.get(people["Jürgen Weber"]).summary.stage == "interessent"
