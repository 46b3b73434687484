"""A ``ContactInput`` checked and written onto a contact: names, stage, organisation, tags,
contact methods and the data-protection fields. Creating, updating and importing all write
through :func:`apply_input`."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from beziehung.core import phones
from beziehung.core.bounds import check_cadence, check_cadence_order, check_date, check_moment
from beziehung.core.errors import invalid, not_found
from beziehung.core.models import (
    LEGAL_BASES,
    LETTER_FORMS,
    METHOD_KINDS,
    STAGES,
    YEARLESS,
    Contact,
    ContactMethod,
    Organisation,
    Tag,
    User,
)
from beziehung.core.names import honorifics, split_name
from beziehung.core.services.contact_rules import name_columns, settle_preferred
from beziehung.core.services.inputs import ContactInput, MethodInput
from beziehung.core.services.settings import default_phone_region
from beziehung.core.services.stages import set_stage
from beziehung.core.services.users import acting_user_id
from beziehung.core.text import fold

MAX_PHOTO_BYTES = 512 * 1024
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


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


def normalise_letter_form(form: str) -> str:
    code = form.strip().casefold()
    if code not in LETTER_FORMS:
        raise invalid(
            "letter_form",
            "Unknown letter form '{form}': use one of {forms}",
            form=form,
            forms=", ".join(LETTER_FORMS),
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


def phone_region(session: Session, methods: list[MethodInput]) -> str:
    """Where the contact's numbers without a country code are read: the country of its
    address (the preferred one first), else the default region."""
    return region_of(methods, default_phone_region(session))


def region_of(methods: list[MethodInput], default: str) -> str:
    """The rule of :func:`phone_region` with the default region already known."""
    addresses = sorted((m for m in methods if m.kind == "address"), key=lambda m: not m.preferred)
    for address in addresses:
        region = phones.region_for_country(address.country)
        if region is not None:
            return region
    return default


def stored_region(methods: Iterable[ContactMethod], default: str) -> str:
    """:func:`region_of` for a stored contact's methods."""
    addresses = [
        MethodInput(m.kind, m.value, preferred=m.is_preferred, country=m.country)
        for m in methods
        if m.kind == "address"
    ]
    return region_of(addresses, default)


def _method(data: MethodInput, region: str) -> ContactMethod:
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
        parts = [data.po_box, data.extended, *parts, data.region, data.country]
        value = value or ", ".join(p.strip() for p in parts if p and p.strip())
    if not value:
        raise invalid("method_empty", "A {kind} entry is empty", kind=kind)
    if kind == "email" and not _EMAIL.match(value):
        raise invalid("email", "'{value}' is not an email address", value=value)
    if kind in ("phone", "fax"):
        e164 = phones.normalise(value, region)
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
        po_box=data.po_box,
        extended=data.extended,
        is_preferred=data.preferred,
    )


def _methods(inputs: list[MethodInput], region: str) -> list[ContactMethod]:
    methods = [_method(m, region) for m in inputs]
    settle_preferred(methods)
    return methods


def yearless(day: date | None) -> date | None:
    """A birthday whose year is unknown, as stored: day and month in the year ``YEARLESS``."""
    return None if day is None else day.replace(year=YEARLESS)


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
    check_cadence(data.cadence_days)
    check_cadence(data.cadence_max_days)
    check_cadence_order(data.cadence_days, data.cadence_max_days)
    check_date(data.birthday, "birthday")
    check_date(data.keep_until, "keep-until date")
    check_moment(data.consent_given_at, "consent date")
    check_moment(data.consent_withdrawn_at, "consent withdrawal date")
    if data.photo is not None and len(data.photo) > MAX_PHOTO_BYTES:
        raise invalid("photo_size", "The photo is larger than 512 KB; scale it down first")
    contact.given_name = given
    contact.family_name = family
    for column, value in name_columns(given, family).items():
        setattr(contact, column, value)
    contact.salutation, contact.title = honorifics(
        data.salutation or (parts.salutation if parts else None),
        data.title or (parts.title if parts else None),
    )
    stage = normalise_stage(data.stage)
    contact.organisation_id = organisation_id_for(session, data.organisation, now)
    contact.role = data.role or None
    contact.birthday = yearless(data.birthday) if data.birthday_no_year else data.birthday
    contact.birthday_no_year = data.birthday_no_year and data.birthday is not None
    check_date(data.anniversary, "anniversary")
    contact.anniversary = data.anniversary
    contact.department = data.department or None
    contact.photo = data.photo
    contact.about = data.about
    contact.preferred_channel = data.preferred_channel or None
    contact.preferred_time = data.preferred_time or None
    contact.cadence_days = data.cadence_days
    contact.cadence_max_days = data.cadence_max_days
    contact.letter_form = normalise_letter_form(data.letter_form)
    if data.responsible_id is not None:
        if session.get(User, data.responsible_id) is None:
            raise not_found("user", data.responsible_id)
        contact.responsible_id = data.responsible_id
    elif contact.id is None:
        contact.responsible_id = acting_user_id(session)
    new_methods = _methods(data.methods, phone_region(session, data.methods))
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
    # Last: the history entry brings a new contact into the session, and the lookups above
    # must not flush it half-written.
    set_stage(session, contact, stage, now)
