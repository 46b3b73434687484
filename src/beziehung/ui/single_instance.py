"""One running Beziehung per database: a second start hands over to the first and ends.

The first instance listens on a local socket named after the database; a second one that can
connect asks it to come to the front. A socket left behind by a crash is removed before
listening, so it never blocks the next start.

Lock and socket live in the user's own runtime folder (:func:`beziehung.paths.runtime_dir`,
``0700``), not in the shared temporary folder: there another user could create the lock under
its predictable name first and silently keep Beziehung and its reminders from starting.
"""

from __future__ import annotations

import getpass
import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QThread, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from beziehung import APP_ID, paths

HANDOVER = b"show\n"
WAIT_MS = 1000


def server_name(database_url: str) -> str:
    digest = hashlib.sha256(database_url.encode("utf-8")).hexdigest()[:12]
    return f"{APP_ID}-{getpass.getuser()}-{digest}"


class SingleInstance(QObject):
    activated = Signal()

    def __init__(
        self, name: str, parent: QObject | None = None, *, folder: Path | None = None
    ) -> None:
        """``folder`` defaults to the user's runtime folder."""
        super().__init__(parent)
        folder = folder if folder is not None else paths.runtime_dir()
        # Short file names: a socket's whole path may not exceed about 100 bytes.
        short = hashlib.sha256(name.encode("utf-8")).hexdigest()[:16]
        # A path makes the socket a file in our own folder; Windows has named pipes instead,
        # which take a name only (the user's name keeps users apart there).
        self.name = str(folder / f"{short}.sock") if os.name == "posix" else name
        self.server: QLocalServer | None = None
        # The lock decides who is first; the socket is only how the second one says so.
        # QLockFile sees through a lock left by a crashed process (its PID is gone).
        self.lock = QLockFile(str(folder / f"{short}.lock"))
        self.lock.setStaleLockTime(0)

    def claim(self) -> bool:
        """True when this process is the first for the database (and now holds the lock)."""
        return self.lock.tryLock(0)

    def hand_over_with_patience(self, attempts: int = 10) -> bool:
        """The first instance may still be starting and not yet listening; wait a little."""
        for _ in range(attempts):
            if self.hand_over():
                return True
            QThread.msleep(300)
        return False

    def hand_over(self) -> bool:
        """True when another instance runs and was asked to come to the front."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(WAIT_MS):
            return False
        socket.write(HANDOVER)
        socket.flush()
        socket.waitForBytesWritten(WAIT_MS)
        socket.disconnectFromServer()
        return True

    def listen(self) -> bool:
        # Only the lock holder gets here, so a socket of that name is a crash's leftover.
        QLocalServer.removeServer(self.name)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._on_connection)
        return self.server.listen(self.name)

    def _on_connection(self) -> None:
        assert self.server is not None
        while (socket := self.server.nextPendingConnection()) is not None:
            # The second start writes one line and leaves; waiting for it here is brief.
            arrived = socket.bytesAvailable() or socket.waitForReadyRead(WAIT_MS)
            if arrived and bytes(socket.readAll().data()).startswith(HANDOVER.strip()):
                self.activated.emit()
            socket.disconnectFromServer()
            socket.deleteLater()
