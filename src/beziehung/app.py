"""Composition root of the window: settings, language, database, services, main window."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from beziehung import APP_ID, APPLICATION, ORGANISATION, logs, paths

log = logging.getLogger("beziehung.app")
WINDOW_BUSY_TIMEOUT_MS = 500


def _install_error_dialog() -> None:
    from PySide6.QtWidgets import QApplication

    from beziehung.ui.feedback import show_unexpected

    def show(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        logs.setup()
        # Files, lines and the kind of error only: an error's message may quote a note.
        frames = "".join(traceback.format_tb(tb))
        log.error("unexpected %s.%s\n%s", kind.__module__, kind.__name__, frames)
        if QApplication.instance() is not None:
            show_unexpected(QApplication.activeWindow())

    sys.excepthook = show


def run_window(db: str | None, passphrase: str | None = None) -> int:
    from PySide6.QtCore import QSettings, QThreadPool
    from PySide6.QtWidgets import QApplication, QMessageBox

    from beziehung.core.db import sqlite_path
    from beziehung.core.errors import DomainError
    from beziehung.runtime import open_runtime
    from beziehung.ui import i18n
    from beziehung.ui.feedback import error_text
    from beziehung.ui.icons import app_icon
    from beziehung.ui.main_window import MainWindow
    from beziehung.ui.single_instance import SingleInstance, server_name

    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    # Static: instance() is typed as the core application, which knows neither.
    QApplication.setDesktopFileName(APP_ID)
    QApplication.setWindowIcon(app_icon())
    settings = QSettings(ORGANISATION, APP_ID)
    translators = i18n.install(app, i18n.chosen_language(settings))
    _install_error_dialog()
    url = paths.database_url(db)
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
    try:
        # A write that meets another program's lock says so after half a second instead of
        # freezing the window for the command line's ten.
        runtime = open_runtime(db, busy_timeout_ms=WINDOW_BUSY_TIMEOUT_MS, passphrase=passphrase)
    except DomainError as error:
        QMessageBox.critical(None, APPLICATION, error_text(error))
        return 1
    window = MainWindow(runtime.services, settings, runtime.drafts, runtime.where)
    instance.activated.connect(window.bring_forward)
    # The window may close to the tray; Beziehung ends when it closes for good.
    QApplication.setQuitOnLastWindowClosed(False)
    window.closed_for_good.connect(app.quit)
    window.show()
    window.start_reminders()
    try:
        return app.exec()
    finally:
        # Background work (the Today page, the hourly check) ends before the database closes.
        QThreadPool.globalInstance().waitForDone(15_000)
        del translators
        runtime.close()
