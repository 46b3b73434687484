"""The PostgreSQL half of the suite: a fresh database per test on the server BEZIEHUNG_TEST_PG.

``make test`` starts a throw-away cluster (``tools/pg_test_cluster.sh``) and names it in
``BEZIEHUNG_TEST_PG``. Every test that asks for ``db_url`` (or ``services``, or the command
line's ``db``) in the folders of :data:`BOTH_ENGINES` then runs twice, ``[sqlite]`` and
``[postgresql]``, unless it is marked ``sqlite_only``. Without a server the PostgreSQL half
is left out, and the terminal summary says so loudly.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import URL, make_url

ENV = "BEZIEHUNG_TEST_PG"
SQLITE = "sqlite"
POSTGRESQL = "postgresql"
# Test folders whose tests run on both engines (relative to tests/).
BOTH_ENGINES = ("core", "migrations", "cli", "io")


@dataclass
class Server:
    """The test cluster: makes and drops one database per test."""

    url: URL
    problem: str | None = None
    used: int = 0
    _names: Iterator[int] = field(default_factory=itertools.count)
    _template: str | None = None

    def _admin(self) -> Any:
        import psycopg

        libpq = self.url.set(drivername="postgresql").render_as_string(hide_password=False)
        return psycopg.connect(libpq, autocommit=True, connect_timeout=10)

    def check(self) -> None:
        try:
            with self._admin() as conn:
                conn.execute("SELECT 1")
        except Exception as error:  # any failure leaves the half out, loudly
            self.problem = f"cannot connect to {self.url.render_as_string()}: {error}"

    def url_of(self, name: str) -> str:
        return self.url.set(database=name).render_as_string(hide_password=False)

    def create(self, template: str | None = None) -> str:
        name = f"t_{os.getpid()}_{next(self._names)}"
        clause = f" TEMPLATE {template}" if template else " TEMPLATE template0"
        with self._admin() as conn:
            conn.execute(f"CREATE DATABASE {name}{clause}")
        self.used += 1
        return name

    def drop(self, name: str) -> None:
        with self._admin() as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def migrated(self, now: Callable[[], datetime]) -> str:
        """A database upgraded to head, copied for each test (migrating each would be slow)."""
        if self._template is None:
            from beziehung.core.migrate import open_database

            name = self.create()
            open_database(self.url_of(name), now).dispose()
            self._template = name
        return self.create(self._template)

    def close(self) -> None:
        if self._template is not None:
            self.drop(self._template)


_server: Server | None = None
_missing_reason = f"{ENV} is not set (make test starts a cluster; see tools/pg_test_cluster.sh)"


def server() -> Server | None:
    return _server if _server is not None and _server.problem is None else None


def pytest_configure(config: pytest.Config) -> None:
    global _server, _missing_reason
    config.addinivalue_line(
        "markers", "sqlite_only(reason): runs on SQLite only (file, PRAGMA, FTS5, encryption)"
    )
    url = os.environ.get(ENV, "").strip()
    if not url:
        return
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _missing_reason = "psycopg is not installed (pip install -e '.[test]')"
        return
    _server = Server(make_url(url))
    _server.check()
    if _server.problem is not None:
        _missing_reason = _server.problem


def pytest_unconfigure(config: pytest.Config) -> None:
    if server() is not None:
        server().close()  # type: ignore[union-attr]


def _runs_on_both(metafunc: pytest.Metafunc) -> bool:
    path = Path(str(metafunc.definition.path))
    tests = Path(__file__).resolve().parent
    try:
        folder = path.resolve().relative_to(tests).parts[0]
    except (ValueError, IndexError):
        return False
    return folder in BOTH_ENGINES and metafunc.definition.get_closest_marker("sqlite_only") is None


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "db_backend" not in metafunc.fixturenames or server() is None:
        return
    if _runs_on_both(metafunc):
        metafunc.parametrize("db_backend", [SQLITE, POSTGRESQL], indirect=True)


@pytest.fixture
def db_backend(request: pytest.FixtureRequest) -> str:
    return getattr(request, "param", SQLITE)


@pytest.fixture
def pg_database(db_backend: str, clock: Any) -> Iterator[str | None]:
    """On PostgreSQL a fresh database migrated to head (dropped afterwards); else None."""
    current = server()
    if db_backend != POSTGRESQL or current is None:
        yield None
        return
    name = current.migrated(clock.now)
    try:
        yield current.url_of(name)
    finally:
        current.drop(name)


@pytest.fixture
def blank_db_url(db_backend: str, tmp_path: Path) -> Iterator[str]:
    """A database that does not exist yet (SQLite) or is empty (PostgreSQL)."""
    current = server()
    if db_backend != POSTGRESQL or current is None:
        yield f"sqlite:///{tmp_path / 'blank.db'}"
        return
    name = current.create()
    try:
        yield current.url_of(name)
    finally:
        current.drop(name)


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    current = server()
    if current is not None:
        terminalreporter.write_line(
            f"PostgreSQL half: {current.used} databases made on {current.url.render_as_string()}"
        )
        return
    terminalreporter.write_sep("!", "PostgreSQL half SKIPPED", red=True, bold=True)
    terminalreporter.write_line(
        f"WARNING: the PostgreSQL half of the suite did not run: {_missing_reason}",
        red=True,
        bold=True,
    )
