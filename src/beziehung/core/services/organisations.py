"""Organisations: the people of a firm and their combined conversation history."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from beziehung.core.errors import not_found
from beziehung.core.models import Contact, ConversationNote, Organisation, visible
from beziehung.core.services.base import Service
from beziehung.core.services.conversions import note_record
from beziehung.core.services.records import NoteRecord

HISTORY_LIMIT = 500


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
    def list(self) -> list[OrganisationSummary]:
        with self._read() as session:
            rows = session.execute(
                select(Organisation.id, Organisation.name, func.count(Contact.id))
                .outerjoin(Contact, (Contact.organisation_id == Organisation.id) & visible())
                .group_by(Organisation.id)
                .order_by(Organisation.name_folded)
            )
            return [OrganisationSummary(*row) for row in rows]

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
