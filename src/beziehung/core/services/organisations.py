"""Organisations: the people of a firm and their combined conversation history; renaming,
merging and deleting them.

An organisation without people is not listed: one is created with its first person and
means nothing once the last one has gone (deleting a contact leaves the row behind, erasure
removes it). Such a row is harmless; it is reused when someone joins under that name again.
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from beziehung.core import search
from beziehung.core.errors import invalid, not_found
from beziehung.core.events import Topic
from beziehung.core.models import Contact, ConversationNote, Organisation, visible
from beziehung.core.services.base import Service, mark_changed
from beziehung.core.services.contact_input import organisation_name
from beziehung.core.services.conversions import note_record
from beziehung.core.services.records import NoteRecord

HISTORY_LIMIT = 500
# What renaming, merging and deleting change: the organisation, and the people it names.
CHANGED = Topic.ORGANISATIONS | Topic.CONTACTS


@dataclass(frozen=True)
class OrganisationSummary:
    id: int
    name: str
    people: int


@dataclass(frozen=True)
class Member:
    id: int
    display_name: str
    role: str | None
    stage: str


@dataclass(frozen=True)
class OrganisationDetail:
    id: int
    name: str
    people: list[Member]
    # (note, who it was with), newest first
    history: list[tuple[NoteRecord, str]]


class OrganisationService(Service):
    def list(self, *, include_empty: bool = False) -> list[OrganisationSummary]:
        """Organisations in name order with how many people a reader may see there; those
        without any are left out unless ``include_empty`` (the command line's list)."""
        people = func.count(Contact.id)
        query = (
            select(Organisation.id, Organisation.name, people)
            .outerjoin(Contact, (Contact.organisation_id == Organisation.id) & visible())
            .group_by(Organisation.id)
            .order_by(Organisation.name_folded)
        )
        if not include_empty:
            query = query.having(people > 0)
        with self._read() as session:
            return [OrganisationSummary(*row) for row in session.execute(query)]

    def find(self, name: str) -> int:
        """The id of the organisation called ``name``, compared as names are compared when
        they are stored."""
        _, folded = organisation_name(name)
        with self._read() as session:
            found = session.scalar(
                select(Organisation.id).where(Organisation.name_folded == folded)
            )
        if found is None:
            raise invalid("organisation_unknown", "No organisation is called '{name}'", name=name)
        return found

    def rename(self, organisation_id: int, name: str) -> None:
        """Give the organisation a new name; refused when another one already has it (then
        merging is what the user wants)."""
        clean, folded = organisation_name(name)
        if not clean:
            raise invalid("organisation_name_empty", "An organisation needs a name")
        with self._tx(CHANGED) as session:
            org = self._load(session, organisation_id)
            other = session.scalar(
                select(Organisation.name).where(
                    Organisation.name_folded == folded, Organisation.id != organisation_id
                )
            )
            if other is not None:
                raise invalid(
                    "organisation_exists",
                    "There already is an organisation called '{name}'; merge the two instead",
                    name=other,
                )
            org.name, org.name_folded, org.updated_at = clean, folded, self._now()
            session.flush()
            self._touch_people(session, organisation_id, changed=False)

    def merge(self, organisation_id: int, into_id: int) -> int:
        """Move every person of ``organisation_id`` to ``into_id`` and delete the first one;
        returns how many people moved."""
        if organisation_id == into_id:
            raise invalid("organisation_merge_self", "An organisation cannot be merged into itself")
        with self._tx(CHANGED) as session:
            self._load(session, organisation_id)
            self._load(session, into_id)
            moved = self._member_ids(session, organisation_id)
            session.execute(
                update(Contact)
                .where(Contact.organisation_id == organisation_id)
                .values(
                    organisation_id=into_id, updated_at=self._now(), version=Contact.version + 1
                )
            )
            session.execute(delete(Organisation).where(Organisation.id == organisation_id))
            self._touch_people(session, into_id, changed=False)
            mark_changed(session, *moved)
            return len(moved)

    def delete(self, organisation_id: int, *, unlink: bool = False) -> int:
        """Delete an organisation. One that still has people (restricted ones included) is
        refused unless ``unlink``: then they stay, without an organisation. Returns how many
        people were unlinked."""
        with self._tx(CHANGED) as session:
            org = self._load(session, organisation_id)
            members = self._member_ids(session, organisation_id)
            if members and not unlink:
                raise invalid(
                    "organisation_has_people",
                    "'{name}' still has {count} {people}; move them elsewhere or unlink them",
                    name=org.name,
                    count=len(members),
                    people="person" if len(members) == 1 else "people",
                )
            self._touch_people(session, organisation_id, changed=True)
            session.execute(
                update(Contact)
                .where(Contact.organisation_id == organisation_id)
                .values(organisation_id=None, version=Contact.version + 1)
            )
            session.execute(delete(Organisation).where(Organisation.id == organisation_id))
            session.flush()
            search.reindex_contacts(session.connection(), members)
            return len(members)

    @staticmethod
    def _load(session: Session, organisation_id: int) -> Organisation:
        org = session.get(Organisation, organisation_id)
        if org is None:
            raise not_found("organisation", organisation_id)
        return org

    @staticmethod
    def _member_ids(session: Session, organisation_id: int) -> builtins.list[int]:
        return list(
            session.scalars(select(Contact.id).where(Contact.organisation_id == organisation_id))
        )

    def _touch_people(self, session: Session, organisation_id: int, *, changed: bool) -> None:
        """The organisation's name is part of each person's search entry and card."""
        members = self._member_ids(session, organisation_id)
        mark_changed(session, *members)
        if changed:
            session.execute(
                update(Contact)
                .where(Contact.id.in_(members))
                .values(updated_at=self._now(), version=Contact.version + 1)
            )
        else:
            search.reindex_contacts(session.connection(), members)

    def get(self, organisation_id: int) -> OrganisationDetail:
        with self._read() as session:
            org = session.get(Organisation, organisation_id)
            if org is None:
                raise not_found("organisation", organisation_id)
            people = [
                Member(*row)
                for row in session.execute(
                    select(Contact.id, Contact.display_name, Contact.role, Contact.stage)
                    .where(Contact.organisation_id == organisation_id, visible())
                    .order_by(Contact.sort_name)
                )
            ]
            notes = session.execute(
                select(ConversationNote, Contact.display_name)
                .join(Contact, Contact.id == ConversationNote.contact_id)
                .where(Contact.organisation_id == organisation_id, visible())
                .order_by(ConversationNote.occurred_at.desc(), ConversationNote.id.desc())
                .limit(HISTORY_LIMIT)
            ).all()
            return OrganisationDetail(
                org.id, org.name, people, [(note_record(n), name) for n, name in notes]
            )
