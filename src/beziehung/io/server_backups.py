"""Backups of a database on a server: its lossless archive, named and rotated as file backups.

A backup is the archive ``export archive`` writes (one consistent read of every table), tested
(every entry's checksum) before it gets a backup's name, ``NAME-YYYYMMDDTHHMMSSZ.archive.zip``.
Rotation is the file backups' own rule (:func:`beziehung.core.backup.rotate`). A restore
replaces all data with the archive's in one transaction; the current state is kept first as a
fresh backup.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import time
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from beziehung.core import backup
from beziehung.io.archive import export_archive, import_archive

if TYPE_CHECKING:
    from beziehung.core.services import Services

SUFFIX = ".archive.zip"
DUMP_SUFFIX = ".pg_dump"


def list_backups(folder: Path, name: str) -> list[backup.Backup]:
    """The backups of the database called ``name`` in ``folder``, newest first."""
    return backup.list_backups(folder, Path(name), SUFFIX)


def make_backup(
    services: Services,
    folder: Path,
    name: str,
    now: datetime,
    *,
    target: Path | None = None,
    rotate_after: bool = True,
) -> backup.Backup:
    """Write the archive, test it, name it and (in ``folder``) rotate; returns the backup.
    ``target`` writes it to that file instead (``backup --to``)."""
    destination = target or folder / backup.backup_name(name, now, SUFFIX)
    destination.parent.mkdir(parents=True, exist_ok=True)
    if target is None:
        remove_stale_partials(folder)
    raw = destination.with_name(f".{destination.name}{backup.PARTIAL}")
    try:
        export_archive(services, raw)
        with zipfile.ZipFile(raw) as archive:
            damaged = archive.testzip()
        if damaged is not None:
            raise OSError(5, f"the archive just written is unreadable at {damaged}", str(raw))
        os.replace(raw, destination)
    finally:
        raw.unlink(missing_ok=True)
    if target is None and rotate_after:
        backup.rotate(folder, Path(name), SUFFIX)
    return backup.Backup(
        destination, now.astimezone(UTC).replace(microsecond=0), destination.stat().st_size
    )


# A partial file nothing has written to for this long was left by a backup cut short (a
# window closed during it, a kill); one being written changes every few seconds.
STALE_PARTIAL_S = 600


def remove_stale_partials(folder: Path) -> list[Path]:
    """Remove what backups cut short left behind (full of client data, never a backup)."""
    removed = []
    limit = time.time() - STALE_PARTIAL_S
    for stale in folder.glob(f".*{backup.PARTIAL}"):
        with contextlib.suppress(OSError):
            if stale.stat().st_mtime < limit:
                stale.unlink()
                removed.append(stale)
    return removed


def dump_beside(
    services: Services, made: backup.Backup, folder: Path, name: str, *, rotate_after: bool = True
) -> Path:
    """PostgreSQL's own dump of the same database beside the archive ``made``, where pg_dump
    is installed (raises :class:`~beziehung.io.pg_dump.DumpUnavailable` saying why not).
    Rotated by the same rule; restored by the owner with pg_restore, not by Beziehung."""
    from beziehung.io.pg_dump import dump

    target = made.path.with_name(made.path.name.removesuffix(SUFFIX) + DUMP_SUFFIX)
    dump(services.context.engine.url, target)
    if rotate_after:
        backup.rotate(folder, Path(name), DUMP_SUFFIX)
    return target


@dataclass(frozen=True)
class Restored:
    backup: Path
    # The state before the restore, as a backup.
    previous: Path


def restore(services: Services, chosen: Path, folder: Path, name: str, now: datetime) -> Restored:
    """Replace all data with ``chosen``'s, after a fresh backup of the current state; an
    archive that does not restore leaves the data as it was (one transaction)."""
    if not chosen.is_file():
        raise FileNotFoundError(2, "No such file", str(chosen))
    folder.mkdir(parents=True, exist_ok=True)
    # Read from a copy: the backup of the current state, taken within the same second as
    # ``chosen``, gets its name and would write over it.
    # ``chosen``'s own name, so that a refusal names the file that was given.
    with tempfile.TemporaryDirectory(prefix=".restore-", dir=folder) as aside:
        copy = Path(aside) / chosen.name
        shutil.copyfile(chosen, copy)
        previous = make_backup(services, folder, name, now, rotate_after=False)
        import_archive(services, copy, replace=True)
    return Restored(chosen, previous.path)
