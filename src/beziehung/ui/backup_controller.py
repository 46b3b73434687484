"""The window's side of looking after the database file: automatic backups, the check at
start, read-only mode when the file is damaged, restoring a backup and rescuing the data.

Every file operation runs in the thread pool (:class:`~beziehung.ui.tasks.Background`); only
the results touch widgets. The rules themselves live in ``core/backup.py``,
``core/integrity.py`` and ``core/salvage.py``; this only decides *when*.

- A backup is made at start when the file changed since the newest one, then every
  :data:`BACKUP_INTERVAL_MS` while changes arrive through the change signal, and once more at
  exit when something changed. An encrypted database is checked and backed up with its
  passphrase (its backups are encrypted with the same key); the passphrase is never logged.
- The damage mark (``NAME.damaged``) can appear at any moment: the check at start, a backup
  whose copy fails its check, or any statement that meets a damaged page. The mark is looked
  at on every change and every :data:`DAMAGE_WATCH_MS`; ``damaged_changed`` tells the window.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from beziehung import APPLICATION
from beziehung.core import backup, integrity
from beziehung.core.errors import DomainError
from beziehung.core.services.base import Context
from beziehung.ui.changes import ChangeHub
from beziehung.ui.feedback import confirm, error_text, show_error
from beziehung.ui.formatting import local_datetime_text
from beziehung.ui.tasks import Background

# Texts keep the context "BackupController" (QCoreApplication.translate: this is no widget).

log = logging.getLogger("beziehung.backups")

BACKUP_INTERVAL_MS = 30 * 60 * 1000
DAMAGE_WATCH_MS = 5_000
STATUS_MS = 8_000


@dataclass(frozen=True)
class DatabaseFiles:
    """The SQLite file the window has open and where its backups go."""

    database: Path
    folder: Path
    # An encrypted file's passphrase, for its checks and backups; never shown or logged.
    passphrase: str | None = field(default=None, repr=False)

    @property
    def encrypted(self) -> bool:
        return self.passphrase is not None


def failure_text(error: BaseException) -> str:
    """One short sentence for a failed file operation; never a traceback."""
    if isinstance(error, DomainError):
        return error_text(error)
    if isinstance(error, OSError):
        return QCoreApplication.translate("BackupController", "{path}: {reason}").format(
            path=error.filename or "", reason=error.strerror or type(error).__name__
        )
    return type(error).__name__


class BackupController(QObject):
    damaged_changed = Signal(bool)
    backed_up = Signal(object)  # core.backup.Backup
    restored = Signal(object)  # core.backup.Restored
    salvaged = Signal(object)  # core.salvage.Salvaged
    # A short line for the status bar.
    message = Signal(str)
    # A backup (automatic or asked for) ended, written or not.
    settled = Signal()

    def __init__(
        self,
        files: DatabaseFiles,
        context: Context,
        changes: ChangeHub,
        window: QWidget,
        *,
        interval_ms: int = BACKUP_INTERVAL_MS,
        watch_ms: int = DAMAGE_WATCH_MS,
    ) -> None:
        super().__init__(window)
        self.files = files
        self._context = context
        self._window = window
        self._damaged = integrity.is_marked(files.database)
        # Something was written since the last backup (ours or another program's).
        self._dirty = False
        self._failure_shown = False
        self._checking = Background(self)
        self._backing_up = Background(self)
        self._restoring = Background(self)
        self._salvaging = Background(self)
        self._progress: QProgressDialog | None = None
        self._paused_running = False
        changes.changed.connect(self._on_change)
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self.back_up_if_changed)
        self.watch = QTimer(self, interval=watch_ms)
        self.watch.timeout.connect(self.look)

    # --- state --------------------------------------------------------------------------------

    @property
    def damaged(self) -> bool:
        return self._damaged

    @property
    def can_back_up(self) -> bool:
        return not self._damaged

    @property
    def busy(self) -> bool:
        return self._backing_up.busy or self._restoring.busy

    def backups(self) -> list[backup.Backup]:
        """The verified backups, newest first (a directory listing: cheap)."""
        return backup.list_backups(self.files.folder, self.files.database)

    def look(self) -> None:
        """Look at the damage mark now; tell the window when it appeared or went."""
        now = integrity.is_marked(self.files.database)
        if now != self._damaged:
            self._damaged = now
            log.warning("database %s", "marked damaged" if now else "no longer marked damaged")
            self.damaged_changed.emit(now)

    def _on_change(self, _change: object) -> None:
        self._dirty = True
        self.look()

    # --- start, while running, exit -----------------------------------------------------------

    def start(self) -> None:
        """The check at start, then a backup if the file changed since the newest one."""
        self.watch.start()
        self.timer.start()
        database, folder, key = self.files.database, self.files.folder, self.files.passphrase
        now = self._context.clock.now()

        def work() -> backup.Backup | None:
            # A damaged file is not copied: the copy would fail its check as well.
            if integrity.is_marked(database):
                return None
            if not integrity.check_and_mark(database, key).healthy:
                return None
            if not backup.needs_backup(database, folder):
                return None
            return backup.make_backup(database, folder, now, passphrase=key)

        self._checking.run(work, self._started, self._failed)

    def pause(self) -> None:
        """No automatic backups or looks at the file until :meth:`resume` (the window is
        about to change the file whole)."""
        self._paused_running = self.timer.isActive()
        self.timer.stop()
        self.watch.stop()

    def resume(self, files: DatabaseFiles) -> None:
        """Carry on with ``files`` (the same file, perhaps with another passphrase)."""
        self.files = files
        if self._paused_running:
            self.timer.start()
            self.watch.start()
        self.look()

    def _started(self, made: backup.Backup | None) -> None:
        self.look()
        if made is not None:
            self._written(made)

    def back_up_if_changed(self) -> None:
        if self._dirty and not self._backing_up.busy:
            self.back_up_now()

    def back_up_now(self, then: Callable[[backup.Backup], object] | None = None) -> bool:
        """Start a backup; False when none can be made now (damaged, running)."""
        if not self.can_back_up or self.busy:
            return False
        database, folder, key = self.files.database, self.files.folder, self.files.passphrase
        now = self._context.clock.now()
        self._dirty = False

        def done(made: backup.Backup) -> None:
            self._written(made)
            self.settled.emit()
            if then is not None:
                then(made)

        self._backing_up.run(
            lambda: backup.make_backup(database, folder, now, passphrase=key),
            done,
            self._backup_failed,
        )
        return True

    def stop(self) -> None:
        """The window closes for good: no more timers; a last backup if anything changed.

        The backup runs in the thread pool; ``app.py`` waits for the pool a bounded time
        before it closes the database, so closing never hangs on a large file for long.
        """
        self.timer.stop()
        self.watch.stop()
        self._checking.cancel()
        if not self._dirty or not self.can_back_up or self.busy:
            return
        database, folder, key = self.files.database, self.files.folder, self.files.passphrase
        now = self._context.clock.now()

        def work() -> None:
            # Nobody is left to be told: the window is closing. The log keeps the outcome.
            try:
                made = backup.make_backup(database, folder, now, passphrase=key)
            except Exception as error:
                log.warning("backup at exit failed: %s", type(error).__name__)
            else:
                log.info("backup at exit written: %s", made.path.name)

        self._backing_up.run(work, lambda _none: None, lambda _error: None)
        self._backing_up.cancel()

    def _written(self, made: backup.Backup) -> None:
        self._failure_shown = False
        log.info("backup written: %s", made.path.name)
        self.message.emit(
            QCoreApplication.translate("BackupController", "Sicherung angelegt ({time}).").format(
                time=local_datetime_text(made.taken_at)
            )
        )
        self.backed_up.emit(made)

    def _backup_failed(self, error: Exception) -> None:
        # Try again at the next tick.
        self._dirty = True
        self._failed(error)
        self.settled.emit()

    def _failed(self, error: Exception) -> None:
        log.warning("backup or check failed: %s", type(error).__name__)
        self.look()
        if self._failure_shown or self._damaged:
            return
        self._failure_shown = True
        self.message.emit(
            QCoreApplication.translate(
                "BackupController", "Die Sicherung ist fehlgeschlagen: {reason}"
            ).format(reason=failure_text(error))
        )

    # --- restoring ----------------------------------------------------------------------------

    def restore_newest(self) -> None:
        """The banner's "Neueste gute Sicherung wiederherstellen"."""
        found = self.backups()
        if not found:
            QMessageBox.information(
                self._window,
                APPLICATION,
                QCoreApplication.translate(
                    "BackupController", "Es gibt noch keine Sicherung dieser Datenbank."
                ),
            )
            return
        self.restore(found[0])

    def restore(self, chosen: backup.Backup, then: Callable[[], object] | None = None) -> None:
        """Ask, then put ``chosen``'s data into the database; the current state is kept first."""
        if self.busy:
            self.message.emit(
                QCoreApplication.translate(
                    "BackupController", "Bitte warten: eine Sicherung läuft gerade."
                )
            )
            return
        when = local_datetime_text(chosen.taken_at)
        if self._damaged:
            kept = QCoreApplication.translate(
                "BackupController", "Der beschädigte Stand wird vorher unverändert beiseitegelegt."
            )
        else:
            kept = QCoreApplication.translate(
                "BackupController", "Der jetzige Stand wird vorher gesichert."
            )
        asked = confirm(
            self._window,
            QCoreApplication.translate("BackupController", "Sicherung wiederherstellen"),
            QCoreApplication.translate(
                "BackupController", "Die Daten durch die Sicherung vom {time} ersetzen?"
            ).format(time=when)
            + " "
            + kept,
            QCoreApplication.translate("BackupController", "&Wiederherstellen"),
        )
        if not asked:
            return
        database, folder, key = self.files.database, self.files.folder, self.files.passphrase
        now = self._context.clock.now()

        def done(result: backup.Restored) -> None:
            # Pooled connections were opened read-only; new ones read the cleared mark.
            self._context.engine.dispose()
            self._dirty = False
            self.look()
            self.message.emit(
                QCoreApplication.translate(
                    "BackupController", "Die Sicherung vom {time} ist wiederhergestellt."
                ).format(time=when)
            )
            self.restored.emit(result)
            if then is not None:
                then()

        self._restoring.run(
            lambda: backup.restore(chosen.path, database, folder, now, key), done, self._refused
        )

    def _refused(self, error: Exception) -> None:
        self.look()
        if isinstance(error, DomainError):
            show_error(self._window, error)
            return
        log.warning("restore or rescue failed: %s", type(error).__name__)
        QMessageBox.warning(self._window, APPLICATION, failure_text(error))

    # --- rescuing -----------------------------------------------------------------------------

    def rescue(self) -> None:
        """The banner's "Daten retten (Export) …": what can be read, into a new file."""
        database = self.files.database
        suggested = database.with_name(f"{database.stem}-gerettet.db")
        chosen, _ = QFileDialog.getSaveFileName(
            self._window,
            QCoreApplication.translate("BackupController", "Daten retten in …"),
            str(suggested),
            QCoreApplication.translate(
                "BackupController", "Beziehung-Datenbank (*.db *.sqlite3);;Alle Dateien (*)"
            ),
        )
        if not chosen:
            return
        target = Path(chosen)
        if target.resolve() == database.resolve():
            QMessageBox.warning(
                self._window,
                APPLICATION,
                QCoreApplication.translate(
                    "BackupController",
                    "Bitte eine neue Datei wählen, nicht die beschädigte Datenbank selbst.",
                ),
            )
            return
        from beziehung.core.salvage import salvage

        progress = QProgressDialog(
            QCoreApplication.translate("BackupController", "Lesbare Daten werden gerettet …"),
            "",
            0,
            0,
            self._window,
        )
        progress.setWindowTitle(APPLICATION)
        progress.setCancelButton(None)
        progress.setMinimumDuration(0)
        progress.show()
        self._progress = progress
        self._salvaging.run(lambda: salvage(database, target), self._rescued, self._rescue_failed)

    def _close_progress(self) -> None:
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None

    def _rescued(self, result: Any) -> None:
        self._close_progress()
        self.salvaged.emit(result)
        QMessageBox.information(
            self._window,
            APPLICATION,
            QCoreApplication.translate(
                "BackupController",
                "Die lesbaren Daten sind in {path} gerettet. Beziehung öffnet die Datei mit "
                "„beziehung --db {path}“.",
            ).format(path=result.path),
        )

    def _rescue_failed(self, error: Exception) -> None:
        self._close_progress()
        self._refused(error)
