from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from beziehung.core.errors import DomainError, ValidationError
from beziehung.io.csv_import import read_table, to_incoming

FIXTURES = Path(__file__).parent / "fixtures"


def table(name, preset=None):
    return read_table((FIXTURES / name).read_bytes(), name, preset)


def test_outlook_german_windows_1252_with_semicolons():
    t = table("outlook_de_cp1252.csv", "outlook")
    assert t.delimiter == ";"
    juergen, kaethe = (i.contact for i in to_incoming(t))
    assert (juergen.given_name, juergen.family_name, juergen.title) == ("Jürgen", "Müller", "Dr.")
    assert juergen.organisation == "Müller & Partner" and juergen.role == "Geschäftsführer"
    assert [m.value for m in juergen.methods if m.kind == "phone"] == [
        "+49 221 123456",
        "0170 1234567",
    ]
    assert str(juergen.birthday) == "1968-05-04"
    assert juergen.tags == ["Mandant", "VIP"]
    assert juergen.about == "Ruft gern vormittags an, nie nach 18 Uhr."
    address = next(m for m in juergen.methods if m.kind == "address")
    assert (address.street, address.city) == ("Hauptstraße 12", "Köln")
    assert kaethe.birthday is None
    assert [m.value for m in kaethe.methods if m.kind == "email"] == [
        "kaethe.gross@web.de",
        "k.gross@gmx.de",
    ]


def test_outlook_english_utf8_with_bom_and_us_dates():
    (petra,) = (i.contact for i in to_incoming(table("outlook_en_utf8.csv")))
    assert petra.family_name == "Öztürk" and str(petra.birthday) == "1979-11-30"
    assert petra.about == "Met at the fair, wants a callback"


def test_google_multi_values_and_labels():
    anna, soeren = (i.contact for i in to_incoming(table("google.csv", "google")))
    assert [m.value for m in anna.methods if m.kind == "email"] == [
        "anna@kanzlei-weber.de",
        "anna.w@gmx.de",
    ]
    assert anna.tags == ["Mandanten"] and anna.role == "Partnerin"
    assert soeren.tags == []


def test_the_mapping_can_be_changed_before_importing():
    t = table("google.csv", "google")
    t.mapping["notes"] = ["Organization 1 - Title"]
    anna = to_incoming(t)[0].contact
    assert anna.about == "Partnerin"


def test_a_file_without_name_columns_says_so():
    with pytest.raises(ValidationError, match=r"no_name\.csv: no column is mapped to a name"):
        to_incoming(table("no_name.csv"))


def test_one_bad_line_imports_nothing_and_names_the_line(services):
    incoming = to_incoming(table("bad_email.csv"))
    with pytest.raises(
        DomainError, match=r"bad_email\.csv: line 3: 'kein-at' is not an email address"
    ):
        services.importing.import_contacts(incoming)
    assert services.contacts.count() == 0


def test_import_through_the_service(services):
    result = services.importing.import_contacts(
        to_incoming(table("outlook_de_cp1252.csv", "outlook"))
    )
    assert result.added == 2
    assert services.contacts.resolve("jürgen müller")


SAMPLE = (FIXTURES / "google.csv").read_bytes()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=300))
def test_random_bytes_end_in_rows_or_a_clean_error(data):
    try:
        to_incoming(read_table(data, "random.csv"))
    except ValidationError as error:
        assert str(error).startswith("random.csv")


# One database for all examples is fine here: each import adds everything or nothing.
@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(st.integers(0, len(SAMPLE) - 1), st.binary(min_size=1, max_size=6))
def test_mutated_files_end_in_rows_or_a_clean_error(services, position, junk):
    data = SAMPLE[:position] + junk + SAMPLE[position + len(junk) :]
    try:
        services.importing.import_contacts(to_incoming(read_table(data, "mutated.csv")), "new")
    except DomainError as error:
        assert str(error).startswith("mutated.csv")


def test_lines_are_file_lines_even_after_a_multi_line_cell(services):
    data = (
        'Name;E-Mail;Notizen\r\nAnna Weber;anna@web.de;"erste Zeile\r\nzweite\r\ndritte"\r\n'
        "Bernd Bauer;kaputt;\r\n"
    )
    incoming = to_incoming(read_table(data.encode(), "multi.csv"))
    with pytest.raises(DomainError, match=r"multi\.csv: line 5: 'kaputt'"):
        services.importing.import_contacts(incoming)


def test_name_only_rows_are_recognised_as_duplicates(services):
    data = b"Name;E-Mail\r\nJ\xc3\xbcrgen M\xc3\xbcller;\r\nAnna Weber;\r\n"
    first = services.importing.import_contacts(to_incoming(read_table(data, "names.csv")))
    again = services.importing.import_contacts(to_incoming(read_table(data, "names.csv")))
    assert (first.added, again.added, again.skipped) == (2, 0, 2)
