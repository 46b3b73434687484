"""German words for stored codes in exported documents (the documents are German)."""

from __future__ import annotations

from datetime import date, datetime, tzinfo

from beziehung.clock import to_local

STAGES = {
    "interessent": "Interessent",
    "kunde": "Kunde",
    "stammkunde": "Stammkunde",
    "empfehler": "Empfehler",
    "ehemalig": "Ehemalig",
}
CHANNELS = {
    "phone": "Telefon",
    "meeting": "Treffen",
    "video": "Video",
    "email": "E-Mail",
    "letter": "Brief",
    "message": "Nachricht",
    "social": "Soziale Medien",
}
DIRECTIONS = {"in": "eingehend", "out": "ausgehend"}
METHODS = {
    "email": "E-Mail",
    "phone": "Telefon",
    "fax": "Fax",
    "web": "Web",
    "address": "Adresse",
}
LEGAL_BASES = {
    "consent": "Einwilligung (Art. 6 Abs. 1 a DSGVO)",
    "contract": "Vertrag (Art. 6 Abs. 1 b DSGVO)",
    "legal_obligation": "Rechtliche Pflicht (Art. 6 Abs. 1 c DSGVO)",
    "legitimate_interest": "Berechtigtes Interesse (Art. 6 Abs. 1 f DSGVO)",
}


def when(value: datetime | None, tz: tzinfo | None = None) -> str:
    return "" if value is None else to_local(value, tz).strftime("%d.%m.%Y %H:%M")


def day(value: date | None) -> str:
    return "" if value is None else value.strftime("%d.%m.%Y")
