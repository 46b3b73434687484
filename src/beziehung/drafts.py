"""Unsaved form contents kept on disk, so that closing the app or a crash loses nothing.

Each draft is one small JSON file, replaced atomically on every save, readable by its owner
only. Drafts belong to one database (:func:`folder_for`: one sub-folder per database) and to
one contact's identity: the key names the contact's id *and* its creation time, because
SQLite hands a deleted contact's id to the next new one, which must not inherit the deleted
person's half-written notes. Deleting, merging away and erasing a contact discard its drafts
(:meth:`DraftStore.discard_contact`).

Drafts of the layout before databases had folders of their own (files directly in
``drafts/``) are never read: nobody can tell which database they belonged to.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

DRAFTS_FOLDER = "drafts"
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_LOG_CALL = "log-call-"
_CONTACT = "contact-"


def folder_for(data_dir: Path, url: str) -> Path:
    """This database's drafts folder: ``DATA/drafts/<digest>``, the digest of the database
    file's resolved path (a server's URL without its password)."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        identity = str(Path(parsed.database).expanduser().resolve())
    else:
        identity = parsed.render_as_string(hide_password=True)
    digest = hashlib.sha256(identity.encode("utf-8")).hexdigest()[:16]
    return data_dir / DRAFTS_FOLDER / digest


def contact_identity(contact_id: int, created_at: datetime) -> str:
    """``<id>-<creation in microseconds>``: an id alone is reused after a deletion."""
    return f"{contact_id}-{(created_at - _EPOCH) // timedelta(microseconds=1)}"


def log_call_key(contact_id: int, created_at: datetime) -> str:
    """One log-call draft per contact, so that one never overwrites another's notes."""
    return f"{_LOG_CALL}{contact_identity(contact_id, created_at)}"


def contact_key(contact_id: int | None, created_at: datetime | None) -> str:
    """One contact-form draft per contact being edited, and one for a new contact."""
    if contact_id is None or created_at is None:
        return "contact-new"
    return f"{_CONTACT}{contact_identity(contact_id, created_at)}"


class DraftStore:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _path(self, key: str) -> Path:
        safe = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in key)
        return self.folder / f"{safe}.json"

    def save(self, key: str, content: dict[str, Any]) -> None:
        from beziehung import paths
        from beziehung.io.atomic import write_text

        paths.private_dir(self.folder)
        write_text(self._path(key), json.dumps(content, ensure_ascii=False))

    def load(self, key: str) -> dict[str, Any] | None:
        try:
            content = json.loads(self._path(key).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return content if isinstance(content, dict) else None

    def discard(self, key: str) -> None:
        self._path(key).unlink(missing_ok=True)

    def discard_contact(self, contact_id: int) -> None:
        """Every draft of this database's contact ``contact_id`` (the log-call drafts, the
        note corrections, the contact form), whatever its creation time: called once the
        contact is deleted, merged away or erased."""
        for prefix in (_LOG_CALL, _CONTACT):
            for path in self.folder.glob(f"{prefix}{contact_id}-*.json"):
                path.unlink(missing_ok=True)
