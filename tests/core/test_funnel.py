"""Stage histories and the funnel, on a case worked out by hand (Berlin: UTC+1 in winter)."""

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from beziehung.core.services.inputs import ContactInput


def utc(*parts):
    return datetime(*parts, tzinfo=UTC)


@pytest.fixture
def journeys(services, clock):
    """Paula: prospect on 1 Jan, client 10 days later, regular client 30 days after that.
    Quirin: prospect on 5 Jan, client 20 days later, gone at 23:59:59 on 31 Jan (local),
    6 days 12:59:59 after becoming a client. Rosa: prospect on 1 Jan, client at the first
    second of 1 Feb (local), 30 days 13 hours later."""

    def at(moment):
        clock.set(moment)

    def create(name):
        return services.contacts.create(ContactInput(name=name, stage="interessent"))

    def move(cid, stage):
        detail = services.contacts.get(cid)
        services.contacts.update(cid, replace(detail.as_input(), stage=stage))

    at(utc(2026, 1, 1, 10))
    paula, rosa = create("Paula Pohl"), create("Rosa Roth")
    at(utc(2026, 1, 5, 10))
    quirin = create("Quirin Quast")
    at(utc(2026, 1, 11, 10))
    move(paula, "kunde")
    at(utc(2026, 1, 25, 10))
    move(quirin, "kunde")
    at(utc(2026, 1, 31, 22, 59, 59))
    move(quirin, "ehemalig")
    at(utc(2026, 1, 31, 23))
    move(rosa, "kunde")
    at(utc(2026, 2, 10, 10))
    move(paula, "stammkunde")
    return {"paula": paula, "quirin": quirin, "rosa": rosa}


def rows(steps):
    return [
        (s.from_stage, s.to_stage, s.count, [p.display_name for p in s.contacts], s.median_days)
        for s in steps
    ]


def test_january_counts_the_moves_up_to_its_last_local_second(services, journeys):
    assert rows(services.stages.funnel(date(2026, 1, 1), date(2026, 1, 31))) == [
        # 10 and 20 days as a prospect: the median is 15.
        ("interessent", "kunde", 2, ["Paula Pohl", "Quirin Quast"], 15.0),
        ("kunde", "stammkunde", 0, [], None),
        ("stammkunde", "empfehler", 0, [], None),
        # 6 days 12:59:59 as a client: 6.54 days.
        (None, "ehemalig", 1, ["Quirin Quast"], 6.5),
    ]


def test_february_starts_with_its_first_local_second(services, journeys):
    assert rows(services.stages.funnel(date(2026, 2, 1), date(2026, 2, 28))) == [
        # 30 days 13 hours as a prospect.
        ("interessent", "kunde", 1, ["Rosa Roth"], 30.5),
        # 11 Jan to 10 Feb: 30 days as a client.
        ("kunde", "stammkunde", 1, ["Paula Pohl"], 30.0),
        ("stammkunde", "empfehler", 0, [], None),
        (None, "ehemalig", 0, [], None),
    ]


def test_a_single_day_holds_that_days_moves(services, journeys):
    steps = services.stages.funnel(date(2026, 1, 11), date(2026, 1, 11))
    assert rows(steps)[0] == ("interessent", "kunde", 1, ["Paula Pohl"], 10.0)


def test_the_history_of_one_contact_newest_first(services, journeys):
    history = services.stages.history(journeys["paula"])
    assert [(h.stage, h.from_stage, h.since) for h in history] == [
        ("stammkunde", "kunde", utc(2026, 2, 10, 10)),
        ("kunde", "interessent", utc(2026, 1, 11, 10)),
        ("interessent", None, utc(2026, 1, 1, 10)),
    ]
    # The one user of a local notebook goes unnamed.
    assert {h.user_name for h in history} == {None}
