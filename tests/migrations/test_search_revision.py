"""Revision 0010: search tables on PostgreSQL, filled at the next start from what is there;
nothing on SQLite."""

from sqlalchemy import text

from beziehung.core import migrate
from beziehung.core.services import Services
from beziehung.core.services.inputs import ContactInput, NoteInput


def _downgrade_to_0008(engine) -> None:
    migrate.downgrade(engine, "0008")


def test_a_database_from_before_the_revision_finds_its_notes_after_the_upgrade(db_url, clock):
    engine = migrate.open_database(db_url, clock.now)
    services = Services.build(engine, clock)
    anna = services.contacts.create(ContactInput(name="Anna Müller"))
    note = services.notes.log(NoteInput(contact_id=anna, body="Mietvertrag verlängert"))
    _downgrade_to_0008(engine)
    engine.dispose()

    engine = migrate.open_database(db_url, clock.now)
    services = Services.build(engine, clock)
    assert migrate.current_revision(engine) == migrate.HEAD
    try:
        assert [h.contact_id for h in services.search.search("mueller")] == [anna]
        assert [h.note_id for h in services.search.search("vertrag")] == [note.id]
    finally:
        engine.dispose()


def test_the_downgrade_leaves_no_search_table_on_postgresql(db_url, clock):
    engine = migrate.open_database(db_url, clock.now)
    _downgrade_to_0008(engine)
    with engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            found = conn.scalars(
                text(
                    "SELECT table_name FROM information_schema.tables "
                    "WHERE table_schema = current_schema() AND table_name LIKE '%search%'"
                )
            ).all()
            assert found == []
        else:
            # SQLite's FTS5 index belongs to earlier revisions and stays.
            assert conn.scalar(text("SELECT count(*) FROM sqlite_master WHERE name = 'note_fts'"))
    engine.dispose()
