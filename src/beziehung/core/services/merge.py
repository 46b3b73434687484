"""Merging two contacts that turn out to be the same person."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from beziehung.core import search
from beziehung.core.errors import invalid, not_found
from beziehung.core.events import CONTACT_REMOVAL
from beziehung.core.models import Contact, ConversationNote, Referral, Reminder
from beziehung.core.services import versions
from beziehung.core.services.base import Service, count_rows, mark_changed
from beziehung.core.services.contact_input import stored_region
from beziehung.core.services.contact_rules import (
    merge_about,
    method_key,
    refresh_last_contact,
    remove_contact,
    settle_preferred,
    stricter_fields,
    stricter_protection,
)
from beziehung.core.services.custom_fields import move_values
from beziehung.core.services.participants import move_participation
from beziehung.core.services.relations import move_relations
from beziehung.core.services.settings import default_phone_region

# Details taken from the merged-away contact where the kept one has none.
FILLABLE = (
    "salutation",
    "title",
    "organisation_id",
    "role",
    "department",
    "birthday",
    "anniversary",
    "photo",
    "preferred_channel",
    "preferred_time",
    "cadence_days",
)


@dataclass(frozen=True)
class MergePreview:
    keep_id: int
    keep_name: str
    drop_id: int
    drop_name: str
    notes: int
    reminders: int
    methods: int  # contact methods that move (duplicates are dropped)
    referrals: int
    tags: int
    filled: list[str]  # fields of the kept contact that get a value
    # Data-protection fields of the kept contact that become stricter: a longer retention
    # duty, a restriction, the other record's consent history.
    stricter: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class KnownMethods:
    """The kept contact's methods as compared, and the region its numbers are read in."""

    keys: frozenset[tuple[str, str]]
    region: str


def _known_methods(session: Session, keep: Contact) -> KnownMethods:
    region = stored_region(keep.methods, default_phone_region(session))
    return KnownMethods(frozenset(method_key(m, region) for m in keep.methods), region)


class MergeService(Service):
    def preview(self, keep_id: int, drop_id: int) -> MergePreview:
        with self._read() as session:
            return self._plan(session, keep_id, drop_id)

    def merge(self, keep_id: int, drop_id: int) -> MergePreview:
        """Move everything of ``drop_id`` to ``keep_id`` and delete ``drop_id``.

        Nothing is lost, so a retention duty does not stand in the way; the kept contact
        takes the stricter data-protection state of the two."""
        now = self._now()
        with self._tx(CONTACT_REMOVAL) as session:
            plan = self._plan(session, keep_id, drop_id)
            mark_changed(session, keep_id, drop_id)
            versions.bump(session, Contact, [keep_id])
            keep, drop = session.get(Contact, keep_id), session.get(Contact, drop_id)
            assert keep is not None and drop is not None
            session.execute(
                update(ConversationNote)
                .where(ConversationNote.contact_id == drop_id)
                .values(contact_id=keep_id)
            )
            move_participation(session, keep_id, drop_id)
            session.execute(
                update(Reminder).where(Reminder.contact_id == drop_id).values(contact_id=keep_id)
            )
            self._move_methods(_known_methods(session, keep), keep, drop)
            keep.tags = list({t.id: t for t in [*keep.tags, *drop.tags]}.values())
            self._move_referrals(session, keep_id, drop_id)
            move_relations(session, drop_id, keep_id)
            move_values(session, drop_id, keep_id)
            for name in plan.filled:
                setattr(keep, name, getattr(drop, name))
            if "birthday" in plan.filled:
                # Whether its year is known belongs to the birthday taken over.
                keep.birthday_no_year = drop.birthday_no_year
            keep.about = merge_about(keep.about, drop.about)
            stricter_protection(keep, drop).apply_to(keep)
            keep.updated_at = now
            session.flush()
            remove_contact(session, drop, self._today(), merged_into=keep)
            refresh_last_contact(session, [keep_id])
            search.reindex_contacts(session.connection(), [keep_id])
            return plan

    def _plan(self, session: Session, keep_id: int, drop_id: int) -> MergePreview:
        if keep_id == drop_id:
            raise invalid("merge_self", "A contact cannot be merged with itself")
        keep, drop = session.get(Contact, keep_id), session.get(Contact, drop_id)
        if keep is None:
            raise not_found("contact", keep_id)
        if drop is None:
            raise not_found("contact", drop_id)

        known = _known_methods(session, keep)
        return MergePreview(
            keep_id=keep_id,
            keep_name=keep.display_name,
            drop_id=drop_id,
            drop_name=drop.display_name,
            notes=count_rows(session, ConversationNote, ConversationNote.contact_id == drop_id),
            reminders=count_rows(session, Reminder, Reminder.contact_id == drop_id),
            methods=sum(1 for m in drop.methods if method_key(m, known.region) not in known.keys),
            referrals=count_rows(
                session,
                Referral,
                ((Referral.referrer_id == drop_id) & (Referral.referred_id != keep_id))
                | ((Referral.referred_id == drop_id) & (Referral.referrer_id != keep_id)),
            ),
            tags=len({t.id for t in drop.tags} - {t.id for t in keep.tags}),
            filled=[
                name
                for name in FILLABLE
                if getattr(keep, name) is None and getattr(drop, name) is not None
            ],
            stricter=stricter_fields(keep, drop),
        )

    @staticmethod
    def _move_methods(known: KnownMethods, keep: Contact, drop: Contact) -> None:
        moving = [m for m in drop.methods if method_key(m, known.region) not in known.keys]
        drop.methods = []
        # The kept contact's methods come first, so its preferred ones stay preferred.
        settle_preferred([*keep.methods, *moving])
        keep.methods.extend(moving)

    @staticmethod
    def _move_referrals(session: Session, keep_id: int, drop_id: int) -> None:
        links = session.scalars(
            select(Referral).where(
                (Referral.referrer_id == drop_id) | (Referral.referred_id == drop_id)
            )
        ).all()
        existing = {
            (referrer, referred)
            for referrer, referred in session.execute(
                select(Referral.referrer_id, Referral.referred_id).where(
                    (Referral.referrer_id == keep_id) | (Referral.referred_id == keep_id)
                )
            )
        }
        for link in links:
            referrer = keep_id if link.referrer_id == drop_id else link.referrer_id
            referred = keep_id if link.referred_id == drop_id else link.referred_id
            if referrer == referred or (referrer, referred) in existing:
                session.delete(link)
                continue
            link.referrer_id, link.referred_id = referrer, referred
            existing.add((referrer, referred))
        session.flush()
        session.execute(delete(Referral).where(Referral.referrer_id == Referral.referred_id))
