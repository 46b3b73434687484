import json
import zipfile
from datetime import timedelta

import pytest
from icalendar import Calendar

from beziehung.clock import FixedClock
from beziehung.core import demo
from beziehung.core.errors import ValidationError
from beziehung.core.migrate import open_database
from beziehung.core.services import Services
from beziehung.core.services.inputs import ContactInput, NoteInput
from beziehung.io.archive import export_archive, import_archive
from beziehung.io.ical import write_ical
from tests.conftest import BERLIN


@pytest.fixture
def filled(services, clock):
    services.bulk.insert(demo.build(clock.now(), contacts=40, notes=200, seed=4))
    cid = services.contacts.create(ContactInput(name="Jürgen Müller", photo=b"\xff\xd8photo"))
    services.notes.log(NoteInput(contact_id=cid, body="Erbschaft besprochen"))
    services.reminders.create(
        cid, clock.now() + timedelta(days=1), "Rückruf", recurrence=("month", 1)
    )
    return services


def data_files(path):
    with zipfile.ZipFile(path) as archive:
        return {n: archive.read(n) for n in archive.namelist() if n.startswith("data/")}


def fresh(tmp_path, name, clock):
    engine = open_database(f"sqlite:///{tmp_path / name}", clock.now)
    return Services.build(engine, FixedClock(clock.now() + timedelta(hours=1)), BERLIN)


@pytest.mark.sqlite_only(
    reason="the search index's fold version is kept on SQLite only: see core/search"
)
def test_export_import_export_gives_identical_data_files(filled, tmp_path, clock):
    first = tmp_path / "one.zip"
    counts = export_archive(filled, first)
    assert counts["contacts"] == 41 and counts["notes"] == 201
    restored = fresh(tmp_path, "restored.db", clock)
    assert import_archive(restored, first) == counts
    second = tmp_path / "two.zip"
    export_archive(restored, second)
    assert data_files(first) == data_files(second)
    with zipfile.ZipFile(second) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    assert manifest["format"] == "beziehung-archive" and manifest["version"] == 1
    assert [h.kind for h in restored.search.search("erbschaft besprochen")][:1] == ["note"]
    mueller = restored.contacts.resolve("jürgen müller")
    assert restored.contacts.get(mueller).photo == b"\xff\xd8photo"


def test_an_archive_goes_only_into_an_empty_database(filled, tmp_path):
    path = tmp_path / "one.zip"
    export_archive(filled, path)
    before = filled.contacts.count()
    with pytest.raises(ValidationError, match=r"empty database; one\.zip was not imported"):
        import_archive(filled, path)
    assert filled.contacts.count() == before


def test_a_damaged_archive_imports_nothing(filled, tmp_path, clock):
    path = tmp_path / "one.zip"
    export_archive(filled, path)
    damaged = tmp_path / "damaged.zip"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(damaged, "w") as target:
        for name in source.namelist():
            data = source.read(name)
            if name == "data/notes.json":
                data = data[: len(data) // 2]
            target.writestr(name, data)
    restored = fresh(tmp_path, "restored.db", clock)
    with pytest.raises(ValidationError, match=r"damaged\.zip: data/notes\.json is not valid JSON"):
        import_archive(restored, damaged)
    assert restored.contacts.count() == 0
    (tmp_path / "junk.zip").write_bytes(b"not a zip")
    with pytest.raises(ValidationError, match=r"junk\.zip is not a Beziehung archive"):
        import_archive(restored, tmp_path / "junk.zip")


def test_reminders_as_icalendar_tasks(filled, clock):
    reminders = filled.reminders.list()
    parsed = Calendar.from_ical(write_ical(reminders, clock.now()))
    todos = [c for c in parsed.walk() if c.name == "VTODO"]
    assert len(todos) == len(reminders)
    uids = {str(t["UID"]) for t in todos}
    assert len(uids) == len(reminders)
    first = next(t for t in todos if "Jürgen Müller" in str(t["SUMMARY"]))
    assert first["DUE"].dt == next(
        r.fires_at for r in reminders if r.contact_name == "Jürgen Müller"
    )
    alarms = [c for c in first.walk() if c.name == "VALARM"]
    assert alarms and str(alarms[0]["ACTION"]) == "DISPLAY"


def test_a_write_during_the_export_does_not_tear_the_archive(filled, tmp_path, db_url, clock):
    from beziehung.core.db import make_engine

    other = Services.build(make_engine(db_url), clock, BERLIN)

    def write_meanwhile(table, _count):
        if table == "contacts":
            cid = other.contacts.create(ContactInput(name="Neu Während"))
            other.notes.log(NoteInput(contact_id=cid, body="mitten im Export"))

    path = tmp_path / "during.zip"
    export_archive(filled, path, write_meanwhile)
    other.context.engine.dispose()
    restored = fresh(tmp_path, "restored.db", clock)
    counts = import_archive(restored, path)
    assert counts["contacts"] == 41  # the snapshot from before the write, whole
