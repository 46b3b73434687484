"""insight attention, and the responsible person from the command line."""

import json
import sqlite3
from datetime import timedelta

import pytest


def add(cli, *args):
    code, out, err = cli("contacts", "add", *args)
    assert code == 0, err
    return int(out)


def test_attention_lists_the_furthest_past_first(cli, clock):
    late = add(cli, "--name", "Anna Spät", "--stage", "interessent")
    add(cli, "--name", "Bernd Bald", "--stage", "kunde")
    assert (
        cli("contacts", "edit", "bernd", "--cadence-days", "50", "--cadence-max-days", "60")[0] == 0
    )
    clock.advance(timedelta(days=55))
    code, out, err = cli("insight", "attention", "--json")
    assert code == 0, err
    rows = json.loads(out)
    assert [(r["name"], r["status"], r["overdue_days"], r["max_days"]) for r in rows] == [
        ("Anna Spät", "yellow", 25, 60),
        ("Bernd Bald", "yellow", 5, 60),
    ]
    assert rows[0]["contact_id"] == late and rows[0]["last_contact_at"] is None
    code, out, _ = cli("insight", "attention", "--limit", "1")
    assert code == 0 and out.splitlines() == [
        f"due   {late:>6}  Anna Spät  [interessent]  last never; 25 days past 30 (longest 60)"
    ]
    assert cli("insight", "attention", "--limit", "0")[0] == 2


@pytest.mark.sqlite_only(reason="reads the database file with sqlite3")
def test_responsible_filter_and_edit(cli, db):
    anna = add(cli, "--name", "Anna Meine")
    add(cli, "--name", "Bernd Andere")
    with sqlite3.connect(db) as conn:
        conn.execute(
            "INSERT INTO users (id, login, name, created_at) VALUES (2, 'eva', 'Eva', '2026-01-01')"
        )
    assert cli("contacts", "edit", "bernd", "--responsible", "eva")[0] == 0
    code, out, _ = cli("contacts", "list", "--responsible", "me", "--json")
    assert code == 0 and [c["id"] for c in json.loads(out)] == [anna]
    code, out, _ = cli("contacts", "list", "--responsible", "eva")
    assert code == 0 and "Bernd Andere" in out and "Anna" not in out
    code, out, err = cli("contacts", "edit", "anna", "--responsible", "niemand")
    assert code == 1 and err.strip() == "beziehung: No user logs in as 'niemand'"
