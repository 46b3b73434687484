"""Icons from the SVG files shipped inside the package."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from beziehung.paths import resource_root

CHANNEL_ICONS = {
    "phone": "phone",
    "meeting": "meeting",
    "video": "video",
    "email": "email",
    "letter": "letter",
    "message": "message",
    "social": "social",
}


@cache
def icon(name: str) -> QIcon:
    return QIcon(str(resource_root() / "icons" / f"{name}.svg"))


def app_icon() -> QIcon:
    return icon("beziehung")
