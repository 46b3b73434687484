"""Address books as Outlook, Google, Thunderbird and servers in the wild write them."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from beziehung.core.models import YEARLESS
from beziehung.core.services.importing import KEEP_RAW, SKIP, Incoming, check, settle
from beziehung.io.csv_import import read_table, to_incoming
from beziehung.io.vcard import read_vcards

FIXTURES = Path(__file__).parent / "fixtures" / "moving_in"


def table(name: str, data: bytes | None = None):
    return read_table(data or (FIXTURES / name).read_bytes(), name)


def methods(item: Incoming, kind: str) -> list[tuple[str, str]]:
    return [(m.value, m.label) for m in item.contact.methods if m.kind == kind]


def test_outlook_german_is_recognised_and_nothing_is_dropped_silently():
    read = table("outlook_de.csv")
    assert read.preset == "outlook"
    mapped = {c for cs in read.mapping.values() for c in cs}
    assert set(read.headers) == mapped | set(read.ignored())  # every column read or listed
    klaus, anna = to_incoming(read)
    c = klaus.contact
    assert (c.salutation, c.title, c.given_name, c.family_name) == (
        "Herr",
        None,
        "Klaus Peter",
        "Bäcker",
    )
    assert methods(klaus, "phone") == [
        ("0221 123456", "geschäftlich"), ("0221 123457", "geschäftlich"),
        ("0171 2223334", "mobil"),
    ]  # fmt: skip
    assert methods(klaus, "web") == [("https://baecker.example", "")]
    (home,) = [m for m in c.methods if m.kind == "address"]
    assert (home.label, home.street, home.city) == ("privat", "Lindenweg 3", "Köln")
    assert "Mandant seit 2010, Akte 12/345" in c.about
    assert methods(klaus, "fax") == [("0221 998877", "geschäftlich")]
    assert c.department == "Einkauf" and "Namenszusatz: jun." in c.about
    assert klaus.referred_by_name == "Anna Schmidt"
    assert anna.contact.salutation == "Frau"


def test_outlook_english_maps_every_column():
    read = table("outlook_en.csv")
    assert read.preset == "outlook"
    assert set(read.headers) == {c for cs in read.mapping.values() for c in cs} | set(
        read.ignored()
    )
    (jane,) = to_incoming(read)
    assert jane.contact.title == "Dr." and jane.contact.given_name == "Jane Q."
    assert ("+1 404 555 1313", "mobil") in methods(jane, "phone")
    assert jane.contact.anniversary == date(2001, 6, 1)
    assert jane.referred_by_name == "John Roe"


def test_google_current_headers_labels_second_address_and_a_birthday_without_year():
    read = table("google.csv")
    assert read.preset == "google"
    mapped = {c for cs in read.mapping.values() for c in cs} | set(read.label_columns())
    assert set(read.headers) == mapped | set(read.ignored())
    (jo,) = to_incoming(read)
    assert jo.contact.given_name == "Jörg Karl"
    assert methods(jo, "email") == [("joerg@mueller.example", "Work")]
    assert ("+49 171 5556667", "Mobile") in methods(jo, "phone")
    assert [m.label for m in jo.contact.methods if m.kind == "address"] == ["Work", "Home"]
    assert jo.contact.birthday == date(YEARLESS, 5, 17) and jo.contact.birthday_no_year
    assert jo.contact.department == "Steuern"
    assert jo.contact.tags == ["Kanzlei"]


def test_thunderbird_and_other_tools_are_mapped_without_a_preset():
    (eva,) = to_incoming(table("thunderbird.csv"))
    assert methods(eva, "email") == [("eva@wolf.example", "")]
    assert [v for v, _ in methods(eva, "phone")] == ["030 1234567", "0160 9876543"]
    assert any(m.city == "Berlin" for m in eva.contact.methods)
    (lena,) = to_incoming(table("generic.csv"))
    assert (lena.contact.given_name, lena.contact.organisation) == ("Lena", "Berg AG")
    assert methods(lena, "email") == [("lena@berg.example", "")]


def test_utf16_with_and_without_a_mark_reads_like_utf8():
    text = (FIXTURES / "bad_phone.csv").read_text(encoding="utf-8")
    for encoding in ("utf-16", "utf-16-le", "utf-16-be", "cp1252"):
        rows = to_incoming(table("x.csv", text.encode(encoding)))
        assert rows[0].contact.family_name == "Bäcker", encoding


def test_one_bad_cell_is_one_problem_of_one_row_and_keep_raw_keeps_it_in_about():
    checked = [check(item, "DE") for item in to_incoming(table("bad_phone.csv"))]
    assert [len(i.problems) for i in checked] == [1, 0, 0]
    (problem,) = checked[0].problems
    assert (problem.where, problem.field, problem.value) == (
        "bad_phone.csv: line 2", "phone", "siehe Sekretariat"
    )  # fmt: skip
    kept = settle(checked, KEEP_RAW)
    assert len(kept) == 3
    assert kept[0].contact.about == "Telefon (nicht lesbar): siehe Sekretariat"
    assert methods(kept[0], "email") == [("klaus@example.de", "")]
    assert [i.contact.family_name for i in settle(checked, SKIP)] == ["Schmidt", "Otto"]
    # per problem beats the choice for all
    assert len(settle(checked, KEEP_RAW, {(0, 0): SKIP})) == 2


def test_vcard_in_the_wild():
    anna, nick = read_vcards((FIXTURES / "wild.vcf").read_bytes(), "wild.vcf")
    c = anna.contact
    assert "Mandant seit 2010, Akte 12/345" in c.about
    assert c.role == "Partnerin, Steuerberaterin"
    assert [m.value for m in c.methods if m.kind == "web"] == ["https://weber.example"]
    assert c.photo is not None and c.photo.startswith(b"\x89PNG")
    assert "Messenger (aim): annaweber" in c.about
    (line,) = anna.problems
    assert line.field == "line" and "card 1, line 10" in str(line.error)
    assert nick.contact.family_name == "Hasi"
    (phone,) = check(Incoming(nick.contact, "wild.vcf: card 2"), "DE").problems
    assert phone.value == "+9999999"


def test_a_fold_that_splits_a_utf8_character_is_joined_before_decoding():
    note = "Grüße aus Köln, Büro Süd".encode()
    cut = note.index("ö".encode()) + 1  # between the two bytes of ö
    data = (
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:M\xc3\xbcller;J\xc3\xb6rg;;;\r\nNOTE:"
        + note[:cut]
        + b"\r\n "
        + note[cut:]
        + b"\r\nEND:VCARD\r\n"
    )
    (card,) = read_vcards(data, "folded.vcf")
    assert card.contact.family_name == "Müller"
    assert card.contact.about == "Grüße aus Köln, Büro Süd"


HEADER_FILES = ("outlook_de.csv", "outlook_en.csv", "google.csv", "thunderbird.csv")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=st.sampled_from(HEADER_FILES),
    seed=st.randoms(use_true_random=False),
    junk=st.text(max_size=30),
    drop=st.integers(min_value=0, max_value=5),
)
def test_mutated_exports_are_read_row_by_row_never_refused_whole(name, seed, junk, drop):
    """Columns shuffled, some dropped, any text in any cell: every row is read or its
    values are problems of that row; the file is never refused for a cell."""
    with open(FIXTURES / name, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";" if name == "outlook_de.csv" else ","))
    order = list(range(len(rows[0])))
    seed.shuffle(order)
    order = order[drop:]
    named = {rows[0].index(h) for h in rows[0] if h in ("Vorname", "First Name", "Nachname")}
    order += [i for i in sorted(named) if i not in order]
    body = [[row[i] if i < len(row) else "" for i in order] for row in rows]
    cell = seed.randrange(len(order))
    body[1][cell] = junk
    out = io.StringIO()
    csv.writer(out).writerows(body)
    read = read_table(out.getvalue().encode("utf-8"), name)
    try:
        incoming = to_incoming(read)
    except Exception as error:  # only the file-level refusals are allowed
        assert getattr(error, "code", "") in ("csv_no_name", "csv_no_rows"), error
        return
    checked = [check(i, "DE") for i in incoming]
    kept = settle(checked, KEEP_RAW)
    assert len(kept) == len([i for i in checked if not any(p.field == "name" for p in i.problems)])
