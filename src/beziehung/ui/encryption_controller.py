"""*Datei ▸ Verschlüsselung*: encrypt the open database, change its passphrase, or decrypt it.

Each operation changes the file whole (:mod:`beziehung.core.encryption`) and refuses a file
that any connection has open, this window's own included. So the window lets go first: no
automatic backups, no change watcher, no reminder checks, every pooled connection closed.
A backup (encrypted when the database is) is made, then the operation runs in the thread
pool behind a progress dialog; afterwards the database is opened anew with the new key, the
services are pointed at it (:meth:`Context.reopen`) and the change signal tells every view to
read again, as after a restore.

*Verschlüsselung entfernen* decrypts in place rather than writing a plain copy beside the
encrypted file: a plain copy next to a still encrypted database is the file people forget,
and the encrypted state of that moment is kept as a backup anyway. ``beziehung decrypt --to``
writes a plain copy for whoever needs one.

Texts keep the context "EncryptionController" (QCoreApplication.translate: this is no widget).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog, QWidget

from beziehung import APPLICATION
from beziehung.core import backup, encryption
from beziehung.core.encryption import EncryptionError
from beziehung.core.errors import DomainError
from beziehung.core.services.base import Context
from beziehung.ui.actions import WindowActions
from beziehung.ui.backup_controller import BackupController, DatabaseFiles, failure_text
from beziehung.ui.changes import ChangeHub
from beziehung.ui.dialogs.passphrase_dialog import ChangePassphraseDialog, KeyChange, opens
from beziehung.ui.feedback import show_error
from beziehung.ui.reminders import ReminderScheduler
from beziehung.ui.tasks import Background

log = logging.getLogger("beziehung.encryption")
# How long letting go of the file waits for background reads to end.
LET_GO_WAIT_MS = 5_000


class EncryptionController(QObject):
    # An operation ended: True when the file was changed, False when it was refused.
    finished = Signal(bool)
    # A short line for the status bar.
    message = Signal(str)

    def __init__(
        self,
        actions: WindowActions,
        backups: BackupController,
        context: Context,
        changes: ChangeHub,
        scheduler: ReminderScheduler,
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self._actions = actions
        self._backups = backups
        self._context = context
        self._changes = changes
        self._scheduler = scheduler
        self._window = window
        self._running = Background(self)
        self._progress: QProgressDialog | None = None
        actions.encrypt_database.triggered.connect(lambda _checked=False: self.encrypt())
        actions.change_passphrase.triggered.connect(lambda _checked=False: self.rekey())
        actions.remove_encryption.triggered.connect(lambda _checked=False: self.decrypt())
        backups.damaged_changed.connect(lambda _damaged: self.sync_actions())
        self.sync_actions()

    @property
    def busy(self) -> bool:
        return self._running.busy

    def sync_actions(self) -> None:
        """Encrypting is offered for a plain file, the other two for an encrypted one; none
        while the file is damaged, being changed, or without the encryption extra."""
        usable = encryption.installed() and not self._backups.damaged and not self.busy
        encrypted = self._backups.files.encrypted
        self._actions.encrypt_database.setEnabled(usable and not encrypted)
        self._actions.change_passphrase.setEnabled(usable and encrypted)
        self._actions.remove_encryption.setEnabled(usable and encrypted)

    # --- the three commands ---------------------------------------------------------------

    def encrypt(self) -> None:
        path = self._backups.files.database
        offer = (
            QCoreApplication.translate("EncryptionController", "Im Schlüsselbund merken")
            if encryption.keyring_available()
            else None
        )
        dialog = self._ask(KeyChange.ENCRYPT, offer)
        if dialog is None:
            return
        new, remember = dialog.new(), dialog.keyring_ticked()

        def after() -> None:
            if remember:
                self._keyring(lambda: encryption.remember(path, new))
            self._tell_about_plain_backups()

        self._run(
            lambda: encryption.encrypt(path, new),
            new,
            QCoreApplication.translate(
                "EncryptionController", "Die Datenbank wird verschlüsselt …"
            ),
            QCoreApplication.translate(
                "EncryptionController", "Die Datenbank ist jetzt verschlüsselt."
            ),
            after,
        )

    @staticmethod
    def _keyring_offer(path: Path, text: str) -> str | None:
        """``text`` as the dialog's keyring choice, only when the keyring holds this file's
        passphrase."""
        return text if encryption.stored_passphrase(path) is not None else None

    def rekey(self) -> None:
        path = self._backups.files.database
        offer = self._keyring_offer(
            path,
            QCoreApplication.translate("EncryptionController", "Eintrag im Schlüsselbund ändern"),
        )
        dialog = self._ask(KeyChange.REKEY, offer)
        if dialog is None:
            return
        old, new, update = dialog.current(), dialog.new(), dialog.keyring_ticked()

        def after() -> None:
            if update:
                self._keyring(lambda: encryption.remember(path, new))

        self._run(
            lambda: encryption.rekey(path, old, new),
            new,
            QCoreApplication.translate("EncryptionController", "Die Passphrase wird geändert …"),
            QCoreApplication.translate("EncryptionController", "Die Passphrase ist geändert."),
            after,
        )

    def decrypt(self) -> None:
        path = self._backups.files.database
        offer = self._keyring_offer(
            path,
            QCoreApplication.translate("EncryptionController", "Eintrag im Schlüsselbund löschen"),
        )
        dialog = self._ask(KeyChange.DECRYPT, offer)
        if dialog is None:
            return
        current, drop = dialog.current(), dialog.keyring_ticked()

        def after() -> None:
            if drop:
                encryption.forget(path)

        self._run(
            lambda: encryption.remove(path, current),
            None,
            QCoreApplication.translate(
                "EncryptionController", "Die Verschlüsselung wird entfernt …"
            ),
            QCoreApplication.translate(
                "EncryptionController", "Die Datenbank ist jetzt unverschlüsselt."
            ),
            after,
        )

    def _ask(self, change: KeyChange, keyring_offer: str | None) -> ChangePassphraseDialog | None:
        if self.busy or self._backups.busy:
            self.message.emit(
                QCoreApplication.translate(
                    "EncryptionController", "Bitte warten: eine Sicherung läuft gerade."
                )
            )
            return None
        path = self._backups.files.database
        dialog = ChangePassphraseDialog(change, str(path), opens(path), keyring_offer, self._window)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return dialog if accepted else None

    # --- letting go, the work, taking the file back ---------------------------------------

    def _run(
        self,
        operation: Callable[[], None],
        key_after: str | None,
        working: str,
        done_text: str,
        after: Callable[[], None],
    ) -> None:
        files = self._backups.files
        now = self._context.clock.now()
        self._show_progress(working)
        self._let_go()

        def work() -> None:
            # The state before, kept as a backup in the same form as the file is now.
            backup.make_backup(files.database, files.folder, now, passphrase=files.passphrase)
            operation()

        def done(_result: object) -> None:
            self._close_progress()
            if not self._take_back(files, key_after):
                self.finished.emit(False)
                return
            log.info("database file re-keyed or changed in form")
            after()
            self.message.emit(done_text)
            self.finished.emit(True)

        def failed(error: Exception) -> None:
            self._close_progress()
            # A crash between the rename and its end may have left the file changed after all.
            changed = encryption.is_encrypted(files.database) != files.encrypted
            self._take_back(files, key_after if changed else files.passphrase)
            log.warning("changing the database's encryption failed: %s", type(error).__name__)
            if isinstance(error, DomainError):
                show_error(self._window, error)
            else:
                QMessageBox.warning(self._window, APPLICATION, failure_text(error))
            self.finished.emit(changed)

        self._running.run(work, done, failed)
        self.sync_actions()

    def _let_go(self) -> None:
        """Close every connection this window holds on the file."""
        self._backups.pause()
        self._changes.pause()
        self._scheduler.stop()
        # A page still reading in the background (Today's agenda) holds a connection that
        # dispose() cannot close; the file would look in use. Those reads take milliseconds.
        QThreadPool.globalInstance().waitForDone(LET_GO_WAIT_MS)
        self._context.engine.dispose()

    def _take_back(self, files: DatabaseFiles, key: str | None) -> bool:
        """Open the file again with ``key`` and let every part of the window carry on."""
        reopened = True
        if key != files.passphrase:
            from beziehung.app import WINDOW_BUSY_TIMEOUT_MS
            from beziehung.core.migrate import open_database

            url = self._context.engine.url.render_as_string(hide_password=False)
            try:
                engine = open_database(
                    url, self._context.clock.now, key, busy_timeout_ms=WINDOW_BUSY_TIMEOUT_MS
                )
            except DomainError as error:
                show_error(self._window, error)
                reopened = False
            else:
                self._context.reopen(engine).dispose()
                files = replace(files, passphrase=key)
        self._backups.resume(files)
        self._changes.resume()
        self._scheduler.start()
        self.sync_actions()
        return reopened

    def _keyring(self, store: Callable[[], None]) -> None:
        try:
            store()
        except EncryptionError as error:
            encryption.forget(self._backups.files.database)
            show_error(self._window, error)

    def _tell_about_plain_backups(self) -> None:
        folder = self._backups.files.folder
        if len(self._backups.backups()) == 0:
            return
        QMessageBox.information(
            self._window,
            APPLICATION,
            QCoreApplication.translate(
                "EncryptionController",
                "Die Sicherungen in {folder} aus der Zeit vor der Verschlüsselung sind nicht verschlüsselt. Löschen Sie sie, sobald Sie sie nicht mehr brauchen; neue Sicherungen sind verschlüsselt.",
            ).format(folder=folder),
        )

    def _show_progress(self, text: str) -> None:
        progress = QProgressDialog(text, "", 0, 0, self._window)
        progress.setWindowTitle(APPLICATION)
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.show()
        self._progress = progress

    def _close_progress(self) -> None:
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None
