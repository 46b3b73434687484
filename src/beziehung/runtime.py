"""What every way of starting Beziehung needs, opened in one place and closed in one place.

The command line, the window and the self-test all open the database, the services, the
draft store and the folders through :func:`open_runtime`, so they cannot drift apart. Nothing
here imports Qt: the window builds its widgets on top of a :class:`Runtime`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import tzinfo
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from beziehung import paths
from beziehung.drafts import DraftStore

if TYPE_CHECKING:
    from beziehung.clock import Clock
    from beziehung.core.services import Services

DRAFTS_FOLDER = "drafts"


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


def open_runtime(
    db: str | None,
    *,
    clock: Clock | None = None,
    tz: tzinfo | None = None,
    home: Path | None = None,
    passphrase: str | None = None,
) -> Runtime:
    """Open (creating or upgrading when needed) the database named by ``db`` — a file path, an
    SQLAlchemy URL, or None for ``BEZIEHUNG_DB`` or the default file — and everything on it.

    ``home`` moves every folder as ``BEZIEHUNG_HOME`` does; ``clock`` defaults to the system
    clock and ``tz`` (None) to the system's local rules. Raises the domain errors of
    :func:`beziehung.core.migrate.open_database` (a newer schema, a foreign file).
    ``passphrase`` opens an encrypted file, or creates a new one encrypted
    (:mod:`beziehung.core.encryption`).
    """
    from beziehung.clock import SystemClock
    from beziehung.core.db import sqlite_path
    from beziehung.core.migrate import open_database
    from beziehung.core.services import Services

    clock = clock or SystemClock()
    url = paths.database_url(db, home)
    data_dir = paths.data_dir(home)
    engine = open_database(url, clock.now, passphrase)
    return Runtime(
        services=Services.build(engine, clock, tz),
        drafts=DraftStore(data_dir / DRAFTS_FOLDER),
        url=url,
        database_path=sqlite_path(url),
        data_dir=data_dir,
        passphrase=passphrase,
    )
