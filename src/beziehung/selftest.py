"""``beziehung --self-test``: proves on a throw-away database that an installed or frozen
Beziehung finds everything it needs (migrations, translations, icons, Qt plugins)."""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any


def _headless() -> bool:
    return sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    )


def run(out: Any = sys.stdout) -> int:
    if _headless():
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "beziehung"])
    state: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="beziehung-self-test-") as folder:
        work = Path(folder)
        steps: list[tuple[str, Callable[[], None]]] = [
            ("migrate", lambda: _migrate(state, work)),
            ("contact", lambda: _contact(state)),
            ("note", lambda: _note(state)),
            ("reminder", lambda: _reminder(state)),
            ("search", lambda: _search(state)),
            ("pdf", lambda: _pdf(state, work)),
            ("translations", lambda: _translations(app)),
            ("server driver", _server_driver),
            ("window", lambda: _window(state, work)),
        ]
        for name, step in steps:
            try:
                step()
            except Exception as error:
                print(
                    f"self-test failed at step '{name}': {type(error).__name__}: {error}", file=out
                )
                traceback.print_exc(file=sys.stderr)
                _close(state)
                return 1
            print(f"  {name}: ok", file=out)
        _close(state)
    print("self-test ok", file=out)
    return 0


def _server_driver() -> None:
    """Team mode's driver, where it is installed: libpq loads and SQLAlchemy finds it."""
    import importlib.util

    if importlib.util.find_spec("psycopg") is None:
        return
    import psycopg
    from sqlalchemy import create_engine

    if psycopg.pq.version() <= 0:
        raise RuntimeError("libpq did not load")
    # No connection is made: this only resolves the dialect and its driver.
    create_engine("postgresql+psycopg://self-test@127.0.0.1/none").dispose()


def _close(state: dict[str, Any]) -> None:
    runtime = state.get("runtime")
    if runtime is not None:
        runtime.close()


def _migrate(state: dict[str, Any], work: Path) -> None:
    from beziehung.core.migrate import HEAD, current_revision
    from beziehung.runtime import open_runtime

    runtime = open_runtime(str(work / "self-test.db"), home=work)
    state["runtime"] = runtime
    state["services"] = runtime.services
    engine = runtime.services.context.engine
    if current_revision(engine) != HEAD:
        raise RuntimeError(f"schema {current_revision(engine)} instead of {HEAD}")


def _contact(state: dict[str, Any]) -> None:
    from beziehung.core.services.inputs import ContactInput, MethodInput

    services = state["services"]
    state["contact"] = services.contacts.create(
        ContactInput(name="Dr. Jürgen Müller", methods=[MethodInput("phone", "0170 1234567")])
    )


def _note(state: dict[str, Any]) -> None:
    from beziehung.core.services.inputs import NoteInput

    state["services"].notes.log(
        NoteInput(contact_id=state["contact"], body="Selbsttest: Rückruf vereinbart")
    )


def _reminder(state: dict[str, Any]) -> None:
    services = state["services"]
    due = services.context.clock.now() + timedelta(minutes=5)
    reminder = services.reminders.create(
        state["contact"], due, "Selbsttest", recurrence=("week", 1)
    )
    following = services.reminders.complete(reminder.id)
    if following is None or services.reminders.get(reminder.id).state != "done":
        raise RuntimeError("completing a weekly reminder did not create the next one")


def _search(state: dict[str, Any]) -> None:
    hits = state["services"].search.search("mueller")
    if not hits or hits[0].contact_id != state["contact"]:
        raise RuntimeError("the full-text search did not find the contact")


def _pdf(state: dict[str, Any], work: Path) -> None:
    from beziehung.core.services.history import Selection
    from beziehung.io.history import export_history

    out = work / "history.pdf"
    export_history(state["services"], Selection(ids=(state["contact"],)), "pdf", out)
    if not out.read_bytes().startswith(b"%PDF") or out.stat().st_size < 1000:
        raise RuntimeError("the PDF history is empty")


def _translations(app: Any) -> None:
    from PySide6.QtCore import QCoreApplication

    from beziehung.ui import i18n

    installed = i18n.install(app, "en")
    try:
        if QCoreApplication.translate("MainWindow", "&Neuer Kontakt") != "&New contact":
            raise RuntimeError("the English translation was not found")
    finally:
        for translator in installed:
            app.removeTranslator(translator)
    qt_german = i18n.install(app, "de")
    try:
        if QCoreApplication.translate("QPlatformTheme", "Cancel") != "Abbrechen":
            raise RuntimeError("Qt's German translation was not found")
    finally:
        for translator in qt_german:
            app.removeTranslator(translator)


def _window(state: dict[str, Any], work: Path) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from beziehung.ui.icons import app_icon
    from beziehung.ui.main_window import MainWindow

    if app_icon().isNull():
        raise RuntimeError("the application icon was not found")
    settings = QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat)
    runtime = state["runtime"]
    window = MainWindow(runtime.services, settings, runtime.drafts, runtime.where)
    window.show()
    # The Today page and the contact list load off the GUI thread.
    while window.today_view.background.busy or window.contact_list.busy:
        QApplication.processEvents()
    QApplication.processEvents()
    if window.contact_model.rowCount() != 1:
        raise RuntimeError("the contact list is empty")
    window.quit()
    QApplication.processEvents()
    window.deleteLater()
    QApplication.processEvents()
