"""The atomic writer lives in :mod:`beziehung.core.atomic` (backups in core need it too); the
file formats keep importing it from here."""

from pathlib import Path

from beziehung.core.atomic import (
    FILE_MODE,
    TEMPORARY_SUFFIX,
    atomic_path,
    private_file,
    remove_leftovers,
    write_bytes,
    write_text,
)

__all__ = [
    "FILE_MODE",
    "TEMPORARY_SUFFIX",
    "Path",
    "atomic_path",
    "private_file",
    "remove_leftovers",
    "write_bytes",
    "write_text",
]
