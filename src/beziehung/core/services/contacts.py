"""Contacts: people first, with their organisation, methods, tags and who recommended them.

How a ``ContactInput`` is checked and written lives in ``contact_input``; the ORM-to-record
converters in ``conversions``."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session, selectinload

from beziehung.core import search
from beziehung.core.bounds import MAX_ID
from beziehung.core.errors import AmbiguousError, invalid, not_found
from beziehung.core.events import CONTACT_REMOVAL, Topic
from beziehung.core.models import (
    Contact,
    ConversationNote,
    Referral,
    Reminder,
    visible,
)
from beziehung.core.services import versions
from beziehung.core.services.base import Service, count_rows, mark_changed
from beziehung.core.services.contact_input import apply_input
from beziehung.core.services.contact_rules import check_retention, remove_contact
from beziehung.core.services.conversions import (
    detail_of,
    reminder_record,
    summary_of,
)
from beziehung.core.services.custom_fields import values_of, write_values
from beziehung.core.services.inputs import ContactInput
from beziehung.core.services.notes import records_of
from beziehung.core.services.participants import involving
from beziehung.core.services.records import (
    ContactDetail,
    ContactSummary,
    DeletionPreview,
    NoteRecord,
    ReminderRecord,
)
from beziehung.core.services.referrals import Links, links_of
from beziehung.core.services.timeline import NotePage, Position, last_ask, note_page
from beziehung.core.text import fold, matches_word_starts

RESOLVE_CANDIDATES = 5
# Notes the timeline reads at once: a screenful and more, laid out in a few milliseconds.
NOTE_PAGE = 50


class ContactService(Service):
    # --- writing ----------------------------------------------------------------------------

    def create(self, data: ContactInput) -> int:
        """Store a new contact; returns its id."""
        now = self._now()
        with self._tx(Topic.CONTACTS | Topic.ORGANISATIONS | Topic.REFERRALS) as session:
            contact = Contact(created_at=now)
            apply_input(session, contact, data, now)
            session.add(contact)
            session.flush()
            mark_changed(session, contact.id)
            if data.referred_by:
                self._set_referrers(session, contact.id, data.referred_by, now)
            if data.custom:
                write_values(session, contact.id, data.custom)
            search.reindex_contacts(session.connection(), [contact.id])
            return contact.id

    def update(
        self, contact_id: int, data: ContactInput, *, expected_version: int | None = None
    ) -> None:
        """Replace a contact's details with ``data``. ``expected_version`` is the
        ``ContactDetail.version`` the edit started from: when someone saved the contact since,
        :class:`~beziehung.core.errors.ConflictError` is raised with both versions and nothing
        is written (None: whatever is stored is overwritten, for a change made in one step)."""
        now = self._now()
        with self._tx(Topic.CONTACTS | Topic.ORGANISATIONS | Topic.REFERRALS) as session:
            versions.claim(
                session,
                Contact,
                contact_id,
                expected_version,
                lambda: _details(session, [contact_id], history=False)[0],
                data,
            )
            contact = self._load(session, contact_id)
            mark_changed(session, contact_id)
            apply_input(session, contact, data, now)
            if data.referred_by is not None:
                self._set_referrers(session, contact_id, data.referred_by, now)
            if data.custom is not None:
                write_values(session, contact_id, data.custom)
            session.flush()
            search.reindex_contacts(session.connection(), [contact_id])

    def preview_delete(self, contact_id: int) -> DeletionPreview:
        """What deleting would remove; refuses at once while a retention duty lasts, so that
        nobody confirms a deletion that cannot happen."""
        with self._read() as session:
            contact = self._load(session, contact_id)
            check_retention(contact, self._today())
            return self._preview(session, contact)

    def delete(self, contact_id: int) -> DeletionPreview:
        """Delete a contact with its notes, reminders and referral links; says what went.
        Refused while a retention duty lasts."""
        with self._tx(CONTACT_REMOVAL) as session:
            contact = self._load(session, contact_id)
            preview = self._preview(session, contact)
            remove_contact(session, contact, self._today())
            return preview

    def _preview(self, session: Session, contact: Contact) -> DeletionPreview:
        cid = contact.id
        return DeletionPreview(
            contact_id=cid,
            display_name=contact.display_name,
            notes=count_rows(session, ConversationNote, ConversationNote.contact_id == cid),
            reminders=count_rows(
                session, Reminder, Reminder.contact_id == cid, Reminder.state == "open"
            ),
            referrals=count_rows(
                session, Referral, (Referral.referrer_id == cid) | (Referral.referred_id == cid)
            ),
        )

    def _set_referrers(
        self, session: Session, contact_id: int, referrer_ids: list[int], now: datetime
    ) -> None:
        wanted = list(dict.fromkeys(referrer_ids))
        for rid in wanted:
            if rid == contact_id:
                raise invalid("referral_self", "A contact cannot have recommended themselves")
            self._load(session, rid)
        existing = set(
            session.scalars(select(Referral.referrer_id).where(Referral.referred_id == contact_id))
        )
        session.execute(
            delete(Referral).where(
                Referral.referred_id == contact_id, Referral.referrer_id.not_in(wanted)
            )
        )
        new = [rid for rid in wanted if rid not in existing]
        if new:
            session.execute(
                insert(Referral),
                [
                    {
                        "referrer_id": rid,
                        "referred_id": contact_id,
                        "referred_at": now,
                        "how": "",
                        "note": "",
                    }
                    for rid in new
                ],
            )

    @staticmethod
    def _load(session: Session, contact_id: int) -> Contact:
        contact = session.get(Contact, contact_id)
        if contact is None:
            raise not_found("contact", contact_id)
        return contact

    # --- reading ----------------------------------------------------------------------------

    def get(self, contact_id: int) -> ContactDetail:
        """Everything about one contact, notes newest first, open reminders soonest first."""
        with self._read() as session:
            found = _details(session, [contact_id], history=True)
        if not found:
            raise not_found("contact", contact_id)
        return found[0]

    def card(self, contact_id: int) -> ContactDetail:
        """What :meth:`get` gives without the notes, which the timeline reads a page at a time
        (:meth:`note_page`)."""
        with self._read() as session:
            found = _details(session, [contact_id], history=True, notes=False)
        if not found:
            raise not_found("contact", contact_id)
        return found[0]

    def with_last_note(
        self, contact_ids: Sequence[int]
    ) -> dict[int, tuple[ContactDetail, NoteRecord | None]]:
        """Each contact's card without its history, with its newest note (as the first of
        :meth:`get`'s): what a callback shows, at a fixed cost per contact however long the
        timeline is. Contacts that do not exist are left out."""
        with self._read() as session:
            return {
                d.summary.id: (d, next(iter(note_page(session, d.summary.id, None, 1).notes), None))
                for d in _details(session, contact_ids, history=False)
            }

    def note_page(
        self, contact_id: int, before: Position | None = None, limit: int = NOTE_PAGE
    ) -> NotePage:
        """The next ``limit`` of :meth:`get`'s notes after ``before`` (None: the newest)."""
        with self._read() as session:
            return note_page(session, contact_id, before, limit)

    def last_ask(self, contact_id: int) -> NoteRecord | None:
        """The newest of the contact's own notes that asked for a recommendation or review."""
        with self._read() as session:
            return last_ask(session, contact_id)

    def list(
        self,
        limit: int | None = None,
        after: tuple[str, int] | None = None,
        *,
        responsible_id: int | None = None,
    ) -> list[ContactSummary]:
        """Contacts in name order; ``after`` (sort name, id) continues a previous page;
        ``responsible_id`` keeps those this user looks after."""
        with self._read() as session:
            query = (
                select(Contact)
                .options(
                    selectinload(Contact.methods),
                    selectinload(Contact.tags),
                    selectinload(Contact.organisation),
                )
                .where(visible())
                .order_by(Contact.sort_name, Contact.id)
                .limit(limit)
            )
            if responsible_id is not None:
                query = query.where(Contact.responsible_id == responsible_id)
            if after is not None:
                sort_name, last_id = after
                query = query.where(
                    (Contact.sort_name > sort_name)
                    | ((Contact.sort_name == sort_name) & (Contact.id > last_id))
                )
            return [summary_of(c) for c in session.scalars(query)]

    def count(self) -> int:
        with self._read() as session:
            return session.scalar(select(func.count()).select_from(Contact)) or 0

    def resolve(self, reference: str, *, include_restricted: bool = False) -> int:
        """A contact id from what the user typed: a number is an id, otherwise a name.

        The folded words must begin words of exactly one contact's display name; an exact
        full-name match wins over prefix matches.
        """
        ref = reference.strip()
        if not ref:
            raise invalid("contact_empty", "No contact given")
        with self._read() as session:
            if ref.isascii() and ref.isdigit():
                if int(ref) > MAX_ID:
                    raise not_found("contact", ref)
                self._load(session, int(ref))
                return int(ref)
            conn = session.connection()
            if search.is_supported(conn):
                candidate_ids = search.matching_contact_ids(
                    conn, ref, 500, names_only=True, all_prefixes=True,
                    include_restricted=include_restricted,
                )  # fmt: skip
            else:
                first_word = fold(ref).split(" ")[0]
                portable = select(Contact.id).where(Contact.sort_name.like(f"%{first_word}%"))
                if not include_restricted:
                    portable = portable.where(visible())
                candidate_ids = list(session.scalars(portable))
            rows = session.execute(
                select(Contact.id, Contact.display_name, Contact.title)
                .where(Contact.id.in_(candidate_ids))
                .order_by(Contact.sort_name, Contact.id)
            ).all()
        matches = [
            (cid, name)
            for cid, name, title in rows
            if matches_word_starts(ref, name) or matches_word_starts(ref, f"{title or ''} {name}")
        ]
        exact = [
            m for m in matches if fold(m[1]) == fold(ref) or fold(_reversed(m[1])) == fold(ref)
        ]
        if len(exact) == 1:
            return exact[0][0]
        if len(matches) == 1:
            return matches[0][0]
        if not matches:
            raise invalid("contact_unknown", "No contact matches '{ref}'", ref=ref)
        raise AmbiguousError(ref, matches[:RESOLVE_CANDIDATES], len(matches))

    def details(self, ids: Sequence[int], *, history: bool = True) -> builtins.list[ContactDetail]:
        """Many contacts at once, in the order of ``ids``, read in one session with a fixed
        number of queries whatever their count (exports call this in batches). Ids that do
        not exist are left out. Without ``history`` notes, reminders and referral links stay
        empty, for exports that show only the contact itself."""
        with self._read() as session:
            return _details(session, ids, history=history)


def _reversed(display_name: str) -> str:
    parts = display_name.rsplit(" ", 1)
    return f"{parts[1]} {parts[0]}" if len(parts) == 2 else display_name


def _details(
    session: Session, ids: Sequence[int], *, history: bool, notes: bool = True
) -> list[ContactDetail]:
    """The one way a ``ContactDetail`` is read: a fixed number of queries for any number of
    ids, results in the order of ``ids`` without the missing ones. Notes come newest first,
    reminders open before done and soonest first."""
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return []
    contacts = {
        c.id: c
        for c in session.scalars(
            select(Contact)
            .where(Contact.id.in_(wanted))
            .options(
                selectinload(Contact.methods),
                selectinload(Contact.tags),
                selectinload(Contact.organisation),
            )
        )
    }
    notes_of: dict[int, list[NoteRecord]] = {cid: [] for cid in contacts}
    reminders: dict[int, list[ReminderRecord]] = {cid: [] for cid in contacts}
    links: dict[int, Links] = {}
    custom = values_of(session, list(contacts))
    if history and contacts:
        found = list(contacts)
        # Notes of each contact and those they took part in, each in every timeline it
        # belongs to.
        rows = (
            list(
                session.scalars(
                    select(ConversationNote)
                    .where(involving(found))
                    .order_by(ConversationNote.occurred_at.desc(), ConversationNote.id.desc())
                )
            )
            if notes
            else []
        )
        for record in records_of(session, rows):
            for cid in (record.contact_id, *(p.id for p in record.participants)):
                if cid in notes_of:
                    notes_of[cid].append(record)
        for r in session.scalars(
            select(Reminder)
            .where(Reminder.contact_id.in_(found))
            .order_by(Reminder.state != "open", Reminder.fires_at, Reminder.id)
        ):
            name = contacts[r.contact_id].display_name
            reminders[r.contact_id].append(reminder_record(r, name))
        links = links_of(session, found)
    result = []
    for c in (contacts[cid] for cid in wanted if cid in contacts):
        link = links.get(c.id, Links())
        result.append(
            detail_of(
                c,
                notes=notes_of[c.id],
                reminders=reminders[c.id],
                referred_by=link.referred_by,
                referred=link.referred,
                custom_fields=custom.get(c.id, []),
            )
        )
    return result
