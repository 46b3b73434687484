"""Reading text files as address books and spreadsheets write them."""

from __future__ import annotations

from pathlib import Path

from beziehung.core.errors import invalid


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM) where it is valid, else Windows-1252 (older Outlook)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise invalid(
            "file_unreadable",
            "Cannot read {path}: {reason}",
            path=str(path),
            reason=error.strerror or str(error),
        ) from None
