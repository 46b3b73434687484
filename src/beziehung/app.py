"""Composition root of the window: database, services, main window."""

from __future__ import annotations

import logging
import sys
from types import TracebackType

from beziehung import APP_ID, APPLICATION, ORGANISATION, logs

log = logging.getLogger("beziehung.app")


def _install_error_dialog() -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    def show(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        path = logs.setup()
        log.error("unexpected error", exc_info=(kind, error, tb))
        app = QApplication.instance()
        if app is not None:
            QMessageBox.critical(
                None,
                APPLICATION,
                QApplication.translate(
                    "app", "Ein unerwarteter Fehler ist aufgetreten. Details stehen in {path}."
                ).format(path=path),
            )

    sys.excepthook = show


def run_window(db: str | None) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from beziehung.cli import open_services
    from beziehung.core.errors import DomainError
    from beziehung.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setDesktopFileName(APP_ID)
    _install_error_dialog()
    try:
        services = open_services(db)
    except DomainError as error:
        QMessageBox.critical(None, APPLICATION, str(error))
        return 1
    window = MainWindow(services)
    window.show()
    try:
        return app.exec()
    finally:
        services.context.engine.dispose()
