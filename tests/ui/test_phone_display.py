"""The window shows numbers of the user's own region (the setting ``phones.default_region``)
nationally and every other one internationally, whatever the system's locale."""

from __future__ import annotations

from dataclasses import replace

from beziehung.core.services.inputs import ContactInput, MethodInput
from tests.ui.conftest import click_contact


def use_region(services, region: str | None) -> None:
    services.settings.save(replace(services.settings.load(), phone_region=region))


def test_numbers_follow_the_region_setting_not_the_system(qtbot, window, services, monkeypatch):
    # A system in the US must not decide what a consultant in Germany dials.
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    use_region(services, "DE")
    meier = services.contacts.create(
        ContactInput(
            name="Hans Meier",
            methods=[
                MethodInput("phone", "044 668 18 00"),
                MethodInput("address", "", city="Zürich", country="Schweiz"),
            ],
        )
    )
    page = services.contacts.create(
        ContactInput(
            name="Larry Page",
            methods=[
                MethodInput("phone", "(650) 253-0000"),
                MethodInput("address", "", city="Mountain View", country="USA"),
            ],
        )
    )
    weber = services.contacts.create(
        ContactInput(name="Klara Weber", methods=[MethodInput("phone", "089 2345678")])
    )
    card = window.contact_panel.card
    qtbot.waitUntil(lambda: window.contact_model.row_of(weber) is not None)

    click_contact(qtbot, window, page)
    qtbot.waitUntil(lambda: "Larry Page" in card.text())
    assert "+1 650-253-0000" in card.text()

    click_contact(qtbot, window, weber)
    qtbot.waitUntil(lambda: "Klara Weber" in card.text())
    assert ">089 2345678<" in card.text()

    click_contact(qtbot, window, meier)
    qtbot.waitUntil(lambda: "Hans Meier" in card.text())
    assert ">+41 44 668 18 00<" in card.text()
    # Moved to Switzerland: the card follows the setting at once.
    use_region(services, "CH")
    qtbot.waitUntil(lambda: ">044 668 18 00<" in card.text())
    click_contact(qtbot, window, weber)
    qtbot.waitUntil(lambda: "Klara Weber" in card.text())
    assert ">+49 89 2345678<" in card.text()
