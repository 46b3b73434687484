"""Contacts: people first, with their organisation, methods, tags and who recommended them."""

from __future__ import annotations

import builtins
import re
import unicodedata
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import ColumnElement, delete, func, insert, select
from sqlalchemy.orm import Session, aliased, selectinload

from beziehung.core import phones, search
from beziehung.core.errors import AmbiguousError, invalid, not_found
from beziehung.core.events import CONTACT_REMOVAL, Topic
from beziehung.core.models import (
    LEGAL_BASES,
    METHOD_KINDS,
    STAGES,
    Contact,
    ContactMethod,
    ConversationNote,
    Organisation,
    Referral,
    Reminder,
    Tag,
    visible,
)
from beziehung.core.names import split_name
from beziehung.core.services import referrals
from beziehung.core.services.base import Service, mark_changed
from beziehung.core.services.contact_rules import (
    check_retention,
    name_columns,
    remove_contact,
    settle_preferred,
)
from beziehung.core.services.inputs import ContactInput, MethodInput
from beziehung.core.services.records import (
    ContactDetail,
    ContactSummary,
    DeletionPreview,
    MethodRecord,
    NoteRecord,
    PersonRef,
    ReminderRecord,
)
from beziehung.core.text import fold, matches_word_starts

MAX_PHOTO_BYTES = 512 * 1024
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
RESOLVE_CANDIDATES = 5
MAX_ID = 2**63 - 1


def normalise_stage(stage: str) -> str:
    code = stage.strip().casefold()
    if code not in STAGES:
        raise invalid(
            "stage",
            "Unknown stage '{stage}': use one of {stages}",
            stage=stage,
            stages=", ".join(STAGES),
        )
    return code


def organisation_name(name: str) -> tuple[str, str]:
    """An organisation's name as stored, and the folded form that makes two names the same."""
    clean = " ".join(name.split())
    return clean, fold(clean)


def organisation_id_for(session: Session, name: str | None, now: datetime) -> int | None:
    """The organisation of that name (compared folded), created when new."""
    if name is None or not name.strip():
        return None
    clean, folded = organisation_name(name)
    found = session.scalar(select(Organisation.id).where(Organisation.name_folded == folded))
    if found is not None:
        return found
    org = Organisation(name=clean, name_folded=folded, notes="", created_at=now, updated_at=now)
    session.add(org)
    session.flush()
    return org.id


def tags_for(session: Session, names: list[str]) -> list[Tag]:
    tags: dict[str, Tag] = {}
    for name in names:
        clean = " ".join(name.split())
        if not clean:
            continue
        folded = fold(clean)
        if folded in tags:
            continue
        tag = session.scalar(select(Tag).where(Tag.name_folded == folded))
        if tag is None:
            tag = Tag(name=clean, name_folded=folded)
            session.add(tag)
        tags[folded] = tag
    return list(tags.values())


def _method(data: MethodInput) -> ContactMethod:
    kind = data.kind.strip().casefold()
    if kind not in METHOD_KINDS:
        raise invalid(
            "method_kind",
            "Unknown kind of contact method '{kind}': use one of {kinds}",
            kind=data.kind,
            kinds=", ".join(METHOD_KINDS),
        )
    value = data.value.strip()
    e164 = None
    if kind == "address":
        parts = [data.street, " ".join(p for p in (data.postal_code, data.city) if p)]
        parts += [data.region, data.country]
        value = value or ", ".join(p.strip() for p in parts if p and p.strip())
    if not value:
        raise invalid("method_empty", "A {kind} entry is empty", kind=kind)
    if kind == "email" and not _EMAIL.match(value):
        raise invalid("email", "'{value}' is not an email address", value=value)
    if kind == "phone":
        e164 = phones.normalise(value)
    return ContactMethod(
        kind=kind,
        label=data.label.strip(),
        value=value,
        phone_e164=e164,
        street=data.street,
        postal_code=data.postal_code,
        city=data.city,
        region=data.region,
        country=data.country,
        is_preferred=data.preferred,
    )


def _methods(inputs: list[MethodInput]) -> list[ContactMethod]:
    methods = [_method(m) for m in inputs]
    settle_preferred(methods)
    return methods


def apply_input(session: Session, contact: Contact, data: ContactInput, now: datetime) -> None:
    """Validate ``data`` and write it onto ``contact`` (new or stored) in the caller's session."""
    parts = split_name(data.name) if data.name.strip() else None
    given = data.given_name if data.given_name is not None else (parts.given_name if parts else "")
    family = (
        data.family_name if data.family_name is not None else (parts.family_name if parts else "")
    )
    given = unicodedata.normalize("NFC", " ".join(given.split()))
    family = unicodedata.normalize("NFC", " ".join(family.split()))
    if not given and not family:
        raise invalid("name_empty", "A contact needs a name")
    if data.cadence_days is not None and data.cadence_days <= 0:
        raise invalid(
            "cadence",
            "The keep-in-touch cadence must be a positive number of days, not {days}",
            days=data.cadence_days,
        )
    if data.photo is not None and len(data.photo) > MAX_PHOTO_BYTES:
        raise invalid("photo_size", "The photo is larger than 512 KB; scale it down first")
    contact.given_name = given
    contact.family_name = family
    for column, value in name_columns(given, family).items():
        setattr(contact, column, value)
    contact.salutation = data.salutation or (parts.salutation if parts else None)
    contact.title = data.title or (parts.title if parts else None)
    contact.stage = normalise_stage(data.stage)
    contact.organisation_id = organisation_id_for(session, data.organisation, now)
    contact.role = data.role or None
    contact.birthday = data.birthday
    contact.photo = data.photo
    contact.about = data.about
    contact.preferred_channel = data.preferred_channel or None
    contact.preferred_time = data.preferred_time or None
    contact.cadence_days = data.cadence_days
    new_methods = _methods(data.methods)
    if contact.id is not None:
        # Old rows go first: new ones may take the "preferred" place they hold.
        contact.methods.clear()
        session.flush()
    contact.methods = new_methods
    contact.tags = tags_for(session, data.tags)
    if data.legal_basis is not None and data.legal_basis not in LEGAL_BASES:
        raise invalid(
            "legal_basis",
            "Unknown legal basis '{basis}': use one of {bases}",
            basis=data.legal_basis,
            bases=", ".join(LEGAL_BASES),
        )
    contact.keep_until = data.keep_until
    contact.processing_purpose = data.processing_purpose.strip()
    contact.legal_basis = data.legal_basis
    contact.consent_given_at = data.consent_given_at
    contact.consent_withdrawn_at = data.consent_withdrawn_at
    contact.restricted = data.restricted
    contact.updated_at = now


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
            search.reindex_contacts(session.connection(), [contact.id])
            return contact.id

    def update(self, contact_id: int, data: ContactInput) -> None:
        """Replace a contact's details with ``data``."""
        now = self._now()
        with self._tx(Topic.CONTACTS | Topic.ORGANISATIONS | Topic.REFERRALS) as session:
            contact = self._load(session, contact_id)
            mark_changed(session, contact_id)
            apply_input(session, contact, data, now)
            if data.referred_by is not None:
                self._set_referrers(session, contact_id, data.referred_by, now)
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

        def count(model: type, *where: ColumnElement[bool]) -> int:
            return session.scalar(select(func.count()).select_from(model).where(*where)) or 0

        return DeletionPreview(
            contact_id=cid,
            display_name=contact.display_name,
            notes=count(ConversationNote, ConversationNote.contact_id == cid),
            reminders=count(Reminder, Reminder.contact_id == cid, Reminder.state == "open"),
            referrals=count(
                Referral, (Referral.referrer_id == cid) | (Referral.referred_id == cid)
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
            contact = session.scalar(
                select(Contact)
                .where(Contact.id == contact_id)
                .options(
                    selectinload(Contact.methods),
                    selectinload(Contact.tags),
                    selectinload(Contact.organisation),
                )
            )
            if contact is None:
                raise not_found("contact", contact_id)
            notes = session.scalars(
                select(ConversationNote)
                .where(ConversationNote.contact_id == contact_id)
                .order_by(ConversationNote.occurred_at.desc(), ConversationNote.id.desc())
            ).all()
            reminders = session.scalars(
                select(Reminder)
                .where(Reminder.contact_id == contact_id)
                .order_by(Reminder.state != "open", Reminder.fires_at, Reminder.id)
            ).all()
            return ContactDetail(
                summary=summary_of(contact),
                salutation=contact.salutation,
                title=contact.title,
                organisation_id=contact.organisation_id,
                role=contact.role,
                birthday=contact.birthday,
                about=contact.about,
                preferred_channel=contact.preferred_channel,
                preferred_time=contact.preferred_time,
                cadence_days=contact.cadence_days,
                has_photo=contact.photo is not None,
                photo=contact.photo,
                keep_until=contact.keep_until,
                processing_purpose=contact.processing_purpose,
                legal_basis=contact.legal_basis,
                consent_given_at=contact.consent_given_at,
                consent_withdrawn_at=contact.consent_withdrawn_at,
                restricted=contact.restricted,
                created_at=contact.created_at,
                updated_at=contact.updated_at,
                methods=[method_record(m) for m in contact.methods],
                notes=[note_record(n) for n in notes],
                reminders=[reminder_record(r, contact.display_name) for r in reminders],
                referred_by=referrals.referrers(session, contact_id),
                referred=referrals.recommended(session, contact_id),
            )

    def list(
        self, limit: int | None = None, after: tuple[str, int] | None = None
    ) -> list[ContactSummary]:
        """Contacts in name order; ``after`` (sort name, id) continues a previous page."""
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
        wanted = list(dict.fromkeys(ids))
        if not wanted:
            return []
        with self._read() as session:
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
            notes: dict[int, list[NoteRecord]] = {cid: [] for cid in contacts}
            reminders: dict[int, list[ReminderRecord]] = {cid: [] for cid in contacts}
            referred_by: dict[int, list[PersonRef]] = {cid: [] for cid in contacts}
            referred: dict[int, list[PersonRef]] = {cid: [] for cid in contacts}
            if history and contacts:
                found = list(contacts)
                for n in session.scalars(
                    select(ConversationNote)
                    .where(ConversationNote.contact_id.in_(found))
                    .order_by(ConversationNote.occurred_at.desc(), ConversationNote.id.desc())
                ):
                    notes[n.contact_id].append(note_record(n))
                for r in session.scalars(
                    select(Reminder)
                    .where(Reminder.contact_id.in_(found))
                    .order_by(Reminder.state != "open", Reminder.fires_at, Reminder.id)
                ):
                    name = contacts[r.contact_id].display_name
                    reminders[r.contact_id].append(reminder_record(r, name))
                # The same people as referrals.referrers / recommended name, for many at once.
                other = aliased(Contact)
                for referred_id, referrer_id, other_id, other_name in session.execute(
                    select(Referral.referred_id, Referral.referrer_id, other.id, other.display_name)
                    .join(
                        other,
                        ((Referral.referred_id.in_(found)) & (other.id == Referral.referrer_id))
                        | ((Referral.referrer_id.in_(found)) & (other.id == Referral.referred_id)),
                    )
                    .where(visible(other))
                    .order_by(other.sort_name)
                ):
                    person = PersonRef(other_id, other_name)
                    if other_id == referrer_id and referred_id in referred_by:
                        referred_by[referred_id].append(person)
                    if other_id == referred_id and referrer_id in referred:
                        referred[referrer_id].append(person)
            return [
                ContactDetail(
                    summary=summary_of(c),
                    salutation=c.salutation,
                    title=c.title,
                    organisation_id=c.organisation_id,
                    role=c.role,
                    birthday=c.birthday,
                    about=c.about,
                    preferred_channel=c.preferred_channel,
                    preferred_time=c.preferred_time,
                    cadence_days=c.cadence_days,
                    has_photo=c.photo is not None,
                    photo=c.photo,
                    keep_until=c.keep_until,
                    processing_purpose=c.processing_purpose,
                    legal_basis=c.legal_basis,
                    consent_given_at=c.consent_given_at,
                    consent_withdrawn_at=c.consent_withdrawn_at,
                    restricted=c.restricted,
                    created_at=c.created_at,
                    updated_at=c.updated_at,
                    methods=[method_record(m) for m in c.methods],
                    notes=notes[c.id],
                    reminders=reminders[c.id],
                    referred_by=referred_by[c.id],
                    referred=referred[c.id],
                )
                for c in (contacts[cid] for cid in wanted if cid in contacts)
            ]


def _reversed(display_name: str) -> str:
    parts = display_name.rsplit(" ", 1)
    return f"{parts[1]} {parts[0]}" if len(parts) == 2 else display_name


def summary_of(contact: Contact) -> ContactSummary:
    return ContactSummary(
        id=contact.id,
        display_name=contact.display_name,
        given_name=contact.given_name,
        family_name=contact.family_name,
        organisation=contact.organisation.name if contact.organisation else None,
        emails=[m.value for m in contact.methods if m.kind == "email"],
        phones=[m.value for m in contact.methods if m.kind == "phone"],
        stage=contact.stage,
        tags=[t.name for t in contact.tags],
        last_contact_at=contact.last_contact_at,
    )


def method_record(m: ContactMethod) -> MethodRecord:
    return MethodRecord(
        id=m.id,
        kind=m.kind,
        label=m.label,
        value=m.value,
        phone_e164=m.phone_e164,
        is_preferred=m.is_preferred,
        street=m.street,
        postal_code=m.postal_code,
        city=m.city,
        region=m.region,
        country=m.country,
    )


def note_record(n: ConversationNote) -> NoteRecord:
    return NoteRecord(
        id=n.id,
        contact_id=n.contact_id,
        occurred_at=n.occurred_at,
        channel=n.channel,
        direction=n.direction,
        duration_minutes=n.duration_minutes,
        subject=n.subject,
        body=n.body,
        outcome=n.outcome,
        next_step=n.next_step,
    )


def reminder_record(r: Reminder, contact_name: str) -> ReminderRecord:
    return ReminderRecord(
        id=r.id,
        contact_id=r.contact_id,
        contact_name=contact_name,
        due_at=r.due_at,
        snoozed_until=r.snoozed_until,
        reason=r.reason,
        state=r.state,
        kind=r.kind,
        note_id=r.note_id,
        created_at=r.created_at,
        notified_at=r.notified_at,
        completed_at=r.completed_at,
        recurrence_unit=r.recurrence_unit,
        recurrence_interval=r.recurrence_interval,
    )
