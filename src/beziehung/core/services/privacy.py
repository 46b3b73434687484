"""DSGVO: erasure that leaves no trace (Art. 17); the access export is io's."""

from __future__ import annotations

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from beziehung.core import search
from beziehung.core.db import writer
from beziehung.core.errors import not_found
from beziehung.core.models import Contact, ConversationNote
from beziehung.core.services.base import Service
from beziehung.core.services.contacts import ContactService, check_retention
from beziehung.core.services.records import DeletionPreview

BACKUP_NOTICE = (
    "Older backups and archives still hold this contact until they are deleted or rotate out."
)


class PrivacyService(Service):
    def erase_preview(self, contact_id: int) -> DeletionPreview:
        """What erasure would remove; refuses early when a retention duty blocks it."""
        with self._read() as session:
            contact = session.get(Contact, contact_id)
            if contact is None:
                raise not_found("contact", contact_id)
            check_retention(contact, self._now())
        return ContactService(self.context).preview_delete(contact_id)

    def erase(self, contact_id: int) -> DeletionPreview:
        """Delete the contact with its notes, reminders and referral links, then make sure
        the deleted text is gone from the search index and from the file's free pages."""
        engine = self.context.engine
        sqlite = engine.dialect.name == "sqlite"
        with writer(engine).connect() as conn:
            raw = conn.connection.dbapi_connection if sqlite else None
            if raw is not None:
                # Pages freed or changed from now on are overwritten, not left with old text.
                raw.execute("PRAGMA secure_delete=ON")
            try:
                with conn.begin():
                    preview = self._erase_in(conn, contact_id)
                    if sqlite:
                        # Deleted entries live on in older index segments until they merge.
                        conn.execute(text("INSERT INTO note_fts(note_fts) VALUES ('optimize')"))
                        conn.execute(
                            text("INSERT INTO contact_fts(contact_fts) VALUES ('optimize')")
                        )
                if raw is not None:
                    # Old page images in the write-ahead log go too.
                    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                if raw is not None:
                    raw.execute("PRAGMA secure_delete=OFF")
        return preview

    def _erase_in(self, conn: Connection, contact_id: int) -> DeletionPreview:
        with Session(bind=conn, expire_on_commit=False) as session:
            contact = session.get(Contact, contact_id)
            if contact is None:
                raise not_found("contact", contact_id)
            check_retention(contact, self._now())
            preview = ContactService(self.context)._preview(session, contact)
            texts = search.note_texts(conn, ConversationNote.contact_id == contact_id)
            search.unindex_notes(conn, texts)
            search.remove_contacts(conn, [contact_id])
            session.delete(contact)
            session.flush()
            return preview
