"""Numbers without a country code are read in the contact's own country, else in the default
region (the setting ``phones.default_region``), when finding duplicates and merging as when
storing."""

from __future__ import annotations

from dataclasses import replace

import pytest

from beziehung.core.services.importing import Incoming
from beziehung.core.services.inputs import ContactInput, MethodInput

ZURICH = "044 668 18 00"  # +41 44 668 18 00; in Germany it would be a number in Oldenburg
MOUNTAIN_VIEW = "(650) 253-0000"  # +1 650 253 0000; in Germany a number near Saarbrücken


def swiss_address() -> MethodInput:
    return MethodInput("address", "", street="Bahnhofstrasse 1", city="Zürich", country="Schweiz")


def us_address() -> MethodInput:
    return MethodInput(
        "address", "", street="1600 Amphitheatre Pkwy", city="Mountain View", country="USA"
    )


def use_region(services, region: str | None) -> None:
    services.settings.save(replace(services.settings.load(), phone_region=region))


@pytest.fixture
def german_default(services):
    use_region(services, "DE")
    return services


def incoming(name: str, *methods: MethodInput) -> Incoming:
    return Incoming(ContactInput(name=name, methods=list(methods)), "karten.vcf: card 1")


def stored_numbers(services, contact_id: int) -> list[str | None]:
    return [m.phone_e164 for m in services.contacts.get(contact_id).methods if m.kind == "phone"]


def test_a_swiss_card_is_found_by_its_number_read_in_switzerland(german_default):
    services = german_default
    meier = services.contacts.create(
        ContactInput(name="Hans Meier", methods=[MethodInput("phone", ZURICH), swiss_address()])
    )
    assert stored_numbers(services, meier) == ["+41446681800"]
    # Another name, so only the number can tell: the card's own country reads it.
    card = incoming("H. Meier-Huber", MethodInput("phone", ZURICH), swiss_address())
    assert services.importing.duplicates([card]) == [(meier, "Hans Meier")]
    # Without an address the same digits are a German number: somebody else.
    assert services.importing.duplicates(
        [incoming("H. Meier-Huber", MethodInput("phone", ZURICH))]
    ) == [None]


def test_a_us_number_under_a_german_default_is_read_in_the_us_when_the_card_says_so(german_default):
    services = german_default
    page = services.contacts.create(
        ContactInput(name="Larry Page", methods=[MethodInput("phone", MOUNTAIN_VIEW), us_address()])
    )
    assert stored_numbers(services, page) == ["+16502530000"]
    card = incoming("L. Page", MethodInput("phone", "+1 650 253 0000"))
    assert services.importing.duplicates([card]) == [(page, "Larry Page")]
    typed = incoming("L. Page", MethodInput("phone", MOUNTAIN_VIEW), us_address())
    assert services.importing.duplicates([typed]) == [(page, "Larry Page")]
    assert services.importing.duplicates(
        [incoming("L. Page", MethodInput("phone", MOUNTAIN_VIEW))]
    ) == [None]


def test_the_default_region_set_to_switzerland_reads_cards_without_a_country_there(german_default):
    services = german_default
    meier = services.contacts.create(
        ContactInput(name="Hans Meier", methods=[MethodInput("phone", "+41 44 668 18 00")])
    )
    card = incoming("H. Meier-Huber", MethodInput("phone", ZURICH))
    assert services.importing.duplicates([card]) == [None]
    use_region(services, "CH")
    assert services.importing.duplicates([card]) == [(meier, "Hans Meier")]
    # A card's own country still wins over the default.
    german_card = incoming(
        "H. Meier-Huber",
        MethodInput("phone", ZURICH),
        MethodInput("address", "", city="Oldenburg", country="Deutschland"),
    )
    assert services.importing.duplicates([german_card]) == [None]


def test_merging_an_import_does_not_add_the_swiss_number_twice(german_default):
    services = german_default
    meier = services.contacts.create(
        ContactInput(
            name="Hans Meier",
            methods=[
                MethodInput("email", "hans@meier.example"),
                MethodInput("phone", "+41 44 668 18 00"),
                swiss_address(),
            ],
        )
    )
    # The card has no address: its number is read where the merged contact lives.
    card = incoming(
        "Hans Meier", MethodInput("email", "hans@meier.example"), MethodInput("phone", ZURICH)
    )
    result = services.importing.import_contacts([card], on_duplicate="merge")
    assert result.merged == 1
    assert stored_numbers(services, meier) == ["+41446681800"]


def test_merging_two_swiss_contacts_keeps_one_number(german_default):
    services = german_default
    keep = services.contacts.create(
        ContactInput(
            name="Hans Meier", methods=[MethodInput("phone", "+41 44 668 18 00"), swiss_address()]
        )
    )
    drop = services.contacts.create(
        ContactInput(name="H. Meier", methods=[MethodInput("phone", ZURICH), swiss_address()])
    )
    assert services.merge.preview(keep, drop).methods == 0
    services.merge.merge(keep, drop)
    assert stored_numbers(services, keep) == ["+41446681800"]
