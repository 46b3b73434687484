"""Keeping in touch: how often each contact should be spoken to, and who is drifting away.

Every contact may have an ideal and a longest interval between conversations. Each is taken
from the contact itself, else from its tags (the shortest any of them sets), else from its
stage's settings; a longest interval set nowhere is twice the ideal one, and it is never
shorter than the ideal one. :func:`interval_columns` is the one place this rule lives: the
agenda's "not spoken to for a while", its cadence reminders and the drift list all read it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, literal, null, select
from sqlalchemy.orm import Session

from beziehung.core.bounds import check_moment
from beziehung.core.errors import invalid
from beziehung.core.events import Topic
from beziehung.core.models import Contact, Reminder, Tag, contact_tags, visible
from beziehung.core.services.base import Context, Service, mark_changed
from beziehung.core.services.records import ReminderRecord
from beziehung.core.services.reminders import add_reminder
from beziehung.core.services.settings import SettingsService, SharedSettings

STATUSES = ("green", "yellow", "red")
MAX_POSTPONE_DAYS = 365


def since_column() -> ColumnElement[datetime]:
    """When the interval started: the last conversation, or, for a contact never spoken to,
    the day it was entered."""
    return func.coalesce(Contact.last_contact_at, Contact.created_at)


def _by_stage(values: dict[str, int | None]) -> ColumnElement[Any]:
    whens = [(Contact.stage == stage, literal(days)) for stage, days in values.items() if days]
    return case(*whens, else_=null()) if whens else null()


def _tags_shortest(column: Any) -> ColumnElement[Any]:
    return (
        select(func.min(column))
        .select_from(contact_tags)
        .join(Tag, Tag.id == contact_tags.c.tag_id)
        .where(contact_tags.c.contact_id == Contact.id)
        .correlate(Contact)
        .scalar_subquery()
    )


def interval_columns(
    session: Session, settings: SharedSettings
) -> tuple[ColumnElement[Any], ColumnElement[Any]]:
    """Each contact's ideal and longest interval in days, as SQL expressions over ``Contact``;
    the ideal is NULL for a contact nobody needs to keep in touch with.

    The tags' lookup is left out while no tag sets an interval, so that the common case costs
    no subquery per contact.
    """
    tags_ideal: ColumnElement[Any] = null()
    tags_longest: ColumnElement[Any] = null()
    if _tags_set_intervals(session):
        tags_ideal = _tags_shortest(Tag.cadence_days)
        tags_longest = _tags_shortest(Tag.cadence_max_days)
    ideal = func.coalesce(Contact.cadence_days, tags_ideal, _by_stage(settings.cadences))
    longest = func.coalesce(
        Contact.cadence_max_days,
        tags_longest,
        _by_stage(settings.cadence_maxima),
        ideal * 2,
    )
    return ideal, case((longest < ideal, ideal), else_=longest)


def _tags_set_intervals(session: Session) -> bool:
    found = session.scalar(
        select(Tag.id)
        .where((Tag.cadence_days.is_not(None)) | (Tag.cadence_max_days.is_not(None)))
        .limit(1)
    )
    return found is not None


def intervals_in_use(session: Session, ideal: ColumnElement[Any]) -> list[int]:
    """Every value of ``ideal`` (the first of :func:`interval_columns`) that a contact has,
    shortest first.

    Without ``visible()``: so SQLite reads the index of own intervals and stages alone
    instead of every contact's row (8 ms instead of 110 ms at 100,000 contacts). It may
    therefore name an interval only restricted contacts have; callers select by the
    interval and by ``visible()`` anyway."""
    return sorted(session.scalars(select(ideal).where(ideal.is_not(None)).distinct()))


def postponed(now: datetime) -> ColumnElement[bool]:
    """Contacts set aside until later: an open "not spoken to" reminder due in the future,
    which the agenda shows and pops up when its time comes."""
    return (
        select(Reminder.id)
        .where(
            Reminder.contact_id == Contact.id,
            Reminder.kind == "cadence",
            Reminder.state == "open",
            Reminder.fires_at > now,
        )
        .exists()
    )


def status_of(elapsed: timedelta, ideal: int, longest: int) -> str:
    """Green within the ideal interval (its last moment included), yellow past it, red past
    the longest one."""
    if elapsed <= timedelta(days=ideal):
        return "green"
    if elapsed <= timedelta(days=longest):
        return "yellow"
    return "red"


@dataclass(frozen=True)
class AttentionRow:
    contact_id: int
    name: str
    stage: str
    last_contact_at: datetime | None
    ideal_days: int
    max_days: int
    # Whole days past the ideal interval; negative: days still left within it.
    overdue_days: int
    status: str


class AttentionService(Service):
    def __init__(self, context: Context, settings: SettingsService) -> None:
        super().__init__(context)
        self.settings = settings

    def status_counts(self, now: datetime | None = None) -> dict[str, int]:
        """How many contacts are in each status (green, yellow, red), by the drift list's
        own rows, for the *Einblick* chart."""
        counts = dict.fromkeys(STATUSES, 0)
        for row in self.attention(limit=None, now=now):
            counts[row.status] += 1
        return counts

    def attention(self, limit: int | None = 200, now: datetime | None = None) -> list[AttentionRow]:
        """Every visible contact with an ideal interval, the furthest past it (measured in
        multiples of that interval) first; contacts postponed with :meth:`postpone` are
        left out until then.

        One query per distinct pair of intervals: within one pair, the order is that of the
        start of the interval, so each query reads only as many rows as the list shows.
        """
        now = now or self._now()
        shared = self.settings.load()
        rows: list[tuple[float, AttentionRow]] = []
        with self._read() as session:
            ideal, longest = interval_columns(session, shared)
            since = since_column()
            wanted = and_(visible(), ideal.is_not(None), ~postponed(now))
            pairs = session.execute(select(ideal, longest).where(wanted).group_by(ideal, longest))
            for days, most in pairs.all():
                query = (
                    select(Contact.id, Contact.display_name, Contact.stage)
                    .add_columns(Contact.last_contact_at, since)
                    .where(wanted, ideal == days, longest == most)
                    .order_by(since, Contact.sort_name, Contact.id)
                )
                if limit is not None:
                    query = query.limit(limit)
                for cid, name, stage, last, started in session.execute(query):
                    elapsed = now - started
                    row = AttentionRow(
                        cid,
                        name,
                        stage,
                        last,
                        days,
                        most,
                        elapsed.days - days,
                        status_of(elapsed, days, most),
                    )
                    rows.append((elapsed / timedelta(days=days), row))
        rows.sort(key=lambda pair: (-pair[0], pair[1].name, pair[1].contact_id))
        found = [row for _, row in rows]
        return found if limit is None else found[:limit]

    def postpone(self, contact_ids: Iterable[int], days: int) -> int:
        """Set contacts aside for ``days``: each gets one "not spoken to" reminder due then
        (an open one is moved there), so the drift list leaves them out until that day and
        the agenda brings them back. A conversation logged meanwhile settles it. Returns how
        many contacts were set aside."""
        if not 1 <= days <= MAX_POSTPONE_DAYS:
            raise invalid(
                "postpone_days",
                "Contacts can be set aside for 1 to {most} days, not {days}",
                most=MAX_POSTPONE_DAYS,
                days=days,
            )
        now = self._now()
        until = now + timedelta(days=days)
        moved = 0
        with self._tx(Topic.REMINDERS) as session:
            for contact_id in dict.fromkeys(contact_ids):
                moved += 1
                reminder = session.scalar(
                    select(Reminder).where(
                        Reminder.contact_id == contact_id,
                        Reminder.kind == "cadence",
                        Reminder.state == "open",
                    )
                )
                if reminder is None:
                    add_reminder(session, contact_id, until, "", now, kind="cadence")
                    continue
                mark_changed(session, contact_id)
                reminder.schedule(until)
                reminder.notified_at = None
                session.flush()
        return moved

    def plan_callbacks(
        self, contact_ids: Iterable[int], due_at: datetime, reason: str
    ) -> list[ReminderRecord]:
        """One callback reminder for each contact, all at ``due_at``, in one transaction."""
        check_moment(due_at, "due time")
        now = self._now()
        with self._tx(Topic.REMINDERS) as session:
            return [
                add_reminder(session, contact_id, due_at, reason, now)
                for contact_id in dict.fromkeys(contact_ids)
            ]
