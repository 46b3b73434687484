"""Backups of an encrypted database from the command line: made, checked and restored with
its passphrase, unreadable without it, and nothing written on a wrong one."""

from __future__ import annotations

import gzip
import json
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from beziehung.cli import main
from beziehung.core import backup, encryption, integrity

pytest.importorskip("sqlcipher3", reason="the encryption extra is not installed")

PASS = "Kirschbaum 1972"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "cli.db"


@pytest.fixture
def cli(db, clock, capsys, monkeypatch):
    """``beziehung --db DB ARGS…`` with the passphrase in the environment, as a script gives it."""

    def run(*args, passphrase: str | None = PASS):
        if passphrase is None:
            monkeypatch.delenv("BEZIEHUNG_PASSPHRASE", raising=False)
        else:
            monkeypatch.setenv("BEZIEHUNG_PASSPHRASE", passphrase)
        code = main(["--db", str(db), *args], clock=clock)
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


@pytest.fixture
def encrypted(cli, db) -> Path:
    assert cli("demo", "--contacts", "20", "--notes", "80", passphrase=None)[0] == 0
    assert cli("encrypt")[0] == 0
    assert encryption.is_encrypted(db)
    return db


def contacts(cli) -> list[str]:
    code, out, err = cli("contacts", "list", "--json")
    assert code == 0, err
    return sorted(c["display_name"] for c in json.loads(out))


def newest_backup(cli) -> Path:
    code, out, _ = cli("backups")
    assert code == 0
    return Path(out.splitlines()[0].split()[-1])


def test_a_backup_restored_gives_back_exactly_that_moment(cli, encrypted, clock):
    code, out, err = cli("backup")
    assert code == 0 and "verified" in out, err
    then = contacts(cli)
    clock.advance(timedelta(hours=1))
    assert cli("contacts", "add", "--name", "Nach Der Sicherung")[0] == 0
    assert contacts(cli) != then

    chosen = newest_backup(cli)
    code, out, err = cli("restore", str(chosen), "--yes")
    assert code == 0, err
    assert contacts(cli) == then
    assert encryption.is_encrypted(encrypted)
    # The state before the restore was kept, as an encrypted backup too.
    assert len(backup.list_backups(chosen.parent, encrypted)) == 2


def test_the_backup_file_is_unreadable_without_the_passphrase(cli, encrypted, tmp_path):
    assert cli("backup")[0] == 0
    chosen = newest_backup(cli)
    raw = tmp_path / "unpacked.db"
    with gzip.open(chosen, "rb") as packed:
        raw.write_bytes(packed.read())
    assert not raw.read_bytes().startswith(b"SQLite format 3\x00")
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(raw).execute("SELECT count(*) FROM contacts").fetchone()
    assert integrity.quick_check(raw, PASS).healthy


def test_a_wrong_passphrase_on_restore_writes_nothing(cli, encrypted, clock):
    assert cli("backup")[0] == 0
    chosen = newest_backup(cli)
    clock.advance(timedelta(hours=1))
    assert cli("contacts", "add", "--name", "Bleibt Erhalten")[0] == 0
    before = encrypted.read_bytes()
    folder = sorted(chosen.parent.iterdir())

    code, out, err = cli("restore", str(chosen), "--yes", passphrase="falsch-falsch")
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "passphrase does not open" in err
    assert encrypted.read_bytes() == before
    assert sorted(chosen.parent.iterdir()) == folder
    assert not integrity.is_marked(encrypted)


def test_without_a_passphrase_backup_and_check_refuse_in_one_line_and_mark_nothing(cli, encrypted):
    code, out, err = cli("backup", passphrase=None)
    assert code == 1 and out == "" and err.count("\n") == 1 and "passphrase" in err
    code, out, err = cli("check", passphrase=None)
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "checked with its passphrase" in err
    assert not integrity.is_marked(encrypted)
    code, out, _ = cli("check")
    assert code == 0 and out.strip().endswith("healthy.")


def test_a_wrong_passphrase_on_check_marks_nothing(cli, encrypted):
    code, _, err = cli("check", passphrase="falsch-falsch")
    assert code == 1 and "passphrase does not open" in err
    assert not integrity.is_marked(encrypted)


def test_a_plain_backup_restored_into_an_encrypted_database_stays_encrypted(cli, db, clock):
    assert cli("demo", "--contacts", "5", "--notes", "10", passphrase=None)[0] == 0
    assert cli("backup", passphrase=None)[0] == 0
    plain = newest_backup(cli)
    code, out, _ = cli("contacts", "list", "--json", passphrase=None)
    then = sorted(c["display_name"] for c in json.loads(out))
    assert cli("encrypt")[0] == 0
    clock.advance(timedelta(hours=1))
    assert cli("contacts", "add", "--name", "Nach Dem Verschluesseln")[0] == 0

    code, _, err = cli("restore", str(plain), "--yes")
    assert code == 0, err
    assert encryption.is_encrypted(db)
    assert contacts(cli) == then
