"""On PostgreSQL a page of note hits is first looked for among the newest notes, then
through the word index: either way it is the newest matches, newest first."""

from datetime import timedelta

import pytest

from beziehung.core.search import postgresql
from beziehung.core.services.inputs import ContactInput, NoteInput
from tests.conftest import START


@pytest.fixture
def notes(services, db_backend):
    if db_backend != "postgresql":
        pytest.skip("the newest-first shortcut is PostgreSQL's; SQLite's index is in that order")
    anna = services.contacts.create(ContactInput(name="Anna Weber"))
    ids = []
    for n in range(10):
        body = "Zander bestellt" if n in (0, 1, 8) else f"Termin {n}"
        note = services.notes.log(
            NoteInput(contact_id=anna, body=body, occurred_at=START + timedelta(hours=n))
        )
        ids.append(note.id)
    return ids


@pytest.mark.parametrize(
    ("limit", "expected"),
    [
        (1, [8]),  # a full page among the newest three
        (2, [8, 1]),  # one short: the word index finds the older one
        (5, [8, 1, 0]),  # fewer matches than the page holds
    ],
)
def test_the_page_is_the_newest_matches_wherever_they_are(
    services, notes, monkeypatch, limit, expected
):
    monkeypatch.setattr(postgresql, "NEWEST_TESTED", 3)
    with services.context.engine.connect() as conn:
        found = postgresql.note_ids(conn, "zander", limit)
    assert found == [notes[i] for i in expected]
