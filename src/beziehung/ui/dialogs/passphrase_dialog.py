"""The passphrase of an encrypted database, asked before the window opens.

A passphrase remembered in the OS keyring (only when the user ticked the box) is tried first;
the dialog stays open on a wrong passphrase and says so, and it says plainly that a lost
passphrase means lost data.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from beziehung import APPLICATION
from beziehung.core import encryption
from beziehung.core.encryption import EncryptionError


class PassphraseDialog(QDialog):
    """Asks until ``opens`` accepts the passphrase or the user cancels."""

    def __init__(
        self,
        where: str,
        opens: Callable[[str], bool],
        keyring_usable: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._opens = opens
        self.setWindowTitle(self.tr("Verschlüsselte Datenbank"))
        intro = QLabel(self.tr("Die Datenbank {where} ist verschlüsselt.").format(where=where))
        intro.setWordWrap(True)
        self._field = QLineEdit()
        self._field.setEchoMode(QLineEdit.EchoMode.Password)
        self._field.setAccessibleName(self.tr("Passwort"))
        self._field.setPlaceholderText(self.tr("Passwort"))
        self._problem = QLabel()
        self._problem.setStyleSheet("font-weight: bold;")
        self._problem.hide()
        self._remember = QCheckBox(self.tr("Im Schlüsselbund merken"))
        if keyring_usable:
            self._remember.setToolTip(
                self.tr("Das Passwort wird im Schlüsselbund des Systems gespeichert.")
            )
        else:
            self._remember.setEnabled(False)
            self._remember.setToolTip(
                self.tr("Auf diesem System ist kein Schlüsselbund verfügbar.")
            )
        warning = QLabel(
            self.tr(
                "Wer das Passwort verliert, verliert die Daten: Ohne das Passwort lässt sich die Datenbank nicht öffnen, von niemandem."
            )
        )
        warning.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._try)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self._field)
        layout.addWidget(self._problem)
        layout.addWidget(self._remember)
        layout.addWidget(warning)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def passphrase(self) -> str:
        return self._field.text()

    def remember(self) -> bool:
        return self._remember.isChecked()

    def _try(self) -> None:
        if not self._field.text():
            self._show_problem(self.tr("Bitte das Passwort eingeben."))
        elif self._opens(self._field.text()):
            self.accept()
        else:
            self._field.clear()
            self._show_problem(self.tr("Dieses Passwort öffnet die Datenbank nicht."))

    def _show_problem(self, text: str) -> None:
        self._problem.setText(text)
        self._problem.show()
        self._field.setFocus()


def _opens(path: Path, passphrase: str) -> bool:
    try:
        encryption.verify(path, passphrase)
    except EncryptionError:
        return False
    return True


def ask_passphrase(path: Path, parent: QWidget | None = None) -> str | None:
    """The passphrase that opens ``path``, or None when the user cancelled or it cannot be
    opened here (the reason was shown)."""
    if not encryption.available():
        QMessageBox.critical(
            parent,
            APPLICATION,
            QCoreApplication.translate(
                "PassphraseDialog",
                "Die Datenbank {where} ist verschlüsselt. Zum Öffnen fehlt das Zusatzpaket für Verschlüsselung ({hint}).",
            ).format(where=str(path), hint=encryption.EXTRA_HINT),
        )
        return None
    stored = encryption.stored_passphrase(path)
    if stored is not None and _opens(path, stored):
        return stored
    dialog = PassphraseDialog(
        str(path), lambda p: _opens(path, p), encryption.keyring_available(), parent
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    if dialog.remember():
        try:
            encryption.remember(path, dialog.passphrase())
        except EncryptionError:
            QMessageBox.warning(
                parent,
                APPLICATION,
                QCoreApplication.translate(
                    "PassphraseDialog",
                    "Das Passwort konnte nicht im Schlüsselbund gespeichert werden; Beziehung fragt beim nächsten Start wieder danach.",
                ),
            )
    return dialog.passphrase()
