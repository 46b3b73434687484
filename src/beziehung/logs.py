"""The error log in the platformdirs log folder: details for us, never note text.

The log is still about our clients' affairs (which contact failed, which file), so the file
and its rotated copies are the owner's alone, in a folder that is the owner's alone.
"""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Any

from beziehung import paths
from beziehung.core.atomic import private_file

LOG_NAME = "beziehung.log"


def log_file() -> Path:
    return paths.log_dir() / LOG_NAME


class _PrivateRotatingFileHandler(RotatingFileHandler):
    def _open(self) -> Any:
        # Every opening: the first one and each one after a rotation, whatever the umask.
        stream = super()._open()
        private_file(Path(self.baseFilename))
        return stream


def setup() -> Path:
    """Send warnings and errors to the log file (created on first use); returns its path."""
    path = log_file()
    root = logging.getLogger("beziehung")
    if not any(isinstance(h, RotatingFileHandler) for h in root.handlers):
        paths.private_dir(path.parent)
        handler = _PrivateRotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8", delay=True
        )
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        root.setLevel(logging.INFO)
    return path
