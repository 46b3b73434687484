"""The first start: an empty database leads to three choices instead of an empty list.

Import an address book, look at example data in a separate database, or create the first
contact. The page stands in for the list and Today while the database holds no contact and
gives way as soon as one arrives, from whatever path (the change signal says so).
"""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QProcess, QSize, Qt, Signal
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from beziehung import paths
from beziehung.core.events import Change, Topic
from beziehung.core.services import Services
from beziehung.ui.actions import WindowActions
from beziehung.ui.changes import ChangeHub
from beziehung.ui.feedback import show_error
from beziehung.ui.icons import icon

DEMO_FILE = "beispiel.db"
DEMO_CONTACTS = 120
DEMO_NOTES = 900


def launch_detached(program: str, arguments: list[str]) -> bool:
    """Start a program that outlives this one (the example window is a process of its own)."""
    started, _pid = QProcess.startDetached(program, arguments)
    return bool(started)


def demo_path() -> Path:
    """Where the example database lives: in the data folder, beside (never in) the user's."""
    return paths.data_dir() / DEMO_FILE


def is_demo(database: str) -> bool:
    return Path(database).name == DEMO_FILE


def window_title(database: str) -> str:
    """The window's title; the example database says so, so nobody types real notes into it."""
    if is_demo(database):
        return QCoreApplication.translate(
            "WelcomePage", "Beziehung – BEISPIELDATEN (nicht Ihre Kontakte)"
        )
    return "Beziehung"


def prepare_demo(path: Path) -> Path:
    """Create and fill the example database at ``path`` unless it exists already."""
    from beziehung.core import demo
    from beziehung.runtime import open_runtime

    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    with open_runtime(str(path)) as runtime:
        services = runtime.services
        batch = demo.build(services.context.clock.now(), DEMO_CONTACTS, DEMO_NOTES)
        services.bulk.insert(batch)
    return path


def demo_command(path: Path) -> tuple[str, list[str]]:
    """The program and arguments that open a second window on ``path``."""
    if getattr(sys, "frozen", False):  # the bundle's executable is Beziehung itself
        return sys.executable, ["--db", str(path)]
    return sys.executable, ["-m", "beziehung", "--db", str(path)]


class WelcomePage(QWidget):
    """Three big choices; ``wanted`` tells whether the page should stand in for the rest."""

    wanted = Signal(bool)

    def __init__(
        self,
        services: Services,
        changes: ChangeHub,
        actions: WindowActions,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self._services = services
        self._actions = actions
        title = QLabel(self.tr("Willkommen bei Beziehung"))
        title.setStyleSheet("font-size: 22pt; font-weight: 600")
        lead = QLabel(
            self.tr(
                "Hier notieren Sie Gespräche mit Ihren Kunden und werden an Rückrufe erinnert. "
                "Noch ist Ihr Adressbuch leer – womit möchten Sie beginnen?"
            )
        )
        lead.setWordWrap(True)

        self.import_button = self._choice(
            "contact-new",
            self.tr("Adressbuch importieren"),
            self.tr("Aus Outlook, Apple Kontakte oder Google: als vCard- oder CSV-Datei"),
        )
        menu = QMenu(self.import_button)
        menu.addAction(
            self.tr("vCard-Datei (.vcf) – Apple, Google, Outlook …"),
            actions.import_vcards.trigger,
        )
        menu.addAction(
            self.tr("CSV-Datei – Outlook- oder Google-Export …"), actions.import_csv.trigger
        )
        self.import_button.setMenu(menu)
        self.import_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.demo_button = self._choice(
            "organisation",
            self.tr("Beispieldaten ansehen"),
            self.tr("Öffnet ein zweites Fenster mit erfundenen Kontakten; Ihre Daten bleiben leer"),
        )
        self.demo_button.clicked.connect(self.open_demo)
        self.new_button = self._choice(
            "contact-new",
            self.tr("Ersten Kontakt anlegen"),
            self.tr("Name, Firma, Telefon – den Rest können Sie später ergänzen"),
        )
        self.new_button.clicked.connect(actions.new_contact.trigger)

        choices = QHBoxLayout()
        choices.setSpacing(18)
        for button in (self.import_button, self.demo_button, self.new_button):
            choices.addWidget(button)
        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(title)
        column.addSpacing(8)
        column.addWidget(lead)
        column.addSpacing(24)
        column.addLayout(choices)
        column.addStretch(2)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 4)
        outer.addStretch(1)
        changes.changed.connect(self._on_change)

    def _choice(self, icon_name: str, title: str, detail: str) -> QToolButton:
        button = QToolButton()
        button.setIcon(icon(icon_name))
        button.setIconSize(QSize(48, 48))
        # A tool button does not wrap its text; its lines are broken here instead.
        button.setText(f"{title}\n\n{textwrap.fill(detail, 34)}")
        button.setAccessibleName(title)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        button.setMinimumSize(QSize(270, 200))
        button.setStyleSheet("QToolButton { font-size: 11pt; padding: 12px; }")
        return button

    def check(self) -> None:
        self.wanted.emit(self._services.contacts.count() == 0)

    def _on_change(self, change: Change) -> None:
        if change.touches(Topic.CONTACTS):
            self.check()

    def open_demo(self) -> None:
        """Fill (once) the example database and open it in a window of its own."""
        from beziehung.core.errors import DomainError

        QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
        try:
            path = prepare_demo(demo_path())
        except DomainError as error:
            QGuiApplication.restoreOverrideCursor()
            show_error(self, error)
            return
        QGuiApplication.restoreOverrideCursor()
        program, arguments = demo_command(path)
        launch_detached(program, arguments)


def stand_in(welcome: WelcomePage, main: QWidget) -> QStackedWidget:
    """The window's central widget: the welcome page while the database is empty, else
    ``main``."""
    stack = QStackedWidget()
    stack.addWidget(main)
    stack.addWidget(welcome)

    def show(empty: bool) -> None:
        stack.setCurrentWidget(welcome if empty else main)

    welcome.wanted.connect(show)
    welcome.check()
    return stack
