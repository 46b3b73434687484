"""Referrals: who recommended whom, the root of word of mouth."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from beziehung.core.errors import invalid, not_found
from beziehung.core.events import Topic
from beziehung.core.models import Contact, Referral, visible
from beziehung.core.services.base import Service
from beziehung.core.services.records import PersonRef


def referrers(session: Session, contact_id: int) -> list[PersonRef]:
    """Who recommended ``contact_id``."""
    rows = session.execute(
        select(Contact.id, Contact.display_name)
        .join(Referral, Referral.referrer_id == Contact.id)
        .where(Referral.referred_id == contact_id, visible())
        .order_by(Contact.sort_name)
    )
    return [PersonRef(*row) for row in rows]


def recommended(session: Session, contact_id: int) -> list[PersonRef]:
    """Whom ``contact_id`` recommended."""
    rows = session.execute(
        select(Contact.id, Contact.display_name)
        .join(Referral, Referral.referred_id == Contact.id)
        .where(Referral.referrer_id == contact_id, visible())
        .order_by(Contact.sort_name)
    )
    return [PersonRef(*row) for row in rows]


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
