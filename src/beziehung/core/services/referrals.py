"""Referrals: who recommended whom, the root of word of mouth."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from beziehung.core.errors import invalid, not_found
from beziehung.core.events import Topic
from beziehung.core.models import Contact, Referral, visible
from beziehung.core.services.base import Service
from beziehung.core.services.records import PersonRef


@dataclass(frozen=True)
class Links:
    """The visible people one contact is linked to by recommendation, in name order."""

    referred_by: list[PersonRef] = field(default_factory=list)  # who recommended the contact
    referred: list[PersonRef] = field(default_factory=list)  # whom the contact recommended


def links_of(session: Session, contact_ids: Collection[int]) -> dict[int, Links]:
    """The referral links of every id in ``contact_ids`` (one entry each, empty when there are
    none), read in one query. Restricted people are left out of the lists."""
    links = {cid: Links() for cid in contact_ids}
    if not links:
        return links
    found = list(links)
    other = aliased(Contact)
    rows = session.execute(
        select(Referral.referred_id, Referral.referrer_id, other.id, other.display_name)
        .join(
            other,
            ((Referral.referred_id.in_(found)) & (other.id == Referral.referrer_id))
            | ((Referral.referrer_id.in_(found)) & (other.id == Referral.referred_id)),
        )
        .where(visible(other))
        .order_by(other.sort_name, other.id)
    )
    for referred_id, referrer_id, other_id, other_name in rows:
        person = PersonRef(other_id, other_name)
        if other_id == referrer_id and referred_id in links:
            links[referred_id].referred_by.append(person)
        if other_id == referred_id and referrer_id in links:
            links[referrer_id].referred.append(person)
    return links


class ReferralService(Service):
    def add(
        self,
        referrer_id: int,
        referred_id: int,
        *,
        how: str = "",
        note: str = "",
        at: datetime | None = None,
    ) -> int:
        """Record that ``referrer_id`` recommended ``referred_id``; returns the link's id."""
        if referrer_id == referred_id:
            raise invalid("referral_self", "A contact cannot have recommended themselves")
        with self._tx(Topic.REFERRALS) as session:
            for cid in (referrer_id, referred_id):
                if session.get(Contact, cid) is None:
                    raise not_found("contact", cid)
            exists = session.scalar(
                select(Referral.id).where(
                    Referral.referrer_id == referrer_id, Referral.referred_id == referred_id
                )
            )
            if exists is not None:
                raise invalid(
                    "referral_exists",
                    "Contact {referrer} is already recorded as recommending contact {referred}",
                    referrer=referrer_id,
                    referred=referred_id,
                )
            link = Referral(
                referrer_id=referrer_id,
                referred_id=referred_id,
                referred_at=at or self._now(),
                how=how.strip(),
                note=note.strip(),
            )
            session.add(link)
            session.flush()
            return link.id

    def remove(self, referral_id: int) -> None:
        with self._tx(Topic.REFERRALS) as session:
            link = session.get(Referral, referral_id)
            if link is None:
                raise not_found("referral", referral_id)
            session.delete(link)
