"""Revision 0008 on a database written at 0007: one user owns everything, and each contact's
present stage becomes the first entry of its stage history."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from beziehung.core import migrate

DATA = Path(__file__).parent / "data"


def _upgraded(tmp_path: Path, clock) -> Path:
    path = tmp_path / "beziehung.sqlite3"
    shutil.copyfile(DATA / "0007.sqlite3", path)
    migrate.open_database(f"sqlite:///{path}", clock.now).dispose()
    return path


def test_every_contact_belongs_to_the_first_user(tmp_path, clock):
    db = sqlite3.connect(_upgraded(tmp_path, clock))
    try:
        assert db.execute("SELECT id, login, name FROM users").fetchall() == [(1, "local", "")]
        owners = db.execute("SELECT DISTINCT responsible_id FROM contacts").fetchall()
        assert owners == [(1,)]
    finally:
        db.close()


def test_the_present_stage_is_the_first_history_entry_dated_at_creation(tmp_path, clock):
    db = sqlite3.connect(_upgraded(tmp_path, clock))
    try:
        history = db.execute(
            "SELECT s.contact_id, s.from_stage, s.to_stage, s.changed_at = c.created_at, s.user_id"
            " FROM stage_changes s JOIN contacts c ON c.id = s.contact_id ORDER BY s.contact_id"
        ).fetchall()
        stages = db.execute("SELECT id, stage FROM contacts ORDER BY id").fetchall()
    finally:
        db.close()
    assert history == [(cid, None, stage, 1, 1) for cid, stage in stages]
    assert len(history) == 3
