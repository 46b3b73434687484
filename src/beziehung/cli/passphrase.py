"""Where a script's passphrase comes from: ``--passphrase-file FILE``, else the environment."""

from __future__ import annotations

import os
from pathlib import Path

PASSPHRASE_ENV = "BEZIEHUNG_PASSPHRASE"


def read_passphrase_file(path: Path) -> str:
    content = path.read_text(encoding="utf-8")
    return content.removesuffix("\n").removesuffix("\r")


def given_passphrase(file: Path | None) -> str | None:
    """The passphrase a script gave: the file first, then the environment."""
    if file is not None:
        return read_passphrase_file(file)
    return os.environ.get(PASSPHRASE_ENV) or None
