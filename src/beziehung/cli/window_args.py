"""The arguments that only open the window, read without building the whole grammar.

``beziehung`` and ``beziehung --db FILE`` are how the window starts; building every
sub-command's parser (and importing each command module for it) cost as much as painting a
bare window. Anything else — a command, ``--help``, an abbreviation, an empty or odd value —
is left to :func:`beziehung.cli.parser.build_parser`, which says what is wrong.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

_OPTIONS = {"--db": "db", "--passphrase-file": "passphrase_file"}


@dataclass(frozen=True)
class WindowArgs:
    db: str | None = None
    passphrase_file: Path | None = None


def window_only(argv: Sequence[str]) -> WindowArgs | None:
    """The window's options when ``argv`` asks for nothing but the window, else None."""
    given: dict[str, str] = {}
    rest = list(argv)
    while rest:
        option, sep, value = rest.pop(0).partition("=")
        if option not in _OPTIONS or _OPTIONS[option] in given:
            return None
        if not sep:
            if not rest:
                return None
            value = rest.pop(0)
        if not value.strip() or value.startswith("-"):
            return None
        given[_OPTIONS[option]] = value
    file = given.get("passphrase_file")
    return WindowArgs(given.get("db"), None if file is None else Path(file))
