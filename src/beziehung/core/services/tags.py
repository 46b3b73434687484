"""Tags as things of their own: the keep-in-touch intervals everyone with a tag shares."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import func, select

from beziehung.core.bounds import check_cadence, check_cadence_order
from beziehung.core.errors import not_found
from beziehung.core.events import Topic
from beziehung.core.models import Contact, Tag, contact_tags, visible
from beziehung.core.services.base import Service


@dataclass(frozen=True)
class TagRecord:
    id: int
    name: str
    cadence_days: int | None
    cadence_max_days: int | None
    contacts: int


class TagService(Service):
    def list(self) -> list[TagRecord]:
        """Every tag, by name, with how many visible contacts carry it."""
        people = (
            select(func.count())
            .select_from(contact_tags)
            .join(Contact, Contact.id == contact_tags.c.contact_id)
            .where(contact_tags.c.tag_id == Tag.id, visible())
            .correlate(Tag)
            .scalar_subquery()
        )
        with self._read() as session:
            rows = session.execute(
                select(Tag.id, Tag.name, Tag.cadence_days, Tag.cadence_max_days, people).order_by(
                    Tag.name_folded
                )
            )
            return [TagRecord(*row) for row in rows]

    def set_intervals(self, intervals: Mapping[int, tuple[int | None, int | None]]) -> None:
        """The ideal and longest interval, by tag id, for everyone with that tag; None leaves
        it to the stage (or to twice the ideal, for the longest). All or none are stored."""
        for ideal, longest in intervals.values():
            check_cadence(ideal)
            check_cadence(longest)
            check_cadence_order(ideal, longest)
        # Intervals decide who is overdue, as the stages' cadences in the settings do.
        with self._tx(Topic.SETTINGS | Topic.CONTACTS) as session:
            for tag_id, (ideal, longest) in intervals.items():
                tag = session.get(Tag, tag_id)
                if tag is None:
                    raise not_found("tag", tag_id)
                tag.cadence_days = ideal
                tag.cadence_max_days = longest
