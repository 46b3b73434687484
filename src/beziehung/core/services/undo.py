"""Taking back a deletion: what a deletion took is kept row by row and put back as it was.

A deletion that can be undone captures its rows inside its own transaction (so nothing
written between reading and deleting escapes), and :meth:`UndoService.restore` writes them
back in one transaction with the same ids, so that reminders still point at their note and
referrals at their people; the search index and the last-contact date follow. Only when an id
has been taken meanwhile (SQLite hands out the highest id again) does a row get a new one, and
the rows that point at it follow it.

Erasure (Art. 17 DSGVO) never produces a snapshot: erased means gone.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Table, and_, insert, or_, select, update
from sqlalchemy.orm import Session

from beziehung.core import search
from beziehung.core.db import Base
from beziehung.core.errors import not_found
from beziehung.core.events import CONTACT_REMOVAL, CONVERSATION, Topic
from beziehung.core.models import (
    Contact,
    ContactMethod,
    ContactRelation,
    ConversationNote,
    CustomValue,
    Referral,
    Reminder,
    contact_tags,
    note_participants,
)
from beziehung.core.services.base import Service, mark_changed
from beziehung.core.services.contact_rules import refresh_last_contact, remove_contact

Row = Mapping[str, Any]


@dataclass(frozen=True)
class Snapshot:
    """What one deletion (or cancellation) took: rows to insert again, in an order in which
    every row's parents come first, and rows whose earlier values to write back."""

    topics: Topic
    contact_ids: frozenset[int]
    inserts: tuple[tuple[str, Row], ...] = ()
    # Columns to write back on rows that still exist (a cancelled reminder, a link set NULL).
    updates: tuple[tuple[str, Row], ...] = ()
    # The deleted contact's display name or the note's subject, for the undo bar's text.
    label: str = ""
    counts: Mapping[str, int] = field(default_factory=dict)


def _rows(conn: Connection, table: Table, *where: Any) -> list[dict[str, Any]]:
    query = select(table).where(*where)
    if "id" in table.c:
        query = query.order_by(table.c.id)
    return [dict(row) for row in conn.execute(query).mappings()]


def capture_note(session: Session, note: ConversationNote) -> Snapshot:
    """A note before it is deleted, who else took part, and the reminders agreed in it
    (their link is set NULL)."""
    conn = session.connection()
    session.flush()
    notes = _rows(conn, _table(ConversationNote), ConversationNote.id == note.id)
    people = _rows(conn, note_participants, note_participants.c.note_id == note.id)
    links = [
        {"id": r["id"], "note_id": note.id}
        for r in _rows(conn, _table(Reminder), Reminder.note_id == note.id)
    ]
    return Snapshot(
        topics=CONVERSATION,
        contact_ids=frozenset({note.contact_id, *(p["contact_id"] for p in people)}),
        inserts=(
            *(("notes", row) for row in notes),
            *(("note_participants", row) for row in people),
        ),
        updates=tuple(("reminders", row) for row in links),
        label=note.subject or note.body.split("\n", 1)[0],
    )


def capture_reminder(session: Session, reminder: Reminder) -> Snapshot:
    """A reminder's state before it is settled (cancelled), to be written back."""
    session.flush()
    row = _rows(session.connection(), _table(Reminder), Reminder.id == reminder.id)[0]
    return Snapshot(
        topics=Topic.REMINDERS,
        contact_ids=frozenset({reminder.contact_id}),
        updates=(("reminders", row),),
        label=reminder.reason,
    )


def capture_contact(session: Session, contact: Contact) -> Snapshot:
    """A contact with its methods, tags, notes, reminders and referral links."""
    session.flush()
    conn = session.connection()
    cid = contact.id
    notes = _rows(conn, _table(ConversationNote), ConversationNote.contact_id == cid)
    # Both the others in this contact's notes and this contact in the notes of others.
    people = _rows(
        conn,
        note_participants,
        or_(
            note_participants.c.contact_id == cid,
            note_participants.c.note_id.in_([n["id"] for n in notes]),
        ),
    )
    reminders = _rows(conn, _table(Reminder), Reminder.contact_id == cid)
    referrals = _rows(
        conn, _table(Referral), or_(Referral.referrer_id == cid, Referral.referred_id == cid)
    )
    parts: list[tuple[str, list[dict[str, Any]]]] = [
        ("contacts", _rows(conn, _table(Contact), Contact.id == cid)),
        ("contact_methods", _rows(conn, _table(ContactMethod), ContactMethod.contact_id == cid)),
        ("contact_tags", _rows(conn, contact_tags, contact_tags.c.contact_id == cid)),
        ("notes", notes),
        ("note_participants", people),
        ("reminders", reminders),
        ("referrals", referrals),
        ("custom_values", _rows(conn, _table(CustomValue), CustomValue.contact_id == cid)),
        (
            "contact_relations",
            _rows(
                conn,
                _table(ContactRelation),
                or_(ContactRelation.contact_id == cid, ContactRelation.other_id == cid),
            ),
        ),
    ]
    partners = {r["referrer_id"] for r in referrals} | {r["referred_id"] for r in referrals}
    partners |= {p["contact_id"] for p in people}
    return Snapshot(
        topics=CONTACT_REMOVAL,
        contact_ids=frozenset(partners | {cid}),
        inserts=tuple((name, row) for name, rows in parts for row in rows),
        label=contact.display_name,
        counts={"notes": len(notes), "reminders": len(reminders), "referrals": len(referrals)},
    )


def _table(model: type[Base]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def _exists(conn: Connection, table: Table, row: Row) -> bool:
    keys = [column for column in table.primary_key.columns]
    condition = and_(*(column == row[column.name] for column in keys))
    return conn.execute(select(keys[0]).where(condition).limit(1)).first() is not None


class _Restorer:
    """Writes rows back, following ids that had to change and leaving out links whose other
    end is gone (a tag deleted meanwhile, a referrer erased)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.new_ids: dict[str, dict[int, int]] = {}
        self.inserted: dict[str, list[int]] = {}

    def _linked(self, table: Table, row: Row) -> dict[str, Any] | None:
        values = dict(row)
        for column in table.columns:
            for key in column.foreign_keys:
                value = values.get(column.name)
                if value is None:
                    continue
                target = key.column.table
                moved = self.new_ids.get(target.name, {})
                if value in moved:
                    values[column.name] = moved[value]
                elif not _exists(self.conn, target, {key.column.name: value}):
                    if not column.nullable or column.primary_key:
                        return None
                    values[column.name] = None
        return values

    def insert(self, table_name: str, row: Row) -> None:
        table = Base.metadata.tables[table_name]
        values = self._linked(table, row)
        if values is None:
            return
        if "id" not in table.c:
            if not _exists(self.conn, table, values):
                self.conn.execute(insert(table).values(values))
            return
        old_id = values["id"]
        if _exists(self.conn, table, values):
            del values["id"]
        result = self.conn.execute(insert(table).values(values))
        key = result.inserted_primary_key
        new_id = old_id if "id" in values or key is None else int(key[0])
        if new_id != old_id:
            self.new_ids.setdefault(table_name, {})[old_id] = new_id
        self.inserted.setdefault(table_name, []).append(new_id)

    def update(self, table_name: str, row: Row) -> bool:
        table = Base.metadata.tables[table_name]
        values = self._linked(table, row)
        if values is None or not _exists(self.conn, table, values):
            return False
        ident = values.pop("id")
        self.conn.execute(update(table).where(table.c.id == ident).values(values))
        return True


def _referral_conflict(conn: Connection, row: Row) -> bool:
    query = select(Referral.id).where(
        Referral.referrer_id == row["referrer_id"], Referral.referred_id == row["referred_id"]
    )
    return conn.execute(query.limit(1)).first() is not None


def _relation_conflict(conn: Connection, row: Row) -> bool:
    query = select(ContactRelation.id).where(
        ContactRelation.contact_id == row["contact_id"],
        ContactRelation.other_id == row["other_id"],
        ContactRelation.kind == row["kind"],
    )
    return conn.execute(query.limit(1)).first() is not None


class UndoService(Service):
    def delete_contact(self, contact_id: int) -> Snapshot:
        """Delete a contact as ``contacts.delete`` does (the one removal path, retention
        respected) and return what went, to restore it on request."""
        with self._tx(CONTACT_REMOVAL) as session:
            contact = session.get(Contact, contact_id)
            if contact is None:
                raise not_found("contact", contact_id)
            snapshot = capture_contact(session, contact)
            remove_contact(session, contact, self._today())
            return snapshot

    def restore(self, snapshot: Snapshot) -> None:
        """Put back what ``snapshot`` took, in one transaction."""
        with self._tx(snapshot.topics) as session:
            conn = session.connection()
            restorer = _Restorer(conn)
            for table_name, row in snapshot.inserts:
                if table_name == "referrals" and _referral_conflict(conn, row):
                    # The same two people were linked again meanwhile; that link stands.
                    continue
                if table_name == "contact_relations" and _relation_conflict(conn, row):
                    continue
                restorer.insert(table_name, row)
            restored_any = bool(restorer.inserted)
            for table_name, row in snapshot.updates:
                restored_any = restorer.update(table_name, row) or restored_any
            if snapshot.updates and not snapshot.inserts and not restored_any:
                # A cancelled reminder whose contact was deleted since: nothing to put back.
                _table_name, row = snapshot.updates[0]
                raise not_found("reminder", row["id"])
            contacts = _restored_contacts(restorer, snapshot.contact_ids)
            note_ids = restorer.inserted.get("notes", [])
            if note_ids:
                search.index_notes(conn, search.note_texts(conn, ConversationNote.id.in_(note_ids)))
            if restorer.inserted.get("contacts"):
                search.reindex_contacts(conn, restorer.inserted["contacts"])
            mark_changed(session, *contacts)
            refresh_last_contact(session, contacts)


def _restored_contacts(restorer: _Restorer, contact_ids: Iterable[int]) -> list[int]:
    moved = restorer.new_ids.get("contacts", {})
    return [moved.get(cid, cid) for cid in contact_ids]
