"""Where Beziehung keeps its files.

The folders come from platformdirs under the fixed application identity, so they never move
between versions. ``BEZIEHUNG_DB`` or ``--db`` point the app at another database, and
``BEZIEHUNG_HOME`` moves every folder at once (tests and portable installs use it).

Every file Beziehung writes holds notes about people, so the process writes with a umask that
keeps files to their owner (:func:`private_files`), and the folders it makes for itself are
the owner's alone (:func:`private_dir`). Folders a person picks keep their own permissions.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

from beziehung import APP_ID

DB_ENV = "BEZIEHUNG_DB"
HOME_ENV = "BEZIEHUNG_HOME"
DEFAULT_DB_NAME = "beziehung.db"
# New files rw-------, new folders rwx------.
PRIVATE_UMASK = 0o077
FOLDER_MODE = 0o700


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


def runtime_dir(home: Path | None = None) -> Path:
    """The user's own folder for the single-instance lock and socket, created ``0700``.

    The platform's runtime folder (``$XDG_RUNTIME_DIR/beziehung`` on Linux) when it is usable,
    else ``DATA/run`` (``HOME/run`` under ``BEZIEHUNG_HOME``): never a predictable name in a
    folder other users can write to, where someone else's file could keep Beziehung (and its
    reminders) from starting. Kept short: a socket's path may not exceed about 100 bytes.
    """
    root = _home(home)
    if root is not None:
        return private_dir(root / "run")
    try:
        return private_dir(Path(_dirs().user_runtime_dir))
    except OSError:
        return private_dir(data_dir() / "run")


def private_dir(folder: Path) -> Path:
    """``folder`` (and missing parents) created for the owner only; an existing one that
    Beziehung owns is tightened to ``0700``. Raises ``OSError`` when it belongs to somebody
    else, so that nobody else's folder is trusted with our files."""
    missing: list[Path] = []
    step = folder
    while not step.exists() and step != step.parent:
        missing.append(step)
        step = step.parent
    # One by one: ``mkdir(parents=True)`` would make the parents with the umask's mode.
    for created in reversed(missing):
        created.mkdir(mode=FOLDER_MODE, exist_ok=True)
    if os.name != "posix":
        return folder
    info = folder.lstat()
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid():
        raise PermissionError(1, "not a folder of this user", str(folder))
    if stat.S_IMODE(info.st_mode) != FOLDER_MODE:
        os.chmod(folder, FOLDER_MODE)
    return folder


@contextlib.contextmanager
def private_files() -> Iterator[None]:
    """Everything created inside the block is the owner's alone: the database, its WAL and
    journal (SQLite creates them itself), backups, logs and exports. The previous umask comes
    back afterwards, for callers that run Beziehung inside a longer-lived process."""
    if os.name != "posix":
        yield
        return
    previous = os.umask(PRIVATE_UMASK)
    try:
        yield
    finally:
        os.umask(previous)


def default_db_path(home: Path | None = None) -> Path:
    return data_dir(home) / DEFAULT_DB_NAME


def check_database_choice(value: str) -> str:
    """A database the window is to open at its next start, as typed: a file's path or a
    server's ``postgresql://`` address without a password (passwords belong in libpq's
    ``~/.pgpass``, never in a settings file). Returns it trimmed; "" means the default."""
    from beziehung.core.errors import invalid

    chosen = value.strip()
    if not chosen:
        return ""
    if "://" not in chosen:
        path = Path(chosen).expanduser()
        # Each start may begin in another folder: only a whole path names one file.
        if not path.is_absolute() or not path.parent.is_dir():
            raise invalid(
                "database_folder",
                "{value} is not a file in an existing folder; give the whole path",
                value=chosen[:80],
            )
        return str(path)
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(chosen)
    except (ArgumentError, ValueError):
        parsed = None
    # A server as ``--db`` takes one (``core.db.driver_url``): PostgreSQL, any driver named.
    if parsed is None or parsed.get_backend_name() != "postgresql" or not parsed.database:
        raise invalid(
            "database_choice",
            "{value} is neither a file nor a postgresql://user@host/database address",
            value=chosen[:80],
        )
    if parsed.password is not None or {"password", "sslpassword"} & set(parsed.query):
        raise invalid(
            "database_password",
            "The address holds a password; put it in ~/.pgpass instead, it is not stored",
        )
    return chosen


def database_url(db: str | None = None, home: Path | None = None, chosen: str | None = None) -> str:
    """Turn ``--db`` (a path or an SQLAlchemy URL), ``BEZIEHUNG_DB``, the window's ``chosen``
    database or the default into a URL, the first one given."""
    value = db or os.environ.get(DB_ENV) or chosen or ""
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
