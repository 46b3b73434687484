"""Opening Beziehung at login: the XDG autostart entry on Linux.

Windows and macOS have their own places (see README); this module writes only the
freedesktop.org entry, which GNOME, KDE, Xfce and most other desktops read.
"""

from __future__ import annotations

import os
import shlex
from pathlib import Path

from beziehung import APP_ID

ENTRY = """[Desktop Entry]
Type=Application
Name=Beziehung
Comment=Kundenbeziehungen, Gesprächsnotizen und Rückrufe
Exec={command}
Icon={app_id}
Terminal=false
X-GNOME-Autostart-enabled=true
"""


def entry_path() -> Path:
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "autostart" / f"{APP_ID}.desktop"


def is_enabled() -> bool:
    return entry_path().is_file()


def enable(command: list[str]) -> Path:
    path = entry_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(ENTRY.format(command=shlex.join(command), app_id=APP_ID), encoding="utf-8")
    return path


def disable() -> None:
    entry_path().unlink(missing_ok=True)
