"""Search as a German types: parts of compound words, Turkish letters, matched words."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import text

from beziehung.core import search
from beziehung.core.services.inputs import ContactInput, NoteInput
from beziehung.core.text import compound_tails, excerpt, fts_query, word_keys, word_matches


@pytest.fixture
def anna(services):
    return services.contacts.create(ContactInput(name="Anna Weber"))


def log(services, contact_id, body):
    return services.notes.log(NoteInput(contact_id=contact_id, body=body))


def note_ids(hits):
    return [h.note_id for h in hits if h.kind == "note"]


def test_a_part_finds_the_compound_in_notes(services, anna):
    work = log(services, anna, "Arbeitsvertrag für die neue Buchhalterin prüfen.")
    firm = log(services, anna, "Gesellschaftsvertrag der GmbH liegt vor.")
    successor = log(services, anna, "Gespräch zur Unternehmensnachfolge.")
    assert set(note_ids(services.search.search("vertrag"))) == {work.id, firm.id}
    assert note_ids(services.search.search("nachfolge")) == [successor.id]
    assert note_ids(services.search.search("Nachf")) == [successor.id]


def test_a_part_finds_the_compound_in_contact_fields(services):
    advisor = services.contacts.create(
        ContactInput(name="Petra Lang", organisation="Lang Unternehmensnachfolge GmbH")
    )
    assert [h.contact_id for h in services.search.search("nachfolge")] == [advisor]


def test_inside_a_word_only_known_parts_match(services, anna):
    log(services, anna, "Herr Müller ruft zurück.")
    assert note_ids(services.search.search("ller")) == []
    assert compound_tails("mueller") == ()


def test_yildiz_finds_the_dotless_i_in_contacts_and_notes(services):
    ayse = services.contacts.create(ContactInput(name="Ayşe Yıldız"))
    note = log(services, ayse, "Rückruf von Frau YILDIZ wegen İzmir.")
    hits = services.search.search("yildiz")
    assert [(h.kind, h.contact_id) for h in hits] == [("contact", ayse), ("note", ayse)]
    assert hits[1].note_id == note.id
    assert hits[0].matched_words == ("Yıldız",)
    assert [h.note_id for h in services.search.search("izmir")] == [note.id]
    assert [h.contact_id for h in services.search.search("Yıldız")] == [ayse, ayse]


def test_the_hit_shows_the_matched_words(services, anna):
    note = log(services, anna, "Arbeitsvertrag geprüft; der alte Vertrag und der Mietvertrag auch.")
    (hit,) = [h for h in services.search.search("vertrag") if h.note_id == note.id]
    assert hit.matched_words == ("Arbeitsvertrag", "Vertrag", "Mietvertrag")
    assert [hit.snippet[a:b] for a, b in hit.marks] == ["Arbeitsvertrag", "Vertrag", "Mietvertrag"]


def test_marks_follow_a_shortened_snippet():
    long = "Einleitung " * 30 + "dann der Gesellschaftsvertrag und noch mehr Text " * 5
    shown = excerpt(long, "vertrag", width=80)
    assert shown.text.startswith("…") and len(shown.text) <= 82
    assert shown.marks and all(shown.text[a:b] == "Gesellschaftsvertrag" for a, b in shown.marks)
    assert shown.words == ("Gesellschaftsvertrag",)


def test_short_prefixes_still_find_words_from_their_start(services, anna):
    note = log(services, anna, "Über den Jahresabschluss gesprochen.")
    assert note.id in note_ids(services.search.search("ü"))
    assert note.id in note_ids(services.search.search("üb"))
    assert note.id in note_ids(services.search.search("J"))
    assert note.id not in note_ids(services.search.search("br"))  # inside "gesprochen" only


def test_one_and_two_letters_use_the_prefix_index_and_longer_prefixes_are_spelt_out(services):
    assert fts_query("m", expand=lambda p: pytest.fail("no spelling out for one letter")) == '"m"*'
    assert fts_query("wi", expand=lambda p: ["never"]) == '"wi"*'
    assert fts_query("wir", expand=lambda p: ["wir", "wird"]) == '("wir" OR "wird")'
    assert fts_query("wir", expand=lambda p: None) == '"wir"*'  # too many words: FTS5's own
    assert fts_query("xyz", expand=lambda p: []) == '"xyz"'


def test_a_prefix_with_very_many_words_still_finds_them(services, anna):
    body = " ".join(f"wort{i:03d}" for i in range(search.MAX_SPELT_TERMS + 5))
    note = log(services, anna, body)
    assert note_ids(services.search.search("wort")) == [note.id]
    assert note_ids(services.search.search("wort06")) == [note.id]


def test_short_queries_give_the_newest_fifty(services, anna):
    # Their speed is measured in benchmarks/search_compounds.py, not here.
    notes = [
        log(services, anna, f"Müller Weber Mandant {i} möchte wissen, wie es weitergeht.")
        for i in range(300)
    ]
    for query in ("m", "w", "mü", "we"):
        hits = services.search.search(query)
        assert len(hits) == 50
        assert note_ids(hits)[:3] == [n.id for n in reversed(notes[-3:])]


def terms(services) -> set[str]:
    """Every word the index holds: SQLite keeps a list, PostgreSQL the words of each row."""
    with services.context.engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            return set(conn.scalars(text("SELECT term FROM search_terms")))
        return set(
            conn.scalars(
                text(
                    "SELECT unnest(tsvector_to_array(words)) FROM note_search UNION "
                    "SELECT unnest(tsvector_to_array(all_words)) FROM contact_search"
                )
            )
        )


def test_words_no_note_or_contact_holds_are_forgotten(services):
    ayse = services.contacts.create(ContactInput(name="Ayşe Yıldız"))
    note = log(services, ayse, "Zahnarztpraxis Quetschke")
    assert {"quetschke", "yildiz"} <= terms(services)
    services.notes.edit(note.id, NoteInput(contact_id=ayse, body="Zahnarztpraxis"))
    assert "quetschke" not in terms(services)
    services.notes.delete(note.id)
    assert "zahnarztpraxis" not in terms(services)
    services.contacts.delete(ayse)
    assert "yildiz" not in terms(services)


def test_the_index_keys_of_a_compound():
    assert word_keys("Arbeitsvertrag") == ("arbeitsvertrag", "vertrag")
    assert word_keys("Unternehmensnachfolge")[:2] == ("unternehmensnachfolge", "nachfolge")
    assert word_keys("Yıldız") == ("yildiz",)
    assert word_keys("İSTANBUL") == ("istanbul",)
    assert word_matches("Gewerbemietvertrags", ["mietvertrag"])


def test_notes_stay_newest_first_with_parts(services, anna, clock):
    old = services.notes.log(
        NoteInput(anna, body="Mietvertrag", occurred_at=clock.now() - timedelta(days=9))
    )
    new = services.notes.log(
        NoteInput(anna, body="Arbeitsvertrag", occurred_at=clock.now() - timedelta(days=1))
    )
    assert note_ids(services.search.search("vertrag")) == [new.id, old.id]
