"""Team mode on PostgreSQL: the driver, and ids that go on after bulk loads and restores.

Each test runs on SQLite and, on the PostgreSQL half, on a fresh server database.
"""

import importlib.util

import pytest

from beziehung.cli import main
from beziehung.core.db import driver_url


def add(cli, name):
    code, out, err = cli("contacts", "add", "--name", name)
    assert code == 0, err
    return int(out)


def test_ordinary_inserts_go_on_after_demo_data(cli):
    assert cli("demo", "--contacts", "20", "--notes", "80", "--seed", "3")[0] == 0
    first = add(cli, "Nora Neu")
    assert first == 21
    code, _, err = cli("note", "add", str(first), "--text", "Erstes Gespräch")
    assert (code, err) == (0, "")
    assert add(cli, "Olaf Später") == first + 1


def test_ordinary_inserts_go_on_after_an_archive_is_restored(
    cli, blank_db_url, clock, capsys, tmp_path
):
    assert cli("demo", "--contacts", "15", "--notes", "40", "--seed", "5")[0] == 0
    archive = str(tmp_path / "a.zip")
    assert cli("export", "archive", archive)[0] == 0

    def into(*args):
        code = main(["--db", blank_db_url, *args], clock=clock)
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    assert into("import", "archive", archive)[0] == 0
    code, out, err = into("contacts", "add", "--name", "Nora Neu")
    assert (code, err) == (0, "")
    assert int(out) == 16
    code, _, err = into("note", "add", out.strip(), "--text", "Nach dem Umzug")
    assert (code, err) == (0, "")


def test_a_server_url_is_given_the_psycopg_driver():
    assert driver_url("postgresql://anna@db.example/crm").drivername == "postgresql+psycopg"
    assert driver_url("postgresql+psycopg2://anna@h/crm").drivername == "postgresql+psycopg"
    assert driver_url("postgresql+psycopg://anna@h/crm").drivername == "postgresql+psycopg"
    assert driver_url("sqlite:///x.db").drivername == "sqlite"


def test_without_the_server_extra_the_command_line_says_how_to_install_it(
    monkeypatch, capsys, clock
):
    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "psycopg" else real(name, *a)
    )
    code = main(["--db", "postgresql://anna@127.0.0.1:1/crm", "contacts", "list"], clock=clock)
    err = capsys.readouterr().err
    assert code == 1
    assert err.count("\n") == 1
    assert "PostgreSQL support is not installed: pip install 'beziehung[server]'" in err


@pytest.mark.parametrize("url", ["postgresql://anna@127.0.0.1:1/crm"])
def test_an_unreachable_server_is_one_sentence(url, capsys, clock):
    code = main(["--db", url, "contacts", "list"], clock=clock)
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1
    assert "Traceback" not in err
