"""A damaged database from the command line: refused writes, check, restore."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest

from beziehung.cli import main
from beziehung.core import integrity
from tests.core.test_integrity import damage


@pytest.fixture
def db(tmp_path):
    return tmp_path / "cli.db"


@pytest.fixture
def cli(db, clock, capsys):
    def run(*args):
        code = main(["--db", str(db), *args], clock=clock)
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


def notes_in(path):
    connection = sqlite3.connect(path)
    try:
        return sorted(r[0] for r in connection.execute("SELECT body FROM notes"))
    finally:
        connection.close()


def test_damage_is_refused_checked_and_restored_away(cli, db, clock):
    assert cli("demo", "--contacts", "50", "--notes", "600")[0] == 0
    code, out, _ = cli("backup")
    assert code == 0 and "verified" in out
    backed_up = notes_in(db)
    clock.advance(timedelta(hours=1))
    assert cli("note", "add", "1", "--text", "Nach der Sicherung")[0] == 0
    damage(db)

    code, out, _ = cli("check")
    assert code == 1 and "damaged" in out and len(out.splitlines()) == 1
    code, _, err = cli("note", "add", "1", "--text", "In eine kaputte Datei")
    assert code == 1
    assert err.count("\n") == 1 and "damaged and open read-only" in err

    code, out, _ = cli("backups")
    assert code == 0 and "verified" in out
    newest = out.split()[-1]
    assert cli("restore", newest)[0] == 1  # without --yes nothing happens
    assert integrity.is_marked(db)
    code, out, _ = cli("restore", newest, "--yes")
    assert code == 0, out
    assert not integrity.is_marked(db)
    assert notes_in(db) == backed_up
    assert cli("check")[0] == 0
    assert cli("note", "add", "1", "--text", "Wieder da")[0] == 0


def test_salvage_copies_what_can_be_read(cli, db, tmp_path):
    assert cli("demo", "--contacts", "50", "--notes", "600")[0] == 0
    damage(db)
    code, out, _ = cli("salvage", str(tmp_path / "rescued.db"))
    assert code == 0 and "Salvaged" in out
    code, out, _ = main_list(tmp_path / "rescued.db")
    assert code == 0


def main_list(path):
    return main(["--db", str(path), "contacts", "list"]), "", ""
