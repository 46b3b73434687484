"""Where Beziehung keeps its files.

The folders come from platformdirs under the fixed application identity, so they never move
between versions. ``BEZIEHUNG_DB`` or ``--db`` point the app at another database, and
``BEZIEHUNG_HOME`` moves every folder at once (tests and portable installs use it).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from beziehung import APP_ID

DB_ENV = "BEZIEHUNG_DB"
HOME_ENV = "BEZIEHUNG_HOME"
DEFAULT_DB_NAME = "beziehung.db"


def _dirs():
    from platformdirs import PlatformDirs

    return PlatformDirs(appname=APP_ID, appauthor=False, roaming=False)


def _home() -> Path | None:
    home = os.environ.get(HOME_ENV)
    return Path(home) if home else None


def data_dir() -> Path:
    home = _home()
    return home / "data" if home else Path(_dirs().user_data_dir)


def config_dir() -> Path:
    home = _home()
    return home / "config" if home else Path(_dirs().user_config_dir)


def log_dir() -> Path:
    home = _home()
    return home / "log" if home else Path(_dirs().user_log_dir)


def default_db_path() -> Path:
    return data_dir() / DEFAULT_DB_NAME


def database_url(db: str | None = None) -> str:
    """Turn ``--db`` (a path or an SQLAlchemy URL), ``BEZIEHUNG_DB`` or the default into a URL."""
    value = db or os.environ.get(DB_ENV) or ""
    if "://" in value:
        return value
    path = Path(value).expanduser() if value else default_db_path()
    return f"sqlite:///{path.resolve()}"


def resource_root() -> Path:
    """Resources ship inside the package; a frozen app unpacks them below ``sys._MEIPASS``."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "beziehung" / "resources"
    return Path(__file__).resolve().parent / "resources"
