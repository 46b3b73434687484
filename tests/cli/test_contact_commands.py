"""contacts show --json, edit, delete and merge from the command line."""

import json
import re
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from beziehung.io.fields import CONTACT_FIELDS, METHOD_FIELDS, NOTE_FIELDS, REMINDER_FIELDS
from tests.conftest import START

# The helpers read the file with sqlite3; on PostgreSQL they would need a URL of their own.
pytestmark = pytest.mark.sqlite_only(reason="reads the database file with sqlite3")


FIXTURES = Path(__file__).parents[1] / "io" / "fixtures"
UTC_TIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|\+00:00)$")
DAY = re.compile(r"^\d{4}-\d\d-\d\d$")
TODAY = START.date()  # the clock fixture's day, in UTC


def add(cli, *args):
    code, out, _ = cli("contacts", "add", *args)
    assert code == 0
    return int(out)


def show(cli, ref):
    code, out, err = cli("contacts", "show", str(ref), "--json")
    assert code == 0, err
    return json.loads(out)


def without_ids(records):
    return [{k: v for k, v in r.items() if k != "id"} for r in records]


def count(db, table):
    with sqlite3.connect(db) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_show_json_of_an_outlook_card_carries_every_field_its_address_and_note(cli):
    code, _, err = cli("import", "vcard", str(FIXTURES / "outlook_21_cp1252.vcf"))
    assert code == 0, err
    code, _, _ = cli("note", "add", "müller", "--text", "Termin vereinbart", "--at", "-2d")
    code, _, _ = cli("remind", "müller", "--at", "+1w", "--reason", "Unterlagen")
    shown = show(cli, "müller")
    assert list(shown)[: len(CONTACT_FIELDS)] == list(CONTACT_FIELDS)
    for name in ("given_name", "family_name", "display_name", "salutation", "title"):
        assert name in shown
    assert (shown["title"], shown["given_name"], shown["family_name"]) == (
        "Dr.",
        "Jürgen",
        "Müller",
    )
    assert (
        shown["about"]
        == "Ruft gern vormittags an.\nMag keine langen E-Mails, lieber ein Telefonät."
    )
    assert shown["organisation"] == "Müller & Partner Steuerberatung"
    assert shown["role"] == "Geschäftsführer"
    assert shown["birthday"] == "1968-05-04"
    assert shown["has_photo"] is False
    assert shown["emails"] == ["j.mueller@mueller-partner.de"]
    assert len(shown["phones"]) == 2
    (address,) = [m for m in shown["methods"] if m["kind"] == "address"]
    assert (
        address
        | {
            "street": "Hauptstraße 12",
            "postal_code": "50667",
            "city": "Köln",
            "country": "Deutschland",
            "is_preferred": True,
        }
        == address
    )
    assert all(set(m) == set(METHOD_FIELDS) for m in shown["methods"])
    for name in ("created_at", "updated_at", "last_contact_at"):
        assert UTC_TIME.match(shown[name]), (name, shown[name])
    (note,) = shown["notes"]
    assert set(note) == {*NOTE_FIELDS, "participants"} and UTC_TIME.match(note["occurred_at"])
    (reminder,) = shown["reminders"]
    assert set(reminder) == set(REMINDER_FIELDS) and UTC_TIME.match(reminder["due_at"])


def test_edit_changes_the_named_fields_and_keeps_methods_photo_and_the_rest(cli, db):
    cid = add(cli, "--name", "Anna Weber", "--email", "anna@weber.de", "--tag", "Alt")
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE contacts SET photo = x'ffd8ff' WHERE id = ?", (cid,))
    before = show(cli, cid)
    code, out, err = cli(
        "contacts", "edit", str(cid),
        "--title", "Dr.", "--org", "Weber GmbH", "--role", "Inhaberin", "--stage", "kunde",
        "--about", "Mag Tee", "--birthday", "1980-02-29", "--cadence-days", "30",
        "--keep-until", "2036-12-31", "--processing-purpose", "Mandat",
        "--legal-basis", "contract", "--consent-given", "2026-03-01T10:00",
        "--preferred-channel", "email", "--preferred-time", "vormittags",
        "--tag", "Neu", "--tag", "VIP",
    )  # fmt: skip
    assert code == 0, err
    assert out == f"Updated Anna Weber (id {cid}).\n"
    after = show(cli, cid)
    assert (
        after
        | {
            "title": "Dr.",
            "organisation": "Weber GmbH",
            "role": "Inhaberin",
            "stage": "kunde",
            "about": "Mag Tee",
            "birthday": "1980-02-29",
            "cadence_days": 30,
            "keep_until": "2036-12-31",
            "processing_purpose": "Mandat",
            "legal_basis": "contract",
            "preferred_channel": "email",
            "preferred_time": "vormittags",
            "tags": ["Neu", "VIP"],
            "has_photo": True,
        }
        == after
    )
    assert UTC_TIME.match(after["consent_given_at"])
    assert without_ids(after["methods"]) == without_ids(before["methods"])
    assert (after["given_name"], after["family_name"]) == ("Anna", "Weber")


def test_an_empty_value_clears_an_optional_field(cli):
    cid = add(cli, "--name", "Anna Weber", "--org", "Weber GmbH", "--tag", "VIP")
    assert cli("contacts", "edit", str(cid), "--role", "Chefin", "--cadence-days", "14")[0] == 0
    code, _, err = cli(
        "contacts", "edit", str(cid), "--org", "", "--role", "", "--cadence-days", "", "--tag", ""
    )
    assert code == 0, err
    shown = show(cli, cid)
    assert (shown["organisation"], shown["role"], shown["cadence_days"]) == (None, None, None)
    assert shown["tags"] == []


def test_edit_the_whole_name_or_its_parts(cli):
    cid = add(cli, "--name", "Anna Weber")
    assert cli("contacts", "edit", str(cid), "--name", "Prof. Dr. Anna Weber-Lang")[0] == 0
    shown = show(cli, cid)
    assert (shown["title"], shown["family_name"]) == ("Prof. Dr.", "Weber-Lang")
    assert cli("contacts", "edit", str(cid), "--given-name", "Anne")[0] == 0
    shown = show(cli, cid)
    assert (shown["given_name"], shown["family_name"], shown["title"]) == (
        "Anne",
        "Weber-Lang",
        "Prof. Dr.",
    )


@pytest.mark.parametrize(
    ("args", "status", "message"),
    [
        ([], 2, "at least one field"),
        (["--name", "A B", "--given-name", "C"], 2, "cannot be combined"),
        (["--birthday", "1980-02-30"], 2, "not a date"),
        (["--cadence-days", "often"], 2, "not a whole number"),
        (["--restricted", "maybe"], 2, "invalid choice"),
        (["--cadence-days", "0"], 1, "between 1 and 3660 days"),
        (["--stage", ""], 1, "Unknown stage"),
        (["--legal-basis", "whim"], 1, "Unknown legal basis"),
        (["--given-name", "", "--family-name", ""], 1, "needs a name"),
        (["--consent-given", "someday"], 1, "Cannot read the time"),
    ],
)
def test_edit_refusals_are_one_line_and_change_nothing(cli, args, status, message):
    cid = add(cli, "--name", "Anna Weber", "--tag", "VIP")
    before = show(cli, cid)
    code, out, err = cli("contacts", "edit", str(cid), *args)
    assert (code, out) == (status, "")
    assert message in err and err.count("\n") == 1
    assert show(cli, cid) == before


def test_a_restricted_contact_is_reached_by_id_to_lift_the_restriction(cli):
    cid = add(cli, "--name", "Rita Restrikt")
    assert cli("contacts", "edit", str(cid), "--restricted", "yes")[0] == 0
    code, out, _ = cli("contacts", "list", "--json")
    assert json.loads(out) == []
    code, _, err = cli("contacts", "edit", str(cid), "--restricted", "no")
    assert code == 0, err
    code, out, _ = cli("contacts", "list", "--json")
    assert [c["id"] for c in json.loads(out)] == [cid]


def test_delete_without_yes_lists_what_would_go_and_deletes_nothing(cli, db):
    referrer = add(cli, "--name", "Petra Öztürk")
    cid = add(cli, "--name", "Anna Weber", "--referred-by", str(referrer))
    cli("note", "add", str(cid), "--text", "Erstgespräch")
    cli("remind", str(cid), "--at", "+1d", "--reason", "Angebot")
    code, out, err = cli("contacts", "delete", "anna")
    assert code == 1
    assert out == (
        f"Would delete Anna Weber (id {cid}) with 1 notes, 1 open reminders and 1 referral links.\n"
    )
    assert err == "beziehung: nothing was deleted; run again with --yes\n"
    assert [count(db, t) for t in ("contacts", "notes", "reminders", "referrals")] == [2, 1, 1, 1]
    code, out, _ = cli("contacts", "delete", "anna", "--yes")
    assert code == 0 and out.startswith("Deleted Anna Weber")
    assert [count(db, t) for t in ("contacts", "notes", "reminders", "referrals")] == [1, 0, 0, 0]


@pytest.mark.parametrize("yes", [[], ["--yes"]])
def test_delete_is_refused_on_the_last_day_of_a_retention_duty(cli, db, yes):
    cid = add(cli, "--name", "Anna Weber")
    assert cli("contacts", "edit", str(cid), "--keep-until", TODAY.isoformat())[0] == 0
    code, out, err = cli("contacts", "delete", str(cid), *yes)
    assert (code, out) == (1, "")
    assert "retention duty" in err and err.count("\n") == 1
    assert count(db, "contacts") == 1


def test_delete_is_allowed_the_day_after_a_retention_duty_ends(cli, db):
    cid = add(cli, "--name", "Anna Weber")
    yesterday = (START - timedelta(days=1)).date().isoformat()
    assert cli("contacts", "edit", str(cid), "--keep-until", yesterday)[0] == 0
    assert cli("contacts", "delete", str(cid), "--yes")[0] == 0
    assert count(db, "contacts") == 0


def test_merge_previews_without_yes_and_merges_with_it(cli, db):
    keep = add(cli, "--name", "Jürgen Müller", "--email", "j@mueller.de")
    other = add(cli, "--name", "J. Müller", "--phone", "0170 1234567", "--tag", "VIP")
    cli("note", "add", str(other), "--text", "Doppelt angelegt")
    code, out, err = cli("contacts", "merge", str(keep), str(other))
    assert code == 1
    assert out.startswith(f"Would merge J. Müller (id {other}) into Jürgen Müller (id {keep})")
    assert "1 notes" in out and "1 contact methods" in out and "1 tags" in out
    assert err == "beziehung: nothing was merged; run again with --yes\n"
    assert count(db, "contacts") == 2
    code, out, err = cli("contacts", "merge", str(keep), str(other), "--yes")
    assert code == 0, err
    assert out.startswith("Merged J. Müller")
    merged = show(cli, keep)
    assert merged["emails"] == ["j@mueller.de"] and merged["phones"] == ["0170 1234567"]
    assert merged["tags"] == ["VIP"] and len(merged["notes"]) == 1
    assert count(db, "contacts") == 1


@pytest.mark.parametrize(
    ("refs", "message"),
    [(["1", "1"], "cannot be merged with itself"), (["1", "99"], "99")],
)
def test_merge_refusals_are_one_line(cli, db, refs, message):
    add(cli, "--name", "Anna Weber")
    code, out, err = cli("contacts", "merge", *refs, "--yes")
    assert (code, out) == (1, "")
    assert message in err and err.count("\n") == 1
    assert count(db, "contacts") == 1


def test_a_merge_keeps_the_retention_duty_and_delete_then_refuses(cli, db):
    duty = add(cli, "--name", "Jürgen Müller")
    assert cli("contacts", "edit", str(duty), "--keep-until", "2036-12-31")[0] == 0
    cli("note", "add", str(duty), "--text", "Steuerakte Jahresabschluss")
    keep = add(cli, "--name", "Jürgen Müller", "--email", "j@mueller.de")
    code, out, _err = cli("contacts", "merge", str(keep), str(duty))
    assert code == 1 and "takes the stricter data protection: keep_until" in out
    assert cli("contacts", "merge", str(keep), str(duty), "--yes")[0] == 0
    assert show(cli, keep)["keep_until"] == "2036-12-31"
    code, out, err = cli("contacts", "delete", str(keep), "--yes")
    assert (code, out) == (1, "")
    assert "must be kept until 2036-12-31" in err and err.count("\n") == 1
    assert count(db, "contacts") == 1
