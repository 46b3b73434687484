"""``beziehung migrate-to``: SQLite → PostgreSQL → SQLite, every archive data file identical.

The round trip through a server needs the test server (``BEZIEHUNG_TEST_PG``); without one it
is skipped and the suite's summary says so loudly. SQLite → a new SQLite file runs always.
"""

import dataclasses
import zipfile
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from beziehung.cli import main
from beziehung.core import demo
from beziehung.core.migrate import open_database
from beziehung.core.services import Services
from beziehung.core.services.inputs import ContactInput, NoteInput
from beziehung.io.archive import export_archive
from beziehung.io.moving import differences
from tests.conftest import BERLIN
from tests.pg import server

# Tables the demo leaves empty and this test fills, so that each travels with content.
FILLED = (
    "users",
    "settings",
    "referrals",
    "stage_changes",
    "custom_fields",
    "custom_values",
    "note_participants",
    "reminders",
)


@pytest.fixture
def source(tmp_path, clock) -> Path:
    """A SQLite database with demo data and everything the demo does not make."""
    path = tmp_path / "source.db"
    engine = open_database(f"sqlite:///{path}", clock.now)
    services = Services.build(engine, clock, BERLIN)
    services.bulk.insert(demo.build(clock.now(), 30, 200, seed=3))
    services.users.set_my_name("Katrin Beispiel")
    shared = services.settings.load()
    services.settings.save(dataclasses.replace(shared, firm_name="Beispiel Beratung"))
    field = services.fields.add("Branche", "choice", ["Handwerk", "Handel"])
    anna = services.contacts.create(ContactInput(name="Anna Weber", stage="kunde"))
    jonas = services.contacts.create(ContactInput(name="Jonas Weber"))
    services.fields.set_values(anna, {field: "Handel"})
    services.notes.log(NoteInput(contact_id=anna, body="Zu dritt", with_contacts=[jonas]))
    services.reminders.create(anna, clock.now() + timedelta(days=2), "Rückruf")
    engine.dispose()
    return path


@pytest.fixture
def server_url() -> Iterator[str]:
    current = server()
    if current is None:
        pytest.skip("needs the PostgreSQL test server (BEZIEHUNG_TEST_PG)")
    name = current.create()
    try:
        yield current.url_of(name)
    finally:
        current.drop(name)


def migrate(db, target, clock, capsys):
    code = main(["--db", str(db), "migrate-to", str(target)], clock=clock)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def archive_of(db, tmp_path, clock, name) -> Path:
    url = db if "://" in str(db) else f"sqlite:///{db}"
    engine = open_database(url, clock.now)
    out = tmp_path / f"{name}.zip"
    export_archive(Services.build(engine, clock, BERLIN), out)
    engine.dispose()
    return out


def data_rows(archive: Path, table: str) -> bytes:
    with zipfile.ZipFile(archive) as opened:
        return opened.read(f"data/{table}.json")


def test_there_and_back_again_every_data_file_identical(
    source, server_url, tmp_path, clock, capsys
):
    code, out, err = migrate(source, server_url, clock, capsys)
    assert code == 0, err
    assert out.startswith("Copied ") and out.endswith("both archives match.\n")
    assert "migrate-to: copying" in err and "***" in out  # no password shown
    back = tmp_path / "back.db"
    code, _, err = migrate(server_url, back, clock, capsys)
    assert code == 0, err
    before = archive_of(source, tmp_path, clock, "before")
    after = archive_of(back, tmp_path, clock, "after")
    on_server = archive_of(server_url, tmp_path, clock, "server")
    assert differences(before, on_server) == [] and differences(before, after) == []
    for table in FILLED:
        assert data_rows(before, table).count(b"\n") > 2, f"{table} travelled empty"


def test_into_a_new_sqlite_file(source, tmp_path, clock, capsys):
    target = tmp_path / "copy.db"
    code, _, err = migrate(source, target, clock, capsys)
    assert code == 0, err
    assert (
        differences(
            archive_of(source, tmp_path, clock, "a"), archive_of(target, tmp_path, clock, "b")
        )
        == []
    )


def test_a_target_with_data_is_refused_and_left_alone(source, tmp_path, clock, capsys):
    target = tmp_path / "used.db"
    engine = open_database(f"sqlite:///{target}", clock.now)
    Services.build(engine, clock, BERLIN).contacts.create(ContactInput(name="Erika Muster"))
    engine.dispose()
    before = archive_of(target, tmp_path, clock, "used_before")
    code, out, err = migrate(source, target, clock, capsys)
    assert (code, out) == (1, "")
    assert err == (
        f"beziehung: sqlite:///{target} is not empty; migrate-to copies only into an empty "
        "database\n"
    )
    assert differences(before, archive_of(target, tmp_path, clock, "used_after")) == []


def test_a_server_database_with_data_is_refused(source, server_url, tmp_path, clock, capsys):
    assert migrate(source, server_url, clock, capsys)[0] == 0
    code, out, err = migrate(source, server_url, clock, capsys)
    assert (code, out) == (1, "")
    assert err.endswith("is not empty; migrate-to copies only into an empty database\n")
    assert err.count("\n") == 1


def test_a_database_of_another_application_is_refused(source, tmp_path, clock, capsys):
    import sqlite3

    target = tmp_path / "other.db"
    with sqlite3.connect(target) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    code, _, err = migrate(source, target, clock, capsys)
    assert code == 1 and "is not empty" in err


def test_a_copy_that_differs_is_named_and_left_as_it_is(source, tmp_path, clock, capsys):
    import sqlite3

    # A sort key written under older rules: the restore computes today's, so the copy differs.
    with sqlite3.connect(source) as conn:
        conn.execute("UPDATE contacts SET sort_name = 'zzz' WHERE id = 1")
    target = tmp_path / "copy.db"
    code, out, err = migrate(source, target, clock, capsys)
    assert (code, out) == (1, "")
    assert err.splitlines()[-1] == (
        f"beziehung: The copy in sqlite:///{target} differs from the source in contacts.json; "
        "it was left as it is"
    )
    assert target.exists()
