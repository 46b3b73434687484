"""Automatic, verified, rotated backups of an SQLite database, and restoring one.

A backup is SQLite's online-backup copy (consistent even while the window writes), checked
with ``PRAGMA quick_check`` and gzip-compressed under a name that only a finished, verified copy
gets (``NAME-YYYYMMDDTHHMMSSZ.sqlite3.gz``). A copy that fails the check never enters the
folder, and its source is marked damaged — so damage never rotates the good copies out.

An encrypted database's backup is a keyed copy (SQLCipher's online backup, same key),
checked with that key before it is named, then compressed and rotated like any other; without
the passphrase it is unreadable, also after gunzip.

Rotation keeps the newest backup of each of the last 7 days, 4 weeks and 12 months that have
one (the way ``borg prune --keep-daily 7 --keep-weekly 4 --keep-monthly 12`` counts).

A restore writes the backup into the live file with the same online-backup API, so a window
open on the database sees the restored data on its next look (``PRAGMA data_version``); only a
file too damaged for SQLite to open is replaced on disk instead.
"""

from __future__ import annotations

import gzip
import os
import shutil
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from beziehung.core import integrity
from beziehung.core.atomic import atomic_path
from beziehung.core.db import BUSY_TIMEOUT_MS

BACKUPS_FOLDER = "backups"
SUFFIX = ".sqlite3.gz"
PARTIAL = ".partial"
STAMP = "%Y%m%dT%H%M%SZ"
KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12
# Fast compression: a 1 GB database is written in seconds, at most a little larger.
COMPRESSION_LEVEL = 1
_CHUNK = 1 << 20


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime
    size: int
    # Only copies that passed ``quick_check`` get a backup's name.
    verified: bool = True


def default_folder(data_dir: Path, database: Path) -> Path:
    """``DATA/backups/<database name>/``: beside the database's data, one folder per file."""
    return data_dir / BACKUPS_FOLDER / database.stem


def backup_name(database_stem: str, now: datetime, suffix: str = SUFFIX) -> str:
    """A backup's file name: the database's name and the UTC time; :func:`_stamp_of` reads
    it back."""
    return f"{database_stem}-{now.astimezone(UTC).strftime(STAMP)}{suffix}"


def _stamp_of(path: Path, database_stem: str, suffix: str = SUFFIX) -> datetime | None:
    name = path.name
    prefix = f"{database_stem}-"
    if not name.startswith(prefix) or not name.endswith(suffix):
        return None
    try:
        return datetime.strptime(name[len(prefix) : -len(suffix)], STAMP).replace(tzinfo=UTC)
    except ValueError:
        return None


def list_backups(folder: Path, database: Path, suffix: str = SUFFIX) -> list[Backup]:
    """The verified backups of ``database`` in ``folder``, newest first; ``suffix`` names
    another kind (a server's archives)."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        taken = _stamp_of(path, database.stem, suffix)
        if taken is not None and path.is_file():
            found.append(Backup(path, taken, path.stat().st_size))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def changed_since(database: Path, moment: datetime) -> bool:
    """Has anything been written to ``database`` (or its write-ahead log) after ``moment``?"""
    newest = 0.0
    for part in (database, database.with_name(database.name + "-wal")):
        try:
            newest = max(newest, part.stat().st_mtime)
        except FileNotFoundError:
            continue
    return newest > moment.timestamp()


def needs_backup(database: Path, folder: Path) -> bool:
    """True when there is no backup yet or the database changed since the newest one."""
    backups = list_backups(folder, database)
    return not backups or changed_since(database, backups[0].taken_at)


def to_keep(
    moments: Iterable[datetime],
    daily: int = KEEP_DAILY,
    weekly: int = KEEP_WEEKLY,
    monthly: int = KEEP_MONTHLY,
) -> set[datetime]:
    """Which backups rotation keeps: the newest of each of the last ``daily`` days, ``weekly``
    ISO weeks and ``monthly`` months that have a backup. A pure function of the moments."""
    newest_first = sorted(moments, reverse=True)
    kept: set[datetime] = set()
    rules = (
        (daily, lambda m: m.date()),
        (weekly, lambda m: m.isocalendar()[:2]),
        (monthly, lambda m: (m.year, m.month)),
    )
    for count, period in rules:
        seen: list[object] = []
        for moment in newest_first:
            key = period(moment)
            if key in seen:
                continue
            if len(seen) == count:
                break
            seen.append(key)
            kept.add(moment)
    return kept


def rotate(folder: Path, database: Path, suffix: str = SUFFIX) -> list[Path]:
    """Remove the backups rotation does not keep; returns what was removed."""
    backups = list_backups(folder, database, suffix)
    kept = to_keep(b.taken_at for b in backups)
    removed = [b.path for b in backups if b.taken_at not in kept]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def _remove_partials(folder: Path) -> None:
    # Left by a backup cut short (a kill, a crash, a full disk); never a backup.
    for stale in folder.glob(f".*{PARTIAL}*"):
        stale.unlink(missing_ok=True)


def online_copy(source: Path, target: Path, passphrase: str | None = None) -> None:
    """A consistent copy of a live SQLite file through the online backup API, as one file;
    an encrypted one (with its ``passphrase``) is copied through SQLCipher, keeping its key."""
    if passphrase is not None:
        from beziehung.core import encryption

        encryption.backup(source, target, passphrase)
        return
    connection = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        copy = sqlite3.connect(target)
        try:
            connection.backup(copy)
            # One self-contained file: no write-ahead log beside it.
            copy.execute("PRAGMA journal_mode=DELETE")
        finally:
            copy.close()
    finally:
        connection.close()


def _compress(source: Path, target: Path) -> None:
    with (
        atomic_path(target) as temporary,
        source.open("rb") as raw,
        gzip.open(temporary, "wb", COMPRESSION_LEVEL) as packed,
    ):
        shutil.copyfileobj(raw, packed, _CHUNK)


def make_backup(
    database: Path,
    folder: Path,
    now: datetime,
    *,
    target: Path | None = None,
    rotate_after: bool = True,
    passphrase: str | None = None,
) -> Backup:
    """Copy, verify, compress and (in ``folder``) rotate; returns the new backup.

    ``target`` writes the backup to that file instead of into ``folder`` (``backup --to``).
    A copy that fails the check marks ``database`` damaged and raises
    :class:`~beziehung.core.integrity.StorageError`; the folder is left as it was.
    An encrypted ``database`` needs its ``passphrase``; its backup is encrypted with the same
    key (a plain database ignores one).
    """
    where = str(database)
    if not database.is_file():
        raise FileNotFoundError(2, "No such file", str(database))
    key = _key_for(database, passphrase)
    destination = target or folder / backup_name(database.stem, now)
    destination.parent.mkdir(parents=True, exist_ok=True)
    _remove_partials(destination.parent)
    raw = destination.with_name(f".{destination.name}{PARTIAL}")
    try:
        try:
            online_copy(database, raw, key)
        except sqlite3.DatabaseError as error:
            problem = integrity.storage_error(error, database, where)
            raise problem or error from error
        result = integrity.quick_check(raw, key)
        if not result.healthy:
            integrity.mark_damaged(database, result.detail)
            raise integrity.damaged(where)
        _compress(raw, destination)
    except OSError as error:
        problem = integrity.os_error(error, str(destination))
        if problem is not None:
            raise problem from error
        raise
    finally:
        for leftover in (raw, raw.with_name(raw.name + "-journal")):
            leftover.unlink(missing_ok=True)
    if target is None and rotate_after:
        rotate(folder, database)
    return Backup(
        destination, now.astimezone(UTC).replace(microsecond=0), destination.stat().st_size
    )


def _key_for(database: Path, passphrase: str | None) -> str | None:
    """The key to read ``database`` with: None for a plain file, else its passphrase, which
    is verified first, so that a wrong one never reads as damage."""
    from beziehung.core import encryption

    if not encryption.is_encrypted(database):
        return None
    if passphrase is None:
        # Read without its key the file looks like garbage: the copy would fail the check
        # and mark a sound database damaged.
        raise integrity.StorageError(
            "backup_encrypted",
            "The database {where} is encrypted; its backups need its passphrase "
            "(--passphrase-file FILE or BEZIEHUNG_PASSPHRASE)",
            where=str(database),
        )
    encryption.verify(database, passphrase)
    return passphrase


def _unpack(backup: Path, target: Path) -> None:
    with gzip.open(backup, "rb") as packed, target.open("wb") as raw:
        shutil.copyfileobj(packed, raw, _CHUNK)
        raw.flush()
        os.fsync(raw.fileno())


@dataclass(frozen=True)
class Restored:
    backup: Path
    # The state before the restore: a verified backup, or the damaged file moved aside.
    previous: Path | None


def restore(
    backup: Path, database: Path, folder: Path, now: datetime, passphrase: str | None = None
) -> Restored:
    """Put ``backup``'s data into ``database``; the current state is kept first.

    A healthy current database is backed up (verified, rotated as usual); a damaged one is
    copied aside unchanged as ``damaged-STAMP.sqlite3`` in ``folder``. The backup is checked
    before anything is replaced, and the damage mark is cleared only when all went well.

    An encrypted backup is opened with ``passphrase`` (a wrong one raises before anything is
    written). The restored data takes the database's present form: a plain backup restored
    into an encrypted database is encrypted with its passphrase, an encrypted one restored
    into a plain database is written plain.
    """
    from beziehung.core import encryption

    if not backup.is_file():
        raise FileNotFoundError(2, "No such file", str(backup))
    current = _key_for(database, passphrase)
    folder.mkdir(parents=True, exist_ok=True)
    unpacked = database.with_name(f".{database.name}.restore{PARTIAL}")
    converted = database.with_name(f".{database.name}.convert{PARTIAL}")
    try:
        try:
            _unpack(backup, unpacked)
        except (OSError, EOFError, gzip.BadGzipFile) as error:
            raise _not_a_backup(backup) from error
        key = _backup_key(unpacked, backup, passphrase)
        if not integrity.quick_check(unpacked, key).healthy:
            raise _not_a_backup(backup)
        # The database's own form decides; a missing or empty one takes the backup's.
        wanted = current if database.is_file() and database.stat().st_size else key
        if wanted != key:
            converted.unlink(missing_ok=True)
            encryption.copy_as(unpacked, key, converted, wanted)
            os.replace(converted, unpacked)
        previous = _keep_current(database, folder, now, passphrase)
        _write_into(unpacked, database, wanted)
    finally:
        unpacked.unlink(missing_ok=True)
        converted.unlink(missing_ok=True)
    integrity.clear_mark(database)
    return Restored(backup, previous)


def _backup_key(unpacked: Path, backup: Path, passphrase: str | None) -> str | None:
    from beziehung.core import encryption

    if not encryption.is_encrypted(unpacked):
        return None
    if passphrase is None:
        raise encryption.EncryptionError(
            "backup_needs_passphrase",
            "The backup {backup} is encrypted; give its passphrase with --passphrase-file "
            "FILE or BEZIEHUNG_PASSPHRASE; nothing was changed",
            backup=str(backup),
        )
    try:
        encryption.verify(unpacked, passphrase)
    except encryption.EncryptionError as error:
        if error.code != "wrong_passphrase":
            raise
        raise encryption.wrong_passphrase(str(backup)) from None
    return passphrase


def _not_a_backup(backup: Path) -> integrity.StorageError:
    return integrity.StorageError(
        "backup_unusable",
        "{backup} is not a usable Beziehung backup; nothing was changed",
        backup=str(backup),
    )


def _keep_current(
    database: Path, folder: Path, now: datetime, passphrase: str | None
) -> Path | None:
    if not database.is_file() or database.stat().st_size == 0:
        return None
    if not integrity.is_marked(database):
        try:
            return make_backup(
                database, folder, now, rotate_after=False, passphrase=passphrase
            ).path
        except integrity.StorageError as error:
            if error.code != "db_damaged":
                raise
    aside = folder / f"damaged-{now.astimezone(UTC).strftime(STAMP)}.sqlite3"
    with atomic_path(aside) as temporary:
        shutil.copyfile(database, temporary)
    return aside


def _write_into(unpacked: Path, database: Path, passphrase: str | None) -> None:
    """The online-backup API writes every page of the live file under SQLite's own locks, so
    open connections (the window) read the restored data next; a file SQLite cannot open at
    all is replaced on disk, with its write-ahead log, instead. Encrypted files (source and
    destination with the same key) are written through SQLCipher."""
    if passphrase is not None:
        from beziehung.core import encryption

        driver = encryption.dbapi()
        key = encryption.keyer(passphrase)
    else:
        driver, key = sqlite3, None
    source = driver.connect(unpacked)
    try:
        destination = driver.connect(database, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            if key is not None:
                key(source, None)
                key(destination, None)
            source.backup(destination)
            return
        except driver.DatabaseError as error:
            if "locked" in str(error).lower():
                raise integrity.locked(str(database)) from error
            if not _is_corruption(error):
                problem = integrity.storage_error(error, None, str(database))
                raise problem or error from error
        finally:
            destination.close()
    finally:
        source.close()
    for part in ("-wal", "-shm"):
        database.with_name(database.name + part).unlink(missing_ok=True)
    os.replace(unpacked, database)


def _is_corruption(error: Exception) -> bool:
    # SQLCipher's errors are its own classes with SQLite's wording.
    if isinstance(error, sqlite3.DatabaseError):
        return integrity.is_corruption(error)
    text = str(error).lower()
    return "locked" not in text and any(word in text for word in ("malformed", "corrupt"))
