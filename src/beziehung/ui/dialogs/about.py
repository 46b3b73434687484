"""About Beziehung: version, licence, and the components it bundles."""

from __future__ import annotations

from html import escape
from importlib import metadata

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from beziehung import __version__
from beziehung.paths import resource_root

COMPONENTS = ("SQLAlchemy", "alembic", "platformdirs", "phonenumberslite", "vobject", "icalendar")


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "?"


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Über Beziehung"))
        self.resize(560, 520)
        heading = QLabel(f"<h2>Beziehung {escape(__version__)}</h2>")
        intro = QLabel(
            self.tr(
                "Ein Notizbuch für Kundenbeziehungen: Kontakte, Gespräche, Rückrufe.\nFreie Software unter der GNU General Public License, Version 3 oder später."
            )
        )
        intro.setWordWrap(True)
        versions = [f"Qt {qVersion()} (LGPL-3.0)", f"PySide6 {pyside_version} (LGPL-3.0)"]
        versions += [f"{name} {_version(name)}" for name in COMPONENTS]
        notices = QTextBrowser()
        notices.setOpenExternalLinks(True)
        text = (resource_root() / "THIRD_PARTY_NOTICES.txt").read_text(encoding="utf-8")
        notices.setPlainText("\n".join(versions) + "\n\n" + text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(notices, 1)
        layout.addWidget(buttons)
