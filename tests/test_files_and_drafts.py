"""Files with client data are the owner's alone; killed writes leave nothing behind; drafts
belong to one database and to one contact, not to a reusable id."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from beziehung import logs, paths
from beziehung.cli import main
from beziehung.core.services.inputs import ContactInput
from beziehung.drafts import contact_key, log_call_key
from beziehung.runtime import Runtime, open_runtime

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def loose_umask() -> Iterator[None]:
    """A usual desktop umask (files 0644, folders 0755), as the app meets it."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


@pytest.fixture
def cli(clock, capsys):
    def run(db: Path, *args: str) -> str:
        code = main(["--db", str(db), *args], clock=clock)
        captured = capsys.readouterr()
        assert code == 0, captured.err
        return captured.out

    return run


# --- file modes -------------------------------------------------------------------------------


@posix_only
@pytest.mark.usefixtures("loose_umask")
def test_every_file_the_command_line_writes_is_the_owners_alone(tmp_path, cli):
    db = tmp_path / "kanzlei.db"
    cli(db, "demo", "--contacts", "5", "--notes", "20")
    assert mode(db) == 0o600
    # A reader keeps the write-ahead log and its index in place after the command ends.
    import sqlite3

    reader = sqlite3.connect(db)
    try:
        reader.execute("SELECT count(*) FROM contacts").fetchone()
        cli(db, "contacts", "add", "--name", "Anna Weber")
        for companion in ("-wal", "-shm"):
            assert mode(db.with_name(db.name + companion)) == 0o600, companion
    finally:
        reader.close()

    picked = tmp_path / "exporte"  # a folder the user picked keeps its own permissions
    picked.mkdir(mode=0o755)
    outputs = {
        "vcard": picked / "kontakte.vcf",
        "ical": picked / "termine.ics",
        "archive": picked / "alles.zip",
    }
    for kind, out in outputs.items():
        cli(db, "export", kind, str(out))
    cli(db, "export", "history", "--all", "--format", "pdf", "-o", str(picked / "verlauf.pdf"))
    cli(db, "export", "history", "--all", "--format", "csv", "-o", str(picked / "verlauf.csv"))
    cli(db, "gdpr", "export", "1", "-o", str(picked / "auskunft.zip"))
    written = sorted(p.name for p in picked.iterdir())
    assert written == sorted(
        ["kontakte.vcf", "termine.ics", "alles.zip", "verlauf.pdf", "verlauf.csv", "auskunft.zip"]
    )
    assert {name: mode(picked / name) for name in written} == dict.fromkeys(written, 0o600)
    assert mode(picked) == 0o755

    cli(db, "backup")
    home = Path(os.environ[paths.HOME_ENV])
    backups = [p for p in (home / "data").rglob("*") if p.is_file()]
    assert backups and {mode(p) for p in backups} == {0o600}
    # Every folder the app made for itself, from the home folder down.
    made = [home, *(p for p in home.rglob("*") if p.is_dir())]
    assert {str(p.relative_to(home.parent)): mode(p) for p in made[1:]} == {
        str(p.relative_to(home.parent)): 0o700 for p in made[1:]
    }


@posix_only
@pytest.mark.usefixtures("loose_umask")
def test_a_database_and_its_log_from_a_looser_version_are_tightened_at_open(tmp_path, cli):
    db = tmp_path / "alt.db"
    cli(db, "contacts", "add", "--name", "Anna Weber")
    os.chmod(db, 0o644)
    wal = db.with_name(db.name + "-wal")
    wal.write_bytes(b"")  # an empty log is no log to SQLite
    os.chmod(wal, 0o644)
    cli(db, "contacts", "list")
    assert mode(db) == 0o600
    # The umask of the process running the command line is back as it was.
    assert os.umask(0o022) == 0o022

    old_log = logs.log_file()
    old_log.parent.mkdir(parents=True, mode=0o755)
    old_log.write_text("earlier\n", encoding="utf-8")
    os.chmod(old_log, 0o644)
    path = logs.setup()
    import logging

    logging.getLogger("beziehung.test").error("a failure worth a line")
    try:
        assert mode(path) == 0o600
        assert mode(path.parent) == 0o700
    finally:
        root = logging.getLogger("beziehung")
        for handler in list(root.handlers):
            root.removeHandler(handler)
            handler.close()


@posix_only
@pytest.mark.usefixtures("loose_umask")
def test_drafts_are_private_in_a_private_folder(tmp_path, clock):
    with open_runtime(str(tmp_path / "a.db"), clock=clock) as runtime:
        runtime.drafts.save("contact-new", {"fields": {"family": "Fall"}})
        folder = runtime.drafts.folder
        assert mode(folder / "contact-new.json") == 0o600
        assert mode(folder) == mode(folder.parent) == 0o700


# --- leftovers of killed writes ---------------------------------------------------------------

WRITER = """
import sys, time
from pathlib import Path
from beziehung.core.atomic import atomic_path

with atomic_path(Path(sys.argv[1])) as partial:
    partial.write_text("BEGIN:VCARD\\nFN:Anna Weber\\n", encoding="utf-8")
    print(partial, flush=True)
    time.sleep(600)
"""


def test_the_next_write_removes_what_a_killed_export_left(tmp_path, cli):
    db = tmp_path / "kanzlei.db"
    cli(db, "contacts", "add", "--name", "Anna Weber")
    folder = tmp_path / "exporte"
    folder.mkdir()
    older = folder / ".kontakte.vcf.abcd1234.part"  # the naming before the process id
    older.write_text("FN:Alt\n", encoding="utf-8")
    unrelated = folder / ".notizen.part"  # not our naming: somebody else's
    unrelated.write_text("x", encoding="utf-8")
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(folder / "kontakte.vcf")],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert writer.stdout is not None
        partial = Path(writer.stdout.readline().strip())
        assert partial.exists()
        # A running export's file is left alone.
        cli(db, "export", "vcard", str(folder / "andere.vcf"))
        assert partial.exists()
        assert not older.exists()
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        assert partial.exists()  # nobody could clean up after kill -9
        cli(db, "export", "vcard", str(folder / "andere.vcf"))
        assert not partial.exists()
    finally:
        if writer.poll() is None:
            writer.kill()
            writer.wait()
        if writer.stdout is not None:
            writer.stdout.close()
    assert sorted(p.name for p in folder.iterdir()) == [".notizen.part", "andere.vcf"]


# --- the runtime folder ---------------------------------------------------------------------


@posix_only
def test_the_runtime_folder_is_the_users_alone(tmp_path, monkeypatch):
    monkeypatch.setenv(paths.HOME_ENV, str(tmp_path / "home"))
    (tmp_path / "home" / "run").mkdir(parents=True, mode=0o777)
    os.chmod(tmp_path / "home" / "run", 0o777)
    folder = paths.runtime_dir()
    assert folder == tmp_path / "home" / "run"
    assert mode(folder) == 0o700


@posix_only
@pytest.mark.skipif(not hasattr(os, "getuid") or os.getuid() != 0, reason="needs chown")
def test_a_runtime_folder_of_another_user_is_not_used(tmp_path, monkeypatch):
    foreign = tmp_path / "xdg" / "beziehung"
    foreign.mkdir(parents=True, mode=0o700)
    os.chown(foreign, 65534, 65534)

    class Dirs:
        user_runtime_dir = str(foreign)
        user_data_dir = str(tmp_path / "data")

    monkeypatch.delenv(paths.HOME_ENV)
    monkeypatch.setattr(paths, "_dirs", Dirs)
    assert paths.runtime_dir() == tmp_path / "data" / "run"
    assert mode(tmp_path / "data" / "run") == 0o700


# --- drafts -----------------------------------------------------------------------------------


def open_two(tmp_path: Path, clock) -> tuple[Runtime, Runtime]:
    return (
        open_runtime(str(tmp_path / "kanzlei_a.db"), clock=clock),
        open_runtime(str(tmp_path / "privat_b.db"), clock=clock),
    )


def first_contact(runtime: Runtime, name: str) -> tuple[int, str]:
    contact_id = runtime.services.contacts.create(ContactInput(name=name))
    created = runtime.services.contacts.get(contact_id).created_at
    return contact_id, log_call_key(contact_id, created)


def test_a_draft_of_one_database_never_shows_in_another(tmp_path, clock):
    a, b = open_two(tmp_path, clock)
    with a, b:
        a_id, a_key = first_contact(a, "Anna Weber")
        b_id, b_key = first_contact(b, "Bernd Kern")
        # Same id, same creation time on this fixed clock: only the folder tells them apart.
        assert (a_id, a_key) == (b_id, b_key)
        a.drafts.save(a_key, {"body": "Mandat Weber: Vergleich angeboten"})
        assert b.drafts.load(b_key) is None
        assert a.drafts.folder != b.drafts.folder
        assert a.drafts.load(a_key) == {"body": "Mandat Weber: Vergleich angeboten"}


def test_the_same_database_by_another_spelling_finds_its_drafts(tmp_path, clock, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with open_runtime("kanzlei_a.db", clock=clock) as relative:
        relative.drafts.save("contact-new", {"fields": {}})
    with open_runtime(str(tmp_path / "sub" / ".." / "kanzlei_a.db"), clock=clock) as absolute:
        assert absolute.drafts.load("contact-new") == {"fields": {}}


def test_a_new_contact_on_a_reused_id_does_not_inherit_the_old_draft(tmp_path, clock):
    with open_runtime(str(tmp_path / "kanzlei.db"), clock=clock) as runtime:
        old_id, old_key = first_contact(runtime, "Anna Weber")
        runtime.drafts.save(old_key, {"body": "Gesundheitsdaten von Frau Weber"})
        runtime.drafts.save(contact_key(old_id, clock.now()), {"fields": {"role": "x"}})
        # Deleted elsewhere (another program), so nobody discarded the draft here.
        runtime.services.contacts.delete(old_id)
        clock.advance(timedelta(minutes=5))
        new_id, new_key = first_contact(runtime, "Bernd Kern")
        assert new_id == old_id  # SQLite hands the id out again
        assert runtime.drafts.load(new_key) is None
        new_created = runtime.services.contacts.get(new_id).created_at
        assert runtime.drafts.load(contact_key(new_id, new_created)) is None


def test_deleting_merging_and_erasing_discard_drafts_in_that_database_only(tmp_path, clock, cli):
    a, b = open_two(tmp_path, clock)
    with a, b:
        _, a_key = first_contact(a, "Anna Weber")
        b_ids = [b.services.contacts.create(ContactInput(name=n)) for n in ("B1", "B2", "B3")]
        b_keys = {}
        for contact_id in b_ids:
            created = b.services.contacts.get(contact_id).created_at
            key = log_call_key(contact_id, created)
            b_keys[contact_id] = [key, f"{key}-note-7", contact_key(contact_id, created)]
            for each in b_keys[contact_id]:
                b.drafts.save(each, {"body": f"Entwurf {each}"})
        a.drafts.save(a_key, {"body": "Mandat A"})
        keep = b.services.contacts.create(ContactInput(name="Bleibt"))
    db_b = tmp_path / "privat_b.db"
    first, second, third = b_ids
    cli(db_b, "gdpr", "erase", str(first), "--yes")
    cli(db_b, "contacts", "delete", str(second), "--yes")
    cli(db_b, "contacts", "merge", str(keep), str(third), "--yes")
    for contact_id in b_ids:
        assert [b.drafts.load(k) for k in b_keys[contact_id]] == [None, None, None]
    assert a.drafts.load(a_key) == {"body": "Mandat A"}


def test_drafts_of_the_old_shared_folder_are_not_read(tmp_path, clock):
    home = Path(os.environ[paths.HOME_ENV])
    shared = home / "data" / "drafts"
    shared.mkdir(parents=True)
    (shared / "log-call-1.json").write_text('{"body": "von irgendeiner Datenbank"}')
    with open_runtime(str(tmp_path / "neu.db"), clock=clock) as runtime:
        contact_id, key = first_contact(runtime, "Anna Weber")
        assert contact_id == 1
        assert runtime.drafts.load(key) is None
        assert runtime.drafts.load("log-call-1") is None
