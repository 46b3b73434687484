"""Rows of the contact card about knowing the client: how a letter begins and the user's own
fields, formatted for the window."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication

from beziehung.core.salutation import letter_salutation
from beziehung.core.services.records import ContactDetail, FieldValue
from beziehung.ui.formatting import date_text


def field_text(value: FieldValue) -> str:
    if value.kind == "date":
        try:
            return date_text(date.fromisoformat(value.value))
        except ValueError:
            return value.value
    if value.kind == "bool":
        if value.value == "1":
            return QCoreApplication.translate("ContactPanel", "Ja")
        return QCoreApplication.translate("ContactPanel", "Nein")
    return value.value


def knowing_rows(detail: ContactDetail) -> list[tuple[str, str]]:
    """(label, HTML) rows: the letter salutation, then each field that has a value."""
    rows = [
        (
            QCoreApplication.translate("ContactPanel", "Briefanrede"),
            escape(letter_salutation(detail)),
        )
    ]
    rows += [(v.name, escape(field_text(v))) for v in detail.custom_fields]
    return rows
