"""Contacts from CSV files as Outlook, Google and Thunderbird write them: the encoding and
delimiter are detected, columns mapped by a preset (German or English headers, recognised from
the header row) or by their names, and the mapping can be changed before the import.

Over 400 lines because the presets' column lists are data: every column of each export is
either read or listed as left out on purpose."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date, datetime

from beziehung.core.bounds import date_in_range
from beziehung.core.errors import invalid
from beziehung.core.models import YEARLESS
from beziehung.core.names import split_name
from beziehung.core.services.importing import Incoming, with_name
from beziehung.core.services.inputs import ContactInput, MethodInput
from beziehung.io.text_files import decode

FIELDS = (
    "name",
    "given_name",
    "middle_name",
    "family_name",
    "suffix",
    "nickname",
    "salutation",
    "title",
    "organisation",
    "department",
    "role",
    "email",
    "phone",
    "fax",
    "web",
    "street",
    "extended",
    "po_box",
    "postal_code",
    "city",
    "region",
    "country",
    "home_street",
    "home_extended",
    "home_po_box",
    "home_postal_code",
    "home_city",
    "home_region",
    "home_country",
    "other_street",
    "other_extended",
    "other_po_box",
    "other_postal_code",
    "other_city",
    "other_region",
    "other_country",
    "birthday",
    "anniversary",
    "referred_by",
    "notes",
    "tags",
)
# The extended fields take the lines after an address's first one (Outlook's "Straße
# geschäftlich 2" and "3"): what vCard calls the extended address, a "c/o …" or a floor.
MULTI = {
    "email", "phone", "fax", "web", "street", "home_street", "other_street", "extended",
    "home_extended", "other_extended",
}  # fmt: skip
# Fields this version stores only as a line of the about text, under these German names.
ABOUT_LINES = {
    "suffix": "Namenszusatz",
    "nickname": "Spitzname",
}
ADDRESSES = {"": "geschäftlich", "home_": "privat", "other_": "weitere"}

# A preset: each field with the columns it is read from, in German and English; every other
# column of the export is listed in IGNORED, so the mapping dialog can say what is left out.
PRESETS: dict[str, dict[str, list[str]]] = {
    "outlook": {
        "given_name": ["Vorname", "First Name"],
        "middle_name": ["Weitere Vornamen", "Middle Name"],
        "family_name": ["Nachname", "Last Name"],
        "suffix": ["Suffix"],
        "salutation": ["Anrede", "Title"],
        "organisation": ["Firma", "Company"],
        "department": ["Abteilung", "Department"],
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
            "Telefon geschäftlich 2",
            "Mobiltelefon",
            "Mobiltelefon 2",
            "Telefon privat",
            "Telefon (privat)",
            "Telefon privat 2",
            "Haupttelefon",
            "Telefon Firma",
            "Weiteres Telefon",
            "Telefon Assistent",
            "Autotelefon",
            "Rückmeldung",
            "ISDN",
            "Pager",
            "Telefon für Hörbehinderte",
            "Business Phone",
            "Business Phone 2",
            "Mobile Phone",
            "Home Phone",
            "Home Phone 2",
            "Primary Phone",
            "Company Main Phone",
            "Other Phone",
            "Assistant's Phone",
            "Car Phone",
            "Callback",
            "Radio Phone",
            "TTY/TDD Phone",
        ],
        "fax": [
            "Fax geschäftlich",
            "Fax privat",
            "Weiteres Fax",
            "Business Fax",
            "Home Fax",
            "Other Fax",
        ],
        "web": ["Webseite", "Web Page"],
        "street": ["Straße geschäftlich", "Business Street"],
        "extended": [
            "Straße geschäftlich 2",
            "Straße geschäftlich 3",
            "Business Street 2",
            "Business Street 3",
        ],
        "po_box": ["Postfach geschäftlich", "Business Address PO Box"],
        "postal_code": ["Postleitzahl geschäftlich", "Business Postal Code"],
        "city": ["Ort geschäftlich", "Business City"],
        "region": ["Region geschäftlich", "Business State"],
        "country": ["Land/Region geschäftlich", "Business Country/Region"],
        "home_street": ["Straße privat", "Home Street"],
        "home_extended": ["Straße privat 2", "Straße privat 3", "Home Street 2", "Home Street 3"],
        "home_po_box": ["Postfach privat", "Home Address PO Box"],
        "home_postal_code": ["Postleitzahl privat", "Home Postal Code"],
        "home_city": ["Ort privat", "Home City"],
        "home_region": ["Bundesland/Kanton privat", "Home State"],
        "home_country": ["Land/Region privat", "Home Country/Region"],
        "other_street": ["Weitere Straße", "Other Street"],
        "other_extended": [
            "Weitere Straße 2",
            "Weitere Straße 3",
            "Other Street 2",
            "Other Street 3",
        ],
        "other_po_box": ["Weiteres Postfach", "Other Address PO Box"],
        "other_postal_code": ["Weitere Postleitzahl", "Other Postal Code"],
        "other_city": ["Weiterer Ort", "Other City"],
        "other_region": ["Weiteres/r Bundesland/Kanton", "Other State"],
        "other_country": ["Weiteres/e Land/Region", "Other Country/Region"],
        "birthday": ["Geburtstag", "Birthday"],
        "anniversary": ["Jahrestag", "Anniversary"],
        "referred_by": ["Empfohlen von", "Referred By"],
        "notes": ["Notizen", "Notes"],
        "tags": ["Kategorien", "Categories"],
    },
    "google": {
        "name": ["Name"],
        "given_name": ["First Name", "Given Name"],
        "middle_name": ["Middle Name", "Additional Name"],
        "family_name": ["Last Name", "Family Name"],
        "suffix": ["Name Suffix"],
        "nickname": ["Nickname"],
        "title": ["Name Prefix"],
        "organisation": ["Organization Name", "Organization 1 - Name"],
        "department": ["Organization Department", "Organization 1 - Department"],
        "role": ["Organization Title", "Organization 1 - Title"],
        "email": [f"E-mail {n} - Value" for n in (1, 2, 3, 4)],
        "phone": [f"Phone {n} - Value" for n in (1, 2, 3, 4, 5)],
        "web": [f"Website {n} - Value" for n in (1, 2, 3)],
        "street": ["Address 1 - Street"],
        "extended": ["Address 1 - Extended Address"],
        "po_box": ["Address 1 - PO Box"],
        "postal_code": ["Address 1 - Postal Code"],
        "city": ["Address 1 - City"],
        "region": ["Address 1 - Region"],
        "country": ["Address 1 - Country"],
        "home_street": ["Address 2 - Street"],
        "home_extended": ["Address 2 - Extended Address"],
        "home_po_box": ["Address 2 - PO Box"],
        "home_postal_code": ["Address 2 - Postal Code"],
        "home_city": ["Address 2 - City"],
        "home_region": ["Address 2 - Region"],
        "home_country": ["Address 2 - Country"],
        "birthday": ["Birthday"],
        "notes": ["Notes"],
        "tags": ["Labels", "Group Membership"],
    },
    # Thunderbird writes the names of importMsgs.properties 2100-2136 in its own language;
    # the German ones are those of the German language pack (thunderbird-l10n, de).
    "thunderbird": {
        "name": ["Display Name", "Anzeigename"],
        "given_name": ["First Name", "Vorname"],
        "family_name": ["Last Name", "Nachname"],
        "nickname": ["Nickname", "Spitzname"],
        "organisation": ["Organization", "Organisation"],
        "department": ["Department", "Abteilung"],
        "role": ["Job Title", "Arbeitstitel"],
        "email": [
            "Primary Email",
            "Secondary Email",
            "Primäre E-Mail-Adresse",
            "Sekundäre E-Mail-Adresse",
        ],
        "phone": [
            "Work Phone",
            "Mobile Number",
            "Home Phone",
            "Pager Number",
            "Tel. dienstlich",
            "Mobil-Tel.-Nr.",
            "Tel. privat",
            "Pager-Nummer",
        ],
        "fax": ["Fax Number", "Fax-Nummer"],
        "web": ["Web Page 1", "Web Page 2", "Webseite 1", "Webseite 2"],
        "street": ["Work Address", "Dienstlich: Adresse"],
        # Thunderbird's "Address 2" is the extended part of its cards' ADR.
        "extended": ["Work Address 2", "Dienstlich: Adresse 2"],
        "postal_code": ["Work ZipCode", "Dienstlich: PLZ"],
        "city": ["Work City", "Dienstlich: Ort"],
        "region": ["Work State", "Dienstlich: Bundesland"],
        "country": ["Work Country", "Dienstlich: Land"],
        "home_street": ["Home Address", "Privat: Adresse"],
        "home_extended": ["Home Address 2", "Privat: Adresse 2"],
        "home_postal_code": ["Home ZipCode", "Privat: PLZ"],
        "home_city": ["Home City", "Privat: Ort"],
        "home_region": ["Home State", "Privat: Bundesland"],
        "home_country": ["Home Country", "Privat: Land"],
        "notes": ["Notes", "Notizen"],
    },
}
# Columns of the presets' exports that are left out on purpose: bookkeeping of the exporting
# program, or what a consultant's notebook does not keep (a pager's display name, mileage).
IGNORED: dict[str, list[str]] = {
    "outlook": [
        "E-Mail-Typ", "E-Mail: Angezeigter Name", "E-Mail 2: Typ", "E-Mail 2: Angezeigter Name",
        "E-Mail 3: Typ", "E-Mail 3: Angezeigter Name", "Telex", "Abrechnungsinformationen",
        "Benutzer 1", "Benutzer 2", "Benutzer 3", "Benutzer 4", "Beruf", "Büro", "Geschlecht",
        "Hobby", "Initialen", "Internet-Frei/Gebucht", "Kinder", "Konto", "Name Assistent",
        "Name des/der Vorgesetzten", "Organisations-Nr.", "Ort", "Partner", "Priorität",
        "Privat", "Regierungs-Nr.", "Reisekilometer", "Sprache", "Stichwörter",
        "Vertraulichkeit", "Verzeichnisserver",
        "E-mail Type", "E-mail Display Name", "E-mail 2 Type", "E-mail 2 Display Name",
        "E-mail 3 Type", "E-mail 3 Display Name", "Account", "Assistant's Name",
        "Billing Information", "Children", "Directory Server", "Gender",
        "Government ID Number", "Hobby", "Initials", "Internet Free Busy", "Keywords",
        "Language", "Location", "Manager's Name", "Mileage", "Office Location",
        "Organizational ID Number", "Priority", "Private", "Profession", "Sensitivity",
        "Spouse", "User 1", "User 2", "User 3", "User 4",
    ],
    "google": [
        "Phonetic First Name", "Phonetic Middle Name", "Phonetic Last Name", "File As",
        "Photo", "Organization 1 - Type", "Organization 1 - Symbol", "Organization 1 - Location",
        "Organization 1 - Job Description", "Organization 1 - Yomi Name",
        "Address 1 - Formatted", "Address 2 - Formatted", "Relation 1 - Label",
        "Relation 1 - Value", "Event 1 - Label", "Event 1 - Value",
        "Custom Field 1 - Label", "Custom Field 1 - Value", "IM 1 - Label", "IM 1 - Service",
        "IM 1 - Value", "Yomi Name", "Given Name Yomi", "Additional Name Yomi",
        "Family Name Yomi", "Initials", "Short Name", "Maiden Name", "Gender", "Location",
        "Billing Information", "Directory Server", "Mileage", "Occupation", "Hobby",
        "Sensitivity", "Priority", "Subject",
    ],
    "thunderbird": [
        "Screen Name", "Messenger-Name", "Birth Year", "Birth Month", "Birth Day",
        "Geburtsjahr", "Geburtsmonat", "Geburtstag", "Custom 1", "Custom 2", "Custom 3",
        "Custom 4", "Benutzerdef. 1", "Benutzerdef. 2", "Benutzerdef. 3", "Benutzerdef. 4",
    ],
}  # fmt: skip
# The type or label column beside a value column (Google: "Phone 1 - Label").
_LABEL_SUFFIXES = (" - Label", " - Type")
# Labels of the presets' columns, as the review and the contact show them.
COLUMN_LABELS = {
    "geschäftlich": ("geschäftlich", "business", "work", "dienstlich", "firma", "company"),
    "mobil": ("mobil", "mobile"),
    "privat": ("privat", "home"),
    "Assistenz": ("assistent",),
    "Auto": ("auto", "car"),
}
# Plain spreadsheets and other tools: the obvious German and English column names.
GENERIC: dict[str, list[str]] = {
    "name": ["Name", "Vollständiger Name", "Full Name", "full_name", "display_name"],
    "given_name": ["Vorname", "First Name", "Given Name", "first_name", "firstname"],
    "family_name": [
        "Nachname", "Familienname", "Last Name", "Family Name", "last_name", "lastname",
        "surname",
    ],
    "organisation": [
        "Firma", "Organisation", "Unternehmen", "Company", "Organization", "company_name",
    ],
    "role": ["Funktion", "Position", "job_title", "title_job"],
    "email": ["E-Mail", "Email", "E-Mail-Adresse", "Mail", "email_address", "e_mail"],
    "phone": ["Telefon", "Phone", "Mobil", "Handy", "Mobile", "phone_number", "mobile_phone"],
    "web": ["Website", "Webseite", "Homepage", "url"],
    "city": ["Ort", "Stadt", "City"],
    "postal_code": ["PLZ", "Postleitzahl", "Postal Code", "ZIP", "zip_code", "postcode"],
    "street": ["Straße", "Strasse", "Street", "address"],
    "country": ["Land", "Country"],
    "notes": ["Notizen", "Bemerkung", "Notes", "comment"],
    "tags": ["Schlagworte", "Kategorien", "Tags"],
    "birthday": ["Geburtstag", "Birthday", "date_of_birth"],
}  # fmt: skip
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
    preset: str | None = None  # given, or recognised from the header row

    def label_columns(self) -> list[str]:
        """Columns read as the label of the value beside them (Google's "Phone 1 - Label")."""
        stems = {c.rsplit(" - ", 1)[0] for cs in self.mapping.values() for c in cs}
        return [
            h
            for h in self.headers
            if h.endswith(_LABEL_SUFFIXES) and h.rsplit(" - ", 1)[0] in stems
        ]

    def ignored(self) -> list[str]:
        """The columns the preset leaves out on purpose (the mapping dialog lists them)."""
        known = {h.casefold() for h in IGNORED.get(self.preset or "", [])}
        return [h for h in self.headers if h.casefold() in known]


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
    chosen = preset or recognise(headers)
    table = CsvTable(source, headers, rows[1:], delimiter, lines=lines[1:], preset=chosen)
    table.mapping = guess_mapping(headers, chosen)
    return table


def _key(header: str) -> str:
    """A header compared without case, spaces, hyphens or underscores ("E-Mail" = "email")."""
    return re.sub(r"[\s_\-]+", "", header.casefold())


def _casefold(header: str) -> str:
    return header.casefold()


def recognise(headers: list[str]) -> str | None:
    """The preset whose export has most of these columns; None for a plain spreadsheet."""
    present = {h.casefold() for h in headers}
    scores = {
        name: sum(
            1
            for column in {c.casefold() for cs in columns.values() for c in cs}
            | {c.casefold() for c in IGNORED[name]}
            if column in present
        )
        for name, columns in PRESETS.items()
    }
    best = max(scores, key=lambda name: scores[name])
    return best if scores[best] >= max(4, len(headers) // 3) else None


def guess_mapping(headers: list[str], preset: str | None = None) -> dict[str, list[str]]:
    if preset is not None and preset not in PRESETS:
        raise invalid(
            "csv_preset",
            "Unknown preset '{preset}': use outlook, google or thunderbird",
            preset=preset,
        )
    mapping: dict[str, list[str]] = {}
    if preset:
        known = {h.casefold(): h for h in headers}
        names, key = PRESETS[preset], _casefold
    else:
        known = {_key(h): h for h in reversed(headers)}
        names, key = GENERIC, _key
    for field_name, candidates in names.items():
        for candidate in candidates:
            column = known.get(key(candidate))
            if column is None or any(column in cs for cs in mapping.values()):
                continue
            chosen = mapping.setdefault(field_name, [])
            if field_name in MULTI or not chosen:
                chosen.append(column)
    return mapping


def _birthday(value: str) -> tuple[date | None, str]:
    """The day, or the text as written when it has no year or is no date."""
    value = value.strip()
    if not value or value in ("0.0.00", "00.00.0000"):
        return None, ""
    for form in BIRTHDAY_FORMATS:
        try:
            day = datetime.strptime(value, form).date()
        except ValueError:
            continue
        return (day, "") if date_in_range(day) else (None, value)
    return None, value


def _day_without_year(value: str) -> date | None:
    """Google's "--05-17": a birthday whose year nobody knows, stored in ``YEARLESS``."""
    found = re.fullmatch(r"--(\d\d)-?(\d\d)", value.strip())
    if found is None:
        return None
    try:
        return date(YEARLESS, int(found.group(1)), int(found.group(2)))
    except ValueError:
        return None


def _split_multi(value: str) -> list[str]:
    return [part.strip() for part in value.split(":::") if part.strip()]


def _tags(value: str) -> list[str]:
    parts = [
        p.strip().lstrip("*").strip()
        for p in value.replace(";", ":::").replace(",", ":::").split(":::")
    ]
    return [p for p in parts if p and p.casefold() not in IGNORED_TAGS]


def _column_label(column: str) -> str:
    folded = column.casefold()
    for label, names in COLUMN_LABELS.items():
        if any(name in folded for name in names):
            return label
    return ""


class _Row:
    def __init__(
        self, row: list[str], index: dict[str, int], mapping: dict[str, list[str]]
    ) -> None:
        self.row, self.index, self.mapping = row, index, mapping

    def cell(self, column: str) -> str:
        position = self.index.get(column)
        if position is None:
            return ""
        return self.row[position].strip() if position < len(self.row) else ""

    def first(self, field_name: str) -> str:
        """The first non-empty cell among the columns mapped to ``field_name``."""
        return next((v for c in self.mapping.get(field_name, []) if (v := self.cell(c))), "")

    def joined(self, field_name: str) -> str:
        return ", ".join(v for c in self.mapping.get(field_name, []) if (v := self.cell(c)))

    def label(self, column: str) -> str:
        """Google's label column beside the value ("* Work" → "Work"), else the column's."""
        stem = column.rsplit(" - ", 1)[0]
        for suffix in _LABEL_SUFFIXES:
            own = self.cell(stem + suffix).lstrip("*").strip()
            if own:
                return own
        return _column_label(column)

    def values(self, field_name: str) -> list[tuple[str, str]]:
        return [
            (value, self.label(column))
            for column in self.mapping.get(field_name, [])
            for value in _split_multi(self.cell(column))
        ]


def _addresses(read: _Row) -> list[MethodInput]:
    found = []
    for prefix, label in ADDRESSES.items():
        street = read.joined(prefix + "street")
        extended, po_box = read.joined(prefix + "extended"), read.first(prefix + "po_box")
        postal, city = read.first(prefix + "postal_code"), read.first(prefix + "city")
        if street or extended or po_box or postal or city:
            columns = read.mapping.get(prefix + "street") or read.mapping.get(prefix + "city", [])
            own = read.label(columns[0]) if columns else ""
            found.append(
                MethodInput(
                    "address",
                    "",
                    own or label,
                    street=street or None,
                    postal_code=postal or None,
                    city=city or None,
                    region=read.first(prefix + "region") or None,
                    country=read.first(prefix + "country") or None,
                    po_box=po_box or None,
                    extended=extended or None,
                )
            )
    return found


def _salutation(value: str) -> tuple[str | None, str | None]:
    """Outlook's "Anrede" holds Herr or Frau, sometimes a title: (salutation, title)."""
    if not value:
        return None, None
    parts = split_name(f"{value} X")
    return parts.salutation, parts.title or (None if parts.salutation else value)


def to_incoming(table: CsvTable) -> list[Incoming]:
    mapping = table.mapping
    named = ("name", "given_name", "family_name", "organisation", "nickname", "email")
    if not any(mapping.get(f) for f in named):
        raise invalid("csv_no_name", "{source}: no column is mapped to a name", source=table.source)
    index = {h: i for i, h in enumerate(table.headers)}
    incoming = []
    for position, row in enumerate(table.rows):
        line = table.lines[position] if position < len(table.lines) else position + 2
        if not any(cell.strip() for cell in row):
            continue
        read = _Row(row, index, mapping)
        first = read.first
        methods = [MethodInput("email", v, label) for v, label in read.values("email")]
        methods += [MethodInput("phone", v, label) for v, label in read.values("phone")]
        methods += [MethodInput("web", v, label) for v, label in read.values("web")]
        methods += [MethodInput("fax", v, label) for v, label in read.values("fax")]
        methods += _addresses(read)
        about = [first("notes")] if first("notes") else []
        for field_name, german in ABOUT_LINES.items():
            for value, label in read.values(field_name):
                about.append(f"{german} ({label}): {value}" if label else f"{german}: {value}")
        birthday, unread = _birthday(first("birthday"))
        yearless = _day_without_year(unread) if unread else None
        if yearless is not None:
            birthday, unread = yearless, ""
        if unread:
            about.append(f"Geburtstag: {unread}")
        anniversary, unread_anniversary = _birthday(first("anniversary"))
        if unread_anniversary:
            about.append(f"Jahrestag: {unread_anniversary}")
        given = " ".join(p for p in (first("given_name"), first("middle_name")) if p)
        family, name = first("family_name"), first("name")
        salutation, title = _salutation(first("salutation"))
        contact = ContactInput(
            name=name if not (given or family) else "",
            given_name=given if (given or family) else None,
            family_name=family if (given or family) else None,
            salutation=salutation,
            title=first("title") or title,
            organisation=first("organisation") or None,
            role=first("role") or None,
            department=first("department") or None,
            birthday=birthday,
            birthday_no_year=yearless is not None,
            anniversary=anniversary,
            about="\n".join(about),
            methods=methods,
            tags=[t for c in mapping.get("tags", []) for t in _tags(read.cell(c))],
        )
        incoming.append(
            Incoming(
                with_name(contact, first("nickname")),
                f"{table.source}: line {line}",
                referred_by_name=first("referred_by"),
            )
        )
    if not incoming:
        raise invalid("csv_no_rows", "{source} holds no contacts", source=table.source)
    return incoming
