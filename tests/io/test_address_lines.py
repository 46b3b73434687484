"""The address's extended line and PO box from each address book's CSV, and kept in the
archive: "c/o Kanzlei Weber" is not lost, nor glued onto the street."""

from __future__ import annotations

import json
import zipfile
from datetime import date

from beziehung.core.services.importing import Incoming
from beziehung.core.services.inputs import ContactInput, MethodInput
from beziehung.io.archive import export_archive
from beziehung.io.csv_import import read_table, to_incoming

# Thunderbird's CSV export in German, its columns in the order Thunderbird writes them: the
# names of mail/chrome/messenger/importMsgs.properties (2100–2136) in the German language pack.
THUNDERBIRD_DE = (
    "Vorname,Nachname,Anzeigename,Spitzname,Primäre E-Mail-Adresse,Sekundäre E-Mail-Adresse,"
    "Messenger-Name,Tel. dienstlich,Tel. privat,Fax-Nummer,Pager-Nummer,Mobil-Tel.-Nr.,"
    "Privat: Adresse,Privat: Adresse 2,Privat: Ort,Privat: Bundesland,Privat: PLZ,Privat: Land,"
    "Dienstlich: Adresse,Dienstlich: Adresse 2,Dienstlich: Ort,Dienstlich: Bundesland,"
    "Dienstlich: PLZ,Dienstlich: Land,Arbeitstitel,Abteilung,Organisation,Webseite 1,"
    "Webseite 2,Geburtsjahr,Geburtsmonat,Geburtstag,Benutzerdef. 1,Benutzerdef. 2,"
    "Benutzerdef. 3,Benutzerdef. 4,Notizen"
)


def addresses(data: str, preset: str | None = None) -> list[MethodInput]:
    (row,) = to_incoming(read_table(data.encode("utf-8"), "test.csv", preset))
    return [m for m in row.contact.methods if m.kind == "address"]


def test_outlook_german_street_2_and_3_are_the_extended_line_and_the_po_box_its_own():
    (work,) = addresses(
        "Vorname;Nachname;Straße geschäftlich;Straße geschäftlich 2;Straße geschäftlich 3;"
        "Postfach geschäftlich;Postleitzahl geschäftlich;Ort geschäftlich\n"
        "Klaus;Bäcker;Königstraße 12;c/o Kanzlei Weber;3. OG;10 20 30;70173;Stuttgart\n",
        "outlook",
    )
    assert (work.street, work.extended, work.po_box) == (
        "Königstraße 12",
        "c/o Kanzlei Weber, 3. OG",
        "10 20 30",
    )
    assert (work.postal_code, work.city, work.label) == ("70173", "Stuttgart", "geschäftlich")


def test_outlook_english_home_street_2_and_a_po_box_alone_make_an_address():
    home, other = addresses(
        "First Name,Last Name,Home Street,Home Street 2,Home City,Other Address PO Box\n"
        "Jane,Doe,1 Main St,Apt 4,Springfield,PO Box 77\n",
        "outlook",
    )
    assert (home.street, home.extended, home.city, home.label) == (
        "1 Main St",
        "Apt 4",
        "Springfield",
        "privat",
    )
    assert (other.street, other.po_box, other.extended) == (None, "PO Box 77", None)


def test_google_extended_address_and_po_box_are_their_own_parts():
    (work,) = addresses(
        "First Name,Last Name,Address 1 - Label,Address 1 - Street,Address 1 - Extended Address,"
        "Address 1 - PO Box,Address 1 - City\n"
        "Jörg,Müller,Work,Hauptstraße 1,Hinterhaus,Postfach 4,Bonn\n",
        "google",
    )
    assert (work.street, work.extended, work.po_box, work.label) == (
        "Hauptstraße 1",
        "Hinterhaus",
        "Postfach 4",
        "Work",
    )


def test_thunderbird_german_headers_are_recognised_with_address_2_as_the_extended_line():
    row = (
        "Eva,Wolf,Eva Wolf,,eva@wolf.example,,,030 1234567,,,,,Parkallee 5,Gartenhaus,Berlin,,"
        "10115,Deutschland,Am Markt 1,c/o Wolf GmbH,Potsdam,,14467,,Leiterin,Einkauf,Wolf GmbH,"
        ",,1970,5,17,,,,,Kundin seit 2019"
    )
    table = read_table(f"{THUNDERBIRD_DE}\n{row}\n".encode(), "thunderbird.csv")
    assert table.preset == "thunderbird"
    mapped = {c for cs in table.mapping.values() for c in cs}
    assert set(table.headers) == mapped | set(table.ignored())  # every column read or listed
    (eva,) = to_incoming(table)
    work, home = [m for m in eva.contact.methods if m.kind == "address"]
    assert (work.street, work.extended, work.city) == ("Am Markt 1", "c/o Wolf GmbH", "Potsdam")
    assert (home.street, home.extended, home.city) == ("Parkallee 5", "Gartenhaus", "Berlin")
    assert (eva.contact.role, eva.contact.department) == ("Leiterin", "Einkauf")
    # "Geburtstag" is the day of the month in Thunderbird's export, never a whole birthday.
    assert eva.contact.birthday is None


def test_thunderbird_english_address_2_is_the_extended_line():
    (home,) = addresses(
        "First Name,Last Name,Home Address,Home Address 2,Home City\n"
        "Eva,Wolf,Parkallee 5,Gartenhaus,Berlin\n",
        "thunderbird",
    )
    assert (home.street, home.extended) == ("Parkallee 5", "Gartenhaus")


def test_the_archive_keeps_the_extended_line(services, tmp_path):
    address = MethodInput(
        "address", "", street="Königstraße 12", city="Stuttgart", extended="c/o Kanzlei Weber"
    )
    services.importing.import_contacts(
        [Incoming(ContactInput(name="Klaus Bäcker", methods=[address]), "test")]
    )
    path = tmp_path / "archive.zip"
    export_archive(services, path)
    with zipfile.ZipFile(path) as archive:
        (row,) = json.loads(archive.read("data/contact_methods.json"))
    assert (row["extended"], row["street"]) == ("c/o Kanzlei Weber", "Königstraße 12")
    assert row["value"] == "c/o Kanzlei Weber, Königstraße 12, Stuttgart"


def test_merging_an_import_into_a_stored_contact_keeps_its_address_parts_and_dates(services):
    stored = ContactInput(
        name="Klaus Bäcker",
        department="Vertrieb",
        anniversary=date(1995, 6, 10),
        methods=[
            MethodInput("email", "klaus@baecker.example"),
            MethodInput(
                "address", "", street="Königstraße 12", po_box="10 20 30", extended="3. OG"
            ),
        ],
    )
    contact_id = services.contacts.create(stored)
    again = ContactInput(
        name="Klaus Bäcker", methods=[MethodInput("email", "klaus@baecker.example")]
    )
    result = services.importing.import_contacts([Incoming(again, "b.vcf")], on_duplicate="merge")
    assert result.merged == 1
    detail = services.contacts.get(contact_id)
    (address,) = [m for m in detail.methods if m.kind == "address"]
    assert (address.street, address.po_box, address.extended) == (
        "Königstraße 12",
        "10 20 30",
        "3. OG",
    )
    assert (detail.department, detail.anniversary) == ("Vertrieb", date(1995, 6, 10))
