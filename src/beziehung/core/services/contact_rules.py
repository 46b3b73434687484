"""Rules about one contact that several services share, each defined once.

- the columns derived from others (names, last contact) that every writer stores;
- the retention duty (HGB, AO) that delete and erasure respect, and the one removal path
  that delete, erasure and merge go through;
- what merging two records of one person means: the same contact method, the about text,
  one preferred method of each kind, and the stricter data-protection state of the two.

The reader's side of data protection, which contacts may be shown, is
:func:`beziehung.core.models.visible`: the search module needs it too and must not import
services.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Any, Protocol, TypeVar

from sqlalchemy import ColumnElement, Connection, delete, func, or_, select, update
from sqlalchemy.orm import Session

from beziehung.core import phones, search
from beziehung.core.errors import DomainError, invalid
from beziehung.core.models import (
    METHOD_KINDS,
    Contact,
    ConversationNote,
    Organisation,
    Tag,
    contact_tags,
    note_participants,
)
from beziehung.core.services.base import mark_changed
from beziehung.core.text import fold

# Ids per statement: well below SQLite's limit on bound parameters.
ID_CHUNK = 10_000

# --- derived columns ------------------------------------------------------------------------


def sort_key(family_name: str, given_name: str) -> str:
    """Folded "family given": lists sort by it and name prefixes look up through its index."""
    return fold(f"{family_name} {given_name}")


def name_columns(given_name: str, family_name: str) -> dict[str, str]:
    """``display_name`` and ``sort_name``, stored with every name a writer stores."""
    return {
        "display_name": " ".join(p for p in (given_name, family_name) if p),
        "sort_name": sort_key(family_name, given_name),
    }


def refresh_last_contact(executor: Session | Connection, contact_ids: Iterable[int]) -> None:
    """Set ``last_contact_at`` from each contact's newest note, their own or one they took
    part in, so that lists sort by it in SQL. In a session the contacts are also named for
    the change it announces."""
    ids = list(dict.fromkeys(contact_ids))
    if isinstance(executor, Session):
        mark_changed(executor, *ids)
    newest = _newest_note_time(executor)
    for start in range(0, len(ids), ID_CHUNK):
        statement = (
            update(Contact)
            .where(Contact.id.in_(ids[start : start + ID_CHUNK]))
            .values(last_contact_at=newest)
        )
        if isinstance(executor, Session):
            executor.execute(statement, execution_options={"synchronize_session": "fetch"})
        else:
            executor.execute(statement)


def _newest_note_time(executor: Session | Connection) -> ColumnElement[Any]:
    """A contact's newest note time, for an UPDATE of contacts. SQLite reads the OR of both
    kinds of note through its two indexes; PostgreSQL reads such an OR by scanning every note
    for each contact, so there the two kinds are asked apart and the later one taken."""
    took_part = (
        select(note_participants.c.note_id)
        .where(note_participants.c.contact_id == Contact.id)
        .correlate(Contact)
    )
    dialect = (executor.get_bind() if isinstance(executor, Session) else executor).dialect
    if dialect.name == "sqlite":
        return (
            select(func.max(ConversationNote.occurred_at))
            .where(
                or_(ConversationNote.contact_id == Contact.id, ConversationNote.id.in_(took_part))
            )
            .correlate(Contact)
            .scalar_subquery()
        )
    own = (
        select(func.max(ConversationNote.occurred_at))
        .where(ConversationNote.contact_id == Contact.id)
        .correlate(Contact)
        .scalar_subquery()
    )
    shared = (
        select(func.max(ConversationNote.occurred_at))
        .join(note_participants, note_participants.c.note_id == ConversationNote.id)
        .where(note_participants.c.contact_id == Contact.id)
        .correlate(Contact)
        .scalar_subquery()
    )
    # GREATEST passes over NULLs: a contact with notes of one kind only keeps that one.
    return func.greatest(own, shared)


# --- retention and removal ------------------------------------------------------------------


def under_retention(keep_until: date | None, today: date) -> bool:
    """A retention duty "until 31 December" still protects the record on 31 December."""
    return keep_until is not None and keep_until >= today


def check_retention(contact: Contact, today: date) -> None:
    """Records under a retention duty must not be deleted before their date; ``today`` is
    the local calendar day, as the duty is written."""
    if under_retention(contact.keep_until, today):
        raise invalid(
            "retention",
            "{name} must be kept until {until} (retention duty); nothing was deleted",
            name=contact.display_name,
            until=contact.keep_until.isoformat() if contact.keep_until else "",
        )


def _carries_duty(survivor: Contact, contact: Contact) -> bool:
    if contact.keep_until is None:
        return True
    return survivor.keep_until is not None and survivor.keep_until >= contact.keep_until


def remove_contact(
    session: Session,
    contact: Contact,
    today: date,
    *,
    merged_into: Contact | None = None,
    drop_orphans: bool = False,
) -> None:
    """The one way a contact row goes (delete, erasure, merge): its notes and itself leave
    the search index, then the row with everything that cascades from it.

    A contact under a retention duty is refused, unless it was merged into a survivor that
    carries the duty on (nothing is lost then). ``drop_orphans`` also deletes the
    organisation and tags that only this contact had, which would still name them.
    """
    if merged_into is None or not _carries_duty(merged_into, contact):
        check_retention(contact, today)
    contact_id = contact.id
    mark_changed(session, contact_id)
    organisation_id = contact.organisation_id
    tag_ids = [t.id for t in contact.tags]
    conn = session.connection()
    # The others in this contact's conversations lose them too.
    others = list(
        session.scalars(
            select(note_participants.c.contact_id)
            .join(ConversationNote, ConversationNote.id == note_participants.c.note_id)
            .where(ConversationNote.contact_id == contact_id)
            .distinct()
        )
    )
    search.unindex_notes(conn, search.note_texts(conn, ConversationNote.contact_id == contact_id))
    search.remove_contacts(conn, [contact_id])
    session.delete(contact)
    session.flush()
    if others:
        refresh_last_contact(session, others)
    if not drop_orphans:
        return
    if organisation_id is not None:
        members = select(Contact.id).where(Contact.organisation_id == organisation_id)
        if session.scalar(members.limit(1)) is None:
            session.execute(delete(Organisation).where(Organisation.id == organisation_id))
    for tag_id in tag_ids:
        users = select(contact_tags.c.contact_id).where(contact_tags.c.tag_id == tag_id)
        if session.scalar(users.limit(1)) is None:
            session.execute(delete(Tag).where(Tag.id == tag_id))
    session.flush()


# --- two records of one person --------------------------------------------------------------


class MethodLike(Protocol):
    """A stored method, its record or an input: what "the same method" is decided on."""

    @property
    def kind(self) -> str: ...
    @property
    def value(self) -> str: ...
    @property
    def street(self) -> str | None: ...
    @property
    def postal_code(self) -> str | None: ...
    @property
    def city(self) -> str | None: ...


def lenient_e164(value: str, region: str) -> str | None:
    """The E.164 form of a number read in ``region`` (the contact's, see
    :func:`~beziehung.core.services.contact_input.region_of`), or None for what is no valid
    number (it stays text)."""
    try:
        return phones.normalise(value, region) if value else None
    except DomainError:
        return None


def method_key(method: MethodLike, region: str) -> tuple[str, str]:
    """What makes two contact methods the same: the number, the address, or the folded text.

    A number is compared in its E.164 form: the stored one where the method has it (worked
    out in its own contact's region), else read in ``region``."""
    kind, value = method.kind, method.value
    if kind == "address":
        parts = (method.street, method.postal_code, method.city)
        return kind, fold(" ".join(p for p in parts if p)) or fold(value)
    if kind != "phone":
        return kind, fold(value)
    # Stored rows and their records carry phone_e164; a typed input does not.
    number = getattr(method, "phone_e164", None) or lenient_e164(value, region)
    return kind, number or fold(value)


def merge_about(kept: str, other: str) -> str:
    """The kept about text, with the other one added unless it already says it."""
    addition = other.strip()
    if not addition or addition in kept:
        return kept
    return "\n\n".join(p for p in (kept.strip(), addition) if p)


class Preferable(Protocol):
    kind: str
    is_preferred: bool


P = TypeVar("P", bound=Preferable)


def settle_preferred(methods: Sequence[P]) -> None:
    """Exactly one preferred method per kind: the first one marked, else the first one."""
    for kind in METHOD_KINDS:
        of_kind = [m for m in methods if m.kind == kind]
        chosen = next((m for m in of_kind if m.is_preferred), of_kind[0] if of_kind else None)
        for m in of_kind:
            m.is_preferred = m is chosen


class Protected(Protocol):
    """A contact, stored or as input, with its data-protection fields."""

    @property
    def keep_until(self) -> date | None: ...
    @property
    def restricted(self) -> bool: ...
    @property
    def consent_given_at(self) -> datetime | None: ...
    @property
    def consent_withdrawn_at(self) -> datetime | None: ...
    @property
    def processing_purpose(self) -> str: ...
    @property
    def legal_basis(self) -> str | None: ...


@dataclass(frozen=True)
class Protection:
    keep_until: date | None
    restricted: bool
    consent_given_at: datetime | None
    consent_withdrawn_at: datetime | None
    processing_purpose: str
    legal_basis: str | None

    @classmethod
    def of(cls, source: Protected) -> Protection:
        return cls(
            keep_until=source.keep_until,
            restricted=source.restricted,
            consent_given_at=source.consent_given_at,
            consent_withdrawn_at=source.consent_withdrawn_at,
            processing_purpose=source.processing_purpose,
            legal_basis=source.legal_basis,
        )

    def apply_to(self, contact: Contact) -> None:
        for name in PROTECTION_FIELDS:
            setattr(contact, name, getattr(self, name))


PROTECTION_FIELDS = tuple(f.name for f in fields(Protection))


def _latest(*values: date | None) -> date | None:
    present = [v for v in values if v is not None]
    return max(present) if present else None


def _earliest(*values: datetime | None) -> datetime | None:
    present = [v for v in values if v is not None]
    return min(present) if present else None


def _latest_time(*values: datetime | None) -> datetime | None:
    present = [v for v in values if v is not None]
    return max(present) if present else None


def stricter_protection(survivor: Protected, other: Protected) -> Protection:
    """The data-protection state of two records of one person merged: the longer retention
    duty, restricted if either was, the consent history of both (the earliest consent, and
    the latest withdrawal if either withdrew); purpose and legal basis the survivor's, else
    the other's."""
    return Protection(
        keep_until=_latest(survivor.keep_until, other.keep_until),
        restricted=survivor.restricted or other.restricted,
        consent_given_at=_earliest(survivor.consent_given_at, other.consent_given_at),
        consent_withdrawn_at=_latest_time(
            survivor.consent_withdrawn_at, other.consent_withdrawn_at
        ),
        processing_purpose=survivor.processing_purpose
        if survivor.processing_purpose.strip()
        else other.processing_purpose,
        legal_basis=survivor.legal_basis or other.legal_basis,
    )


def stricter_fields(survivor: Protected, other: Protected) -> list[str]:
    """The data-protection fields of ``survivor`` that a merge with ``other`` changes."""
    before, after = Protection.of(survivor), stricter_protection(survivor, other)
    return [name for name in PROTECTION_FIELDS if getattr(before, name) != getattr(after, name)]
