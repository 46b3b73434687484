"""Opening the window reads only --db and --passphrase-file; everything else goes to the
whole grammar, which opens the window just the same or says what is wrong."""

from pathlib import Path

import pytest

import beziehung.app
from beziehung.cli import main
from beziehung.cli.window_args import WindowArgs, window_only


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], WindowArgs()),
        (["--db", "a.db"], WindowArgs(db="a.db")),
        (["--db=a.db"], WindowArgs(db="a.db")),
        (
            ["--passphrase-file", "p.txt", "--db", "a.db"],
            WindowArgs(db="a.db", passphrase_file=Path("p.txt")),
        ),
        (["--db", "sqlite:///x.db?a=b"], WindowArgs(db="sqlite:///x.db?a=b")),
    ],
)
def test_window_options_alone_are_read_directly(argv, expected):
    assert window_only(argv) == expected


@pytest.mark.parametrize(
    "argv",
    [
        ["contacts", "list"],
        ["--db", "a.db", "contacts", "list"],
        ["--help"],
        ["--version"],
        ["--self-test"],
        ["--d", "a.db"],  # an abbreviation: the grammar decides
        ["--db"],
        ["--db", ""],
        ["--db", "  "],
        ["--db", "-x"],
        ["--db", "a.db", "--db", "b.db"],
    ],
)
def test_anything_else_goes_to_the_grammar(argv):
    assert window_only(argv) is None


@pytest.fixture
def opened(monkeypatch):
    calls = []

    def run_window(db, passphrase=None):
        calls.append((db, passphrase))
        return 0

    monkeypatch.setattr(beziehung.app, "run_window", run_window)
    monkeypatch.delenv("BEZIEHUNG_PASSPHRASE", raising=False)
    return calls


def test_the_window_gets_the_database_and_the_file_passphrase(opened, tmp_path):
    secret = tmp_path / "p.txt"
    secret.write_text("geheim\n", encoding="utf-8")
    assert main(["--db", "a.db", "--passphrase-file", str(secret)]) == 0
    assert opened == [("a.db", "geheim")]


def test_the_window_gets_the_passphrase_from_the_environment(opened, monkeypatch):
    monkeypatch.setenv("BEZIEHUNG_PASSPHRASE", "aus-der-umgebung")
    assert main([]) == 0
    assert opened == [(None, "aus-der-umgebung")]


def test_an_abbreviated_option_still_opens_the_window(opened):
    assert main(["--d", "a.db"]) == 0
    assert opened == [("a.db", None)]


def test_an_empty_database_is_still_bad_usage(opened, capsys):
    assert main(["--db", ""]) == 2
    assert opened == []
    assert "--db needs a file path" in capsys.readouterr().err


def test_a_missing_passphrase_file_is_one_line(opened, tmp_path, capsys):
    assert main(["--passphrase-file", str(tmp_path / "fehlt.txt")]) == 1
    assert opened == []
    assert capsys.readouterr().err.count("\n") == 1
