"""The error log in the platformdirs log folder: details for us, never note text."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from beziehung import paths

LOG_NAME = "beziehung.log"


def log_file() -> Path:
    return paths.log_dir() / LOG_NAME


def setup() -> Path:
    """Send warnings and errors to the log file (created on first use); returns its path."""
    path = log_file()
    root = logging.getLogger("beziehung")
    if not any(isinstance(h, RotatingFileHandler) for h in root.handlers):
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8", delay=True
        )
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        root.setLevel(logging.INFO)
    return path
