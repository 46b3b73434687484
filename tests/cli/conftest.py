"""What every command-line test needs: a database file and a way to run a command on it."""

import pytest

from beziehung.cli import main


@pytest.fixture
def db(tmp_path, pg_database):
    """A database file, or on the PostgreSQL half the URL of a fresh database."""
    return pg_database or str(tmp_path / "cli.db")


@pytest.fixture
def cli(db, clock, capsys):
    """Run ``beziehung --db DB ARGS…`` in-process with the test clock: (exit, stdout, stderr)."""

    def run(*args):
        code = main(["--db", db, *args], clock=clock)
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run
