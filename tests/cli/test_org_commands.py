"""orgs list, rename, merge and delete from the command line."""

import json

import pytest

from beziehung.cli import main


@pytest.fixture
def cli(tmp_path, clock, capsys):
    db = str(tmp_path / "cli.db")

    def run(*args):
        code = main(["--db", db, *args], clock=clock)
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


@pytest.fixture
def firms(cli):
    for name, org in (("Anna Weber", "Groß AG"), ("Jan Roth", "Groß AG"), ("Eva Kern", "Klein")):
        assert cli("contacts", "add", "--name", name, "--org", org)[0] == 0


def listed(cli):
    code, out, err = cli("orgs", "list", "--json")
    assert code == 0, err
    return [(o["name"], o["people"]) for o in json.loads(out)]


def test_list_shows_people_per_organisation(cli, firms):
    code, out, _ = cli("orgs", "list")
    assert code == 0
    assert out.splitlines() == ["     1  Groß AG  (2 people)", "     2  Klein  (1 person)"]


def test_rename_by_name_folded_and_by_id(cli, firms):
    assert cli("orgs", "rename", "gross ag", "Groß & Söhne")[:2] == (
        0,
        "Renamed organisation 1 to 'Groß & Söhne'.\n",
    )
    assert cli("orgs", "rename", "2", "Klein KG")[0] == 0
    assert listed(cli) == [("Groß & Söhne", 2), ("Klein KG", 1)]


def test_rename_to_a_name_in_use_fails_in_one_line_and_writes_nothing(cli, firms):
    code, out, err = cli("orgs", "rename", "Klein", "GROSS AG")
    assert (code, out) == (1, "")
    assert err.count("\n") == 1 and "already is an organisation called 'Groß AG'" in err
    assert listed(cli) == [("Groß AG", 2), ("Klein", 1)]


def test_merge_moves_people_to_the_kept_one(cli, firms):
    code, out, _ = cli("orgs", "merge", "Klein", "Groß AG")
    assert (code, out) == (0, "Moved 1 person to organisation 1 and deleted 2.\n")
    assert listed(cli) == [("Groß AG", 3)]


def test_delete_is_refused_while_people_belong_to_it_unless_unlinked(cli, firms):
    code, out, err = cli("orgs", "delete", "Klein")
    assert (code, out) == (1, "")
    assert "'Klein' still has 1 person;" in err
    assert listed(cli) == [("Groß AG", 2), ("Klein", 1)]
    code, out, _ = cli("orgs", "delete", "Klein", "--unlink")
    assert (code, out) == (0, "Deleted organisation 2; 1 person no longer belongs to it.\n")
    assert listed(cli) == [("Groß AG", 2)]


def test_an_unknown_organisation_and_bad_usage(cli, firms):
    code, _, err = cli("orgs", "delete", "Mittel GmbH")
    assert code == 1 and "No organisation is called 'Mittel GmbH'" in err
    assert cli("orgs", "merge", "Klein")[0] == 2
    assert cli("orgs", "delete", " ")[0] == 2
