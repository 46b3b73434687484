"""Backups of a database on a server: lossless archives, rotated by the file backups' rule."""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from beziehung.cli import main
from tests.pg import server


@pytest.fixture
def url(clock):
    current = server()
    if current is None:
        pytest.skip("needs a PostgreSQL server (BEZIEHUNG_TEST_PG)")
    name = current.migrated(clock.now)
    try:
        yield current.url_of(name)
    finally:
        current.drop(name)


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("BEZIEHUNG_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("BEZIEHUNG_BACKUPS", raising=False)
    return tmp_path / "home"


@pytest.fixture
def cli(url, home, clock, capsys):
    def run(*args):
        code = main(["--db", url, *args], clock=clock)
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


def names(cli):
    code, out, err = cli("contacts", "list")
    assert (code, err) == (0, "")
    return out


def listed(cli, kind="verified"):
    """The archives ("verified") or PostgreSQL's dumps ("pg_dump") that ``backups`` lists."""
    code, out, err = cli("backups")
    assert (code, err) == (0, "")
    return [Path(line.split()[-1]) for line in out.splitlines() if line.split()[-2] == kind]


def test_backup_change_restore_gives_the_state_at_backup_time(cli, url, clock):
    assert cli("contacts", "add", "--name", "Anna Alt")[0] == 0
    code, out, err = cli("backup")
    assert (code, err) == (0, "")
    [made] = listed(cli)
    assert made.name.endswith(".archive.zip") and str(made) in out
    before = names(cli)

    clock.advance(timedelta(minutes=5))
    assert cli("contacts", "add", "--name", "Bernd Neu")[0] == 0
    assert "Bernd Neu" in names(cli)

    code, out, err = cli("restore", str(made), "--yes")
    assert (code, err) == (0, "")
    assert names(cli) == before
    # The state before the restore was kept, and the ids go on after the restored ones.
    previous = [p for p in listed(cli) if p != made]
    assert len(previous) == 1 and str(previous[0]) in out
    code, out, err = cli("contacts", "add", "--name", "Clara Danach")
    assert (code, err) == (0, "")
    assert int(out) == 2

    # Restoring the kept state brings the change back.
    clock.advance(timedelta(minutes=5))
    assert cli("restore", str(previous[0]), "--yes")[0] == 0
    assert "Bernd Neu" in names(cli) and "Clara Danach" not in names(cli)


def test_restore_without_yes_changes_nothing(cli):
    assert cli("contacts", "add", "--name", "Anna Alt")[0] == 0
    assert cli("backup")[0] == 0
    [made] = listed(cli)
    assert cli("contacts", "add", "--name", "Bernd Neu")[0] == 0
    before = names(cli)

    code, out, _ = cli("restore", str(made))
    assert code != 0
    assert "Would replace the data" in out
    assert names(cli) == before
    assert listed(cli) == [made]


def test_a_file_that_is_not_an_archive_changes_nothing(cli, tmp_path):
    assert cli("contacts", "add", "--name", "Anna Alt")[0] == 0
    before = names(cli)
    bogus = tmp_path / "bogus.archive.zip"
    bogus.write_text("not a zip")
    code, _, err = cli("restore", str(bogus), "--yes")
    assert code == 1 and err.count("\n") == 1 and "Traceback" not in err
    assert names(cli) == before


def test_rotation_keeps_the_newest_of_each_day(cli, clock):
    assert cli("backup")[0] == 0
    [first] = listed(cli)
    clock.advance(timedelta(hours=1))
    assert cli("backup")[0] == 0
    [second] = listed(cli)
    assert second != first and not first.exists()
    clock.advance(timedelta(days=1))
    assert cli("backup")[0] == 0
    third = listed(cli)
    assert len(third) == 2 and third[1] == second


def test_the_password_is_in_no_file_name_and_no_output(cli, url, home):
    password = make_url(url).password
    assert password
    outputs = []
    for args in (("backup",), ("backups",)):
        code, out, err = cli(*args)
        assert code == 0
        outputs.append(out + err)
    [made] = listed(cli)
    outputs.append("".join(cli("restore", str(made))[1:]))
    outputs.append("".join(cli("restore", str(made), "--yes")[1:]))
    assert all(password not in text for text in outputs)
    written = [str(p) for p in home.rglob("*")]
    assert written and all(password not in path for path in written)


def test_backup_to_a_chosen_file(cli, tmp_path):
    target = tmp_path / "copy.zip"
    code, out, err = cli("backup", "--to", str(target))
    assert (code, err) == (0, "")
    assert target.is_file() and str(target) in out
    assert listed(cli) == []


def test_check_on_a_server_is_refused_in_one_sentence(cli):
    code, out, err = cli("check")
    assert (code, out) == (2, "")
    assert (
        err
        == "beziehung: check and salvage work on SQLite files; a database server checks its own\n"
    )


needs_pg_dump = pytest.mark.skipif(
    shutil.which("pg_dump") is None, reason="pg_dump is not installed on this machine"
)


@needs_pg_dump
def test_beside_each_archive_lies_postgresqls_own_dump_which_pg_restore_reads(cli, capsys):
    assert cli("contacts", "add", "--name", "Anna Alt")[0] == 0
    code, out, err = cli("backup")
    assert (code, err) == (0, "")
    [archive] = listed(cli)
    dumped = archive.with_name(archive.name.removesuffix(".archive.zip") + ".pg_dump")
    assert f"PostgreSQL's own dump: {dumped}" in out
    assert listed(cli, "pg_dump") == [dumped]
    assert dumped.stat().st_mode & 0o777 == 0o600
    assert not [p for p in dumped.parent.iterdir() if p.name.endswith(".partial")]
    # What the owner would restore: a new database from the dump holds the same contacts.
    current = server()
    fresh = current.create()
    try:
        target = make_url(current.url_of(fresh))
        libpq = f"postgresql://{target.username}@{target.host}:{target.port}/{target.database}"
        restored = subprocess.run(
            ["pg_restore", "--no-owner", f"--dbname={libpq}", str(dumped)],
            env={**os.environ, "PGPASSWORD": str(target.password)},
            capture_output=True,
            text=True,
        )
        assert restored.returncode == 0, restored.stderr
        before = names(cli)
        assert main(["--db", current.url_of(fresh), "contacts", "list"]) == 0
        assert capsys.readouterr().out == before and "Anna Alt" in before
    finally:
        current.drop(fresh)


@needs_pg_dump
def test_a_dump_is_not_restored_by_beziehung_but_named_for_the_owner(cli):
    assert cli("contacts", "add", "--name", "Anna Alt")[0] == 0
    assert cli("backup")[0] == 0
    [dumped] = listed(cli, "pg_dump")
    before = names(cli)
    code, _, err = cli("restore", str(dumped), "--yes")
    assert code != 0 and err.count("\n") == 1
    assert "pg_restore --clean --if-exists" in err
    assert names(cli) == before


def test_without_pg_dump_the_archive_is_the_backup(cli, monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    code, out, err = cli("backup")
    assert (code, err) == (0, "")
    assert "No pg_dump file beside it (pg_dump is not installed); the archive is the backup." in out
    assert len(listed(cli)) == 1 and listed(cli, "pg_dump") == []


def test_the_password_reaches_pg_dump_only_through_its_environment(monkeypatch, tmp_path):
    from beziehung.io import pg_dump

    seen = []

    def run(command, **kwargs):
        seen.append((command, kwargs.get("env", {})))
        return subprocess.CompletedProcess(command, 1, "", "pg_dump: error: stopped here\n")

    monkeypatch.setattr(pg_dump.shutil, "which", lambda tool: f"/usr/bin/{tool}")
    monkeypatch.setattr(pg_dump.subprocess, "run", run)
    url = make_url("postgresql+psycopg://anna:geheim@db.example:5433/kanzlei?sslmode=require")
    with pytest.raises(pg_dump.DumpUnavailable, match=r"^pg_dump failed: pg_dump: error: stopped"):
        pg_dump.dump(url, tmp_path / "x.pg_dump")
    [(command, env)] = seen
    assert not any("geheim" in part for part in command)
    assert command[-1] == "postgresql://anna@db.example:5433/kanzlei?sslmode=require"
    assert env["PGPASSWORD"] == "geheim"
    assert list(tmp_path.iterdir()) == []


def test_a_password_in_the_query_goes_to_the_environment_too(monkeypatch, tmp_path):
    from beziehung.io import pg_dump

    seen = []

    def run(command, **kwargs):
        seen.append((command, kwargs.get("env", {})))
        return subprocess.CompletedProcess(command, 1, "", "stopped\n")

    monkeypatch.setattr(pg_dump.shutil, "which", lambda tool: f"/usr/bin/{tool}")
    monkeypatch.setattr(pg_dump.subprocess, "run", run)
    with pytest.raises(pg_dump.DumpUnavailable):
        pg_dump.dump(make_url("postgresql://anna@db/k?password=geheim"), tmp_path / "x.pg_dump")
    [(command, env)] = seen
    assert command[-1] == "postgresql://anna@db/k" and env["PGPASSWORD"] == "geheim"
    with pytest.raises(pg_dump.DumpUnavailable, match="sslpassword"):
        pg_dump.dump(make_url("postgresql://anna@db/k?sslpassword=s"), tmp_path / "y.pg_dump")
    assert len(seen) == 1


def test_a_dump_that_cannot_be_written_is_only_missing(monkeypatch, tmp_path):
    from beziehung.io import pg_dump

    monkeypatch.setattr(pg_dump.shutil, "which", lambda tool: f"/usr/bin/{tool}")
    with pytest.raises(pg_dump.DumpUnavailable, match=r"^the dump could not be written"):
        pg_dump.dump(make_url("postgresql://anna@db/k"), tmp_path / "gone" / "x.pg_dump")


def test_what_a_backup_cut_short_left_is_removed_by_the_next(tmp_path):
    from beziehung.io.server_backups import STALE_PARTIAL_S, remove_stale_partials

    old = tmp_path / ".db-20260101T000000Z.pg_dump.partial"
    fresh = tmp_path / ".db-20260101T000100Z.archive.zip.partial"
    kept = tmp_path / "db-20260101T000000Z.archive.zip"
    for path in (old, fresh, kept):
        path.write_bytes(b"client data")
    before = old.stat().st_mtime - STALE_PARTIAL_S - 1
    os.utime(old, (before, before))
    assert remove_stale_partials(tmp_path) == [old]
    assert fresh.exists() and kept.exists() and not old.exists()
