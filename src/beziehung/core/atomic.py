"""Writing a file so that it is either wholly the new content or still the old one.

Every file Beziehung writes goes through :func:`atomic_path`: the content is written to a
temporary file beside the target (the same file system, so the final rename is atomic),
flushed to disk, and only then moved over the target. On any failure, a cancel or Ctrl+C, the
temporary file is removed and the previous file stays as it was. Files are readable by their
owner only: they hold notes about people.

A run that is killed (``kill -9``, a power cut) cannot remove its temporary file, which holds
client data. Temporary files are named ``.<target>.<pid>-<random>.part``; the next write into
the same folder removes those whose process no longer runs.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

FILE_MODE = 0o600
TEMPORARY_SUFFIX = ".part"
# Ours: ".<name>.<pid>-<8 random>.part"; before the process id was part of the name, the
# random part stood alone (still recognised, as a leftover of an older version).
_TEMPORARY_NAME = re.compile(r"^\..+\.(?:(?P<pid>\d+)-)?[a-z0-9_]{8}\.part$")
# Where no process can be asked whether it runs (Windows), a leftover is one this old.
_ABANDONED_AFTER_S = 24 * 3600


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """A fresh temporary path beside ``target`` to write to; it becomes ``target`` when the
    block ends without an error and is removed otherwise.

    The temporary file exists (empty) when the block starts, so an unwritable folder is
    reported before any work, as an ``OSError`` naming ``target``.
    """
    target = Path(target)
    remove_leftovers(target.parent)
    try:
        handle, name = tempfile.mkstemp(
            dir=target.parent, prefix=f".{target.name}.{os.getpid()}-", suffix=TEMPORARY_SUFFIX
        )
    except OSError as error:
        raise OSError(error.errno, error.strerror, str(target)) from None
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        # Writers such as zipfile or Qt's PDF writer may have made the file anew.
        os.chmod(temporary, FILE_MODE)
        _fsync_file(temporary)
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    _fsync_folder(target.parent)


def write_bytes(target: Path, data: bytes) -> None:
    with atomic_path(target) as temporary:
        temporary.write_bytes(data)


def write_text(target: Path, text: str, *, encoding: str = "utf-8") -> None:
    """Text exactly as given: line ends are not translated (vCard and iCalendar need CRLF)."""
    with atomic_path(target) as temporary, temporary.open("w", encoding=encoding, newline="") as f:
        f.write(text)


def private_file(path: Path) -> None:
    """Tighten a file written earlier (by an older, looser version, or copied in) to the
    owner only; a missing file or one of another user is left alone."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        if stat.S_IMODE(os.stat(path).st_mode) != FILE_MODE:
            os.chmod(path, FILE_MODE)


def remove_leftovers(folder: Path) -> list[Path]:
    """Remove this writer's temporary files in ``folder`` left by runs that were killed;
    returns what was removed. Another running process's files and this process's own are
    kept: they may be being written right now."""
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed  # a missing or unreadable folder is reported by the write itself
    for entry in entries:
        match = _TEMPORARY_NAME.match(entry.name)
        if match is None or not _abandoned(entry, match.group("pid")):
            continue
        with contextlib.suppress(OSError):
            os.unlink(entry.path)
            removed.append(Path(entry.path))
    return removed


def _abandoned(entry: os.DirEntry[str], pid: str | None) -> bool:
    try:
        if not entry.is_file(follow_symlinks=False):
            return False
        if os.name != "posix":
            return time.time() - entry.stat(follow_symlinks=False).st_mtime > _ABANDONED_AFTER_S
        if entry.stat(follow_symlinks=False).st_uid != os.getuid():
            return False
    except OSError:
        return False
    if pid is None:
        return True
    number = int(pid)
    if number == os.getpid():
        return False
    try:
        os.kill(number, 0)
    except ProcessLookupError:
        return True
    except (PermissionError, OverflowError, ValueError):
        return False
    return False


def _fsync_file(path: Path) -> None:
    with path.open("rb+") as stream:
        os.fsync(stream.fileno())


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable; folders cannot be opened for that on Windows."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
