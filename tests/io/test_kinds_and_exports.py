"""Fax, salutation, yearless birthdays, anniversary, department, PO box and the address's
extended line: kept on import, exported as phones and address books understand them, and
unchanged by a round trip."""

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import vobject
from icalendar import Calendar

from beziehung.core.services.importing import Incoming
from beziehung.core.services.inputs import ContactInput, MethodInput
from beziehung.core.services.records import ReminderRecord
from beziehung.io.fields import contact_json
from beziehung.io.ical import write_ical
from beziehung.io.vcard import photo_type, read_vcards, write_vcards

KINDS = Path(__file__).parent / "fixtures" / "kinds"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 24
WEBP = b"RIFF\x10\x00\x00\x00WEBPVP8 " + b"\x00" * 8
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 16


def _import(services, data: bytes, name: str = "cards.vcf") -> list[int]:
    cards = read_vcards(data, name)
    services.importing.import_contacts(
        [Incoming(c.contact, f"{name}: card {c.position}") for c in cards], on_duplicate="new"
    )
    return [c.id for c in services.contacts.list()]


def _export(services, ids: list[int]) -> str:
    return write_vcards(services.contacts.details(ids, history=False))


def _only_card(services, data: bytes):
    (contact_id,) = _import(services, data)
    return services.contacts.get(contact_id)


def _properties(text: str, name: str) -> list:
    card = vobject.readOne(text)
    return card.contents.get(name.lower(), [])


CONTACT_FIELDS = (
    "given_name",
    "family_name",
    "salutation",
    "title",
    "organisation",
    "department",
    "role",
    "birthday",
    "birthday_no_year",
    "anniversary",
    "about",
    "photo",
)
ADDRESS_FIELDS = ("street", "postal_code", "city", "region", "country", "po_box", "extended")


def _by_kind(methods: list[MethodInput]) -> list[MethodInput]:
    # A vCard lists properties by name; within one kind the order is kept.
    return sorted(methods, key=lambda m: m.kind)


def _number(value: str) -> str:
    return "".join(c for c in value if c.isdigit() or c == "+")


def test_every_field_vcard_carries_survives_a_round_trip_field_by_field(services):
    (first,) = read_vcards((KINDS / "every_field.vcf").read_bytes(), "every_field.vcf")
    original = replace(first.contact, photo=PNG)
    services.importing.import_contacts([Incoming(original, "every_field.vcf: card 1")])
    (contact_id,) = [c.id for c in services.contacts.list()]
    stored = services.contacts.get(contact_id).as_input()
    exported = _export(services, [contact_id])
    (again,) = read_vcards(exported.encode(), "again.vcf")
    back = again.contact

    # Known answers first: a field the reader drops would otherwise compare None with None.
    work = next(m for m in original.methods if m.kind == "address")
    assert (work.po_box, work.extended) == ("Postfach 10 20 30", "c/o Kanzlei Weber, 3. OG")
    assert (original.department, original.anniversary) == ("Vertrieb", date(1995, 6, 10))
    for field in CONTACT_FIELDS:
        assert getattr(stored, field) == getattr(original, field), field
        assert getattr(back, field) == getattr(stored, field), field
    assert sorted(back.tags) == sorted(stored.tags) == sorted(original.tags)

    assert len(stored.methods) == len(original.methods) == len(back.methods)
    for typed, kept in zip(original.methods, stored.methods, strict=True):
        for field in ("kind", "label", *ADDRESS_FIELDS):
            assert getattr(kept, field) == getattr(typed, field), (typed.value, field)
        # An address's one-line value is made from its parts.
        assert kept.value == typed.value or typed.kind == "address"
    for kept, read in zip(_by_kind(stored.methods), _by_kind(back.methods), strict=True):
        for field in ("kind", "label", "preferred", *ADDRESS_FIELDS):
            assert getattr(read, field) == getattr(kept, field), (kept.value, field)
        # Numbers go out in their international form: the same number, without spaces.
        if kept.kind in ("phone", "fax"):
            assert _number(read.value) == _number(kept.value)
        elif kept.kind != "address":  # an address is its parts, compared above
            assert read.value == kept.value

    # A second trip changes nothing at all.
    services.importing.import_contacts([Incoming(back, "again.vcf: card 1")], on_duplicate="new")
    second_id = max(c.id for c in services.contacts.list())
    unlike_uid = [line for line in exported.splitlines() if not line.startswith("UID")]
    second = _export(services, [second_id]).splitlines()
    assert [line for line in second if not line.startswith("UID")] == unlike_uid


def test_phones_go_out_with_the_types_phones_show(services):
    detail = _only_card(services, (KINDS / "every_field.vcf").read_bytes())
    tels = {
        str(t.value): sorted(x.upper() for x in t.params.get("TYPE", []))
        for t in _properties(_export(services, [detail.id]), "tel")
    }
    assert tels["+491701234567"] == ["CELL"]
    assert tels["+497119876540"] == ["PREF", "VOICE", "WORK"]
    assert tels["+4971122334455"] == ["HOME", "VOICE"]
    # The only fax is the preferred one, as the only one of each kind always is.
    assert tels["+4971198765499"] == ["FAX", "PREF", "WORK"]
    assert tels["+4971198765412"] == ["VOICE"]


def test_a_custom_label_goes_out_as_x_label_and_a_type_word_does_not(services):
    text = _export(services, [_only_card(services, (KINDS / "every_field.vcf").read_bytes()).id])
    labelled = [t for t in _properties(text, "tel") if "X-LABEL" in t.params]
    assert [(str(t.value), t.params["X-LABEL"]) for t in labelled] == [
        ("+4971198765412", ["Sekretariat"])
    ]


def test_addresses_go_out_as_work_and_home_with_the_po_box(services):
    text = _export(services, [_only_card(services, (KINDS / "every_field.vcf").read_bytes()).id])
    adrs = _properties(text, "adr")
    assert [a.params["TYPE"] for a in adrs] == [["WORK", "pref"], ["HOME"]]
    assert adrs[0].value.box == "Postfach 10 20 30"
    assert adrs[0].value.street == "Königstraße 12"
    assert adrs[0].value.extended == "c/o Kanzlei Weber, 3. OG"
    assert adrs[1].value.extended == ""


def test_the_extended_line_is_in_the_address_text_and_the_json(services):
    detail = _only_card(services, (KINDS / "every_field.vcf").read_bytes())
    work = next(m for m in detail.methods if m.kind == "address")
    assert work.value == (
        "Postfach 10 20 30, c/o Kanzlei Weber, 3. OG, Königstraße 12, 70173 Stuttgart, "
        "Baden-Württemberg, Deutschland"
    )
    (shown, home) = [m for m in contact_json(detail)["methods"] if m["kind"] == "address"]
    assert (shown["extended"], shown["po_box"]) == ("c/o Kanzlei Weber, 3. OG", "Postfach 10 20 30")
    assert home["extended"] is None


def test_fax_is_its_own_kind_in_the_json(services):
    detail = _only_card(services, (KINDS / "every_field.vcf").read_bytes())
    data = contact_json(detail)
    faxes = [m for m in data["methods"] if m["kind"] == "fax"]
    assert [(m["value"], m["label"], m["phone_e164"]) for m in faxes] == [
        ("+49 711 987654-99", "geschäftlich", "+4971198765499")
    ]
    assert data["phones"] == [m.value for m in detail.methods if m.kind == "phone"]
    assert "+49 711 987654-99" not in data["phones"]


def test_salutation_and_academic_title_apart_in_json_and_export(services):
    detail = _only_card(services, (KINDS / "every_field.vcf").read_bytes())
    data = contact_json(detail)
    assert (data["salutation"], data["title"]) == ("Herr", "Dr.")
    assert (data["department"], data["anniversary"]) == ("Vertrieb", "1995-06-10")
    assert data["birthday_no_year"] is True
    card = vobject.readOne(_export(services, [detail.id]))
    assert card.fn.value == "Dr. Klaus Bäcker"
    assert card.n.value.prefix == "Herr Dr."
    assert card.org.value == ["Bäckerei Bäcker GmbH", "Vertrieb"]


@pytest.mark.parametrize(
    ("prefix", "salutation", "title"),
    [
        ("Herr", "Herr", None),
        ("Frau Prof. Dr.", "Frau", "Prof. Dr."),
        ("Mr.", "Herr", None),
        ("Mrs", "Frau", None),
        ("Ms.", "Frau", None),
        ("Dr.", None, "Dr."),
        ("", None, None),
    ],
)
def test_a_name_prefix_is_split_into_salutation_and_title(services, prefix, salutation, title):
    data = f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Weber;Anna;;{prefix};\r\nFN:x\r\nEND:VCARD\r\n"
    detail = _only_card(services, data.encode())
    assert (detail.salutation, detail.title) == (salutation, title)


def test_an_anrede_in_the_title_field_becomes_the_salutation(services):
    # Outlook's CSV column "Anrede" arrives as a title; the one rule moves it.
    contact_id = services.contacts.create(ContactInput(name="Klaus Bäcker", title="Herr Dr."))
    detail = services.contacts.get(contact_id)
    assert (detail.salutation, detail.title) == ("Herr", "Dr.")
    text = _export(services, [contact_id])
    assert vobject.readOne(text).fn.value == "Dr. Klaus Bäcker"


def test_a_birthday_without_a_year_goes_out_as_apple_writes_it(services):
    detail = _only_card(services, (KINDS / "every_field.vcf").read_bytes())
    assert (detail.birthday.month, detail.birthday.day) == (5, 17)
    (bday,) = _properties(_export(services, [detail.id]), "bday")
    assert bday.value == "1604-05-17"
    assert bday.params["X-APPLE-OMIT-YEAR"] == ["1604"]


def test_vcard_4_dates_without_a_year_and_the_anniversary_are_kept(services):
    _import(services, (KINDS / "abroad.vcf").read_bytes())
    (rossi,) = [c for c in services.contacts.list() if c.family_name == "Rossi"]
    detail = services.contacts.get(rossi.id)
    # 29 February without a year: the stored year must hold it.
    assert (detail.birthday.month, detail.birthday.day, detail.birthday_no_year) == (2, 29, True)
    assert detail.anniversary == date(2010, 6, 12)


def test_a_full_birthday_keeps_its_year(services):
    contact_id = services.contacts.create(
        ContactInput(name="Anna Weber", birthday=date(1968, 5, 4))
    )
    (bday,) = _properties(_export(services, [contact_id]), "bday")
    assert bday.value == "1968-05-04"
    assert "X-APPLE-OMIT-YEAR" not in bday.params


@pytest.mark.parametrize(
    ("data", "media_type"),
    [(PNG, "PNG"), (WEBP, "WEBP"), (JPEG, "JPEG"), (b"GIF89a" + b"\x00" * 8, "GIF")],
)
def test_photos_are_labelled_by_their_own_bytes(services, data, media_type):
    assert photo_type(data) == media_type
    contact_id = services.contacts.create(ContactInput(name="Anna Weber", photo=data))
    (photo,) = _properties(_export(services, [contact_id]), "photo")
    assert photo.params["TYPE"] == [media_type]
    assert photo.value == data


def test_riff_without_webp_is_not_called_webp():
    assert photo_type(b"RIFF\x10\x00\x00\x00AVI LIST") == "JPEG"


def _reminder(unit: str | None, interval: int | None) -> ReminderRecord:
    due = datetime(2026, 4, 1, 7, 0, tzinfo=UTC)
    return ReminderRecord(
        id=1,
        contact_id=1,
        contact_name="Anna Weber",
        due_at=due,
        snoozed_until=None,
        reason="Quartalsgespräch",
        state="open",
        kind="callback",
        note_id=None,
        created_at=due,
        notified_at=None,
        completed_at=None,
        recurrence_unit=unit,
        recurrence_interval=interval,
    )


@pytest.mark.parametrize(
    ("unit", "interval", "rule"),
    [("day", 1, "FREQ=DAILY;INTERVAL=1"), ("week", 2, "FREQ=WEEKLY;INTERVAL=2"),
     ("month", 3, "FREQ=MONTHLY;INTERVAL=3")],
)  # fmt: skip
def test_recurring_reminders_go_out_with_an_rrule(unit, interval, rule):
    now = datetime(2026, 3, 27, 10, 0, tzinfo=UTC)
    calendar = Calendar.from_ical(write_ical([_reminder(unit, interval)], now))
    (todo,) = calendar.walk("VTODO")
    assert todo["RRULE"].to_ical().decode() == rule
    assert todo.decoded("DTSTART") == datetime(2026, 4, 1, 7, 0, tzinfo=UTC)


def test_a_one_off_reminder_has_no_rrule():
    now = datetime(2026, 3, 27, 10, 0, tzinfo=UTC)
    (todo,) = Calendar.from_ical(write_ical([_reminder(None, None)], now)).walk("VTODO")
    assert "RRULE" not in todo


def test_a_fax_typed_by_hand_is_stored_and_exported_as_fax(services):
    contact_id = services.contacts.create(
        ContactInput(name="Anna Weber", methods=[MethodInput("fax", "0711 123456", "Büro")])
    )
    (tel,) = _properties(_export(services, [contact_id]), "tel")
    assert sorted(tel.params["TYPE"]) == ["FAX", "WORK", "pref"]
    assert tel.params["X-LABEL"] == ["Büro"]
    assert tel.value == "+49711123456"
