"""note edit|delete and reminder edit|cancel: corrections from the command line."""

from datetime import timedelta

import pytest

from tests.cli.test_contact_commands import add, show
from tests.conftest import START


@pytest.fixture
def anna(cli):
    return add(cli, "--name", "Anna Weber")


def note(cli, contact, text="Erstgespräch"):
    code, out, err = cli("note", "add", str(contact), "--text", text, "--at", "2026-03-20T10:00")
    assert code == 0, err
    return int(out)


def test_note_edit_replaces_what_is_given_and_keeps_the_rest(cli, clock, anna):
    ident = note(cli, anna)
    [before] = show(cli, anna)["notes"]
    clock.advance(timedelta(minutes=5))
    code, out, err = cli(
        "note", "edit", str(ident), "--text", "Nachfolge besprochen", "--channel", "video",
        "--duration", "25",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert out.startswith(f"Edited note {ident} (")
    [stored] = show(cli, anna)["notes"]
    assert (stored["body"], stored["channel"], stored["duration_minutes"]) == (
        "Nachfolge besprochen", "video", 25,
    )  # fmt: skip
    assert stored["direction"] == "out"
    assert stored["occurred_at"] == before["occurred_at"]
    assert cli("search", "nachfolge")[1].count(f"note {ident}") == 1


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        ((), 2, "give at least one of --text"),
        (("--channel", "fax"), 1, "Unknown channel 'fax'"),
        (("--text", "  "), 1, "A note needs some text"),
        (("--at", "gestern"), 1, "Cannot read the time 'gestern'"),
    ],
)
def test_note_edit_refusals_are_one_line_and_write_nothing(cli, anna, args, code, message):
    ident = note(cli, anna)
    before = show(cli, anna)["notes"]
    got, out, err = cli("note", "edit", str(ident), *args)
    assert (got, out) == (code, "")
    assert message in err and err.count("\n") == 1
    assert show(cli, anna)["notes"] == before


def test_note_edit_of_an_unknown_note(cli, anna):
    assert cli("note", "edit", "4711", "--text", "x") == (
        1, "", "beziehung: There is no note with id 4711\n",
    )  # fmt: skip


def test_note_delete_without_yes_says_what_would_go_and_keeps_it(cli, anna):
    ident = note(cli, anna)
    code, out, err = cli("note", "delete", str(ident))
    assert code == 1
    assert out.startswith(f"Would delete note {ident} (") and "Erstgespräch" in out
    assert err == "beziehung: nothing was deleted; run again with --yes\n"
    assert len(show(cli, anna)["notes"]) == 1
    code, out, err = cli("note", "delete", str(ident), "--yes")
    assert (code, err) == (0, "")
    assert show(cli, anna)["notes"] == []
    assert show(cli, anna)["last_contact_at"] is None
    assert cli("note", "delete", str(ident), "--yes")[0] == 1


def remind(cli, contact, *args):
    code, out, err = cli("remind", str(contact), "--at", "+1d", "--reason", "Angebot", *args)
    assert code == 0, err
    return int(out)


def test_reminder_edit_moves_renames_and_repeats(cli, anna):
    ident = remind(cli, anna)
    code, out, err = cli(
        "reminder", "edit", str(ident), "--at", "2026-04-01T14:00", "--reason", "Nachfassen",
        "--every", "2w",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert out == f"Reminder {ident} due 2026-04-01 14:00, every 2 weeks: Nachfassen\n"
    code, out, _ = cli("reminder", "edit", str(ident), "--every", "none")
    assert out == f"Reminder {ident} due 2026-04-01 14:00, once: Nachfassen\n"
    [stored] = show(cli, anna)["reminders"]
    assert (stored["recurrence_unit"], stored["recurrence_interval"]) == (None, None)


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        ((), 2, "give at least one of --at"),
        (("--every", "0d"), 1, "Cannot read the recurrence '0d'"),
        (("--every", "2y"), 1, "Cannot read the recurrence '2y'"),
        (("--reason", " "), 1, "A reminder needs a reason"),
        (("--at", "morgen"), 1, "Cannot read the time 'morgen'"),
    ],
)
def test_reminder_edit_refusals_write_nothing(cli, anna, args, code, message):
    ident = remind(cli, anna)
    before = show(cli, anna)["reminders"]
    got, out, err = cli("reminder", "edit", str(ident), *args)
    assert (got, out) == (code, "")
    assert message in err and err.count("\n") == 1
    assert show(cli, anna)["reminders"] == before


def test_reminder_cancel_keeps_it_as_cancelled(cli, anna):
    ident = remind(cli, anna)
    assert cli("reminder", "cancel", str(ident)) == (0, f"Reminder {ident} cancelled.\n", "")
    [stored] = show(cli, anna)["reminders"]
    assert stored["state"] == "cancelled"
    assert stored["completed_at"].startswith(START.date().isoformat())
    assert cli("reminders")[1] == ""
    assert cli("reminder", "cancel", str(ident)) == (
        1, "", f"beziehung: Reminder {ident} is already cancelled\n",
    )  # fmt: skip
    assert cli("reminder", "edit", str(ident), "--reason", "x")[0] == 1


def test_ids_below_one_are_usage_errors(cli):
    # Too large ones are "no such reminder" (tests/cli/test_id_bounds.py).
    code, _, err = cli("reminder", "cancel", "0")
    assert code == 2 and "is not an id" in err
