"""Keyset pages of the contact list are the same rows as offset pages, at every boundary."""

from datetime import timedelta

import pytest

from beziehung.core.services.inputs import ContactInput, NoteInput
from beziehung.core.services.listing import SORT_KEYS, ContactFilter

STAGES = ("interessent", "kunde", "stammkunde", "empfehler", "ehemalig")


@pytest.fixture
def crowd(services, clock):
    """Ties (the same name many times), contacts without organisation, last contact or
    callback, two callbacks at the same moment, a restricted contact."""
    now = clock.now()
    ids = []
    for i in range(41):
        name = "Anna Schmidt" if i % 3 == 0 else f"Person {i % 17:02d}"
        organisation = None if i % 4 == 0 else f"Firma {i % 5}"
        ids.append(
            services.contacts.create(
                ContactInput(
                    name=name,
                    organisation=organisation,
                    stage=STAGES[i % len(STAGES)],
                    tags=["VIP"] if i % 2 else [],
                    restricted=i == 7,
                )
            )
        )
    for i, contact_id in enumerate(ids):
        if i % 3 == 1:
            services.notes.log(
                NoteInput(
                    contact_id=contact_id, body="Gespräch", occurred_at=now - timedelta(i % 4)
                )
            )
        if i % 5 in (1, 2):
            services.reminders.create(contact_id, now + timedelta(hours=i % 3), "Rückruf")
        if i % 10 == 2:
            services.reminders.create(contact_id, now + timedelta(hours=i % 3), "Noch einer")
    return ids


def walk_forward(listing, wanted, size):
    rows, key = [], None
    while True:
        page = listing.page(wanted, key, limit=size)
        rows.extend(page.rows)
        if len(page.rows) < size:
            return rows
        key = page.keys[-1]


def walk_backward(listing, wanted, size):
    rows, key = [], None
    while True:
        page = (
            listing.page(wanted, before=key, limit=size)
            if key is not None
            else listing.page(wanted, from_end=True, limit=size)
        )
        rows[:0] = page.rows
        if len(page.rows) < size:
            return rows
        key = page.keys[0]


FILTERS = [
    ContactFilter(),
    ContactFilter(tag="VIP"),
    ContactFilter(stage="kunde"),
    ContactFilter(restricted=True),
    ContactFilter(text="schmidt"),
]


@pytest.mark.parametrize("sort", SORT_KEYS)
@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("size", [1, 5])
def test_keyset_pages_equal_offset_pages(services, crowd, sort, descending, size):
    listing = services.listing
    for base in FILTERS:
        wanted = ContactFilter(
            text=base.text,
            tag=base.tag,
            stage=base.stage,
            restricted=base.restricted,
            sort=sort,
            descending=descending,
        )
        everyone = listing.rows(wanted, limit=1000)
        assert everyone, wanted
        assert walk_forward(listing, wanted, size) == everyone
        assert walk_backward(listing, wanted, size) == everyone
        for at in range(0, len(everyone), size):
            assert listing.rows(wanted, offset=at, limit=size) == everyone[at : at + size]
            assert listing.page_at(wanted, at, limit=size).rows == everyone[at : at + size]
        for row_at, row in enumerate(everyone):
            if size == 1:
                assert listing.position(wanted, row.id) == row_at


def test_position_of_an_unlisted_contact_is_none(services, crowd):
    assert services.listing.position(ContactFilter(tag="VIP"), crowd[0]) is None
    assert services.listing.position(ContactFilter(), crowd[7]) is None
