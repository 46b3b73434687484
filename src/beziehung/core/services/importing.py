"""Bringing contacts in from other address books: all or nothing, duplicates by choice."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from beziehung.core import search
from beziehung.core.errors import DomainError, invalid, located
from beziehung.core.events import Topic
from beziehung.core.models import Contact, ContactMethod, Organisation
from beziehung.core.names import split_name
from beziehung.core.services.base import Service
from beziehung.core.services.contact_input import apply_input
from beziehung.core.services.contact_rules import (
    lenient_e164,
    merge_about,
    method_key,
    sort_key,
    stricter_protection,
)
from beziehung.core.services.conversions import method_record
from beziehung.core.services.inputs import ContactInput, MethodInput
from beziehung.core.text import fold

DUPLICATE_CHOICES = ("skip", "merge", "new")


@dataclass(frozen=True)
class Incoming:
    """One contact to import and where it came from, for messages ("cards.vcf: card 3")."""

    contact: ContactInput
    where: str
    # Overrides the import's choice for this one (the window's review table).
    on_duplicate: str | None = None


@dataclass(frozen=True)
class ImportResult:
    added: int
    merged: int
    skipped: int


def _keys(data: ContactInput) -> tuple[set[str], set[str], str]:
    emails = {m.value.strip().casefold() for m in data.methods if m.kind == "email" and m.value}
    numbers = {e164 for m in data.methods if m.kind == "phone" and (e164 := lenient_e164(m.value))}
    given, family = data.given_name, data.family_name
    if given is None and family is None:
        parts = split_name(data.name)
        given, family = parts.given_name, parts.family_name
    name = sort_key(family or "", given or "")
    return emails, numbers, f"{name}|{fold(data.organisation or '')}"


class ImportService(Service):
    def import_contacts(
        self, incoming: Sequence[Incoming], on_duplicate: str = "skip"
    ) -> ImportResult:
        """Store every contact or none: a refused one names its file and card or line."""
        if on_duplicate not in DUPLICATE_CHOICES:
            raise invalid("duplicate_choice", "--on-duplicate takes skip, merge or new")
        now = self._now()
        added = merged = skipped = 0
        with self._tx(Topic.CONTACTS | Topic.ORGANISATIONS) as session:
            for item in incoming:
                try:
                    choice = item.on_duplicate or on_duplicate
                    existing = (
                        None if choice == "new" else self._duplicate_of(session, item.contact)
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
                        apply_input(session, contact, merged_input(contact, item.contact), now)
                        merged += 1
                    session.flush()
                    search.reindex_contacts(session.connection(), [contact.id])
                except DomainError as error:
                    raise located(error, item.where) from None
        return ImportResult(added, merged, skipped)

    def duplicates(self, incoming: Sequence[Incoming]) -> list[tuple[int, str] | None]:
        """For each incoming contact, the stored one it would duplicate (id, name), if any."""
        with self._read() as session:
            found = []
            for item in incoming:
                match = self._duplicate_of(session, item.contact)
                found.append(None if match is None else (match.id, match.display_name))
            return found

    def _duplicate_of(self, session: Session, data: ContactInput) -> Contact | None:
        emails, numbers, name_org = _keys(data)
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


def merged_input(contact: Contact, incoming: ContactInput) -> ContactInput:
    """The stored contact, completed from the incoming one: nothing stored is lost."""
    stored = [method_record(m) for m in contact.methods]
    known = {method_key(m) for m in stored}
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
        )
        for m in stored
    ]
    for m in incoming.methods:
        key = method_key(m)
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
        photo=contact.photo or incoming.photo,
        about=merge_about(contact.about, incoming.about),
        preferred_channel=contact.preferred_channel,
        preferred_time=contact.preferred_time,
        stage=contact.stage,
        cadence_days=contact.cadence_days,
        methods=methods,
        tags=list(dict.fromkeys([t.name for t in contact.tags] + incoming.tags)),
        keep_until=protection.keep_until,
        processing_purpose=protection.processing_purpose,
        legal_basis=protection.legal_basis,
        consent_given_at=protection.consent_given_at,
        consent_withdrawn_at=protection.consent_withdrawn_at,
        restricted=protection.restricted,
    )
