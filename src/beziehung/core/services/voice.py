"""The client's voice: wishes, ideas, praise and complaints noted in conversations.

A complaint stays open, and on the Today page, until it is marked answered
(``voice_answered_at``); the other kinds have nothing to answer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from beziehung.core.errors import invalid, not_found
from beziehung.core.events import Topic
from beziehung.core.models import VOICES, Contact, ConversationNote, visible
from beziehung.core.services.base import Service, mark_changed
from beziehung.core.services.periods import month_of

VOICE_LIMIT = 1_000


@dataclass(frozen=True)
class VoiceRow:
    note_id: int
    contact_id: int
    name: str
    kind: str
    at: datetime
    text: str
    answered_at: datetime | None

    @property
    def open(self) -> bool:
        """A complaint not answered yet."""
        return self.kind == "complaint" and self.answered_at is None


@dataclass(frozen=True)
class VoiceCount:
    month: date  # the first day of the month, local time
    kind: str
    count: int


def note_text(subject: str, body: str) -> str:
    """What a list shows of a note: its subject, else the first line of what was said."""
    return subject or body.split("\n", 1)[0]


def open_complaint() -> ColumnElement[bool]:
    return (ConversationNote.voice == "complaint") & ConversationNote.voice_answered_at.is_(None)


def voice_rows(
    session: Session,
    *where: ColumnElement[bool],
    limit: int = VOICE_LIMIT,
    oldest_first: bool = False,
) -> list[VoiceRow]:
    """Notes with a voice meeting ``where``, of visible contacts, newest first (or oldest)."""
    order = ConversationNote.occurred_at if oldest_first else ConversationNote.occurred_at.desc()
    rows = session.execute(
        select(
            ConversationNote.id,
            ConversationNote.contact_id,
            Contact.display_name,
            ConversationNote.voice,
            ConversationNote.occurred_at,
            ConversationNote.subject,
            ConversationNote.body,
            ConversationNote.voice_answered_at,
        )
        .join(Contact, (Contact.id == ConversationNote.contact_id) & visible())
        .where(ConversationNote.voice.is_not(None), *where)
        .order_by(order, ConversationNote.id)
        .limit(limit)
    )
    return [
        VoiceRow(note_id, cid, name, kind or "", at, note_text(subject, body), answered)
        for note_id, cid, name, kind, at, subject, body, answered in rows
    ]


def open_complaints(session: Session, limit: int) -> list[VoiceRow]:
    """Complaints not answered yet, the oldest first: what the Today page keeps showing."""
    return voice_rows(session, open_complaint(), limit=limit, oldest_first=True)


class VoiceService(Service):
    def voices(
        self,
        kind: str | None = None,
        start: datetime | None = None,
        end: datetime | None = None,
        *,
        open_only: bool = False,
        limit: int = VOICE_LIMIT,
    ) -> list[VoiceRow]:
        """Wishes, ideas, praise and complaints across all contacts, newest first; ``start``
        inclusive, ``end`` exclusive; ``open_only``: complaints not answered yet."""
        where: list[ColumnElement[bool]] = []
        if kind is not None:
            where.append(ConversationNote.voice == check_voice(kind))
        if start is not None:
            where.append(ConversationNote.occurred_at >= start)
        if end is not None:
            where.append(ConversationNote.occurred_at < end)
        if open_only:
            where.append(open_complaint())
        with self._read() as session:
            return voice_rows(session, *where, limit=limit)

    def counts(self, start: datetime, end: datetime) -> list[VoiceCount]:
        """How many of each kind per local month in [start, end), months in order."""
        tally: dict[tuple[date, str], int] = {}
        with self._read() as session:
            rows = session.execute(
                select(ConversationNote.occurred_at, ConversationNote.voice)
                .join(Contact, (Contact.id == ConversationNote.contact_id) & visible())
                .where(
                    ConversationNote.voice.is_not(None),
                    ConversationNote.occurred_at >= start,
                    ConversationNote.occurred_at < end,
                )
            )
            for at, kind in rows:
                if kind is None:  # excluded by the query already; narrows the column's type
                    continue
                key = (month_of(at, self.context.tz), kind)
                tally[key] = tally.get(key, 0) + 1
        order = {kind: n for n, kind in enumerate(VOICES)}
        return [
            VoiceCount(month, kind, count)
            for (month, kind), count in sorted(
                tally.items(), key=lambda i: (i[0][0], order[i[0][1]])
            )
        ]

    def mark_answered(self, note_id: int, answered: bool = True) -> None:
        """Mark a complaint answered (now), or open again; it leaves or rejoins Today."""
        with self._tx(Topic.NOTES) as session:
            note = session.get(ConversationNote, note_id)
            if note is None:
                raise not_found("note", note_id)
            if note.voice != "complaint":
                raise invalid("not_complaint", "Only a complaint can be answered")
            mark_changed(session, note.contact_id)
            note.voice_answered_at = self._now() if answered else None


def check_voice(kind: str) -> str:
    code = kind.strip().casefold()
    if code not in VOICES:
        raise invalid(
            "voice", "Unknown voice '{value}': use one of {allowed}", field="voice",
            value=kind, allowed=", ".join(VOICES),
        )  # fmt: skip
    return code
