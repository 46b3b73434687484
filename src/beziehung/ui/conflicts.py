"""When a colleague saved the same contact, note or callback while the user was editing it:
both versions field by field, and what the user's choice in the conflict dialog saves.

Each edit form hands its :class:`~beziehung.core.errors.ConflictError` to one ``*_comparison``
function here; the fields are compared as the window shows them, so a row counts as different
exactly when the dialog shows two different texts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields, replace
from datetime import date, datetime
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication

from beziehung.core.errors import ConflictError
from beziehung.core.services import Services
from beziehung.core.services.inputs import ContactInput, NoteInput
from beziehung.core.services.records import ContactDetail, NoteRecord, ReminderRecord
from beziehung.core.services.reminders import ReminderChange, Unchanged
from beziehung.ui.formatting import (
    channel_label,
    date_text,
    direction_label,
    local_datetime_text,
    method_label,
    stage_label,
)
from beziehung.ui.responsible import responsible_name

T = TypeVar("T")


@dataclass(frozen=True)
class FieldRow:
    key: str
    label: str
    mine: str
    theirs: str

    @property
    def differs(self) -> bool:
        return self.mine != self.theirs


@dataclass(frozen=True)
class Comparison(Generic[T]):
    """Mine and the stored version as the same kind of input, and their fields as shown."""

    rows: list[FieldRow]
    mine: T
    theirs: T
    # The version the stored record has now: what a save that overrides it carries.
    stored_version: int

    @property
    def differing(self) -> list[FieldRow]:
        return [row for row in self.rows if row.differs]

    def merged(self, theirs_keys: Iterable[str]) -> T:
        """Mine, with the fields named in ``theirs_keys`` taken from the stored version."""
        return replace(self.mine, **{key: getattr(self.theirs, key) for key in theirs_keys})  # type: ignore[type-var]


def _plain(value: Any) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("conflicts", "ja")
            if value
            else QCoreApplication.translate("conflicts", "nein")
        )
    if isinstance(value, datetime):
        return local_datetime_text(value)
    if isinstance(value, date):
        return date_text(value)
    if isinstance(value, bytes):
        return QCoreApplication.translate("conflicts", "Foto")
    return str(value)


def _rows(
    mine: Any, theirs: Any, labels: dict[str, str], shown: dict[str, Callable[[Any], str]]
) -> list[FieldRow]:
    rows = []
    for f in fields(mine):
        if f.name not in labels:
            continue
        show = shown.get(f.name, _plain)
        rows.append(
            FieldRow(
                f.name, labels[f.name], show(getattr(mine, f.name)), show(getattr(theirs, f.name))
            )
        )
    return rows


# --- contacts -------------------------------------------------------------------------------


def _contact_labels() -> dict[str, str]:
    return {
        "salutation": QCoreApplication.translate("conflicts", "Anrede"),
        "title": QCoreApplication.translate("conflicts", "Titel"),
        "given_name": QCoreApplication.translate("conflicts", "Vorname"),
        "family_name": QCoreApplication.translate("conflicts", "Nachname"),
        "organisation": QCoreApplication.translate("conflicts", "Organisation"),
        "role": QCoreApplication.translate("conflicts", "Funktion"),
        "department": QCoreApplication.translate("conflicts", "Abteilung"),
        "stage": QCoreApplication.translate("conflicts", "Phase"),
        "responsible_id": QCoreApplication.translate("conflicts", "Zuständig"),
        "methods": QCoreApplication.translate("conflicts", "Erreichbarkeit"),
        "preferred_channel": QCoreApplication.translate("conflicts", "Bevorzugter Kanal"),
        "preferred_time": QCoreApplication.translate("conflicts", "Beste Zeit"),
        "birthday": QCoreApplication.translate("conflicts", "Geburtstag"),
        "anniversary": QCoreApplication.translate("conflicts", "Jahrestag"),
        "tags": QCoreApplication.translate("conflicts", "Schlagwörter"),
        "referred_by": QCoreApplication.translate("conflicts", "Empfohlen von"),
        "cadence_days": QCoreApplication.translate("conflicts", "Kontakt alle … Tage"),
        "cadence_max_days": QCoreApplication.translate("conflicts", "Spätestens nach … Tagen"),
        "letter_form": QCoreApplication.translate("conflicts", "Briefanrede"),
        "about": QCoreApplication.translate("conflicts", "Über"),
        "photo": QCoreApplication.translate("conflicts", "Foto"),
        "keep_until": QCoreApplication.translate("conflicts", "Aufbewahren bis"),
        "processing_purpose": QCoreApplication.translate("conflicts", "Zweck der Verarbeitung"),
        "legal_basis": QCoreApplication.translate("conflicts", "Rechtsgrundlage"),
        "consent_given_at": QCoreApplication.translate("conflicts", "Einwilligung erteilt"),
        "consent_withdrawn_at": QCoreApplication.translate("conflicts", "Einwilligung widerrufen"),
        "restricted": QCoreApplication.translate("conflicts", "Verarbeitung eingeschränkt"),
        "custom": QCoreApplication.translate("conflicts", "Eigene Felder"),
    }


def contact_comparison(services: Services, error: ConflictError) -> Comparison[ContactInput]:
    mine = error.wanted
    stored = error.stored
    assert isinstance(mine, ContactInput) and isinstance(stored, ContactDetail)
    theirs = replace(
        stored.as_input(),
        referred_by=[p.id for p in stored.referred_by],
        custom={v.field_id: v.value for v in stored.custom_fields},
    )
    if mine.referred_by is None:
        mine = replace(mine, referred_by=theirs.referred_by)
    if mine.custom is None:
        mine = replace(mine, custom=theirs.custom)
    names = {p.id: p.display_name for p in stored.referred_by}
    field_names = {d.id: d.name for d in services.fields.definitions()}

    def methods(value: list[Any]) -> str:
        lines = [f"{method_label(m.kind)}: {m.value}" for m in value if m.value]
        return "\n".join(lines) or "—"

    def custom(value: dict[int, str] | None) -> str:
        lines = [f"{field_names.get(k, k)}: {v}" for k, v in sorted((value or {}).items()) if v]
        return "\n".join(lines) or "—"

    def referrers(value: list[int] | None) -> str:
        return ", ".join(names.get(i, f"#{i}") for i in value or []) or "—"

    shown: dict[str, Callable[[Any], str]] = {
        "stage": lambda v: stage_label(v) if v else "—",
        "responsible_id": lambda v: responsible_name(services, v) or "—",
        "methods": methods,
        "preferred_channel": lambda v: channel_label(v) if v else "—",
        "tags": lambda v: ", ".join(v) or "—",
        "referred_by": referrers,
        "custom": custom,
        "letter_form": lambda v: {"sie": "Sie", "du": "Du"}.get(v, v),
    }
    rows = _rows(mine, theirs, _contact_labels(), shown)
    return Comparison(rows, mine, theirs, error.stored_version)


# --- notes ----------------------------------------------------------------------------------


def note_as_input(note: NoteRecord) -> NoteInput:
    """A stored note as the input that would write it back unchanged."""
    return NoteInput(
        contact_id=note.contact_id,
        body=note.body,
        occurred_at=note.occurred_at,
        channel=note.channel,
        direction=note.direction,
        duration_minutes=note.duration_minutes,
        subject=note.subject,
        outcome=note.outcome,
        next_step=note.next_step,
        with_contacts=[p.id for p in note.participants],
        voice=note.voice,
        ask_kind=note.ask_kind,
        ask_answer=note.ask_answer,
    )


def note_comparison(error: ConflictError) -> Comparison[NoteInput]:
    mine, stored = error.wanted, error.stored
    assert isinstance(mine, NoteInput) and isinstance(stored, NoteRecord)
    theirs = note_as_input(stored)
    names = {p.id: p.display_name for p in stored.participants}
    labels = {
        "occurred_at": QCoreApplication.translate("conflicts", "Zeitpunkt"),
        "channel": QCoreApplication.translate("conflicts", "Kanal"),
        "direction": QCoreApplication.translate("conflicts", "Richtung"),
        "duration_minutes": QCoreApplication.translate("conflicts", "Dauer (Minuten)"),
        "subject": QCoreApplication.translate("conflicts", "Betreff"),
        "body": QCoreApplication.translate("conflicts", "Notiz"),
        "outcome": QCoreApplication.translate("conflicts", "Ergebnis"),
        "next_step": QCoreApplication.translate("conflicts", "Nächster Schritt"),
        "with_contacts": QCoreApplication.translate("conflicts", "Beteiligt"),
        "voice": QCoreApplication.translate("conflicts", "Stimme des Kunden"),
        "ask_kind": QCoreApplication.translate("conflicts", "Bitte um"),
        "ask_answer": QCoreApplication.translate("conflicts", "Antwort"),
    }
    shown: dict[str, Callable[[Any], str]] = {
        "channel": channel_label,
        "direction": direction_label,
        "with_contacts": lambda v: ", ".join(names.get(i, f"#{i}") for i in v) or "—",
    }
    return Comparison(_rows(mine, theirs, labels, shown), mine, theirs, error.stored_version)


# --- reminders ------------------------------------------------------------------------------


def _filled(change: ReminderChange, stored: ReminderRecord) -> ReminderChange:
    """A change with what it leaves alone filled in from ``stored``."""
    recurrence = (
        (stored.recurrence_unit, stored.recurrence_interval)
        if stored.recurrence_unit and stored.recurrence_interval
        else None
    )
    return ReminderChange(
        due_at=change.due_at or stored.due_at,
        reason=stored.reason if change.reason is None else change.reason,
        recurrence=recurrence if isinstance(change.recurrence, Unchanged) else change.recurrence,
        assignee_id=(
            stored.assignee_id if isinstance(change.assignee_id, Unchanged) else change.assignee_id
        ),
    )


def reminder_comparison(services: Services, error: ConflictError) -> Comparison[ReminderChange]:
    wanted, stored = error.wanted, error.stored
    assert isinstance(wanted, ReminderChange) and isinstance(stored, ReminderRecord)
    mine = _filled(wanted, stored)
    theirs = _filled(ReminderChange(), stored)
    units = {
        "day": QCoreApplication.translate("conflicts", "Tage"),
        "week": QCoreApplication.translate("conflicts", "Wochen"),
        "month": QCoreApplication.translate("conflicts", "Monate"),
    }

    def recurrence(value: Any) -> str:
        if not value:
            return QCoreApplication.translate("conflicts", "keine Wiederholung")
        unit, every = value
        return QCoreApplication.translate("conflicts", "alle {n} {unit}").format(
            n=every, unit=units.get(unit, unit)
        )

    labels = {
        "due_at": QCoreApplication.translate("conflicts", "Fällig"),
        "reason": QCoreApplication.translate("conflicts", "Grund"),
        "recurrence": QCoreApplication.translate("conflicts", "Wiederholen"),
        "assignee_id": QCoreApplication.translate("conflicts", "Für"),
    }
    shown: dict[str, Callable[[Any], str]] = {
        "recurrence": recurrence,
        "assignee_id": lambda v: (
            responsible_name(services, v) or QCoreApplication.translate("conflicts", "alle")
        ),
    }
    return Comparison(_rows(mine, theirs, labels, shown), mine, theirs, error.stored_version)
