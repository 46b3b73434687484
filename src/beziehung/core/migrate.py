"""Bringing a database to the schema this code expects.

Start-up asks the database for its revision with one cheap query; alembic is imported only when
that differs from :data:`HEAD`. Before an existing SQLite database is upgraded it is copied with
SQLite's online backup API (a plain file copy of a WAL database can be torn).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from beziehung.core import integrity, search
from beziehung.core.backup import online_copy
from beziehung.core.db import (
    BUSY_TIMEOUT_MS,
    enable_wal,
    make_engine,
    settle_bulk_write,
    sqlite_path,
)
from beziehung.core.errors import SchemaError

# Every revision this code knows, oldest first; the last is the head.
KNOWN_REVISIONS = (
    "0001",
    "0002",
    "0003",
    "0004",
    "0005",
    "0006",
    "0007",
    "0008",
    "0009",
    "0010",
)
HEAD = KNOWN_REVISIONS[-1]
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def include_name(name: str | None, type_: str, _parents: object) -> bool:
    """What alembic compares: the full-text tables are made by hand, not from the models."""
    return not (type_ == "table" and name is not None and search.is_table_of_index(name))


def current_revision(engine: Engine) -> str | None:
    """The database's schema revision, or None for a database without one."""
    try:
        with engine.connect() as conn:
            return conn.scalar(text("SELECT version_num FROM alembic_version"))
    except DBAPIError:
        return None


def _has_foreign_tables(engine: Engine) -> bool:
    if engine.dialect.name != "sqlite":
        return False
    with engine.connect() as conn:
        return bool(conn.scalar(text("SELECT count(*) FROM sqlite_master WHERE type = 'table'")))


def alembic_config():  # noqa: ANN201 - alembic is imported only here
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


MIGRATION_BACKUPS_KEPT = 3


def _migration_backups(db_path: Path) -> list[Path]:
    """The finished migration copies of ``db_path``, oldest first (the stamp sorts by time)."""
    pattern = f"{db_path.stem}.backup-*{db_path.suffix or '.db'}"
    found = [p for p in db_path.parent.glob(pattern) if not p.name.startswith(".")]
    return sorted(found, key=lambda p: p.name.rsplit("-", 1)[-1])


def _remove_partial_backups(db_path: Path) -> None:
    # A copy interrupted by a crash or a kill: its temporary name says it was never finished.
    for stale in db_path.parent.glob(f".{db_path.stem}.backup-*{PARTIAL_SUFFIX}*"):
        stale.unlink(missing_ok=True)


PARTIAL_SUFFIX = ".partial"


def backup_sqlite(db_path: Path, label: str, now: datetime, passphrase: str | None = None) -> Path:
    """Copy a live SQLite database with the online backup API; returns the copy's path.

    The copy is written under a hidden temporary name and renamed when complete, so a copy
    cut short never looks like a backup; leftovers of earlier attempts are removed, and only
    the newest :data:`MIGRATION_BACKUPS_KEPT` migration copies are kept. An encrypted
    database's copy is encrypted with the same passphrase.
    """
    stamp = now.strftime("%Y%m%dT%H%M%S")
    target = db_path.with_name(f"{db_path.stem}.backup-{label}-{stamp}{db_path.suffix or '.db'}")
    _remove_partial_backups(db_path)
    partial = target.with_name(f".{target.name}{PARTIAL_SUFFIX}")
    partial.unlink(missing_ok=True)
    try:
        if passphrase is not None:
            from beziehung.core import encryption

            encryption.backup(db_path, partial, passphrase)
        else:
            online_copy(db_path, partial)
        os.replace(partial, target)
    except BaseException:
        for leftover in (partial, partial.with_name(partial.name + "-journal")):
            leftover.unlink(missing_ok=True)
        raise
    for old in _migration_backups(db_path)[:-MIGRATION_BACKUPS_KEPT]:
        old.unlink(missing_ok=True)
    return target


def upgrade(engine: Engine, target: str = "head") -> None:
    _move(engine, target, down=False)


def downgrade(engine: Engine, target: str) -> None:
    """Back to the older revision ``target``: for tests of a revision's way down."""
    _move(engine, target, down=True)


def _move(engine: Engine, target: str, *, down: bool) -> None:
    from alembic import command

    config = alembic_config()
    with engine.connect() as conn:
        sqlite = engine.dialect.name == "sqlite"
        # Outside any transaction, where SQLite honours the pragma.
        raw = conn.connection.dbapi_connection if sqlite else None
        if raw is not None:
            # Batch migrations copy and drop tables; with foreign keys on, dropping a parent
            # table would cascade-delete its children. Checked again before committing.
            raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                config.attributes["connection"] = conn
                (command.downgrade if down else command.upgrade)(config, target)
                # Migrations copy tables and seed rows with their ids.
                settle_bulk_write(conn)
                if sqlite and conn.exec_driver_sql("PRAGMA foreign_key_check").first():
                    raise SchemaError(
                        "migration_fk",
                        "The database upgrade would break links between records; nothing was "
                        "changed",
                    )
        finally:
            if raw is not None:
                raw.execute("PRAGMA foreign_keys=ON")


def prepare(
    engine: Engine, url: str, now: Callable[[], datetime], passphrase: str | None = None
) -> Path | None:
    """Upgrade the database if needed; returns the backup's path when one was made."""
    revision = current_revision(engine)
    backup = None
    if revision != HEAD:
        if revision is not None and revision not in KNOWN_REVISIONS:
            raise SchemaError(
                "schema_too_new",
                "The database {where} was written by a newer version of Beziehung (schema "
                "{revision}); please update Beziehung to open it",
                where=_where(url),
                revision=revision,
            )
        if revision is None and _has_foreign_tables(engine):
            raise SchemaError(
                "not_ours",
                "The file {where} is not a Beziehung database",
                where=_where(url),
            )
        path = sqlite_path(url)
        if revision is not None and path is not None:
            backup = backup_sqlite(path, f"{revision}-to-{HEAD}", now(), passphrase)
        upgrade(engine)
    enable_wal(engine)
    with engine.begin() as conn:
        search.ensure_current(conn)
    return backup


def open_database(
    url: str,
    now: Callable[[], datetime],
    passphrase: str | None = None,
    *,
    busy_timeout_ms: int = BUSY_TIMEOUT_MS,
) -> Engine:
    """An engine on an up-to-date database at ``url``, created when missing; a new file is
    created encrypted when a ``passphrase`` is given (:mod:`.encryption`).

    A database marked damaged (:mod:`beziehung.core.integrity`) is opened read-only and left
    as it is; an existing empty file is refused rather than made into a new database.
    """
    _check_encryption(url, passphrase)
    path = sqlite_path(url)
    read_only = False
    if path is not None:
        if path.is_file() and path.stat().st_size == 0:
            raise integrity.empty_file(str(path))
        # An encrypted file has no readable header; its passphrase was checked above.
        if passphrase is None and path.is_file() and not integrity.has_sqlite_header(path):
            # Not damage: some other file was named. It is never marked or written.
            raise SchemaError(
                "not_ours", "The file {where} is not a Beziehung database", where=str(path)
            )
        read_only = integrity.is_marked(path)
        if not path.exists() and path.parent.is_dir() and not os.access(path.parent, os.W_OK):
            raise integrity.read_only_folder(str(path.parent))
    engine = make_engine(url, passphrase, busy_timeout_ms=busy_timeout_ms, read_only=read_only)
    try:
        if read_only:
            # Nothing may be written, not even a migration; reading is what is left.
            current_revision(engine)
        else:
            prepare(engine, url, now, passphrase)
    except DBAPIError as error:
        engine.dispose()
        if passphrase is not None and "file is not a database" in str(error.orig):
            from beziehung.core import encryption

            raise encryption.wrong_passphrase(_where(url)) from None
        known = (
            integrity.storage_error(error.orig, path, _where(url), read_only=read_only)
            if error.orig is not None
            else None
        )
        if known is not None:
            raise known from error
        raise SchemaError(
            "db_unusable",
            "Cannot open the database {where}: {reason}",
            where=_where(url),
            # A server's reason spans lines (libpq adds a hint); one line is told.
            reason=" ".join(str(error.orig).split()) or type(error.orig).__name__,
        ) from error
    except BaseException:
        engine.dispose()
        raise
    return engine


def _check_encryption(url: str, passphrase: str | None) -> None:
    path = sqlite_path(url)
    if path is None and passphrase is None:
        return
    from beziehung.core import encryption

    if path is None:
        raise encryption.EncryptionError(
            "encryption_file_only",
            "Only a database file can be encrypted, not {where}",
            where=_where(url),
        )
    encryption.check_access(path, passphrase)


def _where(url: str) -> str:
    path = sqlite_path(url)
    if path is not None:
        return str(path)
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)
