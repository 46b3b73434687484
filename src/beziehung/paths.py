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


def _home(home: Path | None = None) -> Path | None:
    """``home`` when given, else ``BEZIEHUNG_HOME``, else None (the platform's folders)."""
    if home is not None:
        return home
    value = os.environ.get(HOME_ENV)
    return Path(value) if value else None


def data_dir(home: Path | None = None) -> Path:
    root = _home(home)
    return root / "data" if root else Path(_dirs().user_data_dir)


def config_dir(home: Path | None = None) -> Path:
    root = _home(home)
    return root / "config" if root else Path(_dirs().user_config_dir)


def log_dir(home: Path | None = None) -> Path:
    root = _home(home)
    return root / "log" if root else Path(_dirs().user_log_dir)


def default_db_path(home: Path | None = None) -> Path:
    return data_dir(home) / DEFAULT_DB_NAME


def database_url(db: str | None = None, home: Path | None = None) -> str:
    """Turn ``--db`` (a path or an SQLAlchemy URL), ``BEZIEHUNG_DB`` or the default into a URL."""
    value = db or os.environ.get(DB_ENV) or ""
    if "://" in value:
        return value
    path = Path(value).expanduser() if value else default_db_path(home)
    return f"sqlite:///{path.resolve()}"


def resource_root() -> Path:
    """Resources ship inside the package; a frozen app unpacks them below ``sys._MEIPASS``."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "beziehung" / "resources"
    return Path(__file__).resolve().parent / "resources"
