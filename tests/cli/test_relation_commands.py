"""relation add/list/remove/successor, fields and contacts edit --field/--letter-form."""

import json
from datetime import timedelta

from beziehung.cli.relations import FIELD_KIND_CODES, RELATION_KIND_CODES
from beziehung.core.models import CUSTOM_FIELD_KINDS, RELATION_KINDS


def add(cli, name):
    code, out, err = cli("contacts", "add", "--name", name)
    assert code == 0, err
    return int(out)


def show(cli, ref):
    code, out, err = cli("contacts", "show", str(ref), "--json")
    assert code == 0, err
    return json.loads(out)


def test_the_grammar_knows_every_kind():
    assert RELATION_KIND_CODES == RELATION_KINDS
    assert FIELD_KIND_CODES == CUSTOM_FIELD_KINDS


def test_relation_add_list_remove(cli):
    kim, anna = add(cli, "Kim Berger"), add(cli, "Frau Dr. Anna Schäfer")
    assert cli("relation", "add", "kim", "assistant", "anna")[0] == 0
    assert cli("relation", "list", "anna")[1].split() == [
        str(kim),
        "has",
        "assistant",
        "Kim",
        "Berger",
    ]
    code, out, _ = cli("relation", "list", "kim", "--json")
    assert json.loads(out)[0]["direction"] == "out"
    assert json.loads(out)[0]["other"] == {"id": anna, "display_name": "Anna Schäfer"}
    code, _, err = cli("relation", "add", "kim", "assistant", "anna")
    assert code == 1 and err.count("\n") == 1 and "already is assistant" in err
    code, _, err = cli("relation", "add", "kim", "boss", "anna")
    assert code == 1 and "Unknown relation 'boss'" in err
    assert cli("relation", "remove", "kim", "assistant", "anna")[0] == 0
    assert cli("relation", "list", "anna")[1] == ""


def test_successor_previews_then_hands_over(cli, clock):
    leaver, successor = add(cli, "Jürgen Weber"), add(cli, "Tom Lange")
    at = (clock.now() + timedelta(days=3)).strftime("%Y-%m-%d")
    assert cli("remind", "jürgen", "--at", at, "--reason", "Angebot")[0] == 0
    code, out, err = cli("relation", "successor", "jürgen", "tom", "--former")
    assert code == 1 and "1 open callback move" in out and "--yes" in err
    assert show(cli, leaver)["reminders"][0]["contact_id"] == leaver
    code, out, _ = cli("relation", "successor", "jürgen", "tom", "--former", "--yes")
    assert code == 0 and out.startswith("Handed over: Tom Lange")
    reminders = show(cli, successor)["reminders"]
    assert [r["reason"] for r in reminders] == ["Von Jürgen Weber übernommen: Angebot"]
    assert show(cli, leaver)["stage"] == "ehemalig"
    assert "successor of Jürgen Weber" in cli("relation", "list", "tom")[1]


def test_fields_and_contacts_edit(cli):
    anna = add(cli, "Frau Dr. Anna Schäfer")
    assert cli("fields", "add", "Verein", "--kind", "text")[0] == 0
    assert cli("fields", "add", "Seit", "--kind", "date")[0] == 0
    assert cli("fields", "add", "Wein", "--kind", "choice", "--choices", "Rot,Weiß")[0] == 0
    code, _, err = cli("fields", "add", "X", "--kind", "text", "--choices", "a")
    assert code == 2
    assert cli("fields", "list")[1].splitlines()[2].split() == [
        "3",
        "Wein",
        "[choice]",
        "(Rot,",
        "Weiß)",
    ]

    code, _, err = cli("contacts", "edit", "anna", "--field", "Seit=1.3.2019")
    assert code == 1 and err.count("\n") == 1
    assert "'1.3.2019' is not a date for field 'Seit'" in err
    code, _, err = cli("contacts", "edit", "anna", "--field", "Farbe=blau")
    assert code == 1 and "There is no field 'Farbe'" in err
    code, _, err = cli("contacts", "edit", "anna", "--field", "Seit")
    assert code == 2
    assert show(cli, anna)["custom_fields"] == {}

    code, _, err = cli(
        "contacts", "edit", "anna", "--field", "Verein=Segelclub", "--field", "Seit=2019-03-01",
        "--field", "wein=rot", "--letter-form", "du",
    )  # fmt: skip
    assert code == 0, err
    shown = show(cli, anna)
    assert shown["custom_fields"] == {"Verein": "Segelclub", "Seit": "2019-03-01", "Wein": "Rot"}
    assert shown["letter_form"] == "du" and shown["letter_salutation"] == "Liebe Anna,"
    hits = json.loads(cli("search", "segelclub", "--json")[1])
    assert [h["contact_id"] for h in hits] == [anna]
    assert cli("contacts", "edit", "anna", "--field", "Verein=")[0] == 0
    assert "Verein" not in show(cli, anna)["custom_fields"]

    code, out, err = cli("fields", "remove", "wein")
    assert code == 1 and "Would remove field 'Wein' with 1 contact's value" in out
    assert cli("fields", "remove", "wein", "--yes")[0] == 0
    assert show(cli, anna)["custom_fields"] == {"Seit": "2019-03-01"}
