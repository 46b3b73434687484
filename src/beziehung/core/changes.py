"""Has anybody written to the database since we last looked? One cheap query says.

On SQLite, ``PRAGMA data_version`` on a connection held open changes whenever any other
connection commits, in this process or another (the command line, a colleague). Other
databases have no such counter yet; there every look counts as a change.
"""

from __future__ import annotations

from sqlalchemy import Connection, Engine


class ChangeWatcher:
    def __init__(self, engine: Engine) -> None:
        self._connection: Connection | None = None
        self._version: int | None = None
        if engine.dialect.name == "sqlite":
            self._connection = engine.connect()
            self._version = self._read()

    def _read(self) -> int | None:
        assert self._connection is not None
        value = self._connection.exec_driver_sql("PRAGMA data_version").scalar()
        self._connection.rollback()  # no transaction may stay open between looks
        return None if value is None else int(value)

    def changed(self) -> bool:
        if self._connection is None:
            return True
        version = self._read()
        changed = version != self._version
        self._version = version
        return changed

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None
