"""Two programs on one PostgreSQL database: a colleague's reminder pops up here without a
restart, through the server's notifications and the window's own timers (no sleeps).

Needs the test server (``BEZIEHUNG_TEST_PG``); without one these tests are skipped and the
suite's summary says loudly that the PostgreSQL half did not run.
"""

import shutil
from collections.abc import Iterator
from datetime import timedelta

import pytest

from beziehung.clock import FixedClock
from beziehung.core.db import make_engine
from beziehung.core.services import Services
from tests.conftest import BERLIN
from tests.pg import POSTGRESQL, server

# A colleague's reminder must show within ten seconds; every wait here stays inside that.
WITHIN_MS = 10_000


@pytest.fixture
def db_backend() -> str:
    if server() is None:
        pytest.skip("needs the PostgreSQL test server (BEZIEHUNG_TEST_PG)")
    return POSTGRESQL


@pytest.fixture
def colleague(db_url, clock) -> Iterator[Services]:
    """Another app instance on the same server: its own engine, clock and change token."""
    engine = make_engine(db_url)
    yield Services.build(engine, FixedClock(clock.now()), BERLIN)
    engine.dispose()


def test_a_colleagues_reminder_due_now_pops_up(qtbot, window, colleague, clock, people):
    window.start_reminders()
    assert window.popup.entries == {}
    written = colleague.reminders.create(
        people["weber"], clock.now() - timedelta(seconds=1), "Bitte zurückrufen"
    )
    qtbot.waitUntil(lambda: list(window.popup.entries) == [written.id], timeout=WITHIN_MS)
    window.scheduler.stop()


def test_a_colleagues_reminder_for_later_pops_up_when_it_becomes_due(
    qtbot, window, colleague, clock, people
):
    window.start_reminders()
    written = colleague.reminders.create(
        people["mueller"], clock.now() + timedelta(minutes=5), "Angebot nachfassen"
    )
    # Seen and armed for, not shown before its time.
    qtbot.waitUntil(lambda: window.scheduler.armed_for == written.due_at, timeout=WITHIN_MS)
    assert window.popup.entries == {}
    clock.advance(timedelta(minutes=5))
    qtbot.waitUntil(lambda: list(window.popup.entries) == [written.id], timeout=WITHIN_MS)
    window.scheduler.stop()


def test_own_reminders_are_shown_once_and_not_announced_again(
    qtbot, window, services, clock, people
):
    heard = []
    window.changes.changed.connect(heard.append)
    window.start_reminders()
    own = services.reminders.create(people["weber"], clock.now(), "Selbst angelegt")
    qtbot.waitUntil(lambda: list(window.popup.entries) == [own.id], timeout=WITHIN_MS)
    window.changes.look()
    assert not any(change.outside for change in heard)
    window.scheduler.stop()


def test_the_file_menu_backs_the_server_up_into_this_machines_folder(
    qtbot, services, qsettings, drafts, people, tmp_path
):
    from beziehung.io.server_backups import list_backups
    from beziehung.ui.main_window import MainWindow
    from beziehung.ui.server_backup import ServerBackupPlace

    place = ServerBackupPlace(tmp_path / "backups", "127-0-0-1_5432_team")
    window = MainWindow(services, qsettings, drafts, "postgresql://team", server_backup=place)
    qtbot.addWidget(window)
    action = window.commands.backups
    assert action.isEnabled() and action.text() == "&Sicherung jetzt erstellen"
    with qtbot.waitSignal(window.server_backup.finished, timeout=WITHIN_MS) as made:
        action.trigger()
    assert made.args[0] is not None
    (backup,) = list_backups(place.folder, place.name)
    assert backup.path == made.args[0].path and backup.path.stat().st_mode & 0o077 == 0
    shown = window.statusBar().currentMessage()
    assert shown.startswith(f"Sicherung angelegt: {backup.path}")
    # With PostgreSQL's tools on the machine, its own dump lies beside the archive.
    dumped = backup.path.with_name(backup.path.name.removesuffix(".archive.zip") + ".pg_dump")
    assert dumped.exists() == (shutil.which("pg_dump") is not None)
    assert shown.endswith("dazu der pg_dump des Servers") == dumped.exists()
