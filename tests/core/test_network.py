"""The referral network: trees with cycles, the ranking of recommenders over a period, and
whom to thank when a recommended person becomes a client."""

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from beziehung.core.errors import NotFoundError, ValidationError
from beziehung.core.services.inputs import ContactInput
from beziehung.core.services.network import ReferralNode, became_client


def add(services, name, stage="interessent", **more):
    return services.contacts.create(ContactInput(name=name, stage=stage, **more))


def move(services, contact_id, stage):
    detail = services.contacts.get(contact_id)
    services.contacts.update(contact_id, replace(detail.as_input(), stage=stage))


def shape(node: ReferralNode) -> tuple:
    return (node.contact.display_name, [shape(c) for c in node.children])


@pytest.fixture
def ring(services):
    """A recommended B and C; B recommended D; C recommended D too; D recommended E, and E
    recommended A: a cycle back to the start."""
    ids = {k: add(services, f"{k} {k}{k}") for k in "ABCDE"}
    for a, b in ("AB", "AC", "BD", "CD", "DE", "EA"):
        services.referrals.add(ids[a], ids[b])
    return ids


def test_a_tree_reaches_every_level_once_and_stops_at_a_cycle(services, ring):
    tree = services.network.tree(ring["A"])
    assert shape(tree) == (
        "A AA",
        [("B BB", [("D DD", [("E EE", [])])]), ("C CC", [])],
    )
    assert tree.size() == 4
    assert tree.depth() == 3


def test_the_tree_of_someone_inside_the_cycle_comes_round_once(services, ring):
    tree = services.network.tree(ring["D"])
    assert shape(tree) == ("D DD", [("E EE", [("A AA", [("B BB", []), ("C CC", [])])])])
    assert (tree.size(), tree.depth()) == (4, 3)


def test_a_tree_of_nobody_recommended_is_the_person_alone(services):
    alone = add(services, "Ida Ohne")
    tree = services.network.tree(alone)
    assert (tree.contact.display_name, tree.children, tree.size(), tree.depth()) == (
        "Ida Ohne",
        [],
        0,
        0,
    )


def test_a_restricted_contact_is_no_root_and_no_branch(services, ring):
    hidden = add(services, "Xaver Verborgen", restricted=True)
    services.referrals.add(ring["E"], hidden)
    assert services.network.tree(ring["A"]).size() == 4
    with pytest.raises(NotFoundError):
        services.network.tree(hidden)


def utc(*parts):
    return datetime(*parts, tzinfo=UTC)


@pytest.fixture
def recommenders(services, clock):
    """Anna recommended Bernd and Clara, Bernd recommended Dora, Emil recommended Fritz.
    Bernd is a client; Dora became one; Clara and Fritz are prospects. The dates sit on the
    edges of March 2026 in Berlin (UTC+1 until 29 March, UTC+2 after)."""
    ids = {
        "anna": add(services, "Anna Alt"),
        "bernd": add(services, "Bernd Bau", stage="kunde"),
        "clara": add(services, "Clara Cis"),
        "dora": add(services, "Dora Dorn"),
        "emil": add(services, "Emil Ernst"),
        "fritz": add(services, "Fritz Falk"),
    }
    move(services, ids["dora"], "kunde")
    move(services, ids["dora"], "ehemalig")  # once a client stays counted as one
    links = (
        ("anna", "bernd", utc(2026, 2, 28, 23, 0, 0)),  # 1 March, 00:00 in Berlin
        ("anna", "clara", utc(2026, 2, 28, 22, 59, 59)),  # 28 February, 23:59:59
        ("bernd", "dora", utc(2026, 3, 31, 21, 59, 59)),  # 31 March, 23:59:59
        ("emil", "fritz", utc(2026, 3, 31, 22, 0, 0)),  # 1 April, 00:00
    )
    for a, b, at in links:
        services.referrals.add(ids[a], ids[b], at=at)
    return ids


def figures(ranking):
    return [
        (r.contact.display_name, r.direct, r.total, r.clients_direct, r.clients_total)
        for r in ranking
    ]


def test_the_ranking_counts_direct_and_whole_tree_with_clients(services, recommenders):
    assert figures(services.network.ranking()) == [
        ("Anna Alt", 2, 3, 1, 2),
        ("Bernd Bau", 1, 1, 1, 1),
        ("Emil Ernst", 1, 1, 0, 0),
    ]


def test_a_period_takes_recommendations_from_its_first_to_its_last_local_second(
    services, recommenders
):
    march = services.network.ranking(date(2026, 3, 1), date(2026, 3, 31))
    assert figures(march) == [("Anna Alt", 1, 2, 1, 2), ("Bernd Bau", 1, 1, 1, 1)]
    february = services.network.ranking(date(2026, 2, 1), date(2026, 2, 28))
    assert figures(february) == [("Anna Alt", 1, 1, 0, 0)]
    april = services.network.ranking(date(2026, 4, 1), None)
    assert figures(april) == [("Emil Ernst", 1, 1, 0, 0)]


def test_a_period_that_ends_before_it_starts_is_refused(services):
    with pytest.raises(ValidationError):
        services.network.ranking(date(2026, 3, 2), date(2026, 3, 1))


def test_a_cycle_does_not_count_the_recommender_in_their_own_tree(services, ring):
    assert {r.contact.display_name: r.total for r in services.network.ranking()} == {
        "A AA": 4,
        "B BB": 4,
        "C CC": 4,
        "D DD": 4,
        "E EE": 4,
    }


# --- thanks ----------------------------------------------------------------------------------


def test_only_a_recommended_prospect_becoming_a_client_asks_for_thanks(services, recommenders):
    ids = recommenders
    loner = add(services, "Lena Solo")
    mark = services.network.last_stage_change()
    move(services, loner, "kunde")  # nobody to thank
    move(services, ids["bernd"], "stammkunde")  # already a client
    move(services, ids["fritz"], "ehemalig")  # not a client
    assert services.network.thanks_due(mark) == []
    mark = services.network.last_stage_change()
    move(services, ids["clara"], "kunde")
    (thanks,) = services.network.thanks_due(mark)
    assert thanks.contact.display_name == "Clara Cis"
    assert [p.display_name for p in thanks.recommenders] == ["Anna Alt"]
    assert services.network.thanks_due(services.network.last_stage_change()) == []


def test_a_new_contact_entered_as_client_is_no_news(services, recommenders):
    mark = services.network.last_stage_change()
    add(services, "Neu Kunde", stage="kunde", referred_by=[recommenders["anna"]])
    assert services.network.thanks_due(mark) == []


def test_the_rule_of_becoming_a_client():
    assert became_client("interessent", "kunde")
    assert became_client("interessent", "stammkunde")
    assert not became_client(None, "kunde")
    assert not became_client("kunde", "stammkunde")
    assert not became_client("ehemalig", "kunde")
    assert not became_client("interessent", "ehemalig")
