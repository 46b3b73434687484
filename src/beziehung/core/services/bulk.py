"""Large writes in one transaction with SQLAlchemy Core: demo data now, imports later.

Rows refer to each other by their position in the batch (``contact``: index into
``contacts``); ids are handed out here, after the largest id already stored. Notes may be a
generator, so that a million of them never sit in memory at once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import islice
from typing import Any

from sqlalchemy import Connection, func, insert, select

from beziehung.core import phones, search
from beziehung.core.db import bulk_cache, settle_bulk_write, writer
from beziehung.core.events import EVERYTHING
from beziehung.core.models import (
    Contact,
    ContactMethod,
    ConversationNote,
    Organisation,
    Referral,
    Reminder,
    StageChange,
    Tag,
    contact_tags,
)
from beziehung.core.services.base import Service
from beziehung.core.services.contact_input import normalise_stage
from beziehung.core.services.contact_rules import name_columns, refresh_last_contact
from beziehung.core.services.stages import stage_row
from beziehung.core.services.users import user_id_for
from beziehung.core.text import fold

CHUNK = 10_000
# Notes go to the driver in larger batches: each executemany has a fixed cost, and their rows
# are short-lived tuples, not dicts.
NOTE_CHUNK = 50_000
_NOTE_COLUMNS = (
    "id",
    "contact_id",
    "occurred_at",
    "channel",
    "direction",
    "duration_minutes",
    "subject",
    "body",
    "outcome",
    "next_step",
    "voice",
    "voice_answered_at",
    "ask_kind",
    "ask_answer",
    "author_id",
    "created_at",
    "updated_at",
)
_PARTICIPANT_COLUMNS = ("note_id", "contact_id")


def _driver_insert(conn: Connection, table: str, columns: Sequence[str]) -> str:
    """An INSERT in the driver's own placeholders (``?`` for sqlite3, ``%s`` for psycopg)."""
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join([mark] * len(columns))})"


Progress = Callable[[str, int, int], None]


@dataclass
class BulkContact:
    given_name: str
    family_name: str
    title: str | None = None
    salutation: str | None = None
    organisation: int | None = None  # index into BulkBatch.organisations
    role: str | None = None
    birthday: date | None = None
    about: str = ""
    preferred_channel: str | None = None
    preferred_time: str | None = None
    stage: str = "interessent"
    cadence_days: int | None = None
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    created_at: datetime | None = None
    responsible_id: int | None = None
    # The stage history as (stage, when), oldest first; the last step is the contact's stage.
    # Empty: one first step, ``stage`` at ``created_at``.
    steps: list[tuple[str, datetime]] = field(default_factory=list)

    def history(self, created: datetime) -> list[tuple[str, datetime]]:
        return self.steps or [(self.stage, created)]


@dataclass
class BulkNote:
    contact: int
    occurred_at: datetime
    body: str
    channel: str = "phone"
    direction: str = "out"
    duration_minutes: int | None = None
    subject: str = ""
    outcome: str = ""
    next_step: str = ""
    voice: str | None = None
    voice_answered_at: datetime | None = None
    ask_kind: str | None = None
    ask_answer: str | None = None
    # Everyone else the conversation involved, as indexes into ``BulkBatch.contacts``.
    participants: list[int] = field(default_factory=list)


@dataclass
class BulkReminder:
    contact: int
    due_at: datetime
    reason: str
    created_at: datetime
    state: str = "open"
    snoozed_until: datetime | None = None
    notified_at: datetime | None = None
    completed_at: datetime | None = None
    recurrence_unit: str | None = None
    recurrence_interval: int | None = None


@dataclass
class BulkReferral:
    referrer: int
    referred: int
    referred_at: datetime | None = None
    how: str = ""


@dataclass
class BulkBatch:
    organisations: list[str] = field(default_factory=list)
    contacts: list[BulkContact] = field(default_factory=list)
    notes: Iterable[BulkNote] = ()
    note_count: int = 0  # for progress only
    reminders: list[BulkReminder] = field(default_factory=list)
    referrals: list[BulkReferral] = field(default_factory=list)


@dataclass(frozen=True)
class BulkResult:
    organisations: int
    contacts: int
    notes: int
    reminders: int
    referrals: int
    first_contact_id: int


def _chunks(items: Iterable[Any], size: int = CHUNK) -> Iterator[list[Any]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _stamper(conn: Connection, column: Any) -> Callable[[datetime | None], Any]:
    """The value ``column`` stores for a datetime, exactly as SQLAlchemy would bind it."""
    process = column.type._cached_bind_processor(conn.dialect)
    return (lambda value: value) if process is None else process


def _next_id(conn: Connection, column: Any) -> int:
    return (conn.scalar(select(func.max(column))) or 0) + 1


class BulkService(Service):
    def insert(self, batch: BulkBatch, progress: Progress | None = None) -> BulkResult:
        """Write the whole batch, or nothing if any row is refused."""
        report = progress or (lambda _phase, _done, _total: None)
        now = self._now()
        with writer(self.context.engine).begin() as conn, bulk_cache(conn):
            org_ids = self._organisations(conn, batch.organisations, now)
            first_contact = _next_id(conn, Contact.id)
            self._contacts(conn, batch.contacts, first_contact, org_ids, now, report)
            notes = self._notes(conn, batch, first_contact, report)
            me = user_id_for(conn, self.context.user_login)
            self._reminders(conn, batch.reminders, first_contact, me)
            self._referrals(conn, batch.referrals, first_contact)
            settle_bulk_write(conn)
            self.context.tell_others(conn, EVERYTHING)
            result = BulkResult(
                organisations=len(batch.organisations),
                contacts=len(batch.contacts),
                notes=notes,
                reminders=len(batch.reminders),
                referrals=len(batch.referrals),
                first_contact_id=first_contact,
            )
        self.context.announce(EVERYTHING)
        return result

    @staticmethod
    def _organisations(conn: Connection, names: list[str], now: datetime) -> list[int]:
        """Ids for the batch's organisations; one already stored under that name is reused."""
        existing = dict(conn.execute(select(Organisation.name_folded, Organisation.id)).all())
        next_id = _next_id(conn, Organisation.id)
        ids: list[int] = []
        rows = []
        for name in names:
            folded = fold(name)
            if folded not in existing:
                existing[folded] = next_id
                rows.append(
                    {
                        "id": next_id,
                        "name": name,
                        "name_folded": folded,
                        "notes": "",
                        "created_at": now,
                        "updated_at": now,
                    }
                )
                next_id += 1
            ids.append(existing[folded])
        if rows:
            conn.execute(insert(Organisation), rows)
        return ids

    @staticmethod
    def _tag_ids(conn: Connection, contacts: list[BulkContact]) -> dict[str, int]:
        existing = dict(conn.execute(select(Tag.name_folded, Tag.id)).all())
        next_id = _next_id(conn, Tag.id)
        rows = []
        for contact in contacts:
            for name in contact.tags:
                folded = fold(name)
                if folded not in existing:
                    existing[folded] = next_id
                    rows.append({"id": next_id, "name": name, "name_folded": folded})
                    next_id += 1
        if rows:
            conn.execute(insert(Tag), rows)
        return existing

    def _contacts(
        self,
        conn: Connection,
        contacts: list[BulkContact],
        first_id: int,
        org_ids: list[int],
        now: datetime,
        report: Progress,
    ) -> None:
        tag_ids = self._tag_ids(conn, contacts)
        user_id = user_id_for(conn, self.context.user_login)
        total = len(contacts)
        for start in range(0, total, CHUNK):
            chunk = contacts[start : start + CHUNK]
            rows: list[dict[str, Any]] = []
            history: list[dict[str, Any]] = []
            methods: list[dict[str, Any]] = []
            tags: list[dict[str, int]] = []
            for offset, c in enumerate(chunk):
                cid = first_id + start + offset
                created = c.created_at or now
                steps = [(normalise_stage(stage), at) for stage, at in c.history(created)]
                history.extend(
                    stage_row(cid, steps[i - 1][0] if i else None, stage, at, user_id)
                    for i, (stage, at) in enumerate(steps)
                )
                rows.append(
                    {
                        "id": cid,
                        "salutation": c.salutation,
                        "title": c.title,
                        "given_name": c.given_name,
                        "family_name": c.family_name,
                        **name_columns(c.given_name, c.family_name),
                        "organisation_id": None
                        if c.organisation is None
                        else org_ids[c.organisation],
                        "role": c.role,
                        "birthday": c.birthday,
                        "about": c.about,
                        "preferred_channel": c.preferred_channel,
                        "preferred_time": c.preferred_time,
                        "stage": steps[-1][0],
                        "cadence_days": c.cadence_days,
                        # Unless the batch says otherwise, whoever loads it looks after them.
                        "responsible_id": user_id if c.responsible_id is None else c.responsible_id,
                        "created_at": created,
                        "updated_at": now,
                    }
                )
                for kind, values in (("email", c.emails), ("phone", c.phones)):
                    for position, value in enumerate(values):
                        methods.append(
                            {
                                "contact_id": cid,
                                "kind": kind,
                                "label": "",
                                "value": value,
                                "phone_e164": phones.normalise(value) if kind == "phone" else None,
                                "is_preferred": position == 0,
                            }
                        )
                tags.extend({"contact_id": cid, "tag_id": tag_ids[fold(t)]} for t in set(c.tags))
            conn.execute(insert(Contact), rows)
            conn.execute(insert(StageChange), history)
            if methods:
                conn.execute(insert(ContactMethod), methods)
            if tags:
                conn.execute(insert(contact_tags), tags)
            search.reindex_contacts(conn, [row["id"] for row in rows])
            report("contacts", start + len(chunk), total)

    def _notes(
        self, conn: Connection, batch: BulkBatch, first_contact: int, report: Progress
    ) -> int:
        next_id = _next_id(conn, ConversationNote.id)
        author_id = user_id_for(conn, self.context.user_login)
        stamp = _stamper(conn, ConversationNote.__table__.c.occurred_at)
        index = search.NoteIndexer(conn) if search.is_supported(conn) else None
        spoken_to: set[int] = set()
        done = 0
        for chunk in _chunks(batch.notes, NOTE_CHUNK):
            rows, others, texts = [], [], []
            for note in chunk:
                cid = first_contact + note.contact
                at = stamp(note.occurred_at)
                rows.append(
                    (
                        next_id,
                        cid,
                        at,
                        note.channel,
                        note.direction,
                        note.duration_minutes,
                        note.subject,
                        note.body,
                        note.outcome,
                        note.next_step,
                        note.voice,
                        stamp(note.voice_answered_at),
                        note.ask_kind,
                        note.ask_answer,
                        author_id,
                        at,
                        at,
                    )
                )
                if index is not None:
                    texts.append(
                        search.NoteText(
                            next_id,
                            note.occurred_at,
                            note.subject,
                            note.body,
                            note.outcome,
                            note.next_step,
                        )
                    )
                spoken_to.add(cid)
                for position in dict.fromkeys(note.participants):
                    other = first_contact + position
                    if other != cid:
                        others.append((next_id, other))
                        spoken_to.add(other)
                next_id += 1
            # Plain statements with tuples: a million notes as compiled inserts with parameter
            # dicts cost more than SQLite's own work. Errors still pass the engine's handlers.
            conn.exec_driver_sql(_driver_insert(conn, "notes", _NOTE_COLUMNS), rows)
            if others:
                conn.exec_driver_sql(
                    _driver_insert(conn, "note_participants", _PARTICIPANT_COLUMNS), others
                )
            if index is not None:
                index.add(texts)
            done += len(rows)
            report("notes", done, max(batch.note_count, done))
        if index is not None:
            index.finish()
        refresh_last_contact(conn, sorted(spoken_to))
        return done

    @staticmethod
    def _reminders(
        conn: Connection, reminders: list[BulkReminder], first_contact: int, me: int | None
    ) -> None:
        rows = [
            {
                "contact_id": first_contact + r.contact,
                "note_id": None,
                "kind": "callback",
                "created_at": r.created_at,
                "due_at": r.due_at,
                "reason": r.reason,
                "state": r.state,
                "snoozed_until": r.snoozed_until,
                "fires_at": Reminder.firing_time(r.due_at, r.snoozed_until),
                "notified_at": r.notified_at,
                "completed_at": r.completed_at,
                "recurrence_unit": r.recurrence_unit,
                "recurrence_interval": r.recurrence_interval,
                "author_id": me,
                "assignee_id": me,
            }
            for r in reminders
        ]
        for chunk in _chunks(rows):
            conn.execute(insert(Reminder), chunk)

    @staticmethod
    def _referrals(conn: Connection, referrals: list[BulkReferral], first_contact: int) -> None:
        rows = [
            {
                "referrer_id": first_contact + r.referrer,
                "referred_id": first_contact + r.referred,
                "referred_at": r.referred_at,
                "how": r.how,
                "note": "",
            }
            for r in referrals
        ]
        for chunk in _chunks(rows):
            conn.execute(insert(Referral), chunk)
