"""Bringing contacts in from other address books: problems per record, duplicates by choice.

A file is read whole first. Every value that cannot be stored (a phone cell "siehe
Sekretariat", an Exchange-internal address in an e-mail column, a line no vCard reader
understands) becomes a :class:`Problem` of its record, and the user decides per problem or for
all: keep the record without that value (the value kept as written in the about text), skip
the record, or stop. Only then is anything written, in one transaction."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from dataclasses import field as dataclass_field
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from beziehung.core import search
from beziehung.core.bounds import check_date
from beziehung.core.errors import DomainError, invalid, located
from beziehung.core.events import Topic
from beziehung.core.models import Contact, ContactMethod, Organisation, Referral
from beziehung.core.names import split_name
from beziehung.core.services import versions
from beziehung.core.services.base import Service
from beziehung.core.services.contact_input import (
    MAX_PHOTO_BYTES,
    apply_input,
    region_of,
    stored_region,
)
from beziehung.core.services.contact_input import _method as checked_method
from beziehung.core.services.contact_rules import (
    lenient_e164,
    merge_about,
    method_key,
    sort_key,
    stricter_protection,
)
from beziehung.core.services.conversions import method_record
from beziehung.core.services.custom_fields import write_named_values
from beziehung.core.services.inputs import ContactInput, MethodInput
from beziehung.core.services.settings import default_phone_region
from beziehung.core.text import fold

DUPLICATE_CHOICES = ("skip", "merge", "new")
KEEP_RAW, SKIP, STOP = "keep-raw", "skip", "stop"
PROBLEM_CHOICES = (KEEP_RAW, SKIP, STOP)

# The about text is the contact's own data, read by a German user: a value kept as written
# is named in German there ("Telefon (nicht lesbar): siehe Sekretariat").
RAW_NAMES = {
    "phone": "Telefon",
    "fax": "Fax",
    "email": "E-Mail",
    "web": "Webseite",
    "address": "Adresse",
    "birthday": "Geburtstag",
    "photo": "Foto",
    "line": "Zeile",
    "name": "Name",
}


@dataclass(frozen=True)
class Problem:
    """One value of one record that cannot be stored as it is."""

    where: str  # "kunden.csv: line 4", "karten.vcf: card 3"
    field: str  # phone, email, web, address, birthday, photo, line, name
    value: str  # as written in the file
    # Not compared: checking a record twice finds the same problem, not a second one.
    error: DomainError = dataclass_field(compare=False)
    method: int | None = None  # its position in the contact's methods, if it is one

    def __str__(self) -> str:
        return f"{self.where}: {self.field}: {self.error}"

    @property
    def raw(self) -> str:
        """The line the about text keeps when the record is imported without the value."""
        return f"{RAW_NAMES.get(self.field, self.field)} (nicht lesbar): {self.value}"


@dataclass(frozen=True)
class Incoming:
    """One contact to import and where it came from, for messages ("cards.vcf: card 3")."""

    contact: ContactInput
    where: str
    # Overrides the import's choice for this one (the window's review table).
    on_duplicate: str | None = None
    # What the reader could not take (a broken line); the import's check adds the rest.
    problems: tuple[Problem, ...] = ()
    # "Empfohlen von": a referral when a stored contact has this name, else a line of about.
    referred_by_name: str = ""
    # The user's own fields as the file carries them: (name, kind, value).
    custom_fields: tuple[tuple[str, str, str], ...] = ()


def with_name(contact: ContactInput, nickname: str = "") -> ContactInput:
    """A contact without any name named by its nickname, organisation or e-mail address, so
    that a card or row that carries only one of them is not lost."""
    if contact.name.strip() or (contact.given_name or "").strip():
        return contact
    if (contact.family_name or "").strip():
        return contact
    emails = [m.value.strip() for m in contact.methods if m.kind == "email" and m.value.strip()]
    fallback = nickname.strip() or (contact.organisation or "").strip() or next(iter(emails), "")
    if not fallback:
        return contact
    return replace(contact, name="", given_name="", family_name=fallback)


def check(item: Incoming, default_region: str) -> Incoming:
    """``item`` with every problem of its values: the reader's and what storing would refuse.
    Each rule is the one that storing applies (:func:`apply_input`), called value by value."""
    found = list(item.problems)
    data = item.contact
    region = region_of(data.methods, default_region)
    for position, method in enumerate(data.methods):
        try:
            checked_method(method, region)
        except DomainError as error:
            value = method.value or ", ".join(
                p for p in (method.street, method.postal_code, method.city) if p
            )
            found.append(Problem(item.where, method.kind, value, error, position))
    try:
        check_date(data.birthday, "birthday")
    except DomainError as error:
        day = data.birthday.isoformat() if data.birthday else ""
        found.append(Problem(item.where, "birthday", day, error))
    if data.photo is not None and len(data.photo) > MAX_PHOTO_BYTES:
        too_large = invalid("photo_size", "The photo is larger than 512 KB; scale it down first")
        found.append(Problem(item.where, "photo", f"{len(data.photo):,} bytes", too_large))
    named = with_name(data)
    if not (named.name.strip() or named.given_name or named.family_name):
        found.append(
            Problem(item.where, "name", "", invalid("name_empty", "A contact needs a name"))
        )
    return replace(item, contact=named, problems=tuple(dict.fromkeys(found)))


def settle(
    incoming: Sequence[Incoming],
    choice: str,
    choices: Mapping[tuple[int, int], str] | None = None,
) -> list[Incoming]:
    """The records to store once every problem is decided: ``choices`` by (record, problem)
    position, ``choice`` for the rest. ``keep-raw`` stores the record without the value and
    keeps the value as written in the about text; ``skip`` leaves the record out; ``stop``
    refuses the whole import with the first problem. A record without a name cannot be kept."""
    if choice not in PROBLEM_CHOICES:
        raise invalid("problem_choice", "--on-problem takes keep-raw, skip or stop")
    settled = []
    for row, item in enumerate(incoming):
        decided = [(p, (choices or {}).get((row, n), choice)) for n, p in enumerate(item.problems)]
        if any(d == STOP for _, d in decided):
            first = next(p for p, d in decided if d == STOP)
            raise located(first.error, first.where)
        if any(d == SKIP or p.field == "name" for p, d in decided):
            continue
        data = item.contact
        dropped = {p.method for p, _ in decided if p.method is not None}
        fields = {p.field for p, _ in decided}
        about = [data.about] if data.about else []
        about += [p.raw for p, _ in decided]
        data = replace(
            data,
            methods=[m for n, m in enumerate(data.methods) if n not in dropped],
            birthday=None if "birthday" in fields else data.birthday,
            photo=None if "photo" in fields else data.photo,
            about="\n".join(about),
        )
        settled.append(replace(item, contact=data, problems=()))
    return settled


@dataclass(frozen=True)
class ImportResult:
    added: int
    merged: int
    skipped: int
    left_out: int = 0  # records skipped for a problem


def _keys(data: ContactInput, default_region: str) -> tuple[set[str], set[str], str]:
    emails = {m.value.strip().casefold() for m in data.methods if m.kind == "email" and m.value}
    # Read as storing will read them: in the card's own country, else the default region.
    region = region_of(data.methods, default_region)
    phones = (m.value for m in data.methods if m.kind == "phone")
    numbers = {e164 for value in phones if (e164 := lenient_e164(value, region))}
    given, family = data.given_name, data.family_name
    if given is None and family is None:
        parts = split_name(data.name)
        given, family = parts.given_name, parts.family_name
    name = sort_key(family or "", given or "")
    return emails, numbers, f"{name}|{fold(data.organisation or '')}"


class ImportService(Service):
    def problems(self, incoming: Sequence[Incoming]) -> list[Incoming]:
        """Each record with all its problems found, nothing written: for the review."""
        with self._read() as session:
            default_region = default_phone_region(session)
        return [check(item, default_region) for item in incoming]

    def import_contacts(
        self,
        incoming: Sequence[Incoming],
        on_duplicate: str = "skip",
        on_problem: str = STOP,
        choices: Mapping[tuple[int, int], str] | None = None,
    ) -> ImportResult:
        """Store the records as :func:`settle` decides, in one transaction; with ``stop`` a
        problem refuses everything, naming its file and card or line."""
        if on_duplicate not in DUPLICATE_CHOICES:
            raise invalid("duplicate_choice", "--on-duplicate takes skip, merge or new")
        checked = self.problems(incoming)
        chosen = settle(checked, on_problem, choices)
        now = self._now()
        added = merged = skipped = 0
        left_out = len(checked) - len(chosen)
        referrals: list[tuple[Contact, str]] = []
        with self._tx(Topic.CONTACTS | Topic.ORGANISATIONS) as session:
            default_region = default_phone_region(session)
            for item in chosen:
                try:
                    choice = item.on_duplicate or on_duplicate
                    existing = (
                        None
                        if choice == "new"
                        else self._duplicate_of(session, item.contact, default_region)
                    )
                    if existing is None:
                        contact = Contact(created_at=now)
                        apply_input(session, contact, item.contact, now)
                        session.add(contact)
                        session.flush()
                        added += 1
                    elif choice == "skip":
                        skipped += 1
                        continue
                    else:
                        contact = existing
                        merged_data = merged_input(contact, item.contact, default_region)
                        versions.bump(session, Contact, [contact.id])
                        apply_input(session, contact, merged_data, now)
                        merged += 1
                    session.flush()
                    if item.custom_fields:
                        write_named_values(
                            session, contact.id, item.custom_fields, now,
                            keep_stored=existing is not None,
                        )  # fmt: skip
                    if item.referred_by_name:
                        referrals.append((contact, item.referred_by_name))
                    search.reindex_contacts(session.connection(), [contact.id])
                except DomainError as error:
                    raise located(error, item.where) from None
            # After every record: the recommender may come later in the same file.
            for contact, name in referrals:
                self._refer(session, contact, name, now)
            search.reindex_contacts(session.connection(), [c.id for c, _ in referrals])
        return ImportResult(added, merged, skipped, left_out)

    def _refer(self, session: Session, contact: Contact, name: str, now: datetime) -> None:
        """A referral from the one stored contact of that name; else a line of about, so
        that the recommendation is not lost when the recommender is not (yet) known."""
        parts = split_name(name)
        key = sort_key(parts.family_name or "", parts.given_name or "")
        found = session.scalars(
            select(Contact.id).where(Contact.sort_name == key, Contact.id != contact.id).limit(2)
        ).all()
        if len(found) == 1:
            known = session.scalar(
                select(Referral.id).where(
                    Referral.referrer_id == found[0], Referral.referred_id == contact.id
                )
            )
            if known is None:
                session.add(
                    Referral(
                        referrer_id=found[0],
                        referred_id=contact.id,
                        referred_at=now,
                        how="",
                        note="",
                    )
                )
            return
        line = f"Empfohlen von: {name}"
        if line not in contact.about:
            contact.about = "\n".join(p for p in (contact.about, line) if p)

    def duplicates(self, incoming: Sequence[Incoming]) -> list[tuple[int, str] | None]:
        """For each incoming contact, the stored one it would duplicate (id, name), if any."""
        with self._read() as session:
            default_region = default_phone_region(session)
            found = []
            for item in incoming:
                match = self._duplicate_of(session, item.contact, default_region)
                found.append(None if match is None else (match.id, match.display_name))
            return found

    def _duplicate_of(
        self, session: Session, data: ContactInput, default_region: str
    ) -> Contact | None:
        emails, numbers, name_org = _keys(data, default_region)
        found = None
        if emails:
            found = session.scalar(
                select(Contact)
                .join(ContactMethod, ContactMethod.contact_id == Contact.id)
                .where(ContactMethod.kind == "email", func.lower(ContactMethod.value).in_(emails))
                .limit(1)
            )
        if found is None and numbers:
            found = session.scalar(
                select(Contact)
                .join(ContactMethod, ContactMethod.contact_id == Contact.id)
                .where(ContactMethod.phone_e164.in_(numbers))
                .limit(1)
            )
        if found is None:
            name, _, org = name_org.partition("|")
            query = select(Contact).where(Contact.sort_name == name)
            if org:
                query = query.join(Organisation, Organisation.id == Contact.organisation_id).where(
                    Organisation.name_folded == org
                )
            else:
                query = query.where(Contact.organisation_id.is_(None))
            found = session.scalar(query.limit(1))
        if found is not None:
            session.refresh(found, attribute_names=["methods", "tags", "organisation"])
        return found


def merged_input(contact: Contact, incoming: ContactInput, default_region: str) -> ContactInput:
    """The stored contact, completed from the incoming one: nothing stored is lost."""
    stored = [method_record(m) for m in contact.methods]
    # The incoming numbers are read where the merged contact's will be: its stored address
    # first, else the incoming card's, else the default region.
    region = stored_region(contact.methods, region_of(incoming.methods, default_region))
    known = {method_key(m, region) for m in stored}
    methods = [
        MethodInput(
            m.kind,
            m.value,
            m.label,
            m.is_preferred,
            m.street,
            m.postal_code,
            m.city,
            m.region,
            m.country,
            m.po_box,
            m.extended,
        )
        for m in stored
    ]
    for m in incoming.methods:
        key = method_key(m, region)
        if key not in known:
            known.add(key)
            methods.append(replace(m, preferred=False))
    protection = stricter_protection(contact, incoming)
    return ContactInput(
        given_name=contact.given_name,
        family_name=contact.family_name,
        salutation=contact.salutation or incoming.salutation,
        title=contact.title or incoming.title,
        organisation=contact.organisation.name if contact.organisation else incoming.organisation,
        role=contact.role or incoming.role,
        birthday=contact.birthday or incoming.birthday,
        birthday_no_year=(
            contact.birthday_no_year if contact.birthday else incoming.birthday_no_year
        ),
        anniversary=contact.anniversary or incoming.anniversary,
        department=contact.department or incoming.department,
        photo=contact.photo or incoming.photo,
        about=merge_about(contact.about, incoming.about),
        preferred_channel=contact.preferred_channel,
        preferred_time=contact.preferred_time,
        stage=contact.stage,
        cadence_days=contact.cadence_days,
        cadence_max_days=contact.cadence_max_days,
        letter_form=contact.letter_form,
        methods=methods,
        tags=list(dict.fromkeys([t.name for t in contact.tags] + incoming.tags)),
        keep_until=protection.keep_until,
        processing_purpose=protection.processing_purpose,
        legal_basis=protection.legal_basis,
        consent_given_at=protection.consent_given_at,
        consent_withdrawn_at=protection.consent_withdrawn_at,
        restricted=protection.restricted,
    )
