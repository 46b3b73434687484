"""``beziehung referral add``, ``beziehung insight referrals|tree|funnel`` and the thank-you
hint of ``contacts edit``."""

import json
from datetime import timedelta

import pytest


@pytest.fixture
def network(cli):
    """Anna recommended Bernd, Bernd recommended Clara, Clara recommended Anna (a cycle);
    Dora stands alone. Bernd is a client."""
    for name, stage in (("Anna Alt", "interessent"), ("Bernd Bau", "kunde")):
        assert cli("contacts", "add", "--name", name, "--stage", stage)[0] == 0
    assert cli("contacts", "add", "--name", "Clara Cis", "--referred-by", "bernd")[0] == 0
    assert cli("contacts", "add", "--name", "Dora Dorn")[0] == 0
    code, out, err = cli(
        "referral", "add", "anna", "bernd", "--at", "2026-03-01", "--how", "Verein"
    )
    assert (code, err) == (0, "")
    assert out.strip().isdigit()
    assert cli("referral", "add", "clara", "anna")[0] == 0


def test_referral_add_refuses_a_second_link_and_oneself_in_one_line(cli, network):
    code, out, err = cli("referral", "add", "anna", "bernd")
    assert (code, out) == (1, "")
    assert err.count("\n") == 1
    code, _out, err = cli("referral", "add", "dora", "dora")
    assert code == 1
    assert "themselves" in err


def test_the_ranking_as_json_best_first(cli, network):
    code, out, _err = cli("insight", "referrals", "--json")
    assert code == 0
    ranking = json.loads(out)
    assert [(r["name"], r["direct"], r["total"], r["clients_total"]) for r in ranking] == [
        # Everyone in the cycle has the two others below; Bernd, the one client, is in the
        # trees of Anna and Clara, which puts them first.
        ("Anna Alt", 1, 2, 1),
        ("Clara Cis", 1, 2, 1),
        ("Bernd Bau", 1, 2, 0),
    ]
    assert set(ranking[0]) == {
        "name",
        "contact_id",
        "direct",
        "total",
        "clients_direct",
        "clients_total",
    }


def test_the_ranking_of_a_period_holds_only_its_recommendations(cli, network):
    code, out, _err = cli(
        "insight", "referrals", "--from", "2026-03-01", "--to", "2026-03-01", "--json"
    )
    assert code == 0
    # Only Anna's recommendation of Bernd is dated that day; the others are dated today.
    assert [(r["name"], r["direct"], r["total"]) for r in json.loads(out)] == [("Anna Alt", 1, 1)]


def test_the_tree_nested_and_as_text(cli, network):
    code, out, _err = cli("insight", "tree", "anna", "--json")
    assert code == 0
    tree = json.loads(out)
    assert tree["name"] == "Anna Alt"
    (bernd,) = tree["children"]
    (clara,) = bernd["children"]
    assert (bernd["name"], clara["name"], clara["children"]) == ("Bernd Bau", "Clara Cis", [])
    code, out, _err = cli("insight", "tree", "anna")
    assert out.splitlines()[1:] == [
        f"└─ Bernd Bau (id {bernd['contact_id']})",
        f"   └─ Clara Cis (id {clara['contact_id']})",
        "2 people recommended, 2 levels deep.",
    ]


def test_becoming_a_client_suggests_thanking_the_recommender(cli, network):
    code, out, _err = cli("contacts", "edit", "clara", "--stage", "kunde")
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 2
    assert lines[1].startswith("Clara Cis was recommended by Bernd Bau:")
    assert "beziehung remind 2 --at +1d --reason" in lines[1]
    # A move between client stages, and a move of someone nobody recommended, say nothing more.
    assert len(cli("contacts", "edit", "clara", "--stage", "stammkunde")[1].splitlines()) == 1
    assert len(cli("contacts", "edit", "dora", "--stage", "kunde")[1].splitlines()) == 1


def test_the_funnel_counts_moves_with_their_time_in_stage(cli, clock):
    assert cli("contacts", "add", "--name", "Paula Pohl")[0] == 0
    clock.advance(timedelta(days=12))
    assert cli("contacts", "edit", "paula", "--stage", "kunde")[0] == 0
    code, out, _err = cli(
        "insight", "funnel", "--from", "2026-01-01", "--to", "2026-12-31", "--json"
    )
    assert code == 0
    steps = json.loads(out)
    assert [(s["from_stage"], s["to_stage"], s["count"]) for s in steps] == [
        ("interessent", "kunde", 1),
        ("kunde", "stammkunde", 0),
        ("stammkunde", "empfehler", 0),
        (None, "ehemalig", 0),
    ]
    assert steps[0]["contacts"] == [{"id": 1, "name": "Paula Pohl"}]
    assert steps[0]["median_days"] == 12.0
    code, out, _err = cli("insight", "funnel", "--from", "2026-01-01", "--to", "2026-12-31")
    assert "interessent → kunde" in out
    assert "median 12 days in stage" in out


@pytest.mark.parametrize(
    ("args", "status"),
    [
        (("insight", "funnel"), 2),
        (("insight", "funnel", "--from", "2026-03-02", "--to", "2026-03-01"), 1),
        (("insight", "referrals", "--from", "März"), 2),
        (("insight", "tree", "niemand"), 1),
    ],
)
def test_insight_refusals_are_one_line(cli, args, status):
    code, out, err = cli(*args)
    assert (code, out) == (status, "")
    assert err.count("\n") == 1
