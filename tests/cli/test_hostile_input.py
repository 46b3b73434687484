"""Out-of-range times and intervals are refused at the command line with nothing written;
control characters are neither stored nor ever printed raw."""

import json
import re
import sqlite3

import pytest

# The helpers read the file with sqlite3; on PostgreSQL they would need a URL of their own.
pytestmark = pytest.mark.sqlite_only(reason="reads the database file with sqlite3")


RAW_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
HOSTILE = "Eve\x1b[2J\x07\x1b]52;c;cm0gLXJmIH4=\x07\x9b31m"


def rows(db, table):
    with sqlite3.connect(db) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


@pytest.fixture
def anna(cli):
    code, out, _ = cli("contacts", "add", "--name", "Anna Weber")
    assert code == 0
    return out.strip()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("remind", "{c}", "--at", "+1d", "--reason", "R", "--every", "999999mo"),
            "between 1 and 100",
        ),
        (("remind", "{c}", "--at", "+1d", "--reason", "R", "--every", "101d"), "not 101"),
        (("remind", "{c}", "--at", "0001-01-01", "--reason", "R"), "'0001-01-01' is not between"),
        (("remind", "{c}", "--at", "2201-01-01T09:00", "--reason", "R"), "years 1900 and 2200"),
        (("remind", "{c}", "--at", "+99999mo", "--reason", "R"), "'+99999mo' is not between"),
        (("note", "add", "{c}", "--text", "T", "--at", "1899-12-31"), "years 1900 and 2200"),
        (("contacts", "edit", "{c}", "--birthday", "0001-01-01"), "birthday 0001-01-01 is not"),
        (("contacts", "edit", "{c}", "--keep-until", "2201-01-01"), "keep-until date 2201-01-01"),
        (("contacts", "edit", "{c}", "--consent-given", "1850-01-01"), "years 1900 and 2200"),
    ],
)
def test_out_of_range_input_is_one_line_and_writes_nothing(cli, db, anna, args, message):
    before = {t: rows(db, t) for t in ("contacts", "notes", "reminders")}
    shown = cli("contacts", "show", anna, "--json")[1]
    code, out, err = cli(*(a.format(c=anna) for a in args))
    assert (code, out) == (1, "")
    assert message in err and err.count("\n") == 1
    assert {t: rows(db, t) for t in before} == before
    assert cli("contacts", "show", anna, "--json")[1] == shown


def test_the_last_allowed_day_and_interval_are_taken(cli, anna):
    code, _, err = cli(
        "remind", anna, "--at", "2200-12-31T09:00", "--reason", "R", "--every", "100mo"
    )
    assert (code, err) == (0, "")
    assert cli("contacts", "edit", anna, "--birthday", "1900-01-01")[0] == 0


def test_control_characters_are_stripped_on_input(cli, db):
    code, out, _ = cli("contacts", "add", "--name", HOSTILE, "--tag", "V\x1bIP")
    assert code == 0
    cid = out.strip()
    assert cli("note", "add", cid, "--text", "eins\nzwei\tdrei\x1b]52;c;aGk=\x07")[0] == 0
    with sqlite3.connect(db) as conn:
        stored = [r[0] for r in conn.execute("SELECT display_name FROM contacts")]
        body = conn.execute("SELECT body FROM notes").fetchone()[0]
        tags = [r[0] for r in conn.execute("SELECT name FROM tags")]
    assert stored == ["Eve[2J]52;c;cm0gLXJmIH4=31m"]
    assert body == "eins\nzwei\tdrei]52;c;aGk="
    assert tags == ["VIP"]


def test_stored_control_characters_are_printed_escaped(cli, db, anna):
    # Written behind the services' back, as an older version or another tool might have.
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE contacts SET display_name = ?, about = ?", (HOSTILE, "a\x1bb\nc"))
    for args in (("contacts", "list"), ("contacts", "show", anna), ("search", "Anna")):
        code, out, err = cli(*args)
        assert code == 0 and not RAW_CONTROL.search(out + err), args
    listed = cli("contacts", "list")[1]
    assert "Eve\\x1b[2J\\x07\\x1b]52;c;cm0gLXJmIH4=\\x07\\x9b31m" in listed
    assert "a\\x1bb\nc" in cli("contacts", "show", anna)[1]
    for args in (("contacts", "list", "--json"), ("contacts", "show", anna, "--json")):
        out = cli(*args)[1]
        assert not RAW_CONTROL.search(out)
        assert "\\u001b[2J\\u0007" in out and "\\u009b31m" in out
    (summary,) = json.loads(cli("contacts", "list", "--json")[1])
    assert summary["display_name"] == HOSTILE


def test_errors_that_repeat_what_was_typed_are_printed_escaped(cli, anna):
    code, _, err = cli("contacts", "show", "nobody\x1b]52;c;aGk=\x07")
    assert code == 1 and not RAW_CONTROL.search(err)
    assert "nobody\\x1b]52;c;aGk=\\x07" in err
