"""Screenshots for the README: demo data of a fixed seed and a fixed "now", real X windows.

Run through ``make screenshots`` (tools/screenshots.sh starts the virtual X screen).
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from beziehung.clock import FixedClock
from beziehung.core import demo
from beziehung.core.migrate import open_database
from beziehung.core.services import Services
from beziehung.drafts import DraftStore
from beziehung.ui import i18n
from beziehung.ui.dialogs.settings_dialog import SettingsDialog
from beziehung.ui.main_window import MainWindow

NOW = datetime(2026, 11, 25, 9, 40, tzinfo=UTC)  # a Wednesday morning in Germany


def settle(app: QApplication, rounds: int = 20) -> None:
    for _ in range(rounds):
        app.processEvents()


def grab(app: QApplication, widget: QWidget, path: Path) -> None:
    settle(app)
    widget.raise_()
    widget.activateWindow()
    settle(app)
    frame = widget.frameGeometry()
    image = app.primaryScreen().grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
    image.save(str(path))
    print(path)


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv)
    app.setApplicationName("Beziehung")
    work = Path(tempfile.mkdtemp())
    translators = i18n.install(app, "de")
    clock = FixedClock(NOW)
    engine = open_database(f"sqlite:///{work / 'demo.db'}", clock.now)
    services = Services.build(engine, clock)
    services.bulk.insert(demo.build(NOW, contacts=400, notes=4000, seed=7))
    settings = QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(services, settings, DraftStore(work / "drafts"), str(work / "demo.db"))
    window.resize(1360, 820)
    window.move(20, 20)
    window.show()
    window.show_today()
    while window.today_view.background.busy:
        app.processEvents()
    grab(app, window, out / "today.png")

    window.search.setText("Müller")
    window.apply_filter()
    settle(app)
    window.contact_view.selectRow(0)
    grab(app, window, out / "contact.png")

    window.log_call()
    dialog = window.log_call_dialog
    dialog.subject.setText("Nachfolgeregelung")
    dialog.body.setPlainText(
        "Möchte die Übergabe an die Tochter bis Ende 2027 regeln. Sorge wegen der Erbschaftsteuer."
    )
    dialog.outcome.setText("Unterlagen kommen per Post.")
    dialog.next_step.setText("Entwurf Gesellschaftsvertrag schicken.")
    dialog.callback.setChecked(True)
    dialog.move(160, 80)
    grab(app, dialog, out / "log-call.png")
    dialog.done(0)

    settings_dialog = SettingsDialog(services, settings, str(work / "demo.db"), window)
    settings_dialog.move(200, 100)
    settings_dialog.show()
    grab(app, settings_dialog, out / "settings.png")
    settings_dialog.done(0)

    window.close()
    settle(app)
    # Widgets go before the application object, or Qt tears them down in the wrong order.
    del settings_dialog, dialog, window
    settle(app)
    QTimer.singleShot(0, app.quit)
    app.exec()
    del translators
    engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")))
