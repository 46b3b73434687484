"""The numbers behind the *Einblick* page: one dataclass per chart, each read in one query.

Months are local calendar months: a note at 23:30 on 31 January in Berlin belongs to January
even though it is stored as 22:30 UTC. Restricted contacts never count.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo

from sqlalchemy import ColumnElement, case, exists, func, literal, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased

from beziehung.core.models import (
    STAGES,
    VOICES,
    Contact,
    ConversationNote,
    note_participants,
    visible,
)
from beziehung.core.services.asks import AskService
from beziehung.core.services.base import Context, Service
from beziehung.core.services.funnel import StageService
from beziehung.core.services.network import NetworkService
from beziehung.core.services.periods import day_start
from beziehung.core.services.voice import VoiceService
from beziehung.core.timeparse import add_months

TOP_RECOMMENDERS = 10
_Moment = ColumnElement[datetime] | InstrumentedAttribute[datetime]


@dataclass(frozen=True)
class Period:
    """Local calendar days from ``first`` to ``last``, both included."""

    first: date
    last: date

    @classmethod
    def last_months(cls, today: date, months: int) -> Period:
        """This month and the ``months - 1`` before it, up to today."""
        return cls(add_months(today.replace(day=1), 1 - months), today)

    @classmethod
    def this_year(cls, today: date) -> Period:
        return cls(date(today.year, 1, 1), today)

    def months(self) -> list[date]:
        """The first day of each month the period touches."""
        found, month = [], self.first.replace(day=1)
        while month <= self.last:
            found.append(month)
            month = add_months(month, 1)
        return found

    def bounds(self, tz: tzinfo | None) -> tuple[datetime, datetime]:
        """The period as UTC moments, the end excluded."""
        return day_start(self.first, tz), day_start(self.last + timedelta(days=1), tz)


@dataclass(frozen=True)
class MonthlyCount:
    month: date  # the first day of the month
    count: int


@dataclass(frozen=True)
class StageCount:
    stage: str
    count: int


@dataclass(frozen=True)
class FunnelBar:
    from_stage: str | None  # None: from any stage (the move to "ehemalig")
    to_stage: str
    count: int


@dataclass(frozen=True)
class RankedName:
    contact_id: int
    name: str
    count: int


@dataclass(frozen=True)
class StatusCount:
    status: str
    count: int


@dataclass(frozen=True)
class VoiceMonth:
    month: date
    counts: dict[str, int] = field(default_factory=dict)  # voice kind → notes

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class AskMonth:
    month: date
    asks: int  # recommendations and reviews asked for
    yeses: int


@dataclass(frozen=True)
class Insight:
    """Everything the page shows for one period, read in one go (off the GUI thread)."""

    period: Period
    conversations: list[MonthlyCount]
    stages: list[StageCount]
    funnel: list[FunnelBar]
    recommenders: list[RankedName]
    voice: list[VoiceMonth]
    asks: list[AskMonth] = field(default_factory=list)


class InsightService(Service):
    """The page's numbers. The funnel, the ranking, the client's voice and the asks are the
    stage, network, voice and ask services' own (one rule each); this service only shapes
    them for the charts, with every month of the period present."""

    def __init__(
        self,
        context: Context,
        stages: StageService,
        network: NetworkService,
        voice: VoiceService,
        asks: AskService,
    ) -> None:
        super().__init__(context)
        self.stages = stages
        self.network = network
        self.voice = voice
        self.asks = asks

    def overview(self, period: Period) -> Insight:
        with self._read() as session:
            conversations = self._conversations(session, period)
            stages = self._stages(session)
        return Insight(
            period=period,
            conversations=conversations,
            stages=stages,
            funnel=self.stage_moves(period),
            recommenders=self.top_recommenders(period),
            voice=self.voice_per_month(period),
            asks=self.asks_per_month(period),
        )

    def conversations_per_month(self, period: Period) -> list[MonthlyCount]:
        """Conversations with visible contacts in each local month of ``period``; a note
        with several people counts once."""
        with self._read() as session:
            return self._conversations(session, period)

    def contacts_per_stage(self) -> list[StageCount]:
        """Visible contacts at each stage now, in the order of the stages."""
        with self._read() as session:
            return self._stages(session)

    def stage_moves(self, period: Period) -> list[FunnelBar]:
        """The funnel's steps in ``period`` (see :meth:`StageService.funnel`) that someone
        took, as bars."""
        return [
            FunnelBar(step.from_stage, step.to_stage, step.count)
            for step in self.stages.funnel(period.first, period.last)
            if step.count
        ]

    def top_recommenders(self, period: Period, limit: int = TOP_RECOMMENDERS) -> list[RankedName]:
        """The strongest recommenders of ``period`` by the network's ranking (people brought
        through their whole tree)."""
        ranking = self.network.ranking(period.first, period.last)
        return [RankedName(r.contact.id, r.contact.display_name, r.total) for r in ranking[:limit]]

    def voice_per_month(self, period: Period) -> list[VoiceMonth]:
        """Notes marked as a wish, idea, praise or complaint in each local month."""
        months = [VoiceMonth(m, dict.fromkeys(VOICES, 0)) for m in period.months()]
        index = {m.month: m for m in months}
        for count in self.voice.counts(*period.bounds(self.context.tz)):
            index[count.month].counts[count.kind] = count.count
        return months

    def asks_per_month(self, period: Period) -> list[AskMonth]:
        """Recommendations and reviews asked for, and the yeses, in each local month."""
        found = {c.month: c for c in self.asks.counts(*period.bounds(self.context.tz))}
        return [
            AskMonth(m, found[m].asks, found[m].yeses) if m in found else AskMonth(m, 0, 0)
            for m in period.months()
        ]

    # --- the queries ------------------------------------------------------------------------

    def _month_of(self, column: _Moment, period: Period) -> ColumnElement[int]:
        """The index into ``period.months()`` of each moment, decided in SQL against the
        months' local starts (which move with daylight saving time)."""
        starts = [day_start(m, self.context.tz) for m in period.months()[1:]]
        if not starts:
            return literal(0)
        return case(*[(column < start, i) for i, start in enumerate(starts)], else_=len(starts))

    def _conversations(self, session: Session, period: Period) -> list[MonthlyCount]:
        start, end = period.bounds(self.context.tz)
        main = aliased(Contact)
        other = aliased(Contact)
        someone_visible = or_(
            visible(main),
            exists()
            .where(note_participants.c.note_id == ConversationNote.id)
            .where(other.id == note_participants.c.contact_id)
            .where(visible(other)),
        )
        month = self._month_of(ConversationNote.occurred_at, period)
        rows = session.execute(
            select(month, func.count())
            .select_from(ConversationNote)
            .join(main, main.id == ConversationNote.contact_id)
            .where(ConversationNote.occurred_at >= start, ConversationNote.occurred_at < end)
            .where(someone_visible)
            .group_by(month)
        ).all()
        counts = dict(rows)
        return [MonthlyCount(m, counts.get(i, 0)) for i, m in enumerate(period.months())]

    @staticmethod
    def _stages(session: Session) -> list[StageCount]:
        counts = dict(
            session.execute(
                select(Contact.stage, func.count()).where(visible()).group_by(Contact.stage)
            ).all()
        )
        return [StageCount(stage, counts.get(stage, 0)) for stage in STAGES]
