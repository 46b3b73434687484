"""vCard in and out, through vobject, behind a layer that evens out what real address books
write: Outlook's quoted-printable Windows-1252, Apple's ``item1.`` groups with ``X-ABLabel``,
Google's ``CATEGORIES``, embedded photos, and vCard 4.0 ``data:`` URIs (which vobject, reading
4.0 by 3.0 rules, leaves as text).

Over 400 lines because reading and writing share the field mapping; the reading side's line
and card pre-processing (bounds, folds, per-card recovery) could move to its own module."""

from __future__ import annotations

import base64
import binascii
import contextlib
import re
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

import vobject

from beziehung.core.bounds import date_in_range
from beziehung.core.errors import DomainError, invalid
from beziehung.core.models import YEARLESS
from beziehung.core.names import honorifics, split_name
from beziehung.core.services.importing import Incoming, Problem, with_name
from beziehung.core.services.inputs import ContactInput, MethodInput
from beziehung.core.services.records import ContactDetail, MethodRecord
from beziehung.io.text_files import encoding_of, read_bytes

UID_NAMESPACE = uuid.UUID("6f1b1c2e-5b8a-4c1e-9d52-6a0f1a7f2b10")
IGNORED_CATEGORIES = {"mycontacts", "starred"}
_APPLE_LABEL = re.compile(r"^_\$!<(.*)>!\$_$")
_DATA_URI = re.compile(r"^data:[^;,]*(;base64)?,(.*)$", re.DOTALL | re.IGNORECASE)


@dataclass(frozen=True)
class Card:
    position: int  # 1-based, for messages
    contact: ContactInput
    uid: str | None
    problems: tuple[Problem, ...] = ()
    # The user's own fields: (name, kind, value) from X-BEZIEHUNG-FIELD lines.
    custom_fields: tuple[tuple[str, str, str], ...] = ()


# One line per own field: X-BEZIEHUNG-FIELD;NAME=Verein;KIND=text:Segelclub
FIELD_PROPERTY = "X-BEZIEHUNG-FIELD"


def contact_uid(contact_id: int, created_iso: str) -> str:
    """Stable per contact across exports; CardDAV servers refuse cards without a UID."""
    return f"urn:uuid:{uuid.uuid5(UID_NAMESPACE, f'{contact_id}:{created_iso}')}"


# Free text in which vobject takes an unescaped comma for a list separator and keeps only the
# first part; many writers (vCard 2.1 always, 3.0 and 4.0 often) do not escape commas.
FREE_TEXT = {"NOTE", "FN", "TITLE", "ROLE"}
_UNESCAPED_COMMA = re.compile(r"(?<!\\),")
# KDE's address book wrote instant-messaging addresses as "X-messaging/aim-All:name".
_KDE_MESSAGING = re.compile(r"^X-messaging/([A-Za-z0-9_.+-]{1,40})-All:(.*)$", re.IGNORECASE)
_FOLD = re.compile(rb"\r?\n[ \t]")


# Far above any real address book (a photo is the longest line), far below what takes
# memory or minutes to parse.
MAX_LINE_CHARS = 5_000_000
MAX_CARD_CHARS = 10_000_000
MAX_HEAD_CHARS = 1_000
# The part of a content line before its value, in the same language as vobject's line regex
# but with possessive quantifiers and atomic groups: vobject's nested ``(?:(=v)?(,v)*)*``
# backtracks exponentially on a line such as ``a;a;a;…`` that has no colon.
_HEAD = re.compile(
    r"""(?:[A-Za-z0-9_-]++\.)?[A-Za-z0-9_-]++;?
    (?:;[A-Za-z0-9_-]++(?:[=,](?>"[^"]*+"|[^";:,]*+))*+)*+:""",
    re.VERBOSE,
)


def _logical_lines(text: str) -> Iterator[tuple[int, str]]:
    """Physical lines joined into logical ones, each with the number of its first physical
    line: a quoted-printable soft break (a line ending in "=") continues with the next line as
    it stands, spaces included; elsewhere a line that starts with a space or tab continues the
    previous one (folding). A line that grows past ``MAX_LINE_CHARS`` is given as it is then,
    for the caller to refuse."""
    start, parts, size = 0, [""], 0
    quoted = False
    for number, raw in enumerate(re.split(r"\r\n|\r|\n", text), start=1):
        if start and quoted and parts[-1].endswith("="):
            parts[-1] = parts[-1][:-1]
            parts.append(raw)
        elif start and raw[:1] in (" ", "\t"):
            parts.append(raw[1:])
        else:
            if start:
                yield start, "".join(parts)
            start, parts, size = number, [raw], 0
            quoted = "QUOTED-PRINTABLE" in raw[:MAX_HEAD_CHARS].partition(":")[0].upper()
        size += len(parts[-1])
        if size > MAX_LINE_CHARS:
            yield start, "".join(parts)
            return
    if start:
        yield start, "".join(parts)


def _refuse(
    code: str, source: str, card: int, line: int, problem: str, **params: Any
) -> DomainError:
    where = f"card {card}, line {line}" if card else f"line {line}"
    return invalid(
        code,
        "{source}: {where} " + problem,
        source=source,
        where=where,
        card=card,
        line=line,
        **params,
    )


def _check_line(source: str, card: int, number: int, line: str, card_chars: int) -> bool:
    """Refuse what is too large for vobject to read in reasonable time; False for a line
    that is not a property (vobject would choke on it), which costs only that line."""
    if len(line) > MAX_LINE_CHARS:
        raise _refuse(
            "vcard_too_large",
            source,
            card,
            number,
            "is longer than {most:,} characters",
            most=MAX_LINE_CHARS,
        )
    if card_chars > MAX_CARD_CHARS:
        raise _refuse(
            "vcard_too_large", source, card, number,
            "makes the card larger than {most:,} characters", most=MAX_CARD_CHARS,
        )  # fmt: skip
    return not line.strip() or _HEAD.match(line[: MAX_HEAD_CHARS + 1]) is not None


def _bad_line(source: str, card: int, number: int, line: str) -> Problem:
    error = _refuse(
        "vcard_line", source, card, number,
        "is not a vCard property (NAME;PARAMETERS:VALUE, the name and parameters at most"
        " {most:,} characters)",
        most=MAX_HEAD_CHARS,
    )  # fmt: skip
    shown = line if len(line) <= 200 else line[:200] + " …"
    return Problem(f"{source}: card {card}", "line", shown, error)


@dataclass
class _RawCard:
    position: int
    lines: list[tuple[int, str]]
    problems: list[Problem]
    extra: list[str]  # kept in the about text as written
    photo: bytes | None = None


def _text_of(data: bytes) -> tuple[str, bool]:
    """The file as text, and whether it is UTF-8 held with escaped bytes: some servers fold
    lines by bytes and split a character, so UTF-8 is recognised after unfolding and each
    logical line decoded once its folds are joined."""
    encoding = encoding_of(data)
    if encoding not in ("utf-8", "utf-8-sig"):
        try:
            _FOLD.sub(b"", data).decode("utf-8")
        except UnicodeDecodeError:
            return data.decode(encoding, errors="replace"), False
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    return data.decode("utf-8", errors="surrogateescape"), True


def _prepare(text: str, source: str, escaped: bool = False) -> list[_RawCard]:
    """The file's cards as lines that vobject reads rightly, and refusal of what it cannot
    read in reasonable time, before it reads:

    - vCard 4.0 ``PHOTO:data:…;base64,…``: vobject cuts the value at the comma; such photos
      are taken out here and decoded by card;
    - unescaped commas in free text (NOTE, TITLE …) are escaped;
    - KDE's ``X-messaging/…`` lines are kept as written for the about text;
    - a line that is not a property is left out as a problem of its card;
    - a line longer than ``MAX_LINE_CHARS`` or a card larger than ``MAX_CARD_CHARS`` is
      refused, naming the card and line.
    """
    cards: list[_RawCard] = []
    current: _RawCard | None = None
    card_chars = 0
    for number, line in _logical_lines(text):
        if escaped:
            line = line.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        upper = line[:MAX_HEAD_CHARS].upper()
        if upper.startswith("BEGIN:VCARD"):
            current = _RawCard(len(cards) + 1, [], [], [])
            cards.append(current)
            card_chars = 0
        card_chars += len(line)
        position = current.position if current else 0
        if current is None:
            _check_line(source, 0, number, line, card_chars)
            continue  # text before the first card
        messaging = _KDE_MESSAGING.match(line[:MAX_LINE_CHARS])
        if messaging:
            service, value = messaging.groups()
            current.extra += [f"Messenger ({service}): {v}" for v in value.split("\ufffe") if v]
            continue
        if not _check_line(source, position, number, line, card_chars):
            current.problems.append(_bad_line(source, position, number, line))
            continue
        head, _, value = line.partition(":")
        name = head.split(";")[0].split(".")[-1].upper()
        if name == "PHOTO" and value.lower().startswith("data:"):
            match = _DATA_URI.match(value)
            if match and match.group(1):
                with contextlib.suppress(binascii.Error, ValueError):
                    current.photo = base64.b64decode(match.group(2))
            continue
        if name in FREE_TEXT:
            line = head + ":" + _UNESCAPED_COMMA.sub(r"\\,", value)
        current.lines.append((number, line))
    return cards


def _component(raw: _RawCard, source: str) -> Any:
    """The card as vobject reads it; a line vobject cannot read is left out as a problem of
    the card rather than refusing the card or the file."""

    def parse(lines: list[tuple[int, str]]) -> Any:
        return vobject.readOne("\r\n".join(line for _, line in lines) + "\r\n", allowQP=True)

    try:
        return parse(raw.lines)
    except Exception:  # vobject raises many kinds of error for broken input
        pass
    version = next((line for _, line in raw.lines if line.upper().startswith("VERSION:")), "")
    kept = []
    for number, line in raw.lines:
        upper = line[:20].upper()
        if upper.startswith(("BEGIN:", "END:", "VERSION:")):
            kept.append((number, line))
            continue
        try:
            parse([(0, "BEGIN:VCARD"), (0, version or "VERSION:3.0"), (0, line), (0, "END:VCARD")])
        except Exception:
            raw.problems.append(_bad_line(source, raw.position, number, line))
        else:
            kept.append((number, line))
    try:
        return parse(kept)
    except Exception as error:
        raise invalid(
            "vcard_unreadable",
            "{source}: {where} is not a readable vCard ({reason})",
            source=source,
            where=f"card {raw.position}",
            reason=_reason(error),
        ) from None


def read_vcards(data: bytes, source: str) -> list[Card]:
    """Every card of the file; what cannot be read of a card is among its problems."""
    text, escaped = _text_of(data)
    cards: list[Card] = []
    for raw in _prepare(text, source, escaped):
        component = _component(raw, source)
        if component.name != "VCARD":
            continue
        card = _card(component, raw.position, source)
        contact = card.contact
        if raw.photo and contact.photo is None:
            contact = replace(contact, photo=raw.photo)
        if raw.extra:
            contact = replace(contact, about="\n".join(p for p in (contact.about, *raw.extra) if p))
        cards.append(replace(card, contact=contact, problems=tuple(raw.problems)))
    if not cards:
        raise invalid("vcard_empty", "{source} holds no vCard", source=source)
    return cards


def _reason(error: Exception) -> str:
    text = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return text[:120]


def _labels(component: Any) -> dict[str, str]:
    """Apple's item groups: ``item1.X-ABLabel`` names the other ``item1.`` property."""
    found = {}
    for child in component.getChildren():
        if child.name == "X-ABLABEL" and child.group:
            value = str(child.value)
            match = _APPLE_LABEL.match(value)
            found[child.group] = match.group(1) if match else value
    return found


def _types(child: Any) -> list[str]:
    raw = list(child.params.get("TYPE", [])) + list(getattr(child, "singletonparams", []))
    return [kind.strip().lower() for value in raw for kind in str(value).split(",")]


# The label each vCard TYPE stands for, and the TYPE each such label goes out as: a label
# that equals one of these words makes a round trip as the TYPE alone.
TYPE_LABELS = {"home": "privat", "work": "geschäftlich", "cell": "mobil", "mobile": "mobil"}
_LABEL_TYPES = {
    "privat": "HOME",
    "home": "HOME",
    "zu hause": "HOME",
    "geschäftlich": "WORK",
    "work": "WORK",
    "arbeit": "WORK",
    "büro": "WORK",
    "dienstlich": "WORK",
    "mobil": "CELL",
    "mobile": "CELL",
    "handy": "CELL",
    "mobiltelefon": "CELL",
    "cell": "CELL",
}


def _label(child: Any, groups: dict[str, str]) -> str:
    if child.group and child.group in groups:
        return groups[child.group]
    own = child.params.get("X-LABEL")
    if own:
        return str(own[0])
    types = _types(child)
    # A mobile number is labelled so even when it is also a work one (TYPE=WORK,CELL).
    for kind in ("cell", "mobile", "home", "work", "main"):
        if kind in types:
            return TYPE_LABELS.get(kind, kind)
    return ""


def label_type(label: str) -> str | None:
    """The vCard TYPE a label names ("mobil" → CELL, "Büro" → WORK), if any."""
    return _LABEL_TYPES.get(label.strip().casefold())


def _typed(prop: Any, kinds: list[str], label: str, preferred: bool) -> None:
    """TYPE from the label, plus the label itself where the TYPE alone would not bring it
    back (an X-LABEL, which Evolution and KDE show and this reader takes first)."""
    own = label_type(label)
    types = [*kinds, *([own] if own and own not in kinds else []), *(["pref"] if preferred else [])]
    if types:
        prop.type_param = types
    if label and TYPE_LABELS.get((own or "").lower()) != label:
        prop.params["X-LABEL"] = [label]


def _preferred(child: Any) -> bool:
    return "pref" in _types(child) or "PREF" in child.params


def _text(value: Any) -> str:
    if isinstance(value, list):
        return ",".join(str(v) for v in value)
    return str(value).strip()


def _birthday(value: str) -> date | None:
    digits = value.strip()
    for form in (digits[:10], digits[:8]):
        try:
            day = date.fromisoformat(form)
        except ValueError:
            continue
        return day if date_in_range(day) else None  # a year such as 0001 is not known either
    return None


_NO_YEAR = re.compile(r"^--(\d\d)-?(\d\d)")


def _day_without_year(value: str) -> date | None:
    """A vCard 4.0 date without a year ("--0517", "--05-17"), in the year ``YEARLESS``."""
    match = _NO_YEAR.match(value.strip())
    if match is None:
        return None
    try:
        return date(YEARLESS, int(match.group(1)), int(match.group(2)))
    except ValueError:
        return None


def birthday_of(child: Any) -> tuple[date | None, bool]:
    """A BDAY as (day, year unknown). Apple writes an unknown year as 1604 and says so in
    ``X-APPLE-OMIT-YEAR``; vCard 4.0 leaves the year out ("--0517")."""
    text = _text(child.value)
    if "X-APPLE-OMIT-YEAR" in child.params:
        day = _day_without_year("--" + text[5:]) if len(text) >= 10 else None
        return day, day is not None
    yearless = _day_without_year(text)
    if yearless is not None:
        return yearless, True
    return _birthday(text), False


def _is_anniversary(child: Any, groups: dict[str, str]) -> bool:
    if child.name in ("ANNIVERSARY", "X-ANNIVERSARY", "X-MS-ANNIVERSARY"):
        return True
    # Apple: ``item2.X-ABDATE`` labelled ``_$!<Anniversary>!$_``.
    return child.name == "X-ABDATE" and groups.get(child.group or "", "").casefold() in (
        "anniversary",
        "jahrestag",
        "hochzeitstag",
    )


def _photo(child: Any) -> bytes | None:
    value = child.value
    if isinstance(value, bytes):
        return value or None
    text = str(value).strip()
    match = _DATA_URI.match(text)
    if match and match.group(1):
        try:
            return base64.b64decode(match.group(2), validate=False) or None
        except (binascii.Error, ValueError):
            return None
    if "://" in text or text.lower().startswith("data:") or len(text) < 16:
        return None  # a link to a picture elsewhere: not fetched
    # Some writers leave out ENCODING=b; a long run of base64 is the picture itself.
    try:
        return base64.b64decode("".join(text.split()), validate=True) or None
    except (binascii.Error, ValueError):
        return None


def _card(component: Any, position: int, source: str) -> Card:
    groups = _labels(component)
    given = family = ""
    salutation = title = None
    fn = ""
    methods: list[MethodInput] = []
    tags: list[str] = []
    organisation = role = department = None
    about_parts: list[str] = []
    birthday = anniversary = None
    birthday_no_year = False
    photo = None
    uid = None
    nickname = ""
    custom: list[tuple[str, str, str]] = []
    for child in component.getChildren():
        name = child.name
        if name == FIELD_PROPERTY:
            field_name = (child.params.get("NAME") or [""])[0]
            if field_name:
                kind = (child.params.get("KIND") or ["text"])[0]
                custom.append((field_name, kind, _text(child.value)))
        elif name == "N":
            n = child.value
            given = " ".join(p for p in (_text(n.given), _text(n.additional)) if p)
            family = _text(n.family)
            salutation, title = honorifics(None, _text(n.prefix) or None)
        elif name == "FN":
            fn = _text(child.value)
        elif name == "ORG":
            parts = child.value if isinstance(child.value, list) else [child.value]
            organisation = (_text(parts[0]) if parts else None) or None
            department = ", ".join(t for p in parts[1:] if (t := _text(p))) or None
        elif name in ("TITLE", "ROLE") and not role:
            role = _text(child.value) or None
        elif name == "EMAIL":
            methods.append(
                MethodInput("email", _text(child.value), _label(child, groups), _preferred(child))
            )
        elif name == "TEL":
            value = _text(child.value)
            if value.lower().startswith("tel:"):
                value = value[4:]
            kind = "fax" if "fax" in _types(child) else "phone"
            methods.append(MethodInput(kind, value, _label(child, groups), _preferred(child)))
        elif name == "URL":
            # Google escapes the colon ("https\\://"), which vCard does not ask for.
            url = _text(child.value).replace("\\:", ":")
            methods.append(MethodInput("web", url, _label(child, groups), _preferred(child)))
        elif name == "NICKNAME":
            nickname = nickname or _text(child.value)
        elif name == "ADR":
            a = child.value
            methods.append(
                MethodInput(
                    "address",
                    "",
                    _label(child, groups),
                    _preferred(child),
                    street=_text(a.street) or None,
                    postal_code=_text(a.code) or None,
                    city=_text(a.city) or None,
                    region=_text(a.region) or None,
                    country=_text(a.country) or None,
                    po_box=_text(a.box) or None,
                    extended=_text(a.extended) or None,
                )
            )
        elif name == "BDAY":
            birthday, birthday_no_year = birthday_of(child)
        elif _is_anniversary(child, groups):
            anniversary = _birthday(_text(child.value)) or anniversary
        elif name == "NOTE":
            about_parts.append(_text(child.value).replace("\r\n", "\n"))
        elif name == "CATEGORIES":
            values = child.value if isinstance(child.value, list) else str(child.value).split(",")
            tags += [
                t.strip()
                for t in values
                if t.strip() and t.strip().lower() not in IGNORED_CATEGORIES
            ]
        elif name == "PHOTO":
            photo = _photo(child) or photo
        elif name == "UID":
            uid = _text(child.value) or None
    methods = [m for m in methods if m.value or m.kind == "address"]
    methods = [
        m
        for m in methods
        if m.kind != "address" or any((m.street, m.city, m.postal_code, m.po_box, m.extended))
    ]
    if not (given or family):
        if fn and fn == organisation:
            family = fn  # a company's own card
        elif fn:
            name_parts = split_name(fn)
            given, family = name_parts.given_name, name_parts.family_name
            title = title or name_parts.title
            salutation = salutation or name_parts.salutation
        elif organisation:
            family = organisation
    return Card(
        position,
        with_name(
            ContactInput(
                given_name=given,
                family_name=family,
                salutation=salutation,
                title=title,
                organisation=organisation,
                department=department,
                role=role,
                birthday=birthday,
                birthday_no_year=birthday_no_year,
                anniversary=anniversary,
                photo=photo,
                about="\n".join(p for p in about_parts if p),
                methods=methods,
                tags=list(dict.fromkeys(tags)),
            ),
            nickname,
        ),
        uid,
        custom_fields=tuple(custom),
    )


def photo_type(data: bytes) -> str:
    """The picture's format by its first bytes, as vCard 3.0 names it."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "WEBP"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "GIF"
    return "JPEG"


def _add_method(card: Any, m: MethodRecord) -> None:
    """One contact method as its vCard property, TYPE and label."""
    if m.kind == "email":
        prop = card.add("email")
        prop.value = m.value
        _typed(prop, ["INTERNET"], m.label, m.is_preferred)
    elif m.kind in ("phone", "fax"):
        prop = card.add("tel")
        # The international form only where it is known; else the number as typed.
        prop.value = m.phone_e164 or m.value
        own = label_type(m.label)
        kinds = ["FAX"] if m.kind == "fax" else ([] if own == "CELL" else ["VOICE"])
        _typed(prop, kinds, m.label, m.is_preferred)
    elif m.kind == "web":
        prop = card.add("url")
        prop.value = m.value
        _typed(prop, [], m.label, m.is_preferred)
    elif m.kind == "address":
        prop = card.add("adr")
        split = m.city or m.postal_code or m.po_box or m.extended
        prop.value = vobject.vcard.Address(
            box=m.po_box or "",
            extended=m.extended or "",
            street=m.street or ("" if split else m.value),
            city=m.city or "",
            region=m.region or "",
            code=m.postal_code or "",
            country=m.country or "",
        )
        _typed(prop, [], m.label, m.is_preferred)


def write_vcards(details: Iterable[ContactDetail]) -> str:
    """vCard 3.0, one card per contact, each with a stable UID."""
    out = []
    for d in details:
        card = vobject.vCard()
        s = d.summary
        card.add("uid").value = contact_uid(s.id, d.created_at.isoformat())
        # The salutation goes with the academic title into the name prefix ("Herr Dr."),
        # where address books keep both; the formatted name carries the title only.
        prefix = " ".join(p for p in (d.salutation, d.title) if p)
        card.add("n").value = vobject.vcard.Name(
            family=s.family_name, given=s.given_name, prefix=prefix
        )
        card.add("fn").value = " ".join(p for p in (d.title, s.display_name) if p)
        if s.organisation or d.department:
            card.add("org").value = [
                s.organisation or "",
                *([d.department] if d.department else []),
            ]
        if d.role:
            card.add("title").value = d.role
        for m in d.methods:
            _add_method(card, m)
        if d.birthday and d.birthday_no_year:
            # vCard 3.0 has no date without a year; Apple's form is what phones understand.
            bday = card.add("bday")
            bday.value = d.birthday.replace(year=1604).isoformat()
            bday.params["X-APPLE-OMIT-YEAR"] = ["1604"]
        elif d.birthday:
            card.add("bday").value = d.birthday.isoformat()
        if d.anniversary:
            card.add("x-anniversary").value = d.anniversary.isoformat()
        if d.about:
            card.add("note").value = d.about
        if s.tags:
            card.add("categories").value = list(s.tags)
        for value in d.custom_fields:
            field = card.add(FIELD_PROPERTY.lower())
            field.value = value.value
            field.params["NAME"] = [value.name]
            field.params["KIND"] = [value.kind]
        if d.photo:
            photo = card.add("photo")
            photo.value = d.photo
            photo.encoding_param = "b"
            photo.type_param = photo_type(d.photo)
        out.append(card.serialize())
    return "".join(out)


def incoming_from_files(paths: Iterable[Path]) -> list[Incoming]:
    """Every card of the files, photos made small, each named by file and card number."""
    from beziehung.io.photos import fit

    incoming = []
    for path in paths:
        for card in read_vcards(read_bytes(path), path.name):
            contact = replace(card.contact, photo=fit(card.contact.photo))
            where = f"{path.name}: card {card.position}"
            incoming.append(
                Incoming(contact, where, problems=card.problems, custom_fields=card.custom_fields)
            )
    return incoming
