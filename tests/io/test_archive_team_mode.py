"""An archive written before team mode (schema 0008) still restores: reminders become the
importing user's, every record starts at version 1."""

from __future__ import annotations

import json
import zipfile
from datetime import timedelta

from beziehung.clock import FixedClock
from beziehung.core.migrate import open_database
from beziehung.core.services import Services
from beziehung.core.services.inputs import ContactInput, NoteInput
from beziehung.io.archive import export_archive, import_archive
from tests.conftest import BERLIN

ADDED = {"contacts": {"version"}, "notes": {"version"}, "reminders": {"version", "author_id",
         "assignee_id"}}  # fmt: skip


def _as_0008(source, target):
    """``source`` rewritten as the previous version wrote it: without the new columns."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for name in old.namelist():
            data = json.loads(old.read(name))
            table = name.removeprefix("data/").removesuffix(".json")
            if name == "manifest.json":
                data["schema"] = "0008"
            elif table in ADDED:
                data = [{k: v for k, v in row.items() if k not in ADDED[table]} for row in data]
            new.writestr(name, json.dumps(data))


def test_an_archive_from_before_team_mode_restores_for_the_importing_user(
    services, tmp_path, clock
):
    contact = services.contacts.create(ContactInput(name="Jürgen Müller"))
    note = services.notes.log(NoteInput(contact_id=contact, body="Erstgespräch"))
    services.notes.edit(note.id, NoteInput(contact_id=contact, body="Erstgespräch, Vertrag"))
    services.reminders.create(contact, clock.now() + timedelta(days=1), "Rückruf", assignee_id=None)
    export_archive(services, tmp_path / "new.zip")
    _as_0008(tmp_path / "new.zip", tmp_path / "old.zip")
    engine = open_database(f"sqlite:///{tmp_path / 'restored.db'}", clock.now)
    restored = Services.build(engine, FixedClock(clock.now()), BERLIN)
    try:
        import_archive(restored, tmp_path / "old.zip")
        [reminder] = restored.reminders.list()
        assert (reminder.author_id, reminder.assignee_id, reminder.version) == (1, 1, 1)
        assert restored.notes.get(note.id).version == 1
        assert restored.contacts.get(contact).responsible_id == 1
    finally:
        engine.dispose()


def test_the_new_columns_travel_in_the_archive(services, tmp_path, clock):
    contact = services.contacts.create(ContactInput(name="Jürgen Müller"))
    note = services.notes.log(NoteInput(contact_id=contact, body="Erstgespräch"))
    services.notes.edit(note.id, NoteInput(contact_id=contact, body="Erstgespräch, Vertrag"))
    services.reminders.create(contact, clock.now() + timedelta(days=1), "Rückruf", assignee_id=None)
    export_archive(services, tmp_path / "new.zip")
    engine = open_database(f"sqlite:///{tmp_path / 'restored.db'}", clock.now)
    restored = Services.build(engine, FixedClock(clock.now()), BERLIN)
    try:
        import_archive(restored, tmp_path / "new.zip")
        [reminder] = restored.reminders.list()
        assert (reminder.author_id, reminder.assignee_id) == (1, None)
        assert restored.notes.get(note.id).version == 2
    finally:
        engine.dispose()
