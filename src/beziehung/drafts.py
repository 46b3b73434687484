"""Unsaved form contents kept on disk, so that closing the app or a crash loses nothing.

Each draft is one small JSON file, replaced atomically on every save.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def log_call_key(contact_id: int) -> str:
    """One log-call draft per contact, so that one never overwrites another's notes."""
    return f"log-call-{contact_id}"


class DraftStore:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _path(self, key: str) -> Path:
        safe = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in key)
        return self.folder / f"{safe}.json"

    def save(self, key: str, content: dict[str, Any]) -> None:
        from beziehung.io.atomic import write_text

        self.folder.mkdir(parents=True, exist_ok=True)
        write_text(self._path(key), json.dumps(content, ensure_ascii=False))

    def load(self, key: str) -> dict[str, Any] | None:
        try:
            content = json.loads(self._path(key).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return content if isinstance(content, dict) else None

    def discard(self, key: str) -> None:
        self._path(key).unlink(missing_ok=True)


def contact_key(contact_id: int | None) -> str:
    """One contact-form draft per contact being edited, and one for a new contact."""
    return "contact-new" if contact_id is None else f"contact-{contact_id}"
