"""Fields the user defines once for every contact (*Verein*, *Kinder*, *Lieblingswein*) and
each contact's values of them.

A value is stored as text: a date as ISO ``YYYY-MM-DD``, yes/no as ``1``/``0``, a choice as
the option's text. :func:`check_value` is the one place a typed value is read for its field;
the dialog, the command line and the importers all go through it. Text and choice values are
part of the contact's search document (``core/search.py``), so a changed value, a renamed or
removed field reindexes the contacts concerned.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from beziehung.core import search
from beziehung.core.bounds import check_date, single_line
from beziehung.core.errors import invalid, not_found
from beziehung.core.events import Topic
from beziehung.core.models import CUSTOM_FIELD_KINDS, Contact, CustomField, CustomValue
from beziehung.core.services.base import Service, mark_changed
from beziehung.core.services.records import FieldValue
from beziehung.core.text import fold

MAX_NAME = 80
TRUE_WORDS = {"1", "ja", "yes", "true", "wahr", "x"}
FALSE_WORDS = {"0", "nein", "no", "false", "falsch"}
# Definitions and values concern every contact's card; what is searchable changes with them.
DEFINITION_TOPICS = Topic.CONTACTS | Topic.SETTINGS


@dataclass(frozen=True)
class FieldDefinition:
    id: int
    name: str
    kind: str
    choices: tuple[str, ...]
    position: int


def parse_choices(text: str | Iterable[str]) -> tuple[str, ...]:
    """Options from newline-separated text (or a list), trimmed, empty and repeated ones out."""
    lines = text.split("\n") if isinstance(text, str) else list(text)
    seen: dict[str, str] = {}
    for line in lines:
        clean = " ".join(single_line(line).split())
        if clean and fold(clean) not in seen:
            seen[fold(clean)] = clean
    return tuple(seen.values())


def definition(field: CustomField) -> FieldDefinition:
    return FieldDefinition(
        field.id, field.name, field.kind, parse_choices(field.choices), field.position
    )


def check_value(field: FieldDefinition, raw: str) -> str:
    """``raw`` as stored for ``field``; empty means "no value". Refuses, naming the field, a
    date that is not one, a yes/no that is neither, an option not offered."""
    text = " ".join(single_line(raw).split())
    if not text:
        return ""
    if field.kind == "date":
        try:
            day = date.fromisoformat(text)
        except ValueError:
            raise invalid(
                "field_date",
                "'{value}' is not a date for field '{field}' (use YYYY-MM-DD)",
                value=text,
                field=field.name,
            ) from None
        check_date(day, field.name)
        return day.isoformat()
    if field.kind == "bool":
        word = text.casefold()
        if word in TRUE_WORDS:
            return "1"
        if word in FALSE_WORDS:
            return "0"
        raise invalid(
            "field_bool",
            "'{value}' is not yes or no for field '{field}'",
            value=text,
            field=field.name,
        )
    if field.kind == "choice":
        for option in field.choices:
            if fold(option) == fold(text):
                return option
        raise invalid(
            "field_choice",
            "'{value}' is not an option of field '{field}': use one of {options}",
            value=text,
            field=field.name,
            options=", ".join(field.choices),
        )
    return text


def _kind(kind: str) -> str:
    code = kind.strip().casefold()
    if code not in CUSTOM_FIELD_KINDS:
        raise invalid(
            "field_kind",
            "Unknown field kind '{kind}': use one of {kinds}",
            kind=kind,
            kinds=", ".join(CUSTOM_FIELD_KINDS),
        )
    return code


def _clean_name(session: Session, name: str, field_id: int | None) -> tuple[str, str]:
    clean = " ".join(single_line(name).split())
    if not clean:
        raise invalid("field_name_empty", "A field needs a name")
    if len(clean) > MAX_NAME:
        raise invalid(
            "field_name_long", "A field's name has at most {limit} characters", limit=MAX_NAME
        )
    folded = fold(clean)
    other = session.scalar(select(CustomField.id).where(CustomField.name_folded == folded))
    if other is not None and other != field_id:
        raise invalid("field_exists", "There is already a field '{name}'", name=clean)
    return clean, folded


def definitions_in(session: Session) -> list[FieldDefinition]:
    return [
        definition(f)
        for f in session.scalars(select(CustomField).order_by(CustomField.position, CustomField.id))
    ]


def field_named(session: Session, name: str) -> FieldDefinition:
    found = session.scalar(select(CustomField).where(CustomField.name_folded == fold(name.strip())))
    if found is None:
        raise invalid("field_unknown", "There is no field '{name}'", name=name.strip())
    return definition(found)


def values_of(session: Session, contact_ids: Sequence[int]) -> dict[int, list[FieldValue]]:
    """Each contact's values, in the fields' order; contacts without values are left out."""
    found: dict[int, list[FieldValue]] = {}
    if not contact_ids:
        return found
    rows = session.execute(
        select(
            CustomValue.contact_id,
            CustomField.id,
            CustomField.name,
            CustomField.kind,
            CustomValue.value,
        )
        .join(CustomField, CustomField.id == CustomValue.field_id)
        .where(CustomValue.contact_id.in_(list(contact_ids)))
        .order_by(CustomField.position, CustomField.id)
    )
    for contact_id, field_id, name, kind, value in rows:
        found.setdefault(contact_id, []).append(FieldValue(field_id, name, kind, value))
    return found


def write_values(session: Session, contact_id: int, values: Mapping[int, str]) -> bool:
    """Set ``contact_id``'s values by field id (empty clears) in the caller's transaction;
    True when anything changed. The caller reindexes the contact."""
    fields = {d.id: d for d in definitions_in(session)}
    stored = {
        v.field_id: v
        for v in session.scalars(select(CustomValue).where(CustomValue.contact_id == contact_id))
    }
    changed = False
    for field_id, raw in values.items():
        field = fields.get(field_id)
        if field is None:
            raise not_found("field", field_id)
        value = check_value(field, raw)
        row = stored.get(field_id)
        if not value:
            if row is not None:
                session.delete(row)
                changed = True
        elif row is None:
            session.add(CustomValue(contact_id=contact_id, field_id=field_id, value=value))
            changed = True
        elif row.value != value:
            row.value = value
            changed = True
    session.flush()
    return changed


def write_named_values(
    session: Session,
    contact_id: int,
    values: Iterable[tuple[str, str, str]],
    now: datetime,
    *,
    keep_stored: bool = False,
) -> None:
    """Values by field name, as files carry them: (name, kind, value). A field not yet
    defined is created with that kind (a choice field with the value as its first option),
    an option a choice field lacks is added, so that what was exported comes back; with
    ``keep_stored`` a value the contact already has stays (importing a duplicate)."""
    wanted: dict[int, str] = {}
    for name, kind, value in values:
        if not value.strip():
            continue
        clean = " ".join(single_line(name).split())
        folded = fold(clean)
        field = session.scalar(select(CustomField).where(CustomField.name_folded == folded))
        if field is None:
            code = (
                kind.strip().casefold() if kind.strip().casefold() in CUSTOM_FIELD_KINDS else "text"
            )
            clean, folded = _clean_name(session, clean, None)
            last = session.scalar(select(func.max(CustomField.position)))
            field = CustomField(
                name=clean, name_folded=folded, kind=code, choices="",
                position=(last if last is not None else -1) + 1, created_at=now,
            )  # fmt: skip
            session.add(field)
            session.flush()
        if field.kind == "choice":
            options = parse_choices(field.choices)
            if fold(value.strip()) not in {fold(o) for o in options}:
                field.choices = "\n".join(parse_choices([*options, value]))
        wanted[field.id] = value
    if keep_stored:
        stored = set(
            session.scalars(
                select(CustomValue.field_id).where(CustomValue.contact_id == contact_id)
            )
        )
        wanted = {k: v for k, v in wanted.items() if k not in stored}
    if wanted:
        write_values(session, contact_id, wanted)


def move_values(session: Session, from_id: int, to_id: int) -> None:
    """Give ``to_id`` the values of ``from_id`` it has none of (a merge); its own stay."""
    have = set(session.scalars(select(CustomValue.field_id).where(CustomValue.contact_id == to_id)))
    for row in list(session.scalars(select(CustomValue).where(CustomValue.contact_id == from_id))):
        if row.field_id not in have:
            session.add(CustomValue(contact_id=to_id, field_id=row.field_id, value=row.value))
    session.flush()


def _holders(session: Session, field_id: int) -> list[int]:
    return list(
        session.scalars(select(CustomValue.contact_id).where(CustomValue.field_id == field_id))
    )


class CustomFieldService(Service):
    def definitions(self) -> list[FieldDefinition]:
        with self._read() as session:
            return definitions_in(session)

    def named(self, name: str) -> FieldDefinition:
        with self._read() as session:
            return field_named(session, name)

    def add(self, name: str, kind: str, choices: str | Iterable[str] = ()) -> int:
        """A new field at the end of the list; a choice field needs at least one option."""
        code = _kind(kind)
        options = parse_choices(choices)
        if code == "choice" and not options:
            raise invalid("field_choices", "A choice field needs at least one option")
        with self._tx(DEFINITION_TOPICS) as session:
            clean, folded = _clean_name(session, name, None)
            last = session.scalar(select(func.max(CustomField.position)))
            field = CustomField(
                name=clean,
                name_folded=folded,
                kind=code,
                choices="\n".join(options) if code == "choice" else "",
                position=(last if last is not None else -1) + 1,
                created_at=self._now(),
            )
            session.add(field)
            session.flush()
            return field.id

    def rename(self, field_id: int, name: str) -> None:
        with self._tx(DEFINITION_TOPICS) as session:
            field = self._load(session, field_id)
            field.name, field.name_folded = _clean_name(session, name, field_id)
            session.flush()
            search.reindex_contacts(session.connection(), _holders(session, field_id))

    def set_choices(self, field_id: int, choices: str | Iterable[str]) -> None:
        """A choice field's options; refused while a contact holds an option taken away."""
        options = parse_choices(choices)
        with self._tx(DEFINITION_TOPICS) as session:
            field = self._load(session, field_id)
            if field.kind != "choice":
                raise invalid("field_not_choice", "Field '{name}' has no options", name=field.name)
            if not options:
                raise invalid("field_choices", "A choice field needs at least one option")
            kept = {fold(o) for o in options}
            used = session.scalars(
                select(CustomValue.value).where(CustomValue.field_id == field_id).distinct()
            )
            missing = sorted(v for v in used if fold(v) not in kept)
            if missing:
                raise invalid(
                    "field_choice_used",
                    "Contacts still have '{value}' in field '{name}'",
                    value=missing[0],
                    name=field.name,
                )
            field.choices = "\n".join(options)

    def value_count(self, field_id: int) -> int:
        """How many contacts hold a value of the field: what removing it would take."""
        with self._read() as session:
            self._load(session, field_id)
            return len(_holders(session, field_id))

    def remove(self, field_id: int) -> int:
        """Remove a field with every contact's value of it; returns how many values went."""
        with self._tx(DEFINITION_TOPICS) as session:
            field = self._load(session, field_id)
            holders = _holders(session, field_id)
            session.execute(delete(CustomValue).where(CustomValue.field_id == field_id))
            session.delete(field)
            session.flush()
            search.reindex_contacts(session.connection(), holders)
            return len(holders)

    def move(self, field_id: int, step: int) -> None:
        """Move a field ``step`` places up (negative) or down the list."""
        with self._tx(DEFINITION_TOPICS) as session:
            fields = list(
                session.scalars(select(CustomField).order_by(CustomField.position, CustomField.id))
            )
            index = next((i for i, f in enumerate(fields) if f.id == field_id), None)
            if index is None:
                raise not_found("field", field_id)
            target = max(0, min(len(fields) - 1, index + step))
            fields.insert(target, fields.pop(index))
            for position, field in enumerate(fields):
                field.position = position

    def values(self, contact_id: int) -> list[FieldValue]:
        with self._read() as session:
            if session.get(Contact, contact_id) is None:
                raise not_found("contact", contact_id)
            return values_of(session, [contact_id]).get(contact_id, [])

    def set_values(self, contact_id: int, values: Mapping[int, str]) -> None:
        """Set some of a contact's values by field id; an empty value clears it."""
        with self._tx(Topic.CONTACTS) as session:
            contact = session.get(Contact, contact_id)
            if contact is None:
                raise not_found("contact", contact_id)
            if write_values(session, contact_id, values):
                contact.updated_at = self._now()
                mark_changed(session, contact_id)
                search.reindex_contacts(session.connection(), [contact_id])

    @staticmethod
    def _load(session: Session, field_id: int) -> CustomField:
        field = session.get(CustomField, field_id)
        if field is None:
            raise not_found("field", field_id)
        return field
