from datetime import timedelta

import pytest
from sqlalchemy import text

from beziehung.core import search
from beziehung.core.services.inputs import ContactInput, MethodInput, NoteInput


@pytest.fixture
def people(services):
    return {
        "mueller": services.contacts.create(
            ContactInput(
                name="Jürgen Müller",
                organisation="Bäckerei Groß",
                methods=[MethodInput("phone", "0170 1234567")],
            )
        ),
        "strassmann": services.contacts.create(ContactInput(name="Petra Straßmann")),
        "weber": services.contacts.create(
            ContactInput(name="Anna Weber", methods=[MethodInput("email", "anna@kanzlei-weber.de")])
        ),
    }


@pytest.mark.parametrize("query", ["Müller", "muller", "mueller", "Mül", "MÜLLER", "jürgen mül"])
def test_mueller_is_found_however_it_is_spelt(services, people, query):
    hits = services.search.search(query)
    assert hits and hits[0].kind == "contact" and hits[0].contact_id == people["mueller"]


@pytest.mark.parametrize("query", ["strassmann", "Straßmann", "strass"])
def test_sharp_s(services, people, query):
    assert [h.contact_id for h in services.search.search(query)] == [people["strassmann"]]


def test_organisation_email_and_phone_find_the_contact(services, people):
    assert [h.contact_id for h in services.search.search("gross")] == [people["mueller"]]
    assert [h.contact_id for h in services.search.search("kanzlei-weber")] == [people["weber"]]
    assert [h.contact_id for h in services.search.search("01701234")] == [people["mueller"]]


def test_words_match_from_their_start_only(services, people):
    assert services.search.search("ller") == []
    assert services.search.search("ürgen") == []


def test_contacts_first_then_notes_newest_first(services, clock, people):
    old = services.notes.log(
        NoteInput(
            contact_id=people["weber"],
            body="Müller hat angerufen",
            occurred_at=clock.now() - timedelta(days=30),
        )
    )
    new = services.notes.log(
        NoteInput(
            contact_id=people["strassmann"],
            body="Termin mit Herrn Müller",
            occurred_at=clock.now() - timedelta(days=1),
        )
    )
    hits = services.search.search("mueller")
    assert [(h.kind, h.contact_id, h.note_id) for h in hits] == [
        ("contact", people["mueller"], None),
        ("note", people["strassmann"], new.id),
        ("note", people["weber"], old.id),
    ]
    assert "Müller" in hits[1].snippet
    assert [h.kind for h in services.search.search("mueller", limit=2)] == ["contact", "note"]


def test_name_hits_come_before_other_contact_hits(services):
    by_org = services.contacts.create(ContactInput(name="Anna Adler", organisation="Hoffmann GmbH"))
    by_name = services.contacts.create(ContactInput(name="Zoë Hoffmann"))
    assert [h.contact_id for h in services.search.search("hoffmann")] == [by_name, by_org]


@pytest.mark.parametrize("query", ['"', "*", "OR", "AND NOT", "NEAR(", "a:b", "(", "^x", "-"])
def test_fts_syntax_in_user_text_is_harmless(services, people, query):
    services.search.search(query)  # must not raise


def test_an_empty_query_finds_nothing(services, people):
    assert services.search.search("   ") == []


def test_rebuild_when_folding_changes(services, people):
    with services.context.engine.begin() as conn:
        conn.execute(
            text("UPDATE settings SET value = 'old' WHERE key = :k"), {"k": search.FOLD_VERSION_KEY}
        )
        # The engine's own table of contact words, emptied behind the index's back.
        words = "contact_fts" if conn.dialect.name == "sqlite" else "contact_search"
        conn.execute(text(f"DELETE FROM {words}"))
    assert services.search.search("weber") == []
    with services.context.engine.begin() as conn:
        assert search.ensure_current(conn) is True
        assert search.ensure_current(conn) is False
    assert [h.contact_id for h in services.search.search("weber")] == [people["weber"]]


def test_the_limit_keeps_the_first_names_in_the_alphabet(services):
    for name in ("Cora Anna", "Bea Anna", "Anna Anna"):
        services.contacts.create(ContactInput(name=name))
    assert [h.contact_name for h in services.search.search("anna", limit=2)] == [
        "Anna Anna",
        "Bea Anna",
    ]


def test_underscores_do_not_spoil_a_query(services, people):
    assert [h.contact_id for h in services.search.search("weber _")] == [people["weber"]]
