"""Asking for a recommendation or a review, and what came of it.

A note records that something was asked (``ask_kind``) and the answer (``ask_answer``): open
until it comes, then yes or no. The answer can be changed later without editing the note.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import ColumnElement, select

from beziehung.core.errors import invalid, not_found
from beziehung.core.events import Topic
from beziehung.core.models import ASK_ANSWERS, Contact, ConversationNote, visible
from beziehung.core.services.base import Service, mark_changed
from beziehung.core.services.periods import month_of

ASK_LIMIT = 10_000


@dataclass(frozen=True)
class AskRow:
    note_id: int
    contact_id: int
    name: str
    kind: str
    answer: str
    at: datetime


@dataclass(frozen=True)
class AskCount:
    month: date  # the first day of the month, local time
    asks: int
    yeses: int


class AskService(Service):
    def asks(
        self,
        start: datetime | None = None,
        end: datetime | None = None,
        *,
        contact_id: int | None = None,
        limit: int = ASK_LIMIT,
    ) -> list[AskRow]:
        """What was asked of whom in [start, end), newest first (visible contacts only)."""
        where: list[ColumnElement[bool]] = [ConversationNote.ask_kind.is_not(None)]
        if start is not None:
            where.append(ConversationNote.occurred_at >= start)
        if end is not None:
            where.append(ConversationNote.occurred_at < end)
        if contact_id is not None:
            where.append(ConversationNote.contact_id == contact_id)
        with self._read() as session:
            rows = session.execute(
                select(
                    ConversationNote.id,
                    ConversationNote.contact_id,
                    Contact.display_name,
                    ConversationNote.ask_kind,
                    ConversationNote.ask_answer,
                    ConversationNote.occurred_at,
                )
                .join(Contact, (Contact.id == ConversationNote.contact_id) & visible())
                .where(*where)
                .order_by(ConversationNote.occurred_at.desc(), ConversationNote.id.desc())
                .limit(limit)
            )
            return [
                AskRow(note_id, cid, name, kind or "", answer or "open", at)
                for note_id, cid, name, kind, answer, at in rows
            ]

    def last_ask(self, contact_id: int) -> AskRow | None:
        """When we last asked this contact, and what came of it."""
        found = self.asks(contact_id=contact_id, limit=1)
        return found[0] if found else None

    def counts(self, start: datetime, end: datetime) -> list[AskCount]:
        """Asks and yeses per local month in [start, end), months in order (only months with
        an ask)."""
        tally: dict[date, list[int]] = {}
        for row in self.asks(start, end, limit=2**31):
            month = tally.setdefault(month_of(row.at, self.context.tz), [0, 0])
            month[0] += 1
            month[1] += row.answer == "yes"
        return [AskCount(month, asks, yeses) for month, (asks, yeses) in sorted(tally.items())]

    def set_answer(self, note_id: int, answer: str) -> None:
        """Change the answer to what a note asked (open → yes, when it comes)."""
        code = answer.strip().casefold()
        if code not in ASK_ANSWERS:
            raise invalid(
                "ask_answer", "Unknown {field} '{value}': use one of {allowed}",
                field="ask answer", value=answer, allowed=", ".join(ASK_ANSWERS),
            )  # fmt: skip
        with self._tx(Topic.NOTES) as session:
            note = session.get(ConversationNote, note_id)
            if note is None:
                raise not_found("note", note_id)
            if note.ask_kind is None:
                raise invalid("not_asked", "Nothing was asked in this note")
            mark_changed(session, note.contact_id)
            note.ask_answer = code
