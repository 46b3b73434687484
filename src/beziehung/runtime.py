"""What every way of starting Beziehung needs, opened in one place and closed in one place.

The command line, the window and the self-test all open the database, the services, the
draft store and the folders through :func:`open_runtime`, so they cannot drift apart. Nothing
here imports Qt: the window builds its widgets on top of a :class:`Runtime`.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from datetime import tzinfo
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from beziehung import paths
from beziehung.drafts import DraftStore, folder_for

if TYPE_CHECKING:
    from beziehung.clock import Clock
    from beziehung.core.services import Services

# Moves the backups of every database (one sub-folder each) out of the data folder.
BACKUPS_ENV = "BEZIEHUNG_BACKUPS"


@dataclass(frozen=True)
class Runtime:
    services: Services
    drafts: DraftStore
    url: str
    # The SQLite file, or None for a database server.
    database_path: Path | None
    data_dir: Path
    # Kept for encrypted backups; never shown (repr) or logged.
    passphrase: str | None = field(default=None, repr=False)

    @property
    def backups_folder(self) -> Path | None:
        """Where this database's backups go; None for a database server (it has its own)."""
        return backups_folder_for(self.database_path, self.data_dir)

    @property
    def server_backups(self) -> tuple[Path, str] | None:
        """A server database's backups folder on this machine and its name in file names;
        None for a file."""
        if self.database_path is not None:
            return None
        return server_backups_folder(self.url, self.data_dir), server_backups_name(self.url)

    @property
    def damaged(self) -> bool:
        """Marked damaged: opened read-only until a backup is restored."""
        from beziehung.core.integrity import is_marked

        return self.database_path is not None and is_marked(self.database_path)

    @property
    def where(self) -> str:
        """The database as a person would name it: the file, else the URL."""
        return str(self.database_path) if self.database_path is not None else self.url

    def close(self) -> None:
        """Let go of every database connection; the runtime is unusable afterwards."""
        self.services.context.engine.dispose()

    def __enter__(self) -> Runtime:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def backups_folder_for(database: Path | None, data_dir: Path) -> Path | None:
    """``$BEZIEHUNG_BACKUPS/<name>`` when set, else ``DATA/backups/<name>``; None for a server."""
    if database is None:
        return None
    from beziehung.core.backup import default_folder

    configured = os.environ.get(BACKUPS_ENV)
    if configured:
        return Path(configured).expanduser() / database.stem
    return default_folder(data_dir, database)


def server_backups_name(url: str) -> str:
    """A server database's name for its backups folder and files: host, port and database,
    never the user or password; only letters, digits, ``_`` and ``-`` (no dots, so that
    every file name keeps it whole)."""
    import re

    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    parts = (parsed.host or "localhost", str(parsed.port or 5432), parsed.database or "")
    return "_".join(re.sub(r"[^A-Za-z0-9-]+", "-", part).strip("-") or "-" for part in parts)


def server_backups_folder(url: str, data_dir: Path) -> Path:
    """``$BEZIEHUNG_BACKUPS/<name>`` when set, else ``DATA/backups/<name>``, as for a file."""
    from beziehung.core.backup import BACKUPS_FOLDER

    configured = os.environ.get(BACKUPS_ENV)
    base = Path(configured).expanduser() if configured else data_dir / BACKUPS_FOLDER
    return base / server_backups_name(url)


@dataclass(frozen=True)
class Location:
    """Where a database and its backups are, without opening it (a damaged file may not open)."""

    url: str
    database_path: Path | None
    data_dir: Path

    @property
    def backups_folder(self) -> Path | None:
        return backups_folder_for(self.database_path, self.data_dir)


def locate(db: str | None, home: Path | None = None) -> Location:
    from beziehung.core.db import sqlite_path

    url = paths.database_url(db, home)
    return Location(url, sqlite_path(url), paths.data_dir(home))


def open_runtime(
    db: str | None,
    *,
    clock: Clock | None = None,
    tz: tzinfo | None = None,
    home: Path | None = None,
    busy_timeout_ms: int | None = None,
    passphrase: str | None = None,
    register_user: bool = True,
) -> Runtime:
    """Open (creating or upgrading when needed) the database named by ``db`` — a file path, an
    SQLAlchemy URL, or None for ``BEZIEHUNG_DB`` or the default file — and everything on it.

    ``home`` moves every folder as ``BEZIEHUNG_HOME`` does; ``clock`` defaults to the system
    clock and ``tz`` (None) to the system's local rules; ``busy_timeout_ms`` is how long a
    statement waits for another program's write lock (the window waits briefly). Raises the
    domain errors of :func:`beziehung.core.migrate.open_database` (a newer schema, a foreign
    file, an empty file, a lock, a read-only place). A database marked damaged opens read-only.
    ``passphrase`` opens an encrypted file, or creates a new one encrypted
    (:mod:`beziehung.core.encryption`). ``register_user`` False opens a server database
    without making its role a user, for a command that must leave it as it was.
    """
    from beziehung.clock import SystemClock
    from beziehung.core.db import BUSY_TIMEOUT_MS, sqlite_path
    from beziehung.core.migrate import open_database
    from beziehung.core.services import Services
    from beziehung.core.services.users import server_login

    clock = clock or SystemClock()
    url = paths.database_url(db, home)
    data_dir = paths.data_dir(home)
    if data_dir.is_dir():
        # Made by an older version with the umask's 0755: the default database lives here.
        with contextlib.suppress(OSError):
            paths.private_dir(data_dir)
    engine = open_database(
        url, clock.now, passphrase, busy_timeout_ms=busy_timeout_ms or BUSY_TIMEOUT_MS
    )
    return Runtime(
        services=Services.build(
            engine, clock, tz, user_login=server_login(engine, clock.now(), register=register_user)
        ),
        drafts=DraftStore(folder_for(data_dir, url)),
        url=url,
        database_path=sqlite_path(url),
        data_dir=data_dir,
        passphrase=passphrase,
    )
