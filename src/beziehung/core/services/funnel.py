"""Stage histories read back: one contact's way from prospect to recommender, and the funnel
of how many people moved on within a period and how long they had stayed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from statistics import median

from sqlalchemy import select

from beziehung.core.errors import not_found
from beziehung.core.models import Contact, StageChange, User, visible
from beziehung.core.services.base import LOCAL_LOGIN, Service
from beziehung.core.services.periods import period_bounds
from beziehung.core.services.records import PersonRef

# The steps the funnel counts, in order; None as the first stage means "from any stage".
FUNNEL_STEPS: tuple[tuple[str | None, str], ...] = (
    ("interessent", "kunde"),
    ("kunde", "stammkunde"),
    ("stammkunde", "empfehler"),
    (None, "ehemalig"),
)
SECONDS_PER_DAY = 86_400


@dataclass(frozen=True)
class StageStep:
    """One entry of a contact's stage history: in ``stage`` since ``since``, moved there from
    ``from_stage`` (None for the first entry) by ``user_name`` (None when not worth naming)."""

    stage: str
    since: datetime
    from_stage: str | None
    user_name: str | None


@dataclass(frozen=True)
class FunnelStep:
    """How many people moved from ``from_stage`` (None: any stage) to ``to_stage`` within a
    period, who they are (name order), and the median number of days they had spent in the
    stage they left (None when no move has a known entry into that stage)."""

    from_stage: str | None
    to_stage: str
    count: int
    contacts: list[PersonRef]
    median_days: float | None


def user_label(login: str | None, name: str | None) -> str | None:
    """How a stage history names who made a change: the user's name, else their login; the
    one user of a notebook on this machine goes unnamed, as it is always the same person."""
    if name:
        return name
    if login and login != LOCAL_LOGIN:
        return login
    return None


class StageService(Service):
    def history(self, contact_id: int) -> list[StageStep]:
        """``contact_id``'s stage history, newest first."""
        with self._read() as session:
            if session.get(Contact, contact_id) is None:
                raise not_found("contact", contact_id)
            rows = session.execute(
                select(
                    StageChange.to_stage,
                    StageChange.changed_at,
                    StageChange.from_stage,
                    User.login,
                    User.name,
                )
                .outerjoin(User, User.id == StageChange.user_id)
                .where(StageChange.contact_id == contact_id)
                .order_by(StageChange.changed_at.desc(), StageChange.id.desc())
            ).all()
        return [
            StageStep(stage, since, before, user_label(login, name))
            for stage, since, before, login, name in rows
        ]

    def funnel(self, start: date, end: date) -> list[FunnelStep]:
        """One :class:`FunnelStep` for each of :data:`FUNNEL_STEPS`, in that order.

        A move counts when its ``changed_at`` lies within the local days [``start``,
        ``end``], both days included (the first moment of ``start`` to the last of ``end`` in
        the notebook's time zone). A contact who made the same move more than once in the
        period counts once, with the first of those moves. The time in a stage runs from the
        contact's entry into ``from_stage`` (the latest history entry into that stage before
        the move) to the move itself, in days with fractions; a move without such an entry
        counts but has no time. The median
        is rounded to one decimal. Restricted contacts are left out."""
        first, last = period_bounds(start, end, self.context.tz)
        assert first is not None and last is not None, "both ends are given"
        with self._read() as session:
            moved = session.execute(
                select(StageChange.contact_id)
                .join(Contact, Contact.id == StageChange.contact_id)
                .where(
                    StageChange.changed_at >= first,
                    StageChange.changed_at < last,
                    StageChange.to_stage.in_([to for _from, to in FUNNEL_STEPS]),
                    visible(),
                )
                .distinct()
            ).scalars()
            ids = list(moved)
            histories: dict[int, list[tuple[str | None, str, datetime]]] = {}
            names: dict[int, str] = {}
            for i in range(0, len(ids), 900):
                chunk = ids[i : i + 900]
                for cid, before, after, at in session.execute(
                    select(
                        StageChange.contact_id,
                        StageChange.from_stage,
                        StageChange.to_stage,
                        StageChange.changed_at,
                    )
                    .where(StageChange.contact_id.in_(chunk))
                    .order_by(StageChange.contact_id, StageChange.changed_at, StageChange.id)
                ):
                    histories.setdefault(cid, []).append((before, after, at))
                names.update(
                    (cid, name)
                    for cid, name in session.execute(
                        select(Contact.id, Contact.display_name).where(Contact.id.in_(chunk))
                    )
                )
        return [
            _step(from_stage, to_stage, histories, names, first, last)
            for from_stage, to_stage in FUNNEL_STEPS
        ]


def _step(
    from_stage: str | None,
    to_stage: str,
    histories: dict[int, list[tuple[str | None, str, datetime]]],
    names: dict[int, str],
    first: datetime,
    last: datetime,
) -> FunnelStep:
    people: list[PersonRef] = []
    days: list[float] = []
    for cid, history in histories.items():
        for i, (before, after, at) in enumerate(history):
            if after != to_stage or not first <= at < last:
                continue
            if before is None or before == to_stage:
                continue
            if from_stage is not None and before != from_stage:
                continue
            people.append(PersonRef(cid, names[cid]))
            entered = next(
                (when for _b, stage, when in reversed(history[:i]) if stage == before), None
            )
            if entered is not None:
                days.append((at - entered).total_seconds() / SECONDS_PER_DAY)
            break
    people.sort(key=lambda p: (p.display_name, p.id))
    return FunnelStep(
        from_stage=from_stage,
        to_stage=to_stage,
        count=len(people),
        contacts=people,
        median_days=round(median(days), 1) if days else None,
    )
