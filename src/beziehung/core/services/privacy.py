"""DSGVO: erasure that leaves no trace (Art. 17); the access export is io's."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from beziehung.core.db import writer
from beziehung.core.errors import not_found
from beziehung.core.events import CONTACT_REMOVAL
from beziehung.core.models import Contact
from beziehung.core.services.base import Service
from beziehung.core.services.contact_rules import remove_contact
from beziehung.core.services.contacts import ContactService
from beziehung.core.services.records import DeletionPreview

BACKUP_NOTICE = (
    "Older backups and archives still hold this contact until they are deleted or rotate out."
)


@dataclass(frozen=True)
class Erasure:
    preview: DeletionPreview
    # False when another program kept the database open, so that the write-ahead log could
    # not be emptied yet; the old pages there are overwritten once it closes.
    file_clean: bool


class PrivacyService(Service):
    def erase_preview(self, contact_id: int) -> DeletionPreview:
        """What erasure would remove; refuses early when a retention duty blocks it (the same
        rule as for deletion)."""
        return ContactService(self.context).preview_delete(contact_id)

    def erase(self, contact_id: int) -> Erasure:
        """Delete the contact with its notes, reminders, referral links, and the organisation
        and tags only it had; then make sure no deleted text stays in the search index or
        anywhere in the database file (VACUUM also clears what earlier edits left behind)."""
        engine = self.context.engine
        sqlite = engine.dialect.name == "sqlite"
        with writer(engine).connect() as conn:
            raw = conn.connection.dbapi_connection if sqlite else None
            previous = (
                raw.execute("PRAGMA secure_delete").fetchone()[0] if raw is not None else None
            )
            if raw is not None:
                raw.execute("PRAGMA secure_delete=ON")
            try:
                with conn.begin():
                    preview = self._erase_in(conn, contact_id)
                    self.context.tell_others(conn, CONTACT_REMOVAL, [contact_id])
                    if sqlite:
                        # Deleted entries live on in older index segments until they merge.
                        conn.execute(text("INSERT INTO note_fts(note_fts) VALUES ('optimize')"))
                        conn.execute(
                            text("INSERT INTO contact_fts(contact_fts) VALUES ('optimize')")
                        )
                clean = True
                if raw is not None:
                    raw.execute("VACUUM")
                    busy = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
                    clean = busy == 0
            finally:
                if raw is not None:
                    raw.execute(f"PRAGMA secure_delete={int(previous or 0)}")
        self.context.announce(CONTACT_REMOVAL, [contact_id])
        return Erasure(preview, clean)

    def _erase_in(self, conn: Connection, contact_id: int) -> DeletionPreview:
        with Session(bind=conn, expire_on_commit=False) as session:
            contact = session.get(Contact, contact_id)
            if contact is None:
                raise not_found("contact", contact_id)
            preview = ContactService(self.context)._preview(session, contact)
            # An organisation or tag that only this person had would still name them.
            remove_contact(session, contact, self._today(), drop_orphans=True)
            return preview
