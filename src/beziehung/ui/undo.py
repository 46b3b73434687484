"""Taking back deletions in the window: Ctrl+Z and a "Rückgängig" bar in the status bar.

Every deletion in the window (a note, a cancelled reminder, a contact) is pushed here with the
snapshot its service returned; undoing restores the latest through the core undo service.
The stack lives as long as the window: what was deleted stays restorable until Beziehung
closes. Erasure (Art. 17 DSGVO) never comes here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from beziehung.core.errors import DomainError
from beziehung.core.services import Services
from beziehung.core.services.undo import Snapshot
from beziehung.ui.feedback import show_error


class UndoStack(QObject):
    # The text of the deletion that Ctrl+Z takes back next, or "" when there is none.
    changed = Signal(str)

    def __init__(self, services: Services, window: QWidget) -> None:
        super().__init__(window)
        self._services = services
        self._window = window
        self._done: list[tuple[str, Snapshot]] = []

    def push(self, text: str, snapshot: object) -> None:
        """Remember a deletion; ``text`` says what went ("Notiz gelöscht")."""
        if not isinstance(snapshot, Snapshot):
            raise TypeError("an undo step needs the snapshot its deletion returned")
        self._done.append((text, snapshot))
        self.changed.emit(text)

    def latest(self) -> str:
        return self._done[-1][0] if self._done else ""

    def undo(self) -> None:
        """Restore the latest deletion; the views hear of it through the change signal."""
        if not self._done:
            return
        _text, snapshot = self._done.pop()
        try:
            self._services.undo.restore(snapshot)
        except DomainError as error:
            show_error(self._window, error)
        self.changed.emit(self.latest())


class UndoBar(QWidget):
    """ "Notiz gelöscht — Rückgängig" in the status bar, until dismissed or nothing is left."""

    def __init__(self, stack: UndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.undo_button = QPushButton(self.tr("Rückgängig"))
        self.undo_button.setToolTip(self.tr("Rückgängig (Strg+Z)"))
        self.undo_button.clicked.connect(stack.undo)
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setToolTip(self.tr("Hinweis ausblenden"))
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.undo_button)
        layout.addWidget(self.close_button)
        stack.changed.connect(self._show)
        self.hide()

    def _show(self, text: str) -> None:
        self.label.setText(text)
        self.setVisible(bool(text))


def undo_text(what: str) -> str:
    """ "Rückgängig: Notiz gelöscht", or plain "Rückgängig" when nothing is left to undo."""
    if not what:
        return QCoreApplication.translate("UndoBar", "&Rückgängig")
    return QCoreApplication.translate("UndoBar", "&Rückgängig: {what}").format(
        what=what.replace("&", "&&")
    )


def undo_action(stack: UndoStack, parent: QWidget) -> QAction:
    """Ctrl+Z for the whole window, and the same action in Bearbeiten ▸, naming what it would
    take back. A text field with focus keeps Ctrl+Z for its own text."""
    action = QAction(undo_text(""), parent)
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.setEnabled(False)
    action.triggered.connect(lambda _checked=False: stack.undo())

    def follow(what: str) -> None:
        action.setEnabled(bool(what))
        action.setText(undo_text(what))

    stack.changed.connect(follow)
    return action
