"""Texts for what a note records beyond the conversation: asks, answers and the client's
voice, and the lines the timeline and the Today page show for them."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from beziehung.core.services.records import NoteRecord
from beziehung.core.services.voice import VoiceRow
from beziehung.ui.formatting import local_datetime_text
from beziehung.ui.icons import icon
from beziehung.ui.models.lists import Entry


def voice_label(code: str) -> str:
    labels = {
        "wish": QCoreApplication.translate("voice", "Wunsch"),
        "idea": QCoreApplication.translate("voice", "Idee"),
        "praise": QCoreApplication.translate("voice", "Lob"),
        "complaint": QCoreApplication.translate("voice", "Beschwerde"),
    }
    return labels.get(code, code)


def ask_label(code: str) -> str:
    labels = {
        "recommendation": QCoreApplication.translate("ask", "Empfehlung"),
        "review": QCoreApplication.translate("ask", "Bewertung"),
    }
    return labels.get(code, code)


def answer_label(code: str) -> str:
    labels = {
        "yes": QCoreApplication.translate("ask", "ja"),
        "no": QCoreApplication.translate("ask", "nein"),
        "open": QCoreApplication.translate("ask", "offen"),
    }
    return labels.get(code, code)


def ask_line(kind: str, answer: str) -> str:
    return QCoreApplication.translate("ask", "{kind} erbeten – Antwort: {answer}").format(
        kind=ask_label(kind), answer=answer_label(answer)
    )


def voice_line(voice: str, answered_at: datetime | None) -> str:
    """ "Beschwerde (offen)", "Beschwerde (beantwortet am …)", "Lob"."""
    label = voice_label(voice)
    if voice != "complaint":
        return label
    if answered_at is None:
        return QCoreApplication.translate("voice", "{kind} (offen)").format(kind=label)
    return QCoreApplication.translate("voice", "{kind} (beantwortet am {when})").format(
        kind=label, when=local_datetime_text(answered_at)
    )


def note_marks(n: NoteRecord, viewer_id: int) -> list[str]:
    """The timeline's extra lines for a note: who else was there, what was asked, the voice."""
    lines = []
    others = n.others(viewer_id)
    if n.participants and others:
        lines.append(
            QCoreApplication.translate("note", "mit {names}").format(
                names=", ".join(p.display_name for p in others)
            )
        )
    if n.ask_kind and n.ask_answer:
        lines.append(ask_line(n.ask_kind, n.ask_answer))
    if n.voice:
        lines.append(voice_line(n.voice, n.voice_answered_at))
    return lines


def last_ask_text(asked: NoteRecord | None) -> str:
    """When we last asked this contact for a recommendation or review, and what came of it
    ("27.03.2026 – Empfehlung erbeten – Antwort: offen"), from the newest of their own notes
    that asked (``ContactService.last_ask``); empty when never asked."""
    if asked is None or asked.ask_kind is None or asked.ask_answer is None:
        return ""
    when = local_datetime_text(asked.occurred_at, date_only=True)
    return f"{when} – {ask_line(asked.ask_kind, asked.ask_answer)}"


def complaint_entries(rows: list[VoiceRow]) -> list[Entry]:
    """Open complaints as the Today page lists them, each leading to its note's contact."""
    return [
        Entry(
            QCoreApplication.translate("TodayView", "{name} – {text}\nseit {when}").format(
                name=r.name, text=r.text, when=local_datetime_text(r.at, date_only=True)
            ),
            r.contact_id,
            icon("message"),
            note_id=r.note_id,
        )
        for r in rows
    ]
