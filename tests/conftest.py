from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from beziehung.clock import FixedClock
from beziehung.core.migrate import open_database
from beziehung.core.services import Services

# The PostgreSQL half: db_backend, blank_db_url and the sqlite_only marker.
pytest_plugins = ["tests.pg"]

BERLIN = ZoneInfo("Europe/Berlin")
# A Friday before the spring daylight-saving change (Sunday 29 March 2026 in Germany).
START = datetime(2026, 3, 27, 10, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test touches the real user folders or a database named in the environment."""
    monkeypatch.setenv("BEZIEHUNG_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("BEZIEHUNG_DB", raising=False)


@pytest.fixture
def db_url(tmp_path: Path, pg_database: str | None) -> str:
    """A new SQLite file, or on the PostgreSQL half a fresh database migrated to head."""
    return pg_database or f"sqlite:///{tmp_path / 'test.db'}"


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(START)


@pytest.fixture
def services(db_url: str, clock: FixedClock) -> Iterator[Services]:
    engine = open_database(db_url, clock.now)
    yield Services.build(engine, clock, BERLIN)
    engine.dispose()
