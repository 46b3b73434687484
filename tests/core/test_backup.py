"""Backups are verified before they count, rotate 7/4/12, and a restore gives back exactly
the backup's data."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from beziehung.core import backup, integrity, migrate
from tests.core.test_integrity import damage, filled


def test_rotation_keeps_seven_days_four_weeks_twelve_months():
    now = datetime(2026, 3, 27, 10, 0, tzinfo=UTC)
    # Every half hour for a year and a bit.
    moments = [now - timedelta(minutes=30 * n) for n in range(2 * 24 * 400)]
    kept = backup.to_keep(moments)
    assert now in kept
    days = {m.date() for m in kept}
    assert len(days) <= 7 + 4 + 12
    # The last day kept by "daily" is six days back; the seventh day back only if it is a
    # week's or a month's newest.
    for back in range(7):
        assert (now - timedelta(days=back)).date() in days
    months = {(m.year, m.month) for m in kept}
    assert len(months) == 12
    # One per day at most.
    assert len(kept) == len(days)


def test_a_backup_is_compressed_verified_and_listed(tmp_path, clock):
    database = tmp_path / "kunden.db"
    filled(database, clock, notes=50)
    folder = tmp_path / "backups"
    made = backup.make_backup(database, folder, clock.now())
    assert made.path.name == "kunden-20260327T100000Z.sqlite3.gz"
    assert [b.path for b in backup.list_backups(folder, database)] == [made.path]
    assert made.size < database.stat().st_size
    assert not list(folder.glob(".*"))


def test_a_damaged_copy_never_enters_the_folder(tmp_path, clock):
    database = tmp_path / "kunden.db"
    filled(database, clock)
    folder = tmp_path / "backups"
    good = backup.make_backup(database, folder, clock.now())
    damage(database)
    for hours in range(1, 40):
        with pytest.raises(integrity.StorageError):
            backup.make_backup(database, folder, clock.now() + timedelta(days=hours))
    assert [b.path for b in backup.list_backups(folder, database)] == [good.path]
    assert integrity.is_marked(database)
    assert not list(folder.glob(".*"))


def test_migration_backups_are_renamed_when_complete_and_keep_three(tmp_path, clock):
    database = tmp_path / "beziehung.db"
    filled(database, clock, notes=1)
    stale = tmp_path / ".beziehung.backup-0005-to-0006-20260101T000000.db.partial"
    stale.write_bytes(b"")
    for n in range(5):
        migrate.backup_sqlite(database, "test", clock.now() + timedelta(seconds=n))
    copies = sorted(p.name for p in tmp_path.glob("beziehung.backup-*"))
    assert copies == [
        "beziehung.backup-test-20260327T100002.db",
        "beziehung.backup-test-20260327T100003.db",
        "beziehung.backup-test-20260327T100004.db",
    ]
    assert not stale.exists()
    assert not list(tmp_path.glob("*-journal"))
