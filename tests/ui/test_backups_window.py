"""The window looks after its database file: automatic backups, the check at start, read-only
mode with a banner that restores or rescues, and *Datei ▸ Sicherungen …*."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog

from beziehung.core import backup, integrity
from beziehung.core.migrate import open_database
from beziehung.core.services import Services
from beziehung.core.services.inputs import ContactInput
from beziehung.ui.backup_controller import DatabaseFiles
from beziehung.ui.dialogs.backups_dialog import BackupsDialog
from beziehung.ui.feedback import error_text
from beziehung.ui.main_window import MainWindow
from tests.conftest import BERLIN
from tests.core.test_integrity import damage, filled
from tests.ui.conftest import click


@pytest.fixture
def files(tmp_path: Path) -> DatabaseFiles:
    return DatabaseFiles(tmp_path / "test.db", tmp_path / "backups" / "test")


def open_window(qtbot, services, qsettings, drafts, files: DatabaseFiles) -> MainWindow:
    window = MainWindow(services, qsettings, drafts, str(files.database), files=files)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def close(qtbot, window: MainWindow) -> None:
    """Close for good and let the backup at exit finish before the folder goes away."""
    window.quit()
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0)


@pytest.fixture
def window(qtbot, services, qsettings, drafts, people, files) -> Iterator[MainWindow]:
    main = open_window(qtbot, services, qsettings, drafts, files)
    yield main
    close(qtbot, main)


def test_a_changed_database_is_backed_up_at_start_and_the_status_bar_says_so(qtbot, window):
    assert window.backups is not None
    with qtbot.waitSignal(window.backups.backed_up) as written:
        window.backups.start()
    made = written.args[0]
    assert made.path.parent == window.backups.files.folder
    assert [b.path for b in window.backups.backups()] == [made.path]
    assert re.fullmatch(
        r"Sicherung angelegt \(27\D03\D2026 \d\d:00\)\.", window.statusBar().currentMessage()
    )


def test_every_interval_a_backup_is_made_only_while_something_changed(
    qtbot, window, services, clock
):
    care = window.backups
    assert care is not None
    with qtbot.waitSignal(care.backed_up):
        care.start()
    care.timer.setInterval(20)
    # Nothing changed: three ticks, no backup.
    with qtbot.assertNotEmitted(care.backed_up, wait=100):
        pass
    clock.advance(timedelta(minutes=30))
    with qtbot.waitSignal(care.backed_up) as written:
        services.contacts.create(ContactInput(name="Neu Angelegt"))
    assert written.args[0].taken_at == clock.now()
    # Rotation keeps one a day: the newer one.
    assert [b.taken_at for b in care.backups()] == [clock.now()]


def test_closing_after_a_change_makes_one_more_backup(qtbot, services, qsettings, drafts, files):
    window = open_window(qtbot, services, qsettings, drafts, files)
    services.contacts.create(ContactInput(name="Zuletzt Angelegt"))
    qtbot.waitUntil(lambda: window.contact_model.rowCount() == 1)
    assert backup.list_backups(files.folder, files.database) == []
    close(qtbot, window)
    assert len(backup.list_backups(files.folder, files.database)) == 1


def test_a_failed_backup_is_one_short_message_and_no_error_dialog(qtbot, window, boxes, files):
    care = window.backups
    assert care is not None
    files.folder.parent.mkdir(parents=True)
    files.folder.write_text("a file where the folder should be")
    with qtbot.waitSignal(care.settled):
        assert care.back_up_now()
    shown = window.statusBar().currentMessage()
    assert shown.startswith("Die Sicherung ist fehlgeschlagen: ")
    assert "Traceback" not in shown
    assert boxes.texts == []


# --- damage -----------------------------------------------------------------------------------


@pytest.fixture
def damaged(tmp_path, clock, files) -> Iterator[Services]:
    """A database with a good backup, then one page of garbage in the middle."""
    filled(files.database, clock)
    backup.make_backup(files.database, files.folder, clock.now() - timedelta(hours=2))
    damage(files.database)
    engine = open_database(f"sqlite:///{files.database}", clock.now)
    yield Services.build(engine, clock, BERLIN)
    engine.dispose()


def test_a_failed_check_at_start_makes_the_window_read_only_with_a_banner(
    qtbot, damaged, qsettings, drafts, files
):
    window = open_window(qtbot, damaged, qsettings, drafts, files)
    assert window.damage_banner.isHidden()
    assert window.backups is not None
    with qtbot.waitSignal(window.backups.damaged_changed):
        window.backups.start()
    assert window.damage_banner.isVisible()
    assert not window.commands.new_contact.isEnabled()
    assert not window.commands.log_call.isEnabled()
    assert integrity.is_marked(files.database)
    # No backup of a damaged file: the good one stays the newest.
    assert len(backup.list_backups(files.folder, files.database)) == 1
    close(qtbot, window)


def test_a_write_refused_by_a_damaged_file_reads_german_and_never_says_safe(qtbot, damaged, files):
    integrity.mark_damaged(files.database, "malformed")
    with pytest.raises(integrity.StorageError) as refused:
        damaged.contacts.create(ContactInput(name="Nicht Gespeichert"))
    text = error_text(refused.value)
    assert text.startswith(f"Die Datenbank {files.database} ist beschädigt und nur lesbar")
    assert "sicher" not in text


def test_a_mark_appearing_while_the_window_is_open_shows_the_banner(
    qtbot, damaged, qsettings, drafts, files
):
    window = open_window(qtbot, damaged, qsettings, drafts, files)
    assert window.backups is not None
    window.backups.watch.setInterval(20)
    window.backups.watch.start()
    # As the engine's error handler does when a statement meets the damaged page.
    integrity.mark_damaged(files.database, "database disk image is malformed")
    qtbot.waitUntil(window.damage_banner.isVisible)
    assert not window.commands.edit_contact.isEnabled()
    close(qtbot, window)


def test_the_banner_restores_the_newest_good_backup_and_writing_works_again(
    qtbot, damaged, qsettings, drafts, files, boxes
):
    window = open_window(qtbot, damaged, qsettings, drafts, files)
    care = window.backups
    assert care is not None
    with qtbot.waitSignal(care.damaged_changed):
        care.start()
    boxes.answer("Wiederherstellen")
    with qtbot.waitSignal(care.restored, timeout=10_000) as done:
        click(qtbot, window.damage_banner, "Neueste gute Sicherung wiederherstellen")
    # The confirmation named the backup's time, four-digit year and all.
    assert re.search(r"vom 27\D03\D2026 \d\d:00 ", boxes.texts[0])
    assert "beiseitegelegt" in boxes.texts[0]
    assert done.args[0].previous.name.startswith("damaged-")
    assert window.damage_banner.isHidden()
    assert window.commands.new_contact.isEnabled()
    assert integrity.quick_check(files.database).healthy
    damaged.contacts.create(ContactInput(name="Nach der Wiederherstellung"))
    close(qtbot, window)


def test_the_banner_rescues_the_data_into_a_new_file(
    qtbot, damaged, qsettings, drafts, files, boxes, monkeypatch, tmp_path
):
    window = open_window(qtbot, damaged, qsettings, drafts, files)
    integrity.mark_damaged(files.database, "malformed")
    assert window.backups is not None
    window.backups.look()
    rescued = tmp_path / "gerettet.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(rescued), ""))
    with qtbot.waitSignal(window.backups.salvaged, timeout=20_000):
        click(qtbot, window.damage_banner, "Daten retten (Export) …")
    qtbot.waitUntil(lambda: len(boxes.texts) == 1)
    assert boxes.texts[0].startswith(f"Die lesbaren Daten sind in {rescued} gerettet.")
    assert integrity.quick_check(rescued).healthy
    close(qtbot, window)


# --- Datei ▸ Sicherungen … --------------------------------------------------------------------


def test_the_backups_dialog_lists_backs_up_restores_and_opens_the_folder(
    qtbot, window, services, clock, boxes, monkeypatch
):
    care = window.backups
    assert care is not None
    dialog = BackupsDialog(care, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 0
    with qtbot.waitSignal(care.backed_up):
        click(qtbot, dialog, "Jetzt sichern")
    assert dialog.table.rowCount() == 1
    assert re.fullmatch(r"27\D03\D2026 \d\d:00", dialog.table.item(0, 0).text())
    assert dialog.table.item(0, 1).text().endswith(" kB")
    assert dialog.table.item(0, 2).text() == "ja"

    services.contacts.create(ContactInput(name="Später Angelegt"))
    clock.advance(timedelta(hours=1))
    boxes.answer("Wiederherstellen")
    with qtbot.waitSignal(care.restored, timeout=10_000) as done:
        click(qtbot, dialog, "Wiederherstellen …")
    assert "Der jetzige Stand wird vorher gesichert." in boxes.texts[0]
    assert done.args[0].previous is not None
    assert dialog.table.rowCount() == 2
    assert services.contacts.count() == 3

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    click(qtbot, dialog, "Ordner öffnen")
    assert opened == [str(care.files.folder)]


def test_the_file_menu_opens_the_backups_dialog(qtbot, window):
    seen: list[BackupsDialog] = []

    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, BackupsDialog) and widget.isVisible():
                seen.append(widget)
                widget.reject()

    QTimer.singleShot(50, look)
    window.commands.backups.trigger()
    assert len(seen) == 1


def test_a_window_on_a_database_server_backs_up_only_when_asked(
    qtbot, services, qsettings, drafts, tmp_path
):
    from beziehung.ui.server_backup import ServerBackupPlace

    place = ServerBackupPlace(tmp_path / "backups", "server_5432_db")
    window = MainWindow(services, qsettings, drafts, "postgresql://server/db", server_backup=place)
    qtbot.addWidget(window)
    # No automatic file backups; the menu entry makes the server's archive on request.
    assert window.backups is None and window.server_backup is not None
    assert window.commands.backups.isEnabled()
    assert window.commands.backups.text() == "&Sicherung jetzt erstellen"
    assert not place.folder.exists()
