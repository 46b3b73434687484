"""note add --with/--ask/--voice and insight asks|voice on the command line."""

import json

import pytest

from tests.cli.test_contact_commands import add, show


@pytest.fixture
def people(cli):
    return [add(cli, "--name", name) for name in ("Helga Brandt", "Peter Steuer", "Otto Ander")]


def note(cli, *args):
    code, out, err = cli("note", "add", *args)
    assert code == 0, err
    return int(out)


def test_a_note_with_several_people_shows_in_each_history(cli, people):
    helga, peter, otto = people
    ident = note(
        cli, "Helga", "--text", "Jahresabschluss", "--with", "Peter St", "--with", str(otto)
    )
    shown = show(cli, peter)
    assert [n["id"] for n in shown["notes"]] == [ident]
    assert [p["display_name"] for p in shown["notes"][0]["participants"]] == [
        "Otto Ander",
        "Peter Steuer",
    ]
    assert shown["last_contact_at"] == show(cli, helga)["last_contact_at"]


def test_a_note_with_an_unknown_participant_writes_nothing(cli, people):
    helga = people[0]
    code, out, err = cli("note", "add", str(helga), "--text", "x", "--with", "Niemand")
    assert (code, out) == (1, "")
    assert "No contact matches 'Niemand'" in err
    assert show(cli, helga)["notes"] == []


def test_asks_in_a_period_name_the_contact_and_the_answer(cli, people):
    helga, peter, _otto = people
    note(
        cli,
        str(helga),
        "--text",
        "Empfehlung?",
        "--ask",
        "recommendation",
        "--at",
        "2026-03-01T00:00",
    )
    note(cli, str(peter), "--text", "Bewertung?", "--ask", "review", "--answer", "yes",
         "--at", "2026-03-31T23:59")  # fmt: skip
    note(cli, str(peter), "--text", "Zu spät", "--ask", "review", "--at", "2026-04-01T00:00")
    code, out, err = cli("insight", "asks", "--from", "2026-03-01", "--to", "2026-03-31", "--json")
    assert code == 0, err
    rows = json.loads(out)
    assert [(r["contact_name"], r["kind"], r["answer"]) for r in rows] == [
        ("Peter Steuer", "review", "yes"),
        ("Helga Brandt", "recommendation", "open"),
    ]


def test_an_answer_without_an_ask_is_bad_usage(cli, people):
    code, _out, err = cli("note", "add", str(people[0]), "--text", "x", "--answer", "yes")
    assert code == 2 and "--answer needs --ask" in err
    assert show(cli, people[0])["notes"] == []


def test_voice_lists_open_complaints_and_kinds(cli, people):
    helga, peter, _otto = people
    complaint = note(cli, str(helga), "--text", "Rechnung doppelt", "--voice", "complaint")
    note(cli, str(peter), "--text", "Mehr Videotermine", "--voice", "wish")
    code, out, _err = cli("insight", "voice", "--open", "--json")
    rows = json.loads(out)
    assert [
        (r["note_id"], r["contact_name"], r["kind"], r["text"], r["answered_at"]) for r in rows
    ] == [(complaint, "Helga Brandt", "complaint", "Rechnung doppelt", None)]
    code, out, _err = cli("insight", "voice", "--kind", "wish")
    assert code == 0 and "Peter Steuer: Mehr Videotermine" in out


def test_note_edit_keeps_participants_ask_and_voice(cli, people):
    helga, peter, _otto = people
    ident = note(cli, str(helga), "--text", "x", "--with", str(peter), "--ask", "review",
                 "--voice", "idea")  # fmt: skip
    assert cli("note", "edit", str(ident), "--text", "y")[0] == 0
    [stored] = show(cli, helga)["notes"]
    assert (stored["ask_kind"], stored["ask_answer"], stored["voice"]) == ("review", "open", "idea")
    assert [p["id"] for p in stored["participants"]] == [peter]
