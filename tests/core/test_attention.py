"""Who is drifting away: intervals from stage, tags and the contact, and the drift list."""

from datetime import time, timedelta

import pytest

from beziehung.core.errors import ValidationError
from beziehung.core.services.attention import interval_columns, intervals_in_use
from beziehung.core.services.inputs import ContactInput, NoteInput
from beziehung.core.services.settings import DEFAULT_CADENCES, SharedSettings

DAY = timedelta(days=1)


def spoke(services, contact_id, at):
    services.notes.log(NoteInput(contact_id=contact_id, body="Gespräch", occurred_at=at))


def rows_by_name(services, **kwargs):
    return {r.name: r for r in services.attention.attention(**kwargs)}


def test_intervals_stage_tag_and_contact_in_that_order(services, clock):
    now = clock.now()
    create = services.contacts.create
    # Default: Kunde 90 days ideal, so 180 at most.
    stage = create(ContactInput(name="Anna Stufe", stage="kunde"))
    tagged = create(ContactInput(name="Bernd Etikett", stage="kunde", tags=["eng", "weit"]))
    own = create(ContactInput(name="Carla Eigen", stage="kunde", tags=["eng"], cadence_days=100))
    services.tags.set_intervals(
        {_tag(services, "eng"): (20, 30), _tag(services, "weit"): (40, None)}
    )
    for cid in (stage, tagged, own):
        spoke(services, cid, now - 25 * DAY)
    rows = rows_by_name(services)
    assert (rows["Anna Stufe"].ideal_days, rows["Anna Stufe"].max_days) == (90, 180)
    # The strictest tag wins over the stage, for the ideal and the longest interval each.
    assert (rows["Bernd Etikett"].ideal_days, rows["Bernd Etikett"].max_days) == (20, 30)
    # The contact's own ideal beats its tags; the tags' longest would be shorter, so it
    # rises to the ideal.
    assert (rows["Carla Eigen"].ideal_days, rows["Carla Eigen"].max_days) == (100, 100)
    assert rows["Bernd Etikett"].status == "yellow" and rows["Bernd Etikett"].overdue_days == 5
    assert rows["Anna Stufe"].status == "green" and rows["Anna Stufe"].overdue_days == -65
    assert [r.name for r in services.attention.attention()] == [
        "Bernd Etikett",
        "Anna Stufe",
        "Carla Eigen",
    ]


def _tag(services, name):
    return next(t.id for t in services.tags.list() if t.name == name)


def test_stage_maximum_from_the_settings(services, clock):
    shared = services.settings.load()
    services.settings.save(
        SharedSettings(
            time(9, 0), dict(shared.cadences), cadence_maxima=dict(shared.cadence_maxima, kunde=95)
        )
    )
    cid = services.contacts.create(ContactInput(name="Dora Kunde", stage="kunde"))
    spoke(services, cid, clock.now() - 96 * DAY)
    row = services.attention.attention()[0]
    assert (row.ideal_days, row.max_days, row.status) == (90, 95, "red")
    with pytest.raises(ValidationError) as caught:
        services.settings.save(
            SharedSettings(time(9, 0), dict(DEFAULT_CADENCES), cadence_maxima={"kunde": 10})
        )
    assert caught.value.code == "cadence_order"


def test_the_boundaries_of_green_yellow_and_red(services, clock):
    cid = services.contacts.create(ContactInput(name="Emil Grenze", cadence_days=10))
    spoke(services, cid, clock.now())
    clock.advance(10 * DAY)
    assert services.attention.attention()[0].status == "green"  # the last day still counts
    clock.advance(timedelta(seconds=1))
    assert services.attention.attention()[0].status == "yellow"
    clock.advance(DAY)
    row = services.attention.attention()[0]
    assert (row.status, row.overdue_days) == ("yellow", 1)
    clock.advance(9 * DAY - timedelta(seconds=1))
    assert services.attention.attention()[0].status == "yellow"  # exactly the longest: 20
    clock.advance(timedelta(seconds=1))
    assert services.attention.attention()[0].status == "red"


def test_never_spoken_to_counts_from_creation_and_restricted_stay_out(services, clock):
    services.contacts.create(ContactInput(name="Fritz Neu", cadence_days=5))
    services.contacts.create(ContactInput(name="Gerda Gesperrt", cadence_days=5, restricted=True))
    services.contacts.create(ContactInput(name="Hans Ehemalig", stage="ehemalig"))
    clock.advance(6 * DAY)
    rows = services.attention.attention()
    assert [(r.name, r.last_contact_at, r.overdue_days, r.status) for r in rows] == [
        ("Fritz Neu", None, 1, "yellow")
    ]


def test_agenda_and_drift_list_agree_on_who_is_overdue(services, clock):
    create = services.contacts.create
    ids = {
        "stage": create(ContactInput(name="Ida Stufe", stage="interessent")),
        "tag": create(ContactInput(name="Jan Etikett", stage="kunde", tags=["eng"])),
        "own": create(ContactInput(name="Kai Eigen", stage="kunde", tags=["eng"], cadence_days=60)),
        "fresh": create(ContactInput(name="Lea Frisch", stage="kunde")),
    }
    services.tags.set_intervals({_tag(services, "eng"): (20, None)})
    with pytest.raises(ValidationError):
        services.tags.set_intervals({_tag(services, "eng"): (20, 10)})
    clock.advance(40 * DAY)
    spoke(services, ids["fresh"], clock.now() - DAY)
    overdue = {r.contact_id for r in services.attention.attention() if r.status != "green"}
    assert overdue == {ids["stage"], ids["tag"]}
    assert {o.contact_id for o in services.agenda.build().out_of_touch} == overdue
    raised = services.agenda.raise_cadence_reminders()
    assert {r.contact_id for r in raised} == overdue


def test_postpone_hides_until_then_and_the_agenda_brings_it_back(services, clock):
    cid = services.contacts.create(ContactInput(name="Max Später", cadence_days=5))
    clock.advance(10 * DAY)
    assert services.attention.postpone([cid], 7) == 1
    assert services.attention.attention() == []
    assert services.agenda.build().out_of_touch == []
    assert [r.contact_id for r in services.agenda.build().week] == [cid]
    clock.advance(7 * DAY)
    assert [r.name for r in services.attention.attention()] == ["Max Später"]
    # Postponing again moves the same reminder rather than adding one.
    services.attention.postpone([cid], 3)
    assert len(services.reminders.list(contact_id=cid)) == 1
    with pytest.raises(ValidationError):
        services.attention.postpone([cid], 0)


def test_plan_callbacks_one_each(services, clock):
    a = services.contacts.create(ContactInput(name="Nora Eins"))
    b = services.contacts.create(ContactInput(name="Otto Zwei"))
    due = clock.now() + 3 * DAY
    made = services.attention.plan_callbacks([a, b, a], due, "Nachfassen")
    assert sorted((r.contact_id, r.due_at, r.reason) for r in made) == sorted(
        [(a, due, "Nachfassen"), (b, due, "Nachfassen")]
    )


def test_today_finds_every_interval_in_use_own_and_by_stage(services, clock):
    """Which intervals exist is read from an index, apart from the contacts' rows: an own
    interval, a stage's default where somebody has no own one, and nothing else."""
    now = clock.now()
    create = services.contacts.create
    by_stage = create(ContactInput(name="Ina Stufe", stage="interessent"))
    own = create(ContactInput(name="Olaf Eigen", stage="kunde", cadence_days=45))
    short = create(ContactInput(name="Stefan Kurz", stage="stammkunde", cadence_days=10))
    in_time = create(ContactInput(name="Tina Rechtzeitig", stage="interessent"))
    spoke(services, by_stage, now - 30 * DAY - timedelta(milliseconds=1))
    spoke(services, own, now - 46 * DAY)
    spoke(services, short, now - 11 * DAY)
    spoke(services, in_time, now - 30 * DAY)
    with services.context.reading() as session:
        ideal, _longest = interval_columns(session, services.settings.load())
        used = intervals_in_use(session, ideal)
    # Nobody is a Kunde or Stammkunde without an own interval: their defaults are not in use.
    assert used == sorted({DEFAULT_CADENCES["interessent"], 45, 10})
    late = {o.contact_name: o.days_overdue for o in services.agenda.build().out_of_touch}
    assert late == {"Ina Stufe": 0, "Olaf Eigen": 1, "Stefan Kurz": 1}
