"""Several people in one conversation: the others a note involves besides its own contact.

A note belongs to one contact (``notes.contact_id``); ``note_participants`` names everyone
else who was there. The note shows in each one's timeline and counts as a conversation with
each (:func:`beziehung.core.services.contact_rules.refresh_last_contact` reads both).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import ColumnElement, Select, delete, insert, or_, select, update
from sqlalchemy.orm import Session

from beziehung.core.errors import invalid, not_found
from beziehung.core.models import Contact, ConversationNote, Reminder, note_participants
from beziehung.core.services.records import PersonRef

# Ids per statement: well below SQLite's limit on bound parameters.
ID_CHUNK = 10_000
# A meeting, not a mailing list: more names than this are a slip.
MAX_PARTICIPANTS = 50


def notes_with(contact_ids: Sequence[int]) -> Select[tuple[int]]:
    """The ids of notes in which any of ``contact_ids`` took part without owning them."""
    return select(note_participants.c.note_id).where(
        note_participants.c.contact_id.in_(contact_ids)
    )


def involving(contact_ids: Sequence[int]) -> ColumnElement[bool]:
    """The condition on notes: owned by, or with, any of ``contact_ids``."""
    return or_(
        ConversationNote.contact_id.in_(contact_ids),
        ConversationNote.id.in_(notes_with(contact_ids)),
    )


def check_participants(session: Session, owner_id: int, wanted: Iterable[int]) -> list[int]:
    """The participants of a note as given, each once, without its own contact; each must
    exist."""
    ids = [cid for cid in dict.fromkeys(wanted) if cid != owner_id]
    if not ids:
        return []
    found = set(session.scalars(select(Contact.id).where(Contact.id.in_(ids))))
    for cid in ids:
        if cid not in found:
            raise not_found("contact", cid)
    if len(ids) > MAX_PARTICIPANTS:
        raise invalid(
            "participants_many",
            "A note can name at most {most} other people, not {count}",
            most=MAX_PARTICIPANTS,
            count=len(ids),
        )
    return ids


def participant_ids(session: Session, note_id: int) -> list[int]:
    return list(
        session.scalars(
            select(note_participants.c.contact_id)
            .where(note_participants.c.note_id == note_id)
            .order_by(note_participants.c.contact_id)
        )
    )


def set_participants(session: Session, note_id: int, contact_ids: Sequence[int]) -> list[int]:
    """Replace who else took part in ``note_id``; returns who took part before."""
    before = participant_ids(session, note_id)
    session.execute(delete(note_participants).where(note_participants.c.note_id == note_id))
    if contact_ids:
        session.execute(
            insert(note_participants),
            [{"note_id": note_id, "contact_id": cid} for cid in contact_ids],
        )
    return before


def settle_cadence_reminders(session: Session, contact_ids: Sequence[int], now: datetime) -> None:
    """Any conversation answers "not spoken to for a while", for everyone who was there."""
    if not contact_ids:
        return
    session.execute(
        update(Reminder)
        .where(
            Reminder.contact_id.in_(contact_ids),
            Reminder.kind == "cadence",
            Reminder.state == "open",
        )
        .values(state="done", completed_at=now)
    )


def people_of(session: Session, note_ids: Sequence[int]) -> dict[int, tuple[PersonRef, ...]]:
    """Who else took part in each of ``note_ids``, in name order (notes without anyone else
    are left out)."""
    found: dict[int, list[PersonRef]] = {}
    ids = list(dict.fromkeys(note_ids))
    for start in range(0, len(ids), ID_CHUNK):
        rows = session.execute(
            select(note_participants.c.note_id, Contact.id, Contact.display_name)
            .join(Contact, Contact.id == note_participants.c.contact_id)
            .where(note_participants.c.note_id.in_(ids[start : start + ID_CHUNK]))
            .order_by(Contact.sort_name, Contact.id)
        )
        for note_id, cid, name in rows:
            found.setdefault(note_id, []).append(PersonRef(cid, name))
    return {note_id: tuple(people) for note_id, people in found.items()}


def move_participation(session: Session, keep_id: int, drop_id: int) -> None:
    """Merging ``drop_id`` into ``keep_id``: the notes ``drop_id`` took part in now name
    ``keep_id`` (once), and notes that become ``keep_id``'s own no longer name it as a
    participant too. Called after the notes themselves moved."""
    table = note_participants
    already = select(table.c.note_id).where(table.c.contact_id == keep_id)
    session.execute(
        delete(table).where(table.c.contact_id == drop_id, table.c.note_id.in_(already))
    )
    session.execute(update(table).where(table.c.contact_id == drop_id).values(contact_id=keep_id))
    own = select(ConversationNote.id).where(ConversationNote.contact_id == keep_id)
    session.execute(delete(table).where(table.c.contact_id == keep_id, table.c.note_id.in_(own)))
