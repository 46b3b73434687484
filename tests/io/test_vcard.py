from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from beziehung.core.errors import DomainError, ValidationError
from beziehung.core.services.importing import Incoming
from beziehung.core.services.inputs import ContactInput, MethodInput
from beziehung.io.vcard import read_vcards, write_vcards

FIXTURES = Path(__file__).parent / "fixtures"


def cards(name):
    return read_vcards((FIXTURES / name).read_bytes(), name)


def test_outlook_quoted_printable_windows_1252():
    (card,) = cards("outlook_21_cp1252.vcf")
    c = card.contact
    assert (c.title, c.given_name, c.family_name) == ("Dr.", "Jürgen", "Müller")
    assert c.organisation == "Müller & Partner Steuerberatung"
    assert c.role == "Geschäftsführer"
    assert c.about == "Ruft gern vormittags an.\nMag keine langen E-Mails, lieber ein Telefonät."
    address = next(m for m in c.methods if m.kind == "address")
    assert (address.street, address.postal_code, address.city) == (
        "Hauptstraße 12",
        "50667",
        "Köln",
    )
    assert str(c.birthday) == "1968-05-04"


def test_apple_item_groups_carry_their_labels_and_photo():
    (card,) = cards("apple_30.vcf")
    labels = {(m.kind, m.value): m.label for m in card.contact.methods}
    assert labels[("email", "petra@oeztuerk-immobilien.de")] == "Work"
    assert labels[("phone", "+49 89 555 1234")] == "Büro Schwabing"
    assert card.contact.photo.startswith(b"\xff\xd8")
    assert card.uid == "4F2C9E3A-1B2C-4D5E-8F90-ABCDEF012345"


def test_google_categories_folded_lines_and_company_cards():
    anna, firm = cards("google_30.vcf")
    assert anna.contact.tags == ["Mandanten", "Erbrecht"]
    assert anna.contact.about.endswith("möchte einen Termin im Januar.")
    assert firm.contact.family_name == "Kanzlei Groß"


def test_vcard_4_data_uri_photo():
    (card,) = cards("nextcloud_40.vcf")
    assert card.contact.photo.startswith(b"\xff\xd8")
    # "--0615" has no year: day and month are kept, the year marked unknown.
    assert (card.contact.birthday.month, card.contact.birthday.day) == (6, 15)
    assert card.contact.birthday_no_year
    assert any(m.value == "+49-160-1112223" for m in card.contact.methods)


def test_a_broken_line_costs_only_that_line_and_names_card_and_line():
    read = cards("broken.vcf")
    (problem,) = [p for card in read for p in card.problems]
    assert problem.field == "line"
    assert str(problem.error).startswith("broken.vcf: card 2, line 9 is not a vCard property")


def test_import_is_all_or_nothing_and_duplicates_are_a_choice(services):
    incoming = [
        Incoming(card.contact, f"{name}: card {card.position}")
        for name in ("outlook_21_cp1252.vcf", "apple_30.vcf", "google_30.vcf", "nextcloud_40.vcf")
        for card in cards(name)
    ]
    result = services.importing.import_contacts(incoming)
    assert (result.added, result.skipped) == (5, 0)
    again = services.importing.import_contacts(incoming)
    assert (again.added, again.skipped) == (0, 5)
    merged = services.importing.import_contacts(incoming, "merge")
    assert merged.merged == 5 and services.contacts.count() == 5
    added = services.importing.import_contacts(incoming[:1], "new")
    assert added.added == 1 and services.contacts.count() == 6


def test_a_refused_card_imports_nothing_and_says_where(services):
    (good,) = cards("apple_30.vcf")
    broken = ContactInput(
        given_name="X", family_name="Y", methods=[MethodInput("email", "kein-at-zeichen")]
    )
    bad = Incoming(broken, "x.vcf: card 2")
    with pytest.raises(
        DomainError, match=r"x.vcf: card 2: 'kein-at-zeichen' is not an email address"
    ):
        services.importing.import_contacts([Incoming(good.contact, "x.vcf: card 1"), bad])
    assert services.contacts.count() == 0


def test_export_and_import_again_round_trip(services):
    for name in ("outlook_21_cp1252.vcf", "apple_30.vcf"):
        services.importing.import_contacts([Incoming(c.contact, name) for c in cards(name)])
    details = [services.contacts.get(c.id) for c in services.contacts.list()]
    text = write_vcards(details)
    assert text.count("BEGIN:VCARD") == 2 and text.count("UID:urn:uuid:") == 2
    assert write_vcards(details) == text  # stable UIDs
    back = read_vcards(text.encode(), "export.vcf")
    by_name = {c.contact.family_name: c.contact for c in back}
    assert by_name["Müller"].organisation == "Müller & Partner Steuerberatung"
    assert (
        by_name["Müller"].about
        == "Ruft gern vormittags an.\nMag keine langen E-Mails, lieber ein Telefonät."
    )
    assert by_name["Öztürk"].photo.startswith(b"\xff\xd8")
    emails = {m.value for c in back for m in c.contact.methods if m.kind == "email"}
    assert emails == {"j.mueller@mueller-partner.de", "petra@oeztuerk-immobilien.de"}


SAMPLE = (FIXTURES / "apple_30.vcf").read_bytes()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_random_bytes_end_in_cards_or_a_clean_error(data):
    try:
        read_vcards(data, "random.vcf")
    except ValidationError as error:
        assert str(error).startswith("random.vcf")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, len(SAMPLE) - 1), st.binary(min_size=1, max_size=8))
def test_mutated_cards_end_in_cards_or_a_clean_error(position, junk):
    data = SAMPLE[:position] + junk + SAMPLE[position + len(junk) :]
    try:
        read_vcards(data, "mutated.vcf")
    except ValidationError as error:
        assert str(error).startswith("mutated.vcf")


def test_quoted_printable_continuation_lines_keep_their_spaces():
    data = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Weber;Anna\r\n"
        "NOTE;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:bitte Termin=\r\n"
        " Besprechung am Montag\r\n"
        "BDAY;X-APPLE-OMIT-YEAR=1604:1604-05-04\r\nEND:VCARD\r\n"
    ).encode("cp1252")
    (card,) = read_vcards(data, "qp.vcf")
    assert card.contact.about == "bitte Termin Besprechung am Montag"
    assert (card.contact.birthday.month, card.contact.birthday.day) == (5, 4)
    assert card.contact.birthday_no_year


def test_a_card_with_only_a_formatted_name_is_split():
    data = b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:;;;;\r\nFN:Dr. Anna Weber\r\nEND:VCARD\r\n"
    (card,) = read_vcards(data, "fn.vcf")
    assert (card.contact.title, card.contact.given_name, card.contact.family_name) == (
        "Dr.",
        "Anna",
        "Weber",
    )


def test_merging_the_same_card_again_adds_no_second_address(services):
    incoming = [Incoming(c.contact, "outlook") for c in cards("outlook_21_cp1252.vcf")]
    for _ in range(3):
        services.importing.import_contacts(incoming, "merge")
    (contact,) = services.contacts.list()
    kinds = [m.kind for m in services.contacts.get(contact.id).methods]
    assert kinds.count("address") == 1 and kinds.count("phone") == 2


def test_labels_survive_export_and_import(services):
    services.importing.import_contacts(
        [Incoming(c.contact, "apple") for c in cards("apple_30.vcf")]
    )
    text = write_vcards([services.contacts.get(c.id) for c in services.contacts.list()])
    (again,) = read_vcards(text.encode(), "again.vcf")
    labels = {m.label for m in again.contact.methods}
    assert {"Work", "Büro Schwabing"} <= labels
