"""The referral network read as a whole: a contact's tree of recommendations, the ranking of
recommenders, and whom to thank when a recommended person becomes a client.

Restricted contacts are left out as if their links did not exist: a tree does not pass
through them and they count nowhere."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, tzinfo

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session, aliased

from beziehung.core.errors import not_found
from beziehung.core.models import Contact, Referral, StageChange, visible
from beziehung.core.services.base import Service
from beziehung.core.services.periods import period_bounds
from beziehung.core.services.records import PersonRef

# The stages of someone who buys: reaching one of them at any time makes a person a client.
CLIENT_STAGES = ("kunde", "stammkunde", "empfehler")


def became_client(from_stage: str | None, to_stage: str) -> bool:
    """Whether a stage move is the moment a prospect becomes a client, the moment their
    recommenders deserve thanks. A contact entered as a client from the start (no
    ``from_stage``) did not become one in this notebook, and a move between client stages is
    no news."""
    return from_stage == "interessent" and to_stage in CLIENT_STAGES


@dataclass(frozen=True)
class ReferralNode:
    """One person in a referral tree with the people they recommended."""

    contact: PersonRef
    children: list[ReferralNode] = field(default_factory=list)

    def size(self) -> int:
        """How many people are below this one."""
        return sum(1 + child.size() for child in self.children)

    def depth(self) -> int:
        """How many levels are below this one (0 for someone who recommended nobody)."""
        return max((1 + child.depth() for child in self.children), default=0)


@dataclass(frozen=True)
class RecommenderRank:
    """One recommender's figures: ``direct`` people they recommended themselves, ``total``
    people in their whole tree; ``clients_*`` how many of those have ever reached a client
    stage."""

    contact: PersonRef
    direct: int
    total: int
    clients_direct: int
    clients_total: int


@dataclass(frozen=True)
class Thanks:
    """A recommended person who has just become a client, and who recommended them."""

    contact: PersonRef
    recommenders: list[PersonRef]
    stage_change_id: int


def _referred_within(
    start: date | None, end: date | None, tz: tzinfo | None
) -> list[ColumnElement[bool]]:
    """``Referral.referred_at`` within the local days [start, end]."""
    first, last = period_bounds(start, end, tz)
    conditions: list[ColumnElement[bool]] = []
    if first is not None:
        conditions.append(Referral.referred_at >= first)
    if last is not None:
        conditions.append(Referral.referred_at < last)
    return conditions


class NetworkService(Service):
    # --- the tree ------------------------------------------------------------------------------

    def tree(self, contact_id: int) -> ReferralNode:
        """Everyone ``contact_id`` recommended, and whom they recommended, to any depth.

        Each person appears once, under the first recommender the tree reaches them by
        (level by level, each level in name order); so a cycle (A recommended B, B
        recommended A) ends where it comes back, and the tree's size is the number of
        people reachable."""
        with self._read() as session:
            root = session.get(Contact, contact_id)
            if root is None or root.restricted:
                raise not_found("contact", contact_id)
            edges = _edges(session, [])
            names = _names(session, {contact_id} | {b for pairs in edges.values() for b in pairs})
        nodes = {contact_id: ReferralNode(PersonRef(contact_id, names[contact_id]))}
        level = [contact_id]
        while level:
            following: list[int] = []
            for parent in level:
                for child in sorted(edges.get(parent, ()), key=lambda c: names[c]):
                    if child in nodes:
                        continue
                    node = ReferralNode(PersonRef(child, names[child]))
                    nodes[child] = node
                    nodes[parent].children.append(node)
                    following.append(child)
            level = following
        return nodes[contact_id]

    # --- the ranking -------------------------------------------------------------------------

    def ranking(self, start: date | None = None, end: date | None = None) -> list[RecommenderRank]:
        """Every recommender, best first (largest tree, then most direct recommendations,
        then most clients in the tree, then by name).

        With a period, only recommendations whose ``referred_at`` lies within the local
        days [``start``, ``end``] (both inclusive) count, at every level of a tree;
        recommendations without a date then count nowhere."""
        within = _referred_within(start, end, self.context.tz)
        with self._read() as session:
            edges = _edges(session, within)
            people = set(edges) | {b for pairs in edges.values() for b in pairs}
            names = _names(session, people)
            clients = _clients(session, people)
        ranks = []
        for recommender, recommended in edges.items():
            below = _reachable(edges, recommender)
            ranks.append(
                RecommenderRank(
                    contact=PersonRef(recommender, names[recommender]),
                    direct=len(recommended),
                    total=len(below),
                    clients_direct=len(recommended & clients),
                    clients_total=len(below & clients),
                )
            )
        ranks.sort(
            key=lambda r: (
                -r.total,
                -r.direct,
                -r.clients_total,
                r.contact.display_name,
                r.contact.id,
            )
        )
        return ranks

    # --- thanks --------------------------------------------------------------------------------

    def last_stage_change(self) -> int:
        """The id of the newest stage history entry (0 when there is none): where
        :meth:`thanks_due` starts looking after a write."""
        with self._read() as session:
            return session.scalar(select(func.max(StageChange.id))) or 0

    def thanks_due(self, after: int, until: int | None = None) -> list[Thanks]:
        """The recommended people who became clients (:func:`became_client`) in a stage
        change newer than ``after`` (a :meth:`last_stage_change` id) and, if given, not newer
        than ``until``, each with the visible people who recommended them; people nobody
        recommended are left out."""
        with self._read() as session:
            rows = session.execute(
                select(
                    StageChange.id,
                    StageChange.contact_id,
                    Contact.display_name,
                    StageChange.from_stage,
                    StageChange.to_stage,
                )
                .join(Contact, Contact.id == StageChange.contact_id)
                .where(
                    StageChange.id > after,
                    # No upper bound rather than a huge one: PostgreSQL's ids are 32 bits.
                    *(() if until is None else (StageChange.id <= until,)),
                    visible(),
                )
                .order_by(StageChange.id)
            ).all()
            found: list[Thanks] = []
            recommender = aliased(Contact)
            for change_id, contact_id, name, from_stage, to_stage in rows:
                if not became_client(from_stage, to_stage):
                    continue
                people = [
                    PersonRef(rid, rname)
                    for rid, rname in session.execute(
                        select(recommender.id, recommender.display_name)
                        .join(Referral, Referral.referrer_id == recommender.id)
                        .where(Referral.referred_id == contact_id, visible(recommender))
                        .order_by(recommender.sort_name, recommender.id)
                    )
                ]
                if people:
                    found.append(Thanks(PersonRef(contact_id, name), people, change_id))
        return found


def _edges(session: Session, where: list[ColumnElement[bool]]) -> dict[int, set[int]]:
    """Who recommended whom among visible contacts: recommender → the people recommended."""
    referrer, referred = aliased(Contact), aliased(Contact)
    rows = session.execute(
        select(Referral.referrer_id, Referral.referred_id)
        .join(referrer, referrer.id == Referral.referrer_id)
        .join(referred, referred.id == Referral.referred_id)
        .where(visible(referrer), visible(referred), *where)
    )
    edges: dict[int, set[int]] = {}
    for a, b in rows:
        edges.setdefault(a, set()).add(b)
    return edges


def _names(session: Session, ids: Iterable[int]) -> dict[int, str]:
    wanted = list(ids)
    names: dict[int, str] = {}
    # SQLite allows some thousand parameters per statement; read large networks in slices.
    for i in range(0, len(wanted), 900):
        chunk = wanted[i : i + 900]
        names.update(
            (cid, name)
            for cid, name in session.execute(
                select(Contact.id, Contact.display_name).where(Contact.id.in_(chunk))
            )
        )
    return names


def _clients(session: Session, ids: Iterable[int]) -> set[int]:
    """Those of ``ids`` who have ever been in a client stage (now or in their history)."""
    wanted = list(ids)
    found: set[int] = set()
    for i in range(0, len(wanted), 900):
        chunk = wanted[i : i + 900]
        found.update(
            session.scalars(
                select(Contact.id).where(Contact.id.in_(chunk), Contact.stage.in_(CLIENT_STAGES))
            )
        )
        found.update(
            session.scalars(
                select(StageChange.contact_id).where(
                    StageChange.contact_id.in_(chunk), StageChange.to_stage.in_(CLIENT_STAGES)
                )
            )
        )
    return found


def _reachable(edges: dict[int, set[int]], start: int) -> set[int]:
    """Everyone below ``start``, without ``start`` itself even when a cycle leads back."""
    seen: set[int] = set()
    stack = list(edges.get(start, ()))
    while stack:
        person = stack.pop()
        if person in seen or person == start:
            continue
        seen.add(person)
        stack.extend(edges.get(person, ()))
    return seen
