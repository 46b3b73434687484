"""Writing a file so that it is either wholly the new content or still the old one.

Every file Beziehung writes goes through :func:`atomic_path`: the content is written to a
temporary file beside the target (the same file system, so the final rename is atomic),
flushed to disk, and only then moved over the target. On any failure, a cancel or Ctrl+C, the
temporary file is removed and the previous file stays as it was. Files are readable by their
owner only: they hold notes about people.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

FILE_MODE = 0o600
TEMPORARY_SUFFIX = ".part"


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """A fresh temporary path beside ``target`` to write to; it becomes ``target`` when the
    block ends without an error and is removed otherwise.

    The temporary file exists (empty) when the block starts, so an unwritable folder is
    reported before any work, as an ``OSError`` naming ``target``.
    """
    target = Path(target)
    try:
        handle, name = tempfile.mkstemp(
            dir=target.parent, prefix=f".{target.name}.", suffix=TEMPORARY_SUFFIX
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
