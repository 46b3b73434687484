"""Contacts found by a word come in name order, restricted ones left out, whether few or
many contacts hold the word (PostgreSQL reads the two cases differently)."""

import pytest

from beziehung.core.search import postgresql
from beziehung.core.services.inputs import ContactInput

NAMES = ["Zora Müller", "Anton Müller", "Maria Müller", "Bernd Müller", "Yusuf Müller"]


@pytest.mark.parametrize("few_contacts", [2, 5_000])
def test_names_in_order_without_the_restricted(services, monkeypatch, few_contacts):
    monkeypatch.setattr(postgresql, "FEW_CONTACTS", few_contacts)
    ids = {
        name: services.contacts.create(ContactInput(name=name, restricted=name.startswith("B")))
        for name in NAMES
    }
    services.contacts.create(ContactInput(name="Carla Schmidt"))
    found = [h.contact_id for h in services.search.search("müller", limit=3)]
    assert found == [ids["Anton Müller"], ids["Maria Müller"], ids["Yusuf Müller"]]
    everyone = [h.contact_id for h in services.search.search("mueller", limit=50)]
    expected = ("Anton Müller", "Maria Müller", "Yusuf Müller", "Zora Müller")
    assert everyone == [ids[n] for n in expected]
