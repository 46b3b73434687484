"""The passphrase of an encrypted database, asked before the window opens, and the
passphrases that *Datei ▸ Verschlüsselung* needs to encrypt, re-key or decrypt it.

A passphrase remembered in the OS keyring (only when the user ticked the box) is tried first;
the dialog stays open on a wrong passphrase and says so, and it says plainly that a lost
passphrase means lost data. A new passphrase is typed twice and held to
:func:`beziehung.core.encryption.check_new_passphrase`.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from beziehung import APPLICATION
from beziehung.core import encryption
from beziehung.core.encryption import EncryptionError
from beziehung.ui.feedback import error_text


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


class KeyChange(Enum):
    """What *Datei ▸ Verschlüsselung* is about to do to the database file."""

    ENCRYPT = "encrypt"
    REKEY = "rekey"
    DECRYPT = "decrypt"


class ChangePassphraseDialog(QDialog):
    """The current passphrase (to re-key or decrypt) and a new one typed twice (to encrypt or
    re-key), the warning that a lost passphrase means lost data, and the keyring offer."""

    def __init__(
        self,
        change: KeyChange,
        where: str,
        opens: Callable[[str], bool],
        keyring_offer: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("change-passphrase-dialog")
        self._change = change
        self._opens = opens
        titles = {
            KeyChange.ENCRYPT: self.tr("Datenbank verschlüsseln"),
            KeyChange.REKEY: self.tr("Passphrase ändern"),
            KeyChange.DECRYPT: self.tr("Verschlüsselung entfernen"),
        }
        intros = {
            KeyChange.ENCRYPT: self.tr(
                "Die Datenbank {where} wird mit einer Passphrase verschlüsselt. Vorher wird eine Sicherung angelegt."
            ),
            KeyChange.REKEY: self.tr(
                "Die Datenbank {where} bekommt eine neue Passphrase. Vorher wird eine Sicherung angelegt."
            ),
            KeyChange.DECRYPT: self.tr(
                "Die Datenbank {where} wird wieder unverschlüsselt gespeichert: Wer die Datei hat, kann sie dann lesen. Vorher wird eine verschlüsselte Sicherung angelegt."
            ),
        }
        self.setWindowTitle(titles[change])
        intro = QLabel(intros[change].format(where=where))
        intro.setWordWrap(True)
        form = QFormLayout()
        self._current = self._field(self.tr("Jetzige Passphrase"))
        self._new = self._field(self.tr("Neue Passphrase"))
        self._repeat = self._field(self.tr("Neue Passphrase wiederholen"))
        if change is not KeyChange.ENCRYPT:
            form.addRow(self.tr("&Jetzige Passphrase:"), self._current)
        if change is not KeyChange.DECRYPT:
            form.addRow(self.tr("&Neue Passphrase:"), self._new)
            form.addRow(self.tr("&Wiederholen:"), self._repeat)
        self._problem = QLabel()
        self._problem.setObjectName("problem")
        self._problem.setWordWrap(True)
        self._problem.setStyleSheet("font-weight: bold;")
        self._problem.hide()
        self._keyring = QCheckBox(keyring_offer or "")
        self._keyring.setVisible(keyring_offer is not None)
        # Updating or removing an existing entry is what the user expects; storing anew is asked.
        self._keyring.setChecked(keyring_offer is not None and change is not KeyChange.ENCRYPT)
        warning = QLabel(
            self.tr(
                "Wer die Passphrase verliert, verliert die Daten: Ohne sie lässt sich die Datenbank nicht öffnen, von niemandem. Auch die Sicherungen sind damit verschlüsselt."
            )
        )
        warning.setWordWrap(True)
        warning.setVisible(change is not KeyChange.DECRYPT)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(titles[change])
        buttons.accepted.connect(self._try)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self._problem)
        layout.addWidget(warning)
        layout.addWidget(self._keyring)
        layout.addWidget(buttons)
        # The wrapped labels take their height from this width when the dialog is shown.
        self.setMinimumWidth(520)

    @staticmethod
    def _field(name: str) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setAccessibleName(name)
        return field

    def current(self) -> str:
        return self._current.text()

    def new(self) -> str:
        return self._new.text()

    def keyring_ticked(self) -> bool:
        return self._keyring.isVisible() and self._keyring.isChecked()

    def _try(self) -> None:
        problem = self._problem_now()
        if problem is None:
            self.accept()
            return
        text, field = problem
        self._problem.setText(text)
        self._problem.show()
        field.setFocus()

    def _problem_now(self) -> tuple[str, QLineEdit] | None:
        if self._change is not KeyChange.ENCRYPT:
            if not self._current.text():
                return self.tr("Bitte die jetzige Passphrase eingeben."), self._current
            if not self._opens(self._current.text()):
                self._current.clear()
                return self.tr("Diese Passphrase öffnet die Datenbank nicht."), self._current
        if self._change is KeyChange.DECRYPT:
            return None
        try:
            encryption.check_new_passphrase(self._new.text())
        except EncryptionError as error:
            return error_text(error), self._new
        if self._repeat.text() != self._new.text():
            self._repeat.clear()
            return self.tr("Die beiden neuen Passphrasen sind verschieden."), self._repeat
        return None


def _opens(path: Path, passphrase: str) -> bool:
    try:
        encryption.verify(path, passphrase)
    except EncryptionError:
        return False
    return True


def opens(path: Path) -> Callable[[str], bool]:
    """Whether a passphrase opens the encrypted file ``path``."""
    return lambda passphrase: _opens(path, passphrase)


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
