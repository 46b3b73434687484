"""Composition root of the window: settings, language, database, services, main window."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING

from beziehung import APP_ID, APPLICATION, ORGANISATION, logs, paths

if TYPE_CHECKING:
    from beziehung.runtime import Runtime
    from beziehung.ui.main_window import MainWindow

log = logging.getLogger("beziehung.app")
WINDOW_BUSY_TIMEOUT_MS = 500
# How long closing waits for background work, the backup at exit among it.
EXIT_WAIT_MS = 15_000
# Set by benchmarks/startup.py: print when Today's agenda is painted, then quit.
STARTUP_PROBE = "BEZIEHUNG_STARTUP_PROBE"
# How long reminders and backups wait for Today's first paint before they start anyway.
FIRST_PAINT_WAIT_MS = 1_500


def _install_error_dialog(damaged: Callable[[], bool] = lambda: False) -> None:
    from PySide6.QtWidgets import QApplication

    from beziehung.core.errors import DomainError
    from beziehung.ui.feedback import show_error, show_unexpected

    def show(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        logs.setup()
        # Files, lines and the kind of error only: an error's message may quote a note.
        frames = "".join(traceback.format_tb(tb))
        if QApplication.instance() is None:
            return
        if isinstance(error, DomainError):
            # A refusal that a path did not catch (a damaged or locked file, a full disk):
            # its own sentence, not "unexpected".
            log.info("refused outside a handler: %s (%s)\n%s", error.code, kind.__name__, frames)
            show_error(QApplication.activeWindow(), error)
            return
        log.error("unexpected %s.%s\n%s", kind.__module__, kind.__name__, frames)
        show_unexpected(QApplication.activeWindow(), damaged=damaged())

    sys.excepthook = show


def _start_background_work(window: MainWindow) -> Callable[[], None]:
    def start() -> None:
        window.start_reminders()
        if window.backups is not None:
            # The check and the first backup run in the thread pool.
            window.backups.start()

    return start


def _after_first_agenda(window: MainWindow, start: Callable[[], None]) -> None:
    """Run ``start`` once Today's agenda is painted, or after a moment when the window opens
    elsewhere. Reminders raised at start make every view read again and the pop-up read each
    contact: done before the first paint, that doubled the time to a usable window."""
    from PySide6.QtCore import QTimer

    started = False

    def once() -> None:
        nonlocal started
        if not started:
            started = True
            start()

    window.today_view.agenda_shown.connect(once)
    QTimer.singleShot(FIRST_PAINT_WAIT_MS, once)


def open_for_window(url: str, passphrase: str | None, *, default_instead: bool) -> Runtime | None:
    """The window's database, or None after saying in a box why it does not open. With
    ``default_instead`` (the database was chosen in the settings) the user may open the file
    in the data folder instead; the choice stays, so that back in the office the next start
    opens the server again."""
    from PySide6.QtWidgets import QMessageBox

    from beziehung.core.errors import DomainError
    from beziehung.runtime import open_runtime
    from beziehung.ui.feedback import error_text

    try:
        # A write that meets another program's lock says so after half a second instead of
        # freezing the window for the command line's ten.
        return open_runtime(url, busy_timeout_ms=WINDOW_BUSY_TIMEOUT_MS, passphrase=passphrase)
    except DomainError as error:
        if not default_instead or not _open_default_instead(error_text(error)):
            QMessageBox.critical(None, APPLICATION, error_text(error))
            return None
    try:
        return open_runtime(paths.database_url(None), busy_timeout_ms=WINDOW_BUSY_TIMEOUT_MS)
    except DomainError as error:
        QMessageBox.critical(None, APPLICATION, error_text(error))
        return None


def _open_default_instead(reason: str) -> bool:
    """Asked when the database chosen in the settings does not open: the file in the data
    folder instead, so that the window (and its settings) stay reachable."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning, APPLICATION, reason)
    box.setInformativeText(
        QCoreApplication.translate(
            "app",
            "Die in den Einstellungen gewählte Datenbank lässt sich nicht öffnen. Stattdessen die Datei im Datenordner öffnen? Die Wahl bleibt in den Einstellungen.",  # noqa: E501
        )
    )
    default = box.addButton(
        QCoreApplication.translate("app", "Datei im Datenordner öffnen"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QCoreApplication.translate("app", "Beenden"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(default)
    box.exec()
    return box.clickedButton() is default


def run_window(db: str | None, passphrase: str | None = None) -> int:
    from PySide6.QtCore import QSettings, QThreadPool
    from PySide6.QtWidgets import QApplication

    from beziehung.core.db import sqlite_path
    from beziehung.ui import collector, i18n
    from beziehung.ui.backup_controller import DatabaseFiles
    from beziehung.ui.icons import app_icon
    from beziehung.ui.main_window import MainWindow
    from beziehung.ui.single_instance import SingleInstance, server_name

    app = QApplication.instance() or QApplication(sys.argv)
    collector.install(app)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    # Static: instance() is typed as the core application, which knows neither.
    QApplication.setDesktopFileName(APP_ID)
    QApplication.setWindowIcon(app_icon())
    settings = QSettings(ORGANISATION, APP_ID)
    translators = i18n.install(app, i18n.chosen_language(settings))
    _install_error_dialog()
    from beziehung.ui.database_choice import chosen_database

    chosen = chosen_database(settings)
    url = paths.database_url(db, chosen=chosen)
    # Only the settings' choice has a way back: --db and BEZIEHUNG_DB are the caller's.
    chosen_in_settings = chosen is not None and not db and not os.environ.get(paths.DB_ENV)
    instance = SingleInstance(server_name(url))
    if not instance.claim():
        if instance.hand_over_with_patience():
            print(
                "Beziehung is already running; its window was brought to the front.",
                file=sys.stderr,
            )
        else:
            print("Beziehung is already starting for this database.", file=sys.stderr)
        return 0
    instance.listen()
    # Encryption: an encrypted file asks for its passphrase (or finds it in the keyring).
    database_file = sqlite_path(url)
    if passphrase is None and database_file is not None:
        from beziehung.core.encryption import is_encrypted

        if is_encrypted(database_file):
            from beziehung.ui.dialogs.passphrase_dialog import ask_passphrase

            passphrase = ask_passphrase(database_file)
            if passphrase is None:
                return 0
    runtime = open_for_window(url, passphrase, default_instead=chosen_in_settings)
    if runtime is None:
        return 1
    _install_error_dialog(lambda: runtime.damaged)
    files = None
    if runtime.database_path is not None and runtime.backups_folder is not None:
        files = DatabaseFiles(runtime.database_path, runtime.backups_folder, passphrase=passphrase)
    server_backup = None
    if runtime.server_backups is not None:
        from beziehung.ui.server_backup import ServerBackupPlace

        server_backup = ServerBackupPlace(*runtime.server_backups)
    window = MainWindow(
        runtime.services,
        settings,
        runtime.drafts,
        runtime.where,
        files=files,
        server_backup=server_backup,
    )
    instance.activated.connect(window.bring_forward)
    # The window may close to the tray; Beziehung ends when it closes for good.
    QApplication.setQuitOnLastWindowClosed(False)
    window.closed_for_good.connect(app.quit)
    window.show()
    if os.environ.get(STARTUP_PROBE):
        from beziehung.ui.startup_probe import quit_when_painted

        quit_when_painted(window.today_view)
    _after_first_agenda(window, _start_background_work(window))
    try:
        return app.exec()
    finally:
        # Background work (the Today page, the hourly check, the backup at exit) ends before
        # the database closes; a backup still running after that is cut off and leaves only a
        # ".partial" file that the next backup removes, never a broken backup.
        QThreadPool.globalInstance().waitForDone(EXIT_WAIT_MS)
        del translators
        runtime.close()
