"""encrypt, rekey, decrypt and the passphrase of every other command, as a script sees them."""

from __future__ import annotations

import json

import pytest

from beziehung.cli import main
from beziehung.core import encryption

pytest.importorskip("sqlcipher3", reason="the encryption extra is not installed")

PASS = "Kirschbaum 1972"
NEW = "Apfelbaum 2024!"


@pytest.fixture
def db(tmp_path, capsys):
    path = tmp_path / "cli.db"
    assert main(["--db", str(path), "demo", "--contacts", "5", "--notes", "20"]) == 0
    capsys.readouterr()
    return path


@pytest.fixture
def passfile(tmp_path):
    path = tmp_path / "pass.txt"
    path.write_text(PASS + "\n", encoding="utf-8")
    return path


def names(db, capsys, *options):
    assert main(["--db", str(db), *options, "contacts", "list", "--json"]) == 0
    return [c["display_name"] for c in json.loads(capsys.readouterr().out)]


def test_encrypt_then_every_command_needs_the_passphrase(db, passfile, capsys, monkeypatch):
    before = names(db, capsys)
    assert main(["--db", str(db), "--passphrase-file", str(passfile), "encrypt"]) == 0
    out = capsys.readouterr().out
    assert "without it the data cannot be recovered" in out
    assert encryption.is_encrypted(db)

    assert main(["--db", str(db), "contacts", "list"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--passphrase-file FILE or BEZIEHUNG_PASSPHRASE" in err

    assert names(db, capsys, "--passphrase-file", str(passfile)) == before
    monkeypatch.setenv("BEZIEHUNG_PASSPHRASE", PASS)
    assert names(db, capsys) == before


def test_a_wrong_passphrase_is_one_line_and_exit_1(db, passfile, capsys, monkeypatch):
    main(["--db", str(db), "--passphrase-file", str(passfile), "encrypt"])
    capsys.readouterr()
    monkeypatch.setenv("BEZIEHUNG_PASSPHRASE", "falsch-falsch")
    assert main(["--db", str(db), "contacts", "list"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == f"beziehung: The passphrase does not open the database {db}\n"


def test_encrypt_without_a_passphrase_in_a_script_changes_nothing(db, capsys):
    before = db.read_bytes()
    assert main(["--db", str(db), "encrypt"]) == 1
    assert "No passphrase given" in capsys.readouterr().err
    assert db.read_bytes() == before


def test_a_short_new_passphrase_is_refused(db, tmp_path, capsys):
    short = tmp_path / "short.txt"
    short.write_text("kurz", encoding="utf-8")
    assert main(["--db", str(db), "--passphrase-file", str(short), "encrypt"]) == 1
    assert "at least 8 characters" in capsys.readouterr().err
    assert not encryption.is_encrypted(db)


def test_rekey_and_decrypt(db, passfile, tmp_path, capsys, monkeypatch):
    before = names(db, capsys)
    main(["--db", str(db), "--passphrase-file", str(passfile), "encrypt"])
    monkeypatch.setenv("BEZIEHUNG_NEW_PASSPHRASE", NEW)
    assert main(["--db", str(db), "--passphrase-file", str(passfile), "rekey"]) == 0
    assert "was changed" in capsys.readouterr().out
    assert main(["--db", str(db), "--passphrase-file", str(passfile), "contacts", "list"]) == 1
    capsys.readouterr()

    plain = tmp_path / "klar.db"
    monkeypatch.setenv("BEZIEHUNG_PASSPHRASE", NEW)
    assert main(["--db", str(db), "decrypt", "--to", str(plain)]) == 0
    assert "not encrypted" in capsys.readouterr().out
    monkeypatch.delenv("BEZIEHUNG_PASSPHRASE")
    assert names(plain, capsys) == before
    assert main(["--db", str(db), "decrypt", "--to", str(db)]) == 1
    assert "not the database itself" in capsys.readouterr().err


def test_decrypt_needs_a_target(db, capsys):
    assert main(["--db", str(db), "decrypt"]) == 2
    assert "--to" in capsys.readouterr().err


def test_plain_backups_beside_are_named_after_encrypting(db, passfile, capsys):
    backup = db.with_name("cli.backup-0005-to-0006-20260101T000000.db")
    backup.write_bytes(db.read_bytes())
    assert main(["--db", str(db), "--passphrase-file", str(passfile), "encrypt"]) == 0
    assert backup.name in capsys.readouterr().out
