"""A contact's whole history as Markdown, HTML, JSON or CSV (PDF: :mod:`beziehung.io.pdf`)."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from html import escape
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from beziehung.clock import to_local
from beziehung.core.errors import DomainError, invalid
from beziehung.core.salutation import letter_salutation
from beziehung.core.services.history import NOTE_COLUMNS, Selection, chronological
from beziehung.core.services.records import (
    ContactDetail,
    FieldValue,
    NoteRecord,
    ReminderRecord,
)
from beziehung.io import labels
from beziehung.io.atomic import atomic_path
from beziehung.io.exports import contacts_in_batches
from beziehung.io.fields import contact_json
from beziehung.io.labels import day, when

if TYPE_CHECKING:
    from beziehung.core.services import Services

FORMATS = ("pdf", "html", "md", "csv", "json")
CSV_COLUMNS = NOTE_COLUMNS


def _facts(d: ContactDetail) -> list[tuple[str, str]]:
    s = d.summary
    facts = [("Phase", labels.STAGES.get(s.stage, s.stage))]
    if s.organisation:
        facts.append(("Organisation", ", ".join(p for p in (d.role or "", s.organisation) if p)))
    for m in d.methods:
        label = labels.METHODS.get(m.kind, m.kind) + (f" ({m.label})" if m.label else "")
        facts.append((label, m.value))
    if d.birthday:
        facts.append(("Geburtstag", day(d.birthday)))
    if d.preferred_channel or d.preferred_time:
        parts = [labels.CHANNELS.get(d.preferred_channel or "", ""), d.preferred_time or ""]
        facts.append(("Am liebsten", ", ".join(p for p in parts if p)))
    if s.tags:
        facts.append(("Schlagworte", ", ".join(s.tags)))
    if d.referred_by:
        facts.append(("Empfohlen von", ", ".join(p.display_name for p in d.referred_by)))
    if d.referred:
        facts.append(("Hat empfohlen", ", ".join(p.display_name for p in d.referred)))
    facts.append(("Briefanrede", letter_salutation(d)))
    for value in d.custom_fields:
        facts.append((value.name, _field_text(value)))
    return facts


def _field_text(value: FieldValue) -> str:
    if value.kind == "date":
        return day(date.fromisoformat(value.value))
    if value.kind == "bool":
        return "Ja" if value.value == "1" else "Nein"
    return value.value


def _note_head(n: NoteRecord, tz: tzinfo | None) -> str:
    channel = labels.CHANNELS.get(n.channel, n.channel)
    direction = labels.DIRECTIONS.get(n.direction, n.direction)
    parts = [when(n.occurred_at, tz), f"{channel} ({direction})"]
    if n.duration_minutes is not None:
        parts.append(f"{n.duration_minutes} Min.")
    return " · ".join(parts)


def _open_reminders(d: ContactDetail) -> list[ReminderRecord]:
    return [r for r in d.reminders if r.state == "open"]


def _title(d: ContactDetail) -> str:
    return " ".join(p for p in (d.title, d.summary.display_name) if p)


DOCUMENT_TITLE = "Gesprächsverlauf"


@dataclass(frozen=True)
class Letterhead:
    """What heads every history document: who hands it over, and when it was made."""

    firm: str
    exported_at: datetime

    def exported(self, tz: tzinfo | None) -> str:
        return day(to_local(self.exported_at, tz).date())

    def footer(self) -> str:
        return " · ".join(p for p in (self.firm, DOCUMENT_TITLE) if p)


def letterhead(services: Services) -> Letterhead:
    return Letterhead(services.settings.firm_name(), services.context.clock.now())


def covered_period(d: ContactDetail, tz: tzinfo | None) -> tuple[date, date] | None:
    """First and last day with a note, in local time; None without notes."""
    if not d.notes:
        return None
    days = [to_local(n.occurred_at, tz).date() for n in d.notes]
    return min(days), max(days)


def period_text(d: ContactDetail, tz: tzinfo | None) -> str:
    period = covered_period(d, tz)
    if period is None:
        return "keine Gespräche"
    first, last = period
    return day(first) if first == last else f"{day(first)} – {day(last)}"


def _meta(d: ContactDetail, head: Letterhead, tz: tzinfo | None) -> list[tuple[str, str]]:
    return [("Zeitraum", period_text(d, tz)), ("Erstellt am", head.exported(tz))]


def to_markdown(
    details: Iterable[ContactDetail], tz: tzinfo | None = None, head: Letterhead | None = None
) -> str:
    out: list[str] = []
    for d in details:
        if head is not None and head.firm:
            out.append(f"{head.firm}\n")
        out.append(f"# {DOCUMENT_TITLE}: {_title(d)}\n")
        if head is not None:
            out.extend(f"{label}: {value}  " for label, value in _meta(d, head, tz))
            out.append("")
        out.extend(f"- **{label}:** {value}" for label, value in _facts(d))
        if d.about.strip():
            out.append(f"\n**Was wichtig ist:** {d.about.strip()}")
        out.append("\n## Gespräche\n")
        if not d.notes:
            out.append("Keine Gesprächsnotizen.")
        for n in d.notes:
            out.append(f"### {_note_head(n, tz)}\n")
            if n.participants:
                out.append(f"*{with_whom(n, d.id)}*\n")
            if n.subject:
                out.append(f"**{n.subject}**\n")
            if n.body:
                out.append(n.body + "\n")
            if n.outcome:
                out.append(f"*Ergebnis:* {n.outcome}\n")
            if n.next_step:
                out.append(f"*Nächster Schritt:* {n.next_step}\n")
        reminders = _open_reminders(d)
        if reminders:
            out.append("\n## Offene Rückrufe\n")
            out.extend(f"- {when(r.fires_at, tz)}: {r.reason}" for r in reminders)
        out.append("\n")
    return "\n".join(out).rstrip() + "\n"


# Lengths in px: Qt's rich text reads every margin as pixels, the PDF is laid out at 96 dpi.
STYLE = """
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; color: #222; }
p.firm { font-size: 12pt; font-weight: bold; color: #333; margin: 0 0 2px 0; }
p.kind { font-size: 9pt; color: #666; margin: 14px 0 0 0; }
h1 { font-size: 17pt; margin: 0 0 8px 0; }
h2 { font-size: 12pt; margin: 22px 0 8px 0; }
table.meta td, table.facts td { padding: 1px 18px 1px 0; vertical-align: top; }
td.label { color: #555; }
p.head { font-weight: bold; color: #333; margin: 0 0 4px 0; }
p { margin: 3px 0; }
hr { margin: 10px 0; }
"""


def _rows(pairs: Iterable[tuple[str, str]], kind: str) -> str:
    # The colon and the cell gap keep label and value apart in copied or extracted text too.
    rows = "".join(
        f'<tr><td class="label">{escape(label)}:&nbsp;</td><td>{escape(value)}</td></tr>'
        for label, value in pairs
    )
    return f'<table class="{kind}" cellspacing="0">{rows}</table>'


def with_whom(n: NoteRecord, viewer_id: int) -> str:
    """Who else was there, seen from ``viewer_id``'s history; empty for a conversation
    with them alone."""
    others = n.others(viewer_id)
    return "mit " + ", ".join(p.display_name for p in others) if others else ""


def _html_note(n: NoteRecord, tz: tzinfo | None, viewer_id: int) -> str:
    body = [f'<p class="head">{escape(_note_head(n, tz))}</p>']
    if n.participants:
        body.append(f"<p><i>{escape(with_whom(n, viewer_id))}</i></p>")
    if n.subject:
        body.append(f"<p><b>{escape(n.subject)}</b></p>")
    if n.body:
        body.append(f"<p>{escape(n.body).replace(chr(10), '<br>')}</p>")
    if n.outcome:
        body.append(f"<p><i>Ergebnis:</i> {escape(n.outcome)}</p>")
    if n.next_step:
        body.append(f"<p><i>Nächster Schritt:</i> {escape(n.next_step)}</p>")
    return f'<div class="note">{"".join(body)}</div>'


def to_html(
    details: Iterable[ContactDetail],
    tz: tzinfo | None = None,
    *,
    title: str = "",
    head: Letterhead | None = None,
) -> str:
    parts = [
        "<!DOCTYPE html>",
        '<html lang="de"><head><meta charset="utf-8">',
        f"<title>{escape(title or DOCUMENT_TITLE)}</title>",
        f"<style>{STYLE}</style></head><body>",
    ]
    first = True
    for d in details:
        if not first:
            parts.append('<div style="page-break-before: always"></div>')
        first = False
        if head is not None and head.firm:
            parts.append(f'<p class="firm">{escape(head.firm)}</p><hr>')
        parts.append(f'<p class="kind">{DOCUMENT_TITLE}</p>')
        parts.append(f"<h1>{escape(_title(d))}</h1>")
        if head is not None:
            parts.append(_rows(_meta(d, head, tz), "meta"))
        parts.append("<h2>Angaben zum Kontakt</h2>")
        parts.append(_rows(_facts(d), "facts"))
        if d.about.strip():
            parts.append(f"<p><b>Was wichtig ist:</b> {escape(d.about.strip())}</p>")
        parts.append(f"<h2>Gespräche ({len(d.notes)})</h2>" if d.notes else "<h2>Gespräche</h2>")
        if not d.notes:
            parts.append("<p>Keine Gesprächsnotizen.</p>")
        # A rule before each entry; the PDF writer also keeps an entry on one page by it.
        parts.extend(f"<hr>{_html_note(n, tz, d.id)}" for n in d.notes)
        reminders = _open_reminders(d)
        if reminders:
            parts.append("<h2>Offene Rückrufe</h2><ul>")
            parts.extend(
                f"<li>{escape(when(r.fires_at, tz))}: {escape(r.reason)}</li>" for r in reminders
            )
            parts.append("</ul>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def to_json(details: Iterable[ContactDetail]) -> str:
    data = [contact_json(d, history=True) for d in details]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write_csv(
    batches: Iterable[list[tuple[Any, ...]]],
    stream: IO[str],
    field_names: Sequence[str] = (),
    contacts: Mapping[int, list[str]] | None = None,
) -> int:
    """One row per note, from batches of ``NOTE_COLUMNS`` tuples; semicolons and a BOM so
    that German Excel opens it right. With ``contacts`` each row ends with its contact's
    letter salutation and own fields."""
    stream.write("\ufeff")
    writer = csv.writer(stream, delimiter=";", lineterminator="\r\n")
    extra = ("letter_salutation", *field_names) if contacts is not None else ()
    writer.writerow((*CSV_COLUMNS, *extra))
    count = 0
    if contacts is None:
        for batch in batches:
            count += len(batch)
            writer.writerows(batch)
        return count
    # Tuples once per contact, so that each row is one concatenation; None is written empty.
    ends = {cid: tuple(values) for cid, values in contacts.items()}
    empty = ("",) * len(extra)
    for batch in batches:
        count += len(batch)
        writer.writerows([row + ends.get(row[0], empty) for row in batch])
    return count


Progress = Callable[[int, int], bool]  # (done, total) → go on?


def export_history(
    services: Services,
    selection: Selection,
    fmt: str,
    out: Path,
    progress: Progress | None = None,
) -> int:
    """Write the histories of the selected contacts to ``out``; returns how many contacts.

    ``progress`` may answer False to cancel: then no file is left behind.
    """
    if fmt not in FORMATS:
        raise invalid(
            "format",
            "Unknown format '{fmt}': use one of {formats}",
            fmt=fmt,
            formats=", ".join(FORMATS),
        )
    ids = services.history.contact_ids(selection)
    if not ids:
        raise invalid("selection_none", "No contacts match the selection; nothing was exported")
    tz = services.context.tz
    # The temporary file is made first: an unwritable place is reported before any work.
    with atomic_path(out) as partial:
        if fmt == "csv":
            with partial.open("w", encoding="utf-8", newline="") as stream:
                names = [d.name for d in services.fields.definitions()]
                # Per contact, after the note's columns: how a letter begins, then each own field.
                columns = services.history.letter_columns(selection, names)
                write_csv(services.history.note_batches(selection), stream, names, columns)
        else:
            details = []
            for done, detail in enumerate(contacts_in_batches(services, ids, history=True), 1):
                details.append(chronological(detail))
                if progress is not None and not progress(done, len(ids)):
                    raise cancelled()
            if not details:
                raise invalid(
                    "selection_none", "No contacts match the selection; nothing was exported"
                )
            title = document_title(details)
            head = letterhead(services)
            if fmt == "md":
                partial.write_text(to_markdown(details, tz, head), encoding="utf-8")
            elif fmt == "json":
                partial.write_text(to_json(details), encoding="utf-8")
            elif fmt == "html":
                partial.write_text(to_html(details, tz, title=title, head=head), encoding="utf-8")
            else:
                write_history_pdf(services, details, partial)
    return len(ids)


def write_history_pdf(services: Services, details: list[ContactDetail], path: Path) -> None:
    """The histories as the PDF a client is handed: the firm's letterhead, "Seite x von y"."""
    from beziehung.io.pdf import write_pdf

    title = document_title(details)
    head = letterhead(services)
    html = to_html(details, services.context.tz, title=title, head=head)
    write_pdf(html, path, title, footer=head.footer())


def document_title(details: list[ContactDetail]) -> str:
    if len(details) == 1:
        return f"{DOCUMENT_TITLE}: {details[0].summary.display_name}"
    return "Gesprächsverläufe"


def cancelled() -> DomainError:
    return DomainError("cancelled", "Cancelled; nothing was written")
