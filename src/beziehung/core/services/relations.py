"""Who is who to whom: relations between two contacts, and handing a contact's work over to
a successor.

A row reads "contact is KIND of other" (her assistant, his deputy, their successor); partner,
family and colleague read the same both ways, so that one row stands for both directions and
the reversed row counts as the same relation. Services return the kind and the direction;
the edges word them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, and_, or_, select, update
from sqlalchemy.orm import Session, aliased

from beziehung.core.errors import invalid, not_found
from beziehung.core.events import Topic
from beziehung.core.models import (
    RELATION_KINDS,
    SYMMETRIC_RELATIONS,
    Contact,
    ContactRelation,
    Reminder,
    visible,
)
from beziehung.core.services import versions
from beziehung.core.services.base import Service, count_rows, mark_changed
from beziehung.core.services.records import PersonRef
from beziehung.core.services.stages import set_stage

# How a relation is seen from one of its two people.
OUTGOING = "out"  # this contact is KIND of the other
INCOMING = "in"  # the other is KIND of this contact
MUTUAL = "both"  # a symmetric kind: the same either way
FORMER_STAGE = "ehemalig"
# The one callback kind a successor takes over; keep-in-touch reminders belong to the person.
HANDED_OVER_KIND = "callback"


@dataclass(frozen=True)
class Relation:
    id: int
    kind: str
    direction: str
    other: PersonRef


@dataclass(frozen=True)
class HandOverPreview:
    leaver: PersonRef
    successor: PersonRef
    # Open callbacks that would move to the successor.
    callbacks: int
    already_successor: bool
    leaver_stage: str


@dataclass(frozen=True)
class HandOver:
    relation_id: int
    moved_reminder_ids: tuple[int, ...]
    marked_former: bool


def normalise_kind(kind: str) -> str:
    code = kind.strip().casefold()
    if code not in RELATION_KINDS:
        raise invalid(
            "relation_kind",
            "Unknown relation '{kind}': use one of {kinds}",
            kind=kind,
            kinds=", ".join(RELATION_KINDS),
        )
    return code


def handed_over_reason(reason: str, leaver_name: str) -> str:
    """A moved callback's reason names whose it was, so that its history stays readable."""
    return f"Von {leaver_name} übernommen: {reason}" if reason else f"Von {leaver_name} übernommen"


def _person(session: Session, contact_id: int) -> Contact:
    contact = session.get(Contact, contact_id)
    if contact is None:
        raise not_found("contact", contact_id)
    return contact


def _find(session: Session, contact_id: int, kind: str, other_id: int) -> ContactRelation | None:
    """The row that states "contact is KIND of other"; for a symmetric kind either order."""
    same = and_(ContactRelation.contact_id == contact_id, ContactRelation.other_id == other_id)
    if kind in SYMMETRIC_RELATIONS:
        reverse = and_(
            ContactRelation.contact_id == other_id, ContactRelation.other_id == contact_id
        )
        same = or_(same, reverse)
    return session.scalar(select(ContactRelation).where(same, ContactRelation.kind == kind))


def _add(session: Session, contact_id: int, kind: str, other_id: int, now: datetime) -> int:
    code = normalise_kind(kind)
    if contact_id == other_id:
        raise invalid("relation_self", "A contact cannot be related to themselves")
    _person(session, contact_id)
    _person(session, other_id)
    if _find(session, contact_id, code, other_id) is not None:
        raise invalid(
            "relation_exists",
            "Contact {contact} already is {kind} of contact {other}",
            contact=contact_id,
            kind=code,
            other=other_id,
        )
    row = ContactRelation(contact_id=contact_id, other_id=other_id, kind=code, created_at=now)
    session.add(row)
    session.flush()
    mark_changed(session, contact_id, other_id)
    return row.id


class RelationService(Service):
    def add(self, contact_id: int, kind: str, other_id: int) -> int:
        """Record that ``contact_id`` is ``kind`` of ``other_id``; returns the relation's id.
        Refuses a contact related to themselves and a relation already recorded (for a
        symmetric kind also in the other order)."""
        with self._tx(Topic.CONTACTS) as session:
            return _add(session, contact_id, kind, other_id, self._now())

    def remove(self, relation_id: int) -> None:
        with self._tx(Topic.CONTACTS) as session:
            row = session.get(ContactRelation, relation_id)
            if row is None:
                raise not_found("relation", relation_id)
            mark_changed(session, row.contact_id, row.other_id)
            session.delete(row)

    def remove_between(self, contact_id: int, kind: str, other_id: int) -> None:
        """Remove the relation "contact is KIND of other" (either order if symmetric)."""
        code = normalise_kind(kind)
        with self._tx(Topic.CONTACTS) as session:
            row = _find(session, contact_id, code, other_id)
            if row is None:
                raise invalid(
                    "relation_missing",
                    "Contact {contact} is not {kind} of contact {other}",
                    contact=contact_id,
                    kind=code,
                    other=other_id,
                )
            mark_changed(session, contact_id, other_id)
            session.delete(row)

    def relations_of(self, contact_id: int) -> list[Relation]:
        """Everyone related to ``contact_id``, in both directions, by kind and name; restricted
        contacts are left out."""
        other = aliased(Contact)
        with self._read() as session:
            rows = session.execute(
                select(ContactRelation, other.id, other.display_name, other.sort_name)
                .join(
                    other,
                    or_(
                        and_(
                            ContactRelation.contact_id == contact_id,
                            other.id == ContactRelation.other_id,
                        ),
                        and_(
                            ContactRelation.other_id == contact_id,
                            other.id == ContactRelation.contact_id,
                        ),
                    ),
                )
                .where(visible(other))
            ).all()
        found = []
        for row, other_id, name, sort_name in rows:
            if row.kind in SYMMETRIC_RELATIONS:
                direction = MUTUAL
            else:
                direction = OUTGOING if row.contact_id == contact_id else INCOMING
            found.append(
                (sort_name, Relation(row.id, row.kind, direction, PersonRef(other_id, name)))
            )
        found.sort(key=lambda pair: (RELATION_KINDS.index(pair[1].kind), pair[0], pair[1].id))
        return [relation for _sort, relation in found]

    # --- a contact leaves: the successor takes over ----------------------------------------

    def preview_hand_over(self, leaver_id: int, successor_id: int) -> HandOverPreview:
        """What :meth:`hand_over` would do, for the confirmation."""
        if leaver_id == successor_id:
            raise invalid("relation_self", "A contact cannot be related to themselves")
        with self._read() as session:
            leaver = _person(session, leaver_id)
            successor = _person(session, successor_id)
            return HandOverPreview(
                leaver=PersonRef(leaver.id, leaver.display_name),
                successor=PersonRef(successor.id, successor.display_name),
                callbacks=count_rows(session, Reminder, *self._open_callbacks(leaver_id)),
                already_successor=_find(session, successor_id, "successor", leaver_id) is not None,
                leaver_stage=leaver.stage,
            )

    def hand_over(self, leaver_id: int, successor_id: int, *, mark_former: bool) -> HandOver:
        """In one transaction: record that ``successor_id`` succeeds ``leaver_id`` (kept if
        already recorded), move the leaver's open callbacks to the successor with a reason
        that names the leaver, and, if asked, set the leaver's stage to *ehemalig*."""
        now = self._now()
        with self._tx(Topic.CONTACTS | Topic.REMINDERS) as session:
            leaver = _person(session, leaver_id)
            existing = _find(session, successor_id, "successor", leaver_id)
            if existing is not None:
                relation_id = existing.id
            else:
                relation_id = _add(session, successor_id, "successor", leaver_id, now)
            moving = list(session.scalars(select(Reminder).where(*self._open_callbacks(leaver_id))))
            versions.bump(session, Reminder, [r.id for r in moving])
            for reminder in moving:
                reminder.contact_id = successor_id
                reminder.reason = handed_over_reason(reminder.reason, leaver.display_name)
            marked = mark_former and leaver.stage != FORMER_STAGE
            if marked:
                versions.bump(session, Contact, [leaver_id])
                set_stage(session, leaver, FORMER_STAGE, now)
                leaver.updated_at = now
            session.flush()
            mark_changed(session, leaver_id, successor_id)
            return HandOver(relation_id, tuple(r.id for r in moving), marked)

    @staticmethod
    def _open_callbacks(contact_id: int) -> tuple[ColumnElement[bool], ...]:
        return (
            Reminder.contact_id == contact_id,
            Reminder.state == "open",
            Reminder.kind == HANDED_OVER_KIND,
        )


def move_relations(session: Session, from_id: int, to_id: int) -> None:
    """Give ``to_id`` the relations of ``from_id`` (a merge): rows that would relate a contact
    to itself or repeat a relation ``to_id`` has are dropped with ``from_id``."""
    for row in list(
        session.scalars(
            select(ContactRelation).where(
                or_(ContactRelation.contact_id == from_id, ContactRelation.other_id == from_id)
            )
        )
    ):
        contact_id = to_id if row.contact_id == from_id else row.contact_id
        other_id = to_id if row.other_id == from_id else row.other_id
        if contact_id == other_id or _find(session, contact_id, row.kind, other_id) is not None:
            continue
        session.execute(
            update(ContactRelation)
            .where(ContactRelation.id == row.id)
            .values(contact_id=contact_id, other_id=other_id)
        )
