"""Revision 0009 on the released 0008 database: every reminder is the first user's, every
record starts at version 1, and the revision goes back down cleanly."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from sqlalchemy import create_engine

from beziehung.core import migrate

DATA = Path(__file__).parent / "data"


def _upgraded(tmp_path: Path, clock) -> Path:
    path = tmp_path / "beziehung.sqlite3"
    shutil.copyfile(DATA / "0008.sqlite3", path)
    migrate.open_database(f"sqlite:///{path}", clock.now).dispose()
    return path


def _rows(path: Path, query: str) -> list[tuple]:
    db = sqlite3.connect(path)
    try:
        return db.execute(query).fetchall()
    finally:
        db.close()


def test_reminders_become_the_first_users_and_versions_start_at_one(tmp_path, clock):
    path = _upgraded(tmp_path, clock)
    reminders = _rows(path, "SELECT author_id, assignee_id, version FROM reminders")
    assert reminders
    assert set(reminders) == {(1, 1, 1)}
    assert set(_rows(path, "SELECT version FROM contacts")) == {(1,)}
    assert set(_rows(path, "SELECT version FROM notes")) == {(1,)}


def test_who_looks_after_a_contact_is_kept_as_it_was(tmp_path, clock):
    before = _rows(DATA / "0008.sqlite3", "SELECT id, responsible_id FROM contacts ORDER BY id")
    after = _rows(_upgraded(tmp_path, clock), "SELECT id, responsible_id FROM contacts ORDER BY id")
    assert after == before


def test_the_revision_goes_back_down(tmp_path, clock):
    path = _upgraded(tmp_path, clock)
    engine = create_engine(f"sqlite:///{path}")
    try:
        migrate.downgrade(engine, "0008")
    finally:
        engine.dispose()
    assert _rows(path, "SELECT version_num FROM alembic_version") == [("0008",)]
    columns = {row[1] for row in _rows(path, "PRAGMA table_info(reminders)")}
    assert not {"author_id", "assignee_id", "version"} & columns
    indexes = {row[1] for row in _rows(path, "PRAGMA index_list(contacts)")}
    assert "ix_contacts_responsible_sort" not in indexes
    assert _rows(path, "SELECT count(*) FROM reminders") == _rows(
        DATA / "0008.sqlite3", "SELECT count(*) FROM reminders"
    )
