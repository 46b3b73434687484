"""Numbers without a country code are read in the contact's own country, else in the
default region; a number that cannot be placed stays exactly as typed."""

from datetime import date, time
from pathlib import Path

import pytest

from beziehung.core import phones
from beziehung.core.errors import ValidationError
from beziehung.core.names import honorifics
from beziehung.core.services.importing import Incoming
from beziehung.core.services.inputs import ContactInput, MethodInput
from beziehung.core.services.settings import DEFAULT_CADENCES, SharedSettings
from beziehung.io.vcard import read_vcards, write_vcards

ABROAD = Path(__file__).parent.parent / "io" / "fixtures" / "kinds" / "abroad.vcf"


@pytest.mark.parametrize(
    ("country", "region"),
    [
        ("Deutschland", "DE"),
        ("Germany", "DE"),
        ("Schweiz", "CH"),
        ("Switzerland", "CH"),
        ("Österreich", "AT"),
        ("oesterreich", "AT"),
        ("USA", "US"),
        ("U.S.A.", "US"),
        ("Vereinigte Staaten", "US"),
        ("United Kingdom", "GB"),
        ("ch", "CH"),
        ("FR", "FR"),
        ("CHE", "CH"),
        ("Atlantis", None),
        ("XX", None),
        ("", None),
        (None, None),
    ],
)
def test_a_country_as_written_names_its_region(country, region):
    assert phones.region_for_country(country) == region


@pytest.mark.parametrize(
    ("environment", "region"),
    [
        ({"LANG": "de_CH.UTF-8"}, "CH"),
        ({"LANG": "en_US.UTF-8"}, "US"),
        ({"LANG": "C.UTF-8"}, "DE"),
        ({"LC_ALL": "de_AT.UTF-8", "LANG": "en_US.UTF-8"}, "AT"),
        ({}, "DE"),
    ],
)
def test_the_system_region_comes_from_the_locale_else_germany(monkeypatch, environment, region):
    for var in ("LC_ALL", "LC_TELEPHONE", "LC_CTYPE", "LANG"):
        monkeypatch.delenv(var, raising=False)
    for var, value in environment.items():
        monkeypatch.setenv(var, value)
    assert phones.system_region() == region


def _numbers(services, family: str) -> dict[str, str | None]:
    (row,) = [c for c in services.contacts.list() if c.family_name == family]
    return {
        m.value: m.phone_e164 for m in services.contacts.get(row.id).methods if m.value[0] != "+"
    }


@pytest.fixture
def imported(services, monkeypatch):
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    cards = read_vcards(ABROAD.read_bytes(), ABROAD.name)
    services.importing.import_contacts([Incoming(c.contact, "abroad") for c in cards])
    return services


def test_a_swiss_card_reads_its_numbers_in_switzerland(imported):
    numbers = _numbers(imported, "Rossi")
    assert numbers["044 668 18 00"] == "+41446681800"


def test_a_us_card_reads_its_numbers_in_the_us(imported):
    assert _numbers(imported, "Miller")["(404) 555-1212"] == "+14045551212"


def test_a_card_without_a_country_uses_the_default_region(imported):
    numbers = _numbers(imported, "Ohneland")
    assert numbers["044 668 18 00"] == "+49446681800"


def test_a_number_that_cannot_be_placed_stays_as_typed_everywhere(imported):
    (row,) = [c for c in imported.contacts.list() if c.family_name == "Ohneland"]
    detail = imported.contacts.get(row.id)
    (short,) = [m for m in detail.methods if m.value == "12"]
    assert short.phone_e164 is None
    assert "TEL;TYPE=VOICE:12\r\n" in write_vcards([detail])


def test_the_default_region_setting_places_numbers_without_a_country(services, monkeypatch):
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    settings = services.settings.load()
    assert settings.phone_region is None
    services.settings.save(SharedSettings(time(9, 0), dict(DEFAULT_CADENCES), phone_region="CH"))
    assert services.settings.load().phone_region == "CH"
    contact_id = services.contacts.create(
        ContactInput(name="Hans Huber", methods=[MethodInput("phone", "044 668 18 00")])
    )
    (method,) = services.contacts.get(contact_id).methods
    assert (method.value, method.phone_e164) == ("044 668 18 00", "+41446681800")
    # The address's own country goes before the setting.
    contact_id = services.contacts.create(
        ContactInput(
            name="Karl Maier",
            methods=[
                MethodInput("phone", "0711 123456"),
                MethodInput("address", "", street="Weg 1", city="Stuttgart", country="Deutschland"),
            ],
        )
    )
    phone = services.contacts.get(contact_id).methods[0]
    assert phone.phone_e164 == "+49711123456"


def test_an_unknown_region_setting_is_refused(services):
    with pytest.raises(ValidationError, match="Unknown phone region 'ZZ'"):
        services.settings.save(
            SharedSettings(time(9, 0), dict(DEFAULT_CADENCES), phone_region="zz")
        )
    assert services.settings.load().phone_region is None


@pytest.mark.parametrize(
    ("salutation", "title", "expected"),
    [
        (None, "Herr", ("Herr", None)),
        (None, "Herr Dr.", ("Herr", "Dr.")),
        ("Frau", "Prof. Dr.", ("Frau", "Prof. Dr.")),
        ("Mrs.", None, ("Frau", None)),
        ("Hr.", None, ("Herr", None)),
        ("Dr.", None, (None, "Dr.")),
        ("Divers", None, ("Divers", None)),
        (None, None, (None, None)),
    ],
)
def test_salutation_and_title_are_told_apart(salutation, title, expected):
    assert honorifics(salutation, title) == expected


def test_a_birthday_without_a_year_has_no_age_on_the_agenda(services, clock):
    today = clock.now().date()
    services.contacts.create(
        ContactInput(name="Anna Weber", birthday=date(1980, today.month, today.day))
    )
    services.contacts.create(
        ContactInput(
            name="Berta Ohnejahr",
            birthday=date(2000, today.month, today.day),
            birthday_no_year=True,
        )
    )
    ages = {b.contact_name: b.age for b in services.agenda.build().birthdays}
    assert ages == {"Anna Weber": today.year - 1980, "Berta Ohnejahr": None}
