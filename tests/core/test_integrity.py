"""A damaged file is found, marked and never written into; file problems read as one sentence."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from beziehung.core import integrity
from beziehung.core.errors import DomainError, SchemaError
from beziehung.core.migrate import open_database
from beziehung.core.services import Services
from beziehung.core.services.inputs import NoteInput
from tests.conftest import BERLIN


def damage(path: Path) -> None:
    """One page of garbage in the middle of a real database file: the middle one of the
    notes table's pages (a page on the free list would hold nothing to lose)."""
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    pages = [
        row[0]
        for row in connection.execute(
            "SELECT pageno FROM dbstat WHERE name = 'notes' AND pagetype = 'leaf' ORDER BY pageno"
        )
    ]
    connection.close()
    with path.open("r+b") as stream:
        # Page numbers count from 1.
        stream.seek(page_size * (pages[len(pages) // 2] - 1))
        stream.write(os.urandom(page_size))


def filled(path: Path, clock, notes: int = 400) -> None:
    engine = open_database(f"sqlite:///{path}", clock.now)
    services = Services.build(engine, clock, BERLIN)
    from beziehung.core.services.inputs import ContactInput

    contact_id = services.contacts.create(ContactInput(name="Anna Weber"))
    for n in range(notes):
        services.notes.log(NoteInput(contact_id=contact_id, body=f"Gespräch {n} " + "x" * 300))
    engine.dispose()


def test_a_healthy_file_passes_the_check(tmp_path, clock):
    path = tmp_path / "ok.db"
    filled(path, clock, notes=10)
    assert integrity.check_and_mark(path).healthy
    assert not integrity.is_marked(path)


def test_a_malformed_error_marks_the_file_and_every_open_is_read_only(tmp_path, clock):
    path = tmp_path / "broken.db"
    filled(path, clock)
    damage(path)
    engine = open_database(f"sqlite:///{path}", clock.now)
    with pytest.raises(integrity.StorageError) as raised, engine.connect() as conn:
        # Reading every page meets the garbage wherever it landed.
        conn.execute(text("PRAGMA integrity_check")).all()
        conn.execute(text("SELECT count(body) FROM notes")).all()
        raise AssertionError("the damaged page was never read")
    engine.dispose()
    assert raised.value.code == "db_damaged"
    assert integrity.is_marked(path)

    engine = open_database(f"sqlite:///{path}", clock.now)
    services = Services.build(engine, clock, BERLIN)
    with pytest.raises(DomainError) as refused:
        services.notes.log(NoteInput(contact_id=1, body="Noch eine Notiz"))
    engine.dispose()
    assert refused.value.code == "db_damaged"


def test_the_check_finds_one_bad_page(tmp_path, clock):
    path = tmp_path / "broken.db"
    filled(path, clock)
    damage(path)
    result = integrity.check_and_mark(path)
    assert not result.healthy
    assert integrity.is_marked(path)


def test_an_empty_file_is_refused_not_made_a_database(tmp_path, clock):
    path = tmp_path / "empty.db"
    path.touch()
    with pytest.raises(DomainError, match="empty file, not a Beziehung database"):
        open_database(f"sqlite:///{path}", clock.now)
    assert path.stat().st_size == 0


def test_a_lock_held_by_another_program_is_named_as_such(tmp_path, clock):
    path = tmp_path / "locked.db"
    filled(path, clock, notes=1)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        engine = open_database(f"sqlite:///{path}", clock.now, busy_timeout_ms=50)
        services = Services.build(engine, clock, BERLIN)
        with pytest.raises(DomainError) as raised:
            services.notes.log(NoteInput(contact_id=1, body="Während ein anderer schreibt"))
        engine.dispose()
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert raised.value.code == "db_locked"
    assert "another program is writing" in str(raised.value).lower()
    assert not integrity.is_marked(path)


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only files")
def test_a_read_only_file_says_so(tmp_path, clock):
    path = tmp_path / "ro.db"
    filled(path, clock, notes=1)
    path.chmod(0o400)
    with pytest.raises(DomainError) as raised:
        engine = open_database(f"sqlite:///{path}", clock.now)
        Services.build(engine, clock, BERLIN).notes.log(NoteInput(contact_id=1, body="x"))
    assert raised.value.code in ("db_readonly_file", "db_readonly_folder")


def test_a_file_that_is_not_sqlite_is_not_marked(tmp_path, clock):
    path = tmp_path / "letter.db"
    path.write_text("Sehr geehrte Damen und Herren " * 50)
    with pytest.raises(SchemaError, match="not a Beziehung database"):
        open_database(f"sqlite:///{path}", clock.now)
    assert not integrity.is_marked(path)


def test_storage_errors_read_as_one_sentence_each(tmp_path):
    where = str(tmp_path / "x.db")
    full = sqlite3.OperationalError("database or disk is full")
    assert integrity.storage_error(full, None, where).code == "disk_full"
    busy = sqlite3.OperationalError("database is locked")
    assert integrity.storage_error(busy, None, where).code == "db_locked"
    assert integrity.storage_error(ValueError("x"), None, where) is None


def test_checking_a_file_that_is_not_plain_sqlite_refuses_without_marking(tmp_path):
    from beziehung.core import integrity

    encrypted_looking = tmp_path / "secret.db"
    encrypted_looking.write_bytes(bytes(range(256)) * 16)  # whole pages, no SQLite header
    with pytest.raises(integrity.StorageError, match="not checked and not marked"):
        integrity.check_and_mark(encrypted_looking)
    assert not integrity.is_marked(encrypted_looking)


def test_a_complaint_over_several_lines_is_reported_on_one():
    # SQLite names the schema on a line of its own before the page it found damaged.
    result = integrity.check_result(
        [("*** in database main ***\nPage 123: free space corruption",), ("Page 124: x",)]
    )
    assert not result.healthy
    assert result.detail == "Page 123: free space corruption"
    assert integrity.check_result([("ok",)]) == integrity.CheckResult(True, "ok")
    assert not integrity.check_result([]).healthy
