"""Is the database file sound, and what does an error from it mean for the person using it?

A database found damaged — by ``PRAGMA quick_check`` or by any "malformed" error at any moment —
gets a marker file beside it (``NAME.damaged``). Every open reads the marker and opens such a
database read-only until a restore removes it, so nothing is ever written into a damaged file.

:func:`storage_error` turns SQLite's errors into one clear sentence each (a code the window
translates): damaged, locked by another program, read-only file or folder, full disk.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from beziehung.core.errors import DomainError

MARKER_SUFFIX = ".damaged"

_CORRUPTION = ("malformed", "not a database", "corrupt", "database disk image")
_LOCKED = ("database is locked", "database table is locked", "database schema is locked")


class StorageError(DomainError):
    """The database file cannot be used as asked; nothing was written."""

    code = "storage"


def damaged(where: str) -> StorageError:
    return StorageError(
        "db_damaged",
        "The database {where} is damaged and open read-only; nothing was written. Restore a "
        "backup ('beziehung backups', 'beziehung restore') or rescue the data "
        "('beziehung salvage')",
        where=where,
    )


def locked(where: str) -> StorageError:
    return StorageError(
        "db_locked",
        "Another program is writing to the database {where}; try again",
        where=where,
    )


def empty_file(where: str) -> StorageError:
    return StorageError(
        "db_empty", "{where} is an empty file, not a Beziehung database", where=where
    )


def read_only_file(where: str) -> StorageError:
    return StorageError(
        "db_readonly_file",
        "The database file {where} is read-only; Beziehung cannot save changes to it",
        where=where,
    )


def read_only_folder(folder: str) -> StorageError:
    return StorageError(
        "db_readonly_folder",
        "The folder {folder} is read-only; Beziehung cannot write its database there",
        folder=folder,
    )


def disk_full(where: str) -> StorageError:
    return StorageError(
        "disk_full",
        "The disk holding {where} is full; nothing was written. Free some space and try again",
        where=where,
    )


# --- the marker ------------------------------------------------------------------------------


def marker_path(database: Path) -> Path:
    return database.with_name(database.name + MARKER_SUFFIX)


def is_marked(database: Path) -> bool:
    return marker_path(database).exists()


def mark_damaged(database: Path, reason: str) -> None:
    """Remember that ``database`` is damaged; every later open reads it read-only."""
    from beziehung.core.atomic import write_text

    # The reason is SQLite's own wording ("database disk image is malformed"), never data.
    # A folder that refuses the marker also refuses every write; the error still shows.
    with contextlib.suppress(OSError):
        write_text(marker_path(database), reason.strip()[:500] + "\n")


def marked_reason(database: Path) -> str | None:
    try:
        return marker_path(database).read_text(encoding="utf-8").strip() or "damaged"
    except OSError:
        return None


def clear_mark(database: Path) -> None:
    marker_path(database).unlink(missing_ok=True)


SQLITE_HEADER = b"SQLite format 3\x00"


def has_sqlite_header(database: Path) -> bool:
    """Does the file start as every SQLite database does? (Unreadable files count as yes:
    opening them says what is wrong.)"""
    try:
        with database.open("rb") as stream:
            return stream.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return True


# --- reading errors ---------------------------------------------------------------------------


def is_corruption(error: BaseException) -> bool:
    if not isinstance(error, sqlite3.DatabaseError) or is_locked(error):
        return False
    text = str(error).lower()
    return any(word in text for word in _CORRUPTION)


def is_locked(error: BaseException) -> bool:
    text = str(error).lower()
    return isinstance(error, sqlite3.OperationalError) and any(w in text for w in _LOCKED)


def _is_full(error: BaseException) -> bool:
    text = str(error).lower()
    return "disk is full" in text or getattr(error, "sqlite_errorname", "") == "SQLITE_FULL"


def storage_error(
    error: BaseException, database: Path | None, where: str, *, read_only: bool = False
) -> StorageError | None:
    """The sentence for an SQLite error about the file itself, or None for any other error.

    A corruption error marks the database damaged. ``read_only`` says the database was opened
    read-only because it is damaged, so a refused write means exactly that.
    """
    if not isinstance(error, sqlite3.DatabaseError):
        return None
    if is_locked(error):
        return locked(where)
    if is_corruption(error):
        if database is not None:
            mark_damaged(database, str(error))
        return damaged(where)
    text = str(error).lower()
    if "readonly database" in text or "read-only" in text:
        if read_only:
            return damaged(where)
        if database is not None and not _folder_writable(database):
            return read_only_folder(str(database.parent))
        return read_only_file(where)
    if _is_full(error):
        return disk_full(where)
    if database is not None and ("unable to open" in text or "disk i/o error" in text):
        return _file_problem(database, where)
    return None


def _folder_writable(database: Path) -> bool:
    return os.access(database.parent, os.W_OK | os.X_OK)


def _file_problem(database: Path, where: str) -> StorageError | None:
    """SQLite says "disk I/O error" or "unable to open" for several causes; find which."""
    if not _folder_writable(database):
        return read_only_folder(str(database.parent))
    if database.exists() and not os.access(database, os.W_OK):
        return read_only_file(where)
    if _disk_full_at(database.parent):
        return disk_full(where)
    return None


def _disk_full_at(folder: Path) -> bool:
    try:
        stats = os.statvfs(folder)
    except (OSError, AttributeError):
        return False
    return stats.f_bavail == 0


def os_error(error: OSError, where: str) -> StorageError | None:
    """A full disk or read-only place met while writing a backup or a copy."""
    if error.errno == errno.ENOSPC:
        return disk_full(where)
    if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return read_only_folder(str(Path(error.filename or where).parent))
    return None


# --- checking ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class CheckResult:
    healthy: bool
    # SQLite's first complaint, or "ok".
    detail: str


def quick_check(database: Path, passphrase: str | None = None) -> CheckResult:
    """``PRAGMA quick_check`` on ``database``, read-only; never raises for a damaged file.
    With a ``passphrase`` the file is read through SQLCipher (a wrong one raises)."""
    if passphrase is not None:
        from beziehung.core import encryption

        return encryption.quick_check(database, passphrase)
    try:
        connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=10)
    except sqlite3.Error as error:
        return CheckResult(False, str(error))
    try:
        rows = connection.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as error:
        if is_locked(error):
            raise
        return CheckResult(False, str(error))
    finally:
        connection.close()
    return check_result(rows)


def check_result(rows: list[tuple[object, ...]]) -> CheckResult:
    """``quick_check``'s answer as one result. SQLite's first complaint may span lines
    ("*** in database main ***" then the page); messages and the mark are one line each."""
    if not rows:
        return CheckResult(False, "no answer")
    first = str(rows[0][0])
    one_line = " ".join(first.replace("*** in database main ***", "").split())
    return CheckResult(first == "ok", one_line or first)


def check_and_mark(database: Path, passphrase: str | None = None) -> CheckResult:
    """Check ``database`` and mark it damaged when the check fails.

    An encrypted file is checked with its ``passphrase``. Without one, a file without SQLite's
    header (encrypted, or not a database at all) is refused unmarked: read without its key an
    encrypted file looks like garbage, and a mark would lock a sound database into read-only
    use. A wrong passphrase raises and marks nothing either."""
    from beziehung.core import encryption

    keyed = passphrase is not None and encryption.is_encrypted(database)
    plain = not database.is_file() or not database.stat().st_size or has_sqlite_header(database)
    if not keyed and not plain:
        raise StorageError(
            "check_not_plain",
            "The database {where} is encrypted or not a plain SQLite file; it was not checked "
            "and not marked. An encrypted one is checked with its passphrase "
            "(--passphrase-file FILE or BEZIEHUNG_PASSPHRASE)",
            where=str(database),
        )
    result = quick_check(database, passphrase if keyed else None)
    if not result.healthy:
        mark_damaged(database, result.detail)
    return result
