"""Encryption at rest: unreadable without the passphrase, whole with it, search included."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from beziehung.core import encryption
from beziehung.core.encryption import EncryptionError, FileState
from beziehung.core.errors import SchemaError
from beziehung.core.migrate import backup_sqlite, open_database
from beziehung.core.services import Services
from beziehung.core.services.inputs import ContactInput, NoteInput
from tests.conftest import BERLIN

pytest.importorskip("sqlcipher3", reason="the encryption extra is not installed")

PASS = "Kirschbaum 1972"
NEW = "Apfelbaum 2024!"


def _url(path: Path) -> str:
    return f"sqlite:///{path}"


def _fill(path: Path, clock, passphrase: str | None = None) -> None:
    engine = open_database(_url(path), clock.now, passphrase)
    services = Services.build(engine, clock, BERLIN)
    cid = services.contacts.create(ContactInput(name="Jürgen Müller"))
    services.notes.log(NoteInput(contact_id=cid, body="Angebot Arbeitsvertrag besprochen"))
    engine.dispose()


def _rows(path: Path, clock, passphrase: str | None = None) -> dict[str, list[tuple]]:
    engine = open_database(_url(path), clock.now, passphrase)
    try:
        with engine.connect() as conn:
            return {
                table: sorted(
                    tuple(row) for row in conn.execute(text(f"SELECT * FROM {table}")).all()
                )
                for table in ("contacts", "notes", "alembic_version")
            }
    finally:
        engine.dispose()


def _search(path: Path, clock, passphrase: str | None, query: str) -> list[int | None]:
    engine = open_database(_url(path), clock.now, passphrase)
    try:
        services = Services.build(engine, clock, BERLIN)
        return [hit.note_id for hit in services.search.search(query)]
    finally:
        engine.dispose()


@pytest.fixture
def plain(tmp_path, clock) -> Path:
    path = tmp_path / "kunden.db"
    _fill(path, clock)
    return path


@pytest.fixture
def encrypted(plain) -> Path:
    encryption.encrypt(plain, PASS)
    return plain


def test_a_new_database_is_created_encrypted_and_plain_sqlite_cannot_read_it(tmp_path, clock):
    path = tmp_path / "neu.db"
    _fill(path, clock, PASS)
    assert path.read_bytes()[:16] != b"SQLite format 3\x00"
    assert encryption.file_state(path) is FileState.ENCRYPTED
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        sqlite3.connect(path).execute("SELECT * FROM sqlite_master").fetchall()
    assert b"Arbeitsvertrag" not in path.read_bytes()
    assert _search(path, clock, PASS, "arbeitsvertrag") != []


def test_encrypting_keeps_every_row_and_leaves_no_plain_text(plain, clock):
    before = _rows(plain, clock)
    encryption.encrypt(plain, PASS)
    assert encryption.is_encrypted(plain)
    assert _rows(plain, clock, PASS) == before
    assert b"Arbeitsvertrag" not in plain.read_bytes()
    leftovers = sorted(p.name for p in plain.parent.iterdir() if p.name != plain.name)
    assert leftovers == []


def test_search_works_in_an_encrypted_database(encrypted, clock):
    assert len(_search(encrypted, clock, PASS, "Arbeitsvertrag")) == 1
    assert len(_search(encrypted, clock, PASS, "vertrag")) == 1
    assert _search(encrypted, clock, PASS, "Müll") == [None]


def test_the_wrong_passphrase_is_refused_in_one_line(encrypted, clock, capfd):
    with pytest.raises(EncryptionError) as refused:
        open_database(_url(encrypted), clock.now, "falsch-falsch")
    assert refused.value.code == "wrong_passphrase"
    assert str(refused.value) == f"The passphrase does not open the database {encrypted}"
    # SQLCipher's own complaint about the failed decryption stays off the terminal.
    assert capfd.readouterr().err == ""


def test_an_encrypted_file_without_a_passphrase_is_refused_before_opening(encrypted, clock):
    with pytest.raises(EncryptionError) as refused:
        open_database(_url(encrypted), clock.now)
    assert refused.value.code == "passphrase_needed"
    assert "BEZIEHUNG_PASSPHRASE" in str(refused.value)


def test_a_plain_file_with_a_passphrase_is_refused_unchanged(plain, clock):
    before = plain.read_bytes()
    with pytest.raises(EncryptionError, match="not encrypted; 'beziehung encrypt'"):
        open_database(_url(plain), clock.now, PASS)
    assert plain.read_bytes() == before


@pytest.mark.parametrize(
    ("passphrase", "code"),
    [
        ("", "passphrase_empty"),
        ("1234567", "passphrase_short"),
        ("a\x00bcdefghi", "passphrase_nul"),
    ],
)
def test_a_new_passphrase_needs_eight_characters(tmp_path, clock, passphrase, code):
    with pytest.raises(EncryptionError) as refused:
        open_database(_url(tmp_path / "neu.db"), clock.now, passphrase)
    assert refused.value.code == code
    assert not (tmp_path / "neu.db").exists()


def test_eight_characters_are_enough(tmp_path, clock):
    _fill(tmp_path / "neu.db", clock, "12345678")
    assert encryption.is_encrypted(tmp_path / "neu.db")


def test_quotes_in_a_passphrase_are_part_of_it(tmp_path, clock):
    odd = 'it\'s "quoted"; --'
    _fill(tmp_path / "neu.db", clock, odd)
    encryption.verify(tmp_path / "neu.db", odd)
    with pytest.raises(EncryptionError, match="does not open"):
        encryption.verify(tmp_path / "neu.db", "it's")


def test_rekey_changes_the_passphrase(encrypted, clock):
    before = _rows(encrypted, clock, PASS)
    encryption.rekey(encrypted, PASS, NEW)
    assert _rows(encrypted, clock, NEW) == before
    with pytest.raises(EncryptionError, match="does not open"):
        open_database(_url(encrypted), clock.now, PASS)


def test_rekey_with_the_wrong_old_passphrase_changes_nothing(encrypted, clock):
    before = encrypted.read_bytes()
    with pytest.raises(EncryptionError, match="does not open"):
        encryption.rekey(encrypted, "falsch-falsch", NEW)
    assert encrypted.read_bytes() == before


def test_decrypt_writes_a_plain_database_with_the_same_rows(encrypted, clock, tmp_path):
    target = tmp_path / "klar.db"
    encryption.decrypt(encrypted, PASS, target)
    assert target.read_bytes()[:16] == b"SQLite format 3\x00"
    assert target.stat().st_mode & 0o777 == 0o600
    assert _rows(target, clock) == _rows(encrypted, clock, PASS)
    assert len(_search(target, clock, None, "Arbeitsvertrag")) == 1
    assert encryption.is_encrypted(encrypted)


def test_decrypt_never_overwrites(encrypted, tmp_path):
    target = tmp_path / "klar.db"
    target.write_bytes(b"mine")
    with pytest.raises(EncryptionError, match="exists already"):
        encryption.decrypt(encrypted, PASS, target)
    assert target.read_bytes() == b"mine"


def test_decrypt_with_the_wrong_passphrase_writes_nothing(encrypted, tmp_path):
    with pytest.raises(EncryptionError, match="does not open"):
        encryption.decrypt(encrypted, "falsch-falsch", tmp_path / "klar.db")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kunden.db"]


def test_encrypting_twice_or_a_missing_file_is_refused(encrypted, tmp_path):
    with pytest.raises(EncryptionError, match="already encrypted"):
        encryption.encrypt(encrypted, PASS)
    with pytest.raises(EncryptionError, match="There is no database"):
        encryption.encrypt(tmp_path / "nichts.db", PASS)


def test_a_database_in_use_is_not_encrypted(plain, clock):
    engine = open_database(_url(plain), clock.now)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1")).all()
            with pytest.raises(EncryptionError, match="in use"):
                encryption.encrypt(plain, PASS)
    finally:
        engine.dispose()
    assert encryption.file_state(plain) is FileState.PLAIN


def test_the_backup_of_an_encrypted_database_is_encrypted(encrypted, clock):
    copy = backup_sqlite(encrypted, "test", clock.now(), PASS)
    assert encryption.is_encrypted(copy)
    assert _rows(copy, clock, PASS) == _rows(encrypted, clock, PASS)


def test_a_server_url_cannot_be_encrypted(clock):
    with pytest.raises(EncryptionError, match="Only a database file"):
        open_database("sqlite://", clock.now, PASS)


def test_a_foreign_file_is_still_refused_as_before(tmp_path, clock):
    foreign = tmp_path / "fremd.db"
    sqlite3.connect(foreign).execute("CREATE TABLE x (y)")
    with pytest.raises(SchemaError, match="not a Beziehung database"):
        open_database(_url(foreign), clock.now)
