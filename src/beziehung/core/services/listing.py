"""The contact list as the window shows it: filtered, sorted and paged in SQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, func, select

from beziehung.core import search
from beziehung.core.models import Contact, Organisation, Reminder, Tag, contact_tags, visible
from beziehung.core.services.base import Service

SORT_KEYS = ("name", "organisation", "stage", "last_contact", "next_reminder")


@dataclass(frozen=True)
class ContactRow:
    id: int
    display_name: str
    organisation: str | None
    stage: str
    last_contact_at: datetime | None
    next_reminder_at: datetime | None


@dataclass(frozen=True)
class ContactFilter:
    text: str = ""
    tag: str | None = None
    stage: str | None = None
    sort: str = "name"
    descending: bool = False
    # Only the restricted contacts (Art. 18), which every other list leaves out: the one way
    # the window finds them again, to lift the restriction or answer an access request.
    restricted: bool = False
    # Only the contacts this user looks after; None: everyone's.
    responsible_id: int | None = None


class ContactListing(Service):
    def rows(self, wanted: ContactFilter, offset: int = 0, limit: int = 256) -> list[ContactRow]:
        with self.context.engine.connect() as conn:
            query = self._query(conn, wanted)
            if query is None:
                return []
            return [ContactRow(*row) for row in conn.execute(query.offset(offset).limit(limit))]

    def count(self, wanted: ContactFilter) -> int:
        with self.context.engine.connect() as conn:
            query = self._query(conn, wanted)
            if query is None:
                return 0
            return (
                conn.scalar(select(func.count()).select_from(query.order_by(None).subquery())) or 0
            )

    def tags(self) -> list[str]:
        with self.context.engine.connect() as conn:
            return list(conn.scalars(select(Tag.name).order_by(Tag.name_folded)))

    def _query(self, conn, wanted: ContactFilter) -> Select | None:  # noqa: ANN001
        next_reminder = (
            select(func.min(Reminder.fires_at))
            .where(Reminder.contact_id == Contact.id, Reminder.state == "open")
            .correlate(Contact)
            .scalar_subquery()
        )
        query = select(
            Contact.id,
            Contact.display_name,
            Organisation.name,
            Contact.stage,
            Contact.last_contact_at,
            next_reminder,
        ).outerjoin(Organisation, Organisation.id == Contact.organisation_id)
        query = query.where(~visible() if wanted.restricted else visible())
        if wanted.text.strip():
            condition = search.contact_filter(conn, wanted.text)
            if condition is None:
                return None
            query = query.where(condition)
        if wanted.stage:
            query = query.where(Contact.stage == wanted.stage)
        if wanted.responsible_id is not None:
            query = query.where(Contact.responsible_id == wanted.responsible_id)
        if wanted.tag:
            query = query.where(
                Contact.id.in_(
                    select(contact_tags.c.contact_id)
                    .join(Tag, Tag.id == contact_tags.c.tag_id)
                    .where(Tag.name == wanted.tag)
                )
            )
        column = {
            "name": Contact.sort_name,
            "organisation": Organisation.name_folded,
            "stage": Contact.stage,
            "last_contact": Contact.last_contact_at,
            "next_reminder": next_reminder,
        }[wanted.sort if wanted.sort in SORT_KEYS else "name"]
        ordered = column.desc() if wanted.descending else column.asc()
        if column is Contact.sort_name:
            # Without NULLS LAST, SQLite walks the name index and stops after one page.
            return query.order_by(ordered, Contact.id.desc() if wanted.descending else Contact.id)
        return query.order_by(ordered.nulls_last(), Contact.sort_name, Contact.id)
