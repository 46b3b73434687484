"""A backup of a server database from the window: its lossless archive, made in the background.

Each colleague's window making its own archives every half hour would fill every machine
with copies of the same server; a server's backups are made when somebody asks (this menu
entry, or ``beziehung backup`` on a schedule), into this machine's backups folder.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from beziehung.core.backup import Backup
from beziehung.core.services import Services
from beziehung.ui.backup_controller import failure_text
from beziehung.ui.tasks import Background

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ServerBackupPlace:
    folder: Path
    name: str


class ServerBackup(QObject):
    """Makes one backup at a time; says in the status bar when it starts and where it went."""

    message = Signal(str)
    finished = Signal(object)  # the Backup made, or None after a failure

    def __init__(self, services: Services, place: ServerBackupPlace, parent: QWidget) -> None:
        super().__init__(parent)
        self.services = services
        self.place = place
        self._work = Background(self)

    @property
    def busy(self) -> bool:
        return self._work.busy

    def start(self) -> None:
        if self._work.busy:
            self.message.emit(
                QCoreApplication.translate(
                    "ServerBackup", "Bitte warten: eine Sicherung läuft gerade."
                )
            )
            return
        from beziehung.io import server_backups

        services, place = self.services, self.place
        now = services.context.clock.now()
        self.message.emit(
            QCoreApplication.translate("ServerBackup", "Sicherung der Server-Datenbank läuft …")
        )

        def work() -> tuple[Backup, Path | None]:
            from beziehung.io.pg_dump import DumpUnavailable

            made = server_backups.make_backup(services, place.folder, place.name, now)
            try:
                dumped = server_backups.dump_beside(services, made, place.folder, place.name)
            except DumpUnavailable as reason:
                log.info("no pg_dump file: %s", reason)
                dumped = None
            return made, dumped

        self._work.run(work, self._done, self._failed)

    def _done(self, result: tuple[Backup, Path | None]) -> None:
        made, dumped = result
        if dumped is None:
            text = QCoreApplication.translate("ServerBackup", "Sicherung angelegt: {path}")
        else:
            text = QCoreApplication.translate(
                "ServerBackup", "Sicherung angelegt: {path}, dazu der pg_dump des Servers"
            )
        self.message.emit(text.format(path=str(made.path)))
        self.finished.emit(made)

    def _failed(self, error: Exception) -> None:
        log.warning("server backup failed: %s", type(error).__name__)
        self.message.emit(
            QCoreApplication.translate(
                "ServerBackup", "Die Sicherung ist fehlgeschlagen: {reason}"
            ).format(reason=failure_text(error))
        )
        self.finished.emit(None)
