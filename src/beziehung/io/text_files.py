"""Reading text files as address books and spreadsheets write them."""

from __future__ import annotations

import codecs
from pathlib import Path

from charset_normalizer import from_bytes

from beziehung.core.errors import invalid

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# What address books and spreadsheets in German offices write; a guess outside these (a
# Cyrillic or Greek code page for a short German file) is more often wrong than right.
_CANDIDATES = ["cp1252", "utf_16_le", "utf_16_be"]


def encoding_of(data: bytes) -> str:
    """The encoding of a whole file: a byte-order mark, else UTF-8 where it is valid, else
    UTF-16 without a mark (every other byte zero), else charset-normalizer's guess among the
    encodings of Western address books, else Windows-1252 (older Outlook)."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8"
    sample = data[:4096]
    if len(sample) >= 4:
        even, odd = sample[0::2], sample[1::2]
        if odd.count(0) > len(odd) * 0.3 and even.count(0) < len(even) * 0.05:
            return "utf-16-le"
        if even.count(0) > len(even) * 0.3 and odd.count(0) < len(odd) * 0.05:
            return "utf-16-be"
    best = from_bytes(data[:65536], cp_isolation=_CANDIDATES).best()
    return best.encoding if best is not None else "cp1252"


def decode(data: bytes) -> str:
    """The file's text in the encoding :func:`encoding_of` finds; bytes that do not fit are
    replaced rather than refusing the file."""
    return data.decode(encoding_of(data), errors="replace")


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
