"""The contact list as the window shows it: filtered, sorted and paged in SQL."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, null, select, tuple_
from sqlalchemy.orm import aliased

from beziehung.core import search
from beziehung.core.models import (
    STAGES,
    Contact,
    Organisation,
    Reminder,
    Tag,
    contact_tags,
    visible,
)
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


# Where a row stands in a sort order: the sort column's value (None sorts last), the folded
# name and the id that break ties. A page is sought from the key of its neighbour's edge.
SortKey = tuple[Any, str, int]


@dataclass(frozen=True)
class Page:
    rows: list[ContactRow]
    keys: list[SortKey]


@dataclass(frozen=True)
class _Segment:
    """One index range of a sort order: rows whose sort value is null or not (``null``), with
    extra conditions, in one direction. An order with nulls last and ascending tie-breakers
    under a descending column is walked as a chain of such ranges, each an index seek."""

    null: bool
    where: tuple[ColumnElement[bool], ...]
    backward: bool
    by_value: bool


_TIES = (Contact.sort_name, Contact.id)
# A contact's earliest open reminder, for the "next callback" order.
_NEXT = aliased(Reminder, name="next_reminder")
_OTHER = aliased(Reminder, name="other_reminder")


def _earlier_open() -> ColumnElement[bool]:
    """Another open reminder of the same contact fires earlier (or at once, with a lower id)."""
    return (
        select(_OTHER.id)
        .where(
            _OTHER.contact_id == _NEXT.contact_id,
            _OTHER.state == "open",
            (_OTHER.fires_at < _NEXT.fires_at)
            | and_(_OTHER.fires_at == _NEXT.fires_at, _OTHER.id < _NEXT.id),
        )
        .exists()
    )


def _has_open() -> ColumnElement[bool]:
    return (
        select(Reminder.id)
        .where(Reminder.contact_id == Contact.id, Reminder.state == "open")
        .exists()
    )


def null_value() -> ColumnElement[Any]:
    return null()


class ContactListing(Service):
    def rows(self, wanted: ContactFilter, offset: int = 0, limit: int = 256) -> list[ContactRow]:
        with self.context.engine.connect() as conn:
            query = self._query(conn, wanted)
            if query is None:
                return []
            return [ContactRow(*row) for row in conn.execute(query.offset(offset).limit(limit))]

    def count(self, wanted: ContactFilter) -> int:
        with self.context.engine.connect() as conn:
            everyone = _Segment(False, (), False, False)
            query = self._keyed(conn, replace(wanted, sort="name"), everyone, lean=True)
            if query is None:
                return 0
            return (
                conn.scalar(select(func.count()).select_from(query.order_by(None).subquery())) or 0
            )

    def page(
        self,
        wanted: ContactFilter,
        after: SortKey | None = None,
        *,
        before: SortKey | None = None,
        from_end: bool = False,
        limit: int = 256,
    ) -> Page:
        """Up to ``limit`` rows in the order of :meth:`rows`, sought through the sort index
        instead of skipped over: right after the key ``after`` (from the first row when None),
        or, with ``before`` or ``from_end``, the rows right before that key or the last ones."""
        backward = before is not None or from_end
        key = before if backward else after
        found: list[tuple[ContactRow, SortKey]] = []
        with self.context.engine.connect() as conn:
            for segment in self._segments(wanted, key, backward):
                query = self._keyed(conn, wanted, segment)
                if query is None:
                    return Page([], [])
                for row in conn.execute(query.limit(limit - len(found))):
                    found.append((ContactRow(*row[:6]), (row[6], row[7], row[0])))
                if len(found) >= limit:
                    break
        if backward:
            found.reverse()
        return Page([r for r, _ in found], [k for _, k in found])

    def page_at(self, wanted: ContactFilter, offset: int, limit: int = 256) -> Page:
        """The page at ``offset``, for a jump far from every known key: whole ranges of the
        order are skipped by counting them, the one before the page by an offset over keys."""
        if offset <= 0:
            return self.page(wanted, limit=limit)
        skip = offset - 1
        with self.context.engine.connect() as conn:
            segments = self._segments(wanted, None, False)
            for segment in segments:
                query = self._keyed(conn, wanted, segment, lean=True)
                if query is None:
                    return Page([], [])
                if len(segments) > 1:
                    counted = select(func.count()).select_from(query.order_by(None).subquery())
                    size = conn.scalar(counted) or 0
                    if skip >= size:
                        skip -= size
                        continue
                edge = conn.execute(query.offset(skip).limit(1)).first()
                if edge is None:
                    break
                return self.page(wanted, (edge[1], edge[2], edge[0]), limit=limit)
        return Page([], [])

    def position(self, wanted: ContactFilter, contact_id: int) -> int | None:
        """How many rows come before this contact in the list, or None when it is not listed."""
        with self.context.engine.connect() as conn:
            key = self._keys_of(conn, wanted, [contact_id]).get(contact_id)
            if key is None:
                return None
            total = 0
            for segment in self._segments(wanted, key, backward=True):
                query = self._keyed(conn, wanted, segment, lean=True)
                if query is None:
                    return None
                counted = select(func.count()).select_from(query.order_by(None).subquery())
                total += conn.scalar(counted) or 0
            return total

    def _keys_of(self, conn, wanted: ContactFilter, ids: list[int]) -> dict[int, SortKey]:  # noqa: ANN001
        keys: dict[int, SortKey] = {}
        for nulls in (False, True):
            listed = self._keyed(conn, wanted, _Segment(nulls, (), False, False), ids)
            if listed is None:
                return {}
            keys.update((row[0], (row[6], row[7], row[0])) for row in conn.execute(listed))
        return keys

    def _segments(
        self, wanted: ContactFilter, key: SortKey | None, backward: bool
    ) -> list[_Segment]:
        name, row_id = (Contact.sort_name, Contact.id)
        if self._sort(wanted) == "name":
            if key is None:
                return [_Segment(False, (), backward, False)]
            later = wanted.descending != backward
            edge = tuple_(name, row_id)
            beyond = edge < tuple_(key[1], key[2]) if later else edge > tuple_(key[1], key[2])
            return [_Segment(False, (beyond,), backward, False)]
        ties: tuple[ColumnElement[bool], ...] = ()
        if key is not None:
            tie = tuple_(name, row_id)
            ties = (tie < tuple_(key[1], key[2]) if backward else tie > tuple_(key[1], key[2]),)
        value = self._sort_value(wanted)
        if self._sort(wanted) == "stage":
            # Five stages of some 20,000 contacts each: sorting a whole stage by name would
            # cost more than seeking each stage's (stage, sort_name) range in turn.
            codes = sorted(STAGES, reverse=wanted.descending != backward)
            if key is None:
                return [_Segment(False, (value == c,), backward, False) for c in codes]
            rest = codes[codes.index(key[0]) + 1 :]
            same = _Segment(False, (value == key[0], *ties), backward, False)
            return [same, *(_Segment(False, (value == c,), backward, False) for c in rest)]
        if key is None:
            order = [_Segment(False, (), backward, True), _Segment(True, (), backward, False)]
            return order[::-1] if backward else order
        if key[0] is None:
            nulls = _Segment(True, ties, backward, False)
            return [nulls, _Segment(False, (), True, True)] if backward else [nulls]
        same = _Segment(False, (value == key[0], *ties), backward, False)
        past = (value < key[0]) if wanted.descending != backward else (value > key[0])
        further = _Segment(False, (past,), backward, True)
        if backward:
            return [same, further]
        return [same, further, _Segment(True, (), False, False)]

    @staticmethod
    def _sort(wanted: ContactFilter) -> str:
        return wanted.sort if wanted.sort in SORT_KEYS else "name"

    def _sort_value(self, wanted: ContactFilter) -> Any:
        return {
            "name": Contact.sort_name,
            "organisation": Organisation.name_folded,
            "stage": Contact.stage,
            "last_contact": Contact.last_contact_at,
            "next_reminder": _NEXT.fires_at,
        }[self._sort(wanted)]

    def _keyed(
        self,
        conn,  # noqa: ANN001
        wanted: ContactFilter,
        segment: _Segment,
        ids: list[int] | None = None,
        *,
        lean: bool = False,
    ) -> Select | None:
        """One segment's rows with their keys, in the segment's order; ``lean``: only the keys
        (id, sort value, folded name), which counting and skipping need."""
        sort = self._sort(wanted)
        value = self._sort_value(wanted)
        columns = (
            Contact.id,
            Contact.display_name,
            Organisation.name,
            Contact.stage,
            Contact.last_contact_at,
        )
        if sort == "next_reminder":
            # Contacts with an open callback come from the reminders' (state, fires_at) index,
            # each through its earliest one; the rest walk the name index.
            if segment.null:
                query = select(*columns, null_value(), null_value(), Contact.sort_name).where(
                    ~_has_open()
                )
            else:
                query = (
                    select(*columns, _NEXT.fires_at, _NEXT.fires_at, Contact.sort_name)
                    .select_from(_NEXT)
                    .join(Contact, Contact.id == _NEXT.contact_id)
                    .where(_NEXT.state == "open", ~_earlier_open())
                )
        else:
            next_reminder = (
                select(func.min(Reminder.fires_at))
                .where(Reminder.contact_id == Contact.id, Reminder.state == "open")
                .correlate(Contact)
                .scalar_subquery()
            )
            key_value = null_value() if sort == "name" else value
            query = select(*columns, next_reminder, key_value, Contact.sort_name)
            if sort != "name":
                listed = value.is_not(None)
                if sort == "organisation":
                    # A range, not IS NOT NULL: without statistics, only a range on the name
                    # tells the planner to walk organisations in order rather than sort.
                    listed = value >= ""
                query = query.where(value.is_(None) if segment.null else listed)
        if sort == "organisation" and not segment.null:
            # Organisations in name order, each one's people through (organisation_id,
            # sort_name): no sort of every contact with a firm.
            query = query.select_from(Organisation).join(
                Contact, Contact.organisation_id == Organisation.id
            )
        elif not lean or sort == "organisation":
            query = query.outerjoin(Organisation, Organisation.id == Contact.organisation_id)
        filtered = self._filtered(conn, query, wanted)
        if filtered is None:
            return None
        query = filtered
        if ids is not None:
            return query.where(Contact.id.in_(ids))
        query = query.where(*segment.where)
        if lean:
            kept = query.selected_columns
            query = query.with_only_columns(kept[0], kept[6], kept[7])
        down = wanted.descending != segment.backward
        if sort == "name":
            return query.order_by(*[c.desc() if down else c.asc() for c in _TIES])
        ties = [c.desc() if segment.backward else c.asc() for c in _TIES]
        if segment.by_value:
            return query.order_by(value.desc() if down else value.asc(), *ties)
        return query.order_by(*ties)

    @staticmethod
    def _filtered(conn, query: Select, wanted: ContactFilter) -> Select | None:  # noqa: ANN001
        """``query`` held to the list's filters; None when the search text cannot match."""
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
        return query

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
        filtered = self._filtered(conn, query, wanted)
        if filtered is None:
            return None
        query = filtered
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
