"""Contacts from CSV files as Outlook and Google write them: the encoding and delimiter are
detected, columns mapped by a preset (German or English headers) or by their names, and the
mapping can be changed before the import."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date, datetime

from beziehung.core.bounds import date_in_range
from beziehung.core.errors import invalid
from beziehung.core.services.importing import Incoming
from beziehung.core.services.inputs import ContactInput, MethodInput
from beziehung.io.text_files import decode

FIELDS = (
    "name",
    "given_name",
    "family_name",
    "title",
    "organisation",
    "role",
    "email",
    "phone",
    "street",
    "postal_code",
    "city",
    "country",
    "birthday",
    "notes",
    "tags",
)
MULTI = {"email", "phone"}

PRESETS: dict[str, dict[str, list[str]]] = {
    "outlook": {
        "given_name": ["Vorname", "First Name"],
        "family_name": ["Nachname", "Last Name"],
        "title": ["Anrede", "Title"],
        "organisation": ["Firma", "Company"],
        "role": ["Position", "Job Title"],
        "email": [
            "E-Mail-Adresse",
            "E-Mail 2: Adresse",
            "E-Mail 3: Adresse",
            "E-mail Address",
            "E-mail 2 Address",
            "E-mail 3 Address",
        ],
        "phone": [
            "Telefon geschäftlich",
            "Mobiltelefon",
            "Telefon (privat)",
            "Business Phone",
            "Mobile Phone",
            "Home Phone",
        ],
        "street": ["Straße geschäftlich", "Business Street"],
        "postal_code": ["Postleitzahl geschäftlich", "Business Postal Code"],
        "city": ["Ort geschäftlich", "Business City"],
        "country": ["Land/Region geschäftlich", "Business Country/Region"],
        "birthday": ["Geburtstag", "Birthday"],
        "notes": ["Notizen", "Notes"],
        "tags": ["Kategorien", "Categories"],
    },
    "google": {
        "name": ["Name"],
        "given_name": ["Given Name", "First Name"],
        "family_name": ["Family Name", "Last Name"],
        "title": ["Name Prefix"],
        "organisation": ["Organization 1 - Name", "Organization Name"],
        "role": ["Organization 1 - Title", "Organization Title"],
        "email": ["E-mail 1 - Value", "E-mail 2 - Value", "E-mail 3 - Value"],
        "phone": ["Phone 1 - Value", "Phone 2 - Value", "Phone 3 - Value"],
        "street": ["Address 1 - Street"],
        "postal_code": ["Address 1 - Postal Code"],
        "city": ["Address 1 - City"],
        "country": ["Address 1 - Country"],
        "birthday": ["Birthday"],
        "notes": ["Notes"],
        "tags": ["Group Membership", "Labels"],
    },
}
# Plain spreadsheets: the obvious German and English column names.
GENERIC: dict[str, list[str]] = {
    "name": ["Name", "Vollständiger Name", "Full Name"],
    "given_name": ["Vorname", "First Name", "Given Name"],
    "family_name": ["Nachname", "Familienname", "Last Name", "Family Name"],
    "organisation": ["Firma", "Organisation", "Unternehmen", "Company", "Organization"],
    "email": ["E-Mail", "Email", "E-Mail-Adresse", "Mail"],
    "phone": ["Telefon", "Phone", "Mobil", "Handy", "Mobile"],
    "city": ["Ort", "Stadt", "City"],
    "postal_code": ["PLZ", "Postleitzahl", "Postal Code", "ZIP"],
    "street": ["Straße", "Strasse", "Street"],
    "notes": ["Notizen", "Bemerkung", "Notes"],
    "tags": ["Schlagworte", "Kategorien", "Tags"],
    "birthday": ["Geburtstag", "Birthday"],
}
IGNORED_TAGS = {"mycontacts", "starred"}
BIRTHDAY_FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%d.%m.%y", "%m/%d/%Y", "%Y%m%d")


@dataclass
class CsvTable:
    source: str
    headers: list[str]
    rows: list[list[str]]
    delimiter: str
    mapping: dict[str, list[str]] = field(default_factory=dict)
    lines: list[int] = field(default_factory=list)  # the file line each row ends on


def read_table(data: bytes, source: str, preset: str | None = None) -> CsvTable:
    text = decode(data)
    if not text.strip():
        raise invalid("csv_empty", "{source} is empty", source=source)
    sample = text[:8192]
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
    except csv.Error:
        delimiter = ";" if sample.count(";") > sample.count(",") else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter, strict=True)
    rows: list[list[str]] = []
    lines: list[int] = []
    try:
        for row in reader:
            rows.append(row)
            lines.append(reader.line_num)  # a quoted cell may span several lines
    except csv.Error as error:
        raise invalid(
            "csv_unreadable",
            "{source}: line {line} is not readable CSV ({reason})",
            source=source,
            line=reader.line_num,
            reason=str(error),
        ) from None
    headers = [h.strip() for h in rows[0]]
    table = CsvTable(source, headers, rows[1:], delimiter, lines=lines[1:])
    table.mapping = guess_mapping(headers, preset)
    return table


def guess_mapping(headers: list[str], preset: str | None = None) -> dict[str, list[str]]:
    if preset is not None and preset not in PRESETS:
        raise invalid(
            "csv_preset", "Unknown preset '{preset}': use outlook or google", preset=preset
        )
    known = {h.casefold(): h for h in headers}
    sources = [PRESETS[preset]] if preset else [*PRESETS.values(), GENERIC]
    mapping: dict[str, list[str]] = {}
    for names in sources:
        for field_name, candidates in names.items():
            found = [known[c.casefold()] for c in candidates if c.casefold() in known]
            for column in found:
                chosen = mapping.setdefault(field_name, [])
                if column not in chosen and (field_name in MULTI or not chosen):
                    chosen.append(column)
    return mapping


def _birthday(value: str) -> date | None:
    value = value.strip()
    if not value or value in ("0.0.00", "00.00.0000"):
        return None
    for form in BIRTHDAY_FORMATS:
        try:
            day = datetime.strptime(value, form).date()
        except ValueError:
            continue
        return day if date_in_range(day) else None  # kept out; the rest of the row is read
    return None


def _split_multi(value: str) -> list[str]:
    return [part.strip() for part in value.split(":::") if part.strip()]


def _tags(value: str) -> list[str]:
    parts = [
        p.strip().lstrip("*").strip()
        for p in value.replace(";", ":::").replace(",", ":::").split(":::")
    ]
    return [p for p in parts if p and p.casefold() not in IGNORED_TAGS]


class _Row:
    def __init__(
        self, row: list[str], index: dict[str, int], mapping: dict[str, list[str]]
    ) -> None:
        self.row, self.index, self.mapping = row, index, mapping

    def cell(self, column: str) -> str:
        position = self.index[column]
        return self.row[position].strip() if position < len(self.row) else ""

    def first(self, field_name: str) -> str:
        """The first non-empty cell among the columns mapped to ``field_name``."""
        return next((v for c in self.mapping.get(field_name, []) if (v := self.cell(c))), "")


def to_incoming(table: CsvTable) -> list[Incoming]:
    mapping = table.mapping
    if not any(mapping.get(f) for f in ("name", "given_name", "family_name", "organisation")):
        raise invalid("csv_no_name", "{source}: no column is mapped to a name", source=table.source)
    index = {h: i for i, h in enumerate(table.headers)}
    incoming = []
    for position, row in enumerate(table.rows):
        line = table.lines[position] if position < len(table.lines) else position + 2
        if not any(cell.strip() for cell in row):
            continue

        read = _Row(row, index, mapping)
        cell, first = read.cell, read.first

        methods = [
            MethodInput("email", v) for c in mapping.get("email", []) for v in _split_multi(cell(c))
        ]
        methods += [
            MethodInput("phone", v) for c in mapping.get("phone", []) for v in _split_multi(cell(c))
        ]
        if any(first(f) for f in ("street", "postal_code", "city")):
            methods.append(
                MethodInput(
                    "address",
                    "",
                    street=first("street") or None,
                    postal_code=first("postal_code") or None,
                    city=first("city") or None,
                    country=first("country") or None,
                )
            )
        given, family, name = first("given_name"), first("family_name"), first("name")
        if not (given or family or name):
            name = first("organisation")
        contact = ContactInput(
            name=name if not (given or family) else "",
            given_name=given if (given or family) else None,
            family_name=family if (given or family) else None,
            title=first("title") or None,
            organisation=first("organisation") or None,
            role=first("role") or None,
            birthday=_birthday(first("birthday")),
            about=first("notes"),
            methods=methods,
            tags=[t for c in mapping.get("tags", []) for t in _tags(cell(c))],
        )
        incoming.append(Incoming(contact, f"{table.source}: line {line}"))
    if not incoming:
        raise invalid("csv_no_rows", "{source} holds no contacts", source=table.source)
    return incoming
