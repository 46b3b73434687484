import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from beziehung.core import migrate
from beziehung.core.db import Base
from beziehung.core.errors import SchemaError
from beziehung.core.services import Services
from beziehung.core.services.inputs import ContactInput


@pytest.mark.sqlite_only(reason="SQLite pragmas")
def test_a_new_database_is_made_by_upgrading_to_head(db_url, clock):
    engine = migrate.open_database(db_url, clock.now)
    assert migrate.current_revision(engine) == migrate.HEAD
    with engine.connect() as conn:
        pragmas = {
            name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("foreign_keys", "journal_mode", "synchronous", "busy_timeout")
        }
    assert pragmas == {
        "foreign_keys": 1,
        "journal_mode": "wal",
        "synchronous": 2,
        "busy_timeout": 10000,
    }
    engine.dispose()


def test_the_migrated_schema_equals_the_models(db_url, clock):
    engine = migrate.open_database(db_url, clock.now)
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_name": migrate.include_name}
        )
        differences = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert differences == []


def test_known_revisions_are_alembics_history():
    script = ScriptDirectory.from_config(migrate.alembic_config())
    history = [rev.revision for rev in reversed(list(script.walk_revisions()))]
    assert tuple(history) == migrate.KNOWN_REVISIONS
    assert script.get_current_head() == migrate.HEAD


def test_a_database_from_a_newer_version_is_refused(db_url, clock):
    engine = migrate.open_database(db_url, clock.now)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(SchemaError, match="newer version of Beziehung"):
        migrate.open_database(db_url, clock.now)


def test_a_foreign_sqlite_file_is_refused_untouched(tmp_path, clock):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    before = path.read_bytes()
    with pytest.raises(SchemaError, match="not a Beziehung database"):
        migrate.open_database(f"sqlite:///{path}", clock.now)
    assert path.read_bytes() == before
    with sqlite3.connect(path) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    assert tables == ["invoices"]


def test_a_file_that_is_no_database_says_so(tmp_path, clock):
    path = tmp_path / "notes.txt"
    path.write_text("this is not sqlite " * 100)
    with pytest.raises(SchemaError, match="is not a Beziehung database"):
        migrate.open_database(f"sqlite:///{path}", clock.now)
    assert not path.with_name("notes.txt.damaged").exists()


def test_the_current_revision_skips_alembic(db_url, clock, monkeypatch):
    migrate.open_database(db_url, clock.now).dispose()
    monkeypatch.setattr(migrate, "upgrade", lambda *a, **k: pytest.fail("upgrade was called"))
    engine = migrate.open_database(db_url, clock.now)
    engine.dispose()


def test_backup_uses_the_online_api_on_a_live_wal_database(tmp_path, clock):
    url = f"sqlite:///{tmp_path / 'live.db'}"
    engine = migrate.open_database(url, clock.now)
    services = Services.build(engine, clock)
    services.contacts.create(ContactInput(name="Petra Öztürk"))
    with engine.connect() as reader:  # an open connection, as in a running app
        reader.execute(text("SELECT 1"))
        copy = migrate.backup_sqlite(Path(tmp_path / "live.db"), "test", clock.now())
    engine.dispose()
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT display_name FROM contacts").fetchone() == ("Petra Öztürk",)
