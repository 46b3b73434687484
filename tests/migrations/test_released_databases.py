"""Upgrading databases written by each released schema revision.

The files in ``data/`` were written at each revision and are committed (remade only for a new
revision, by ``tools/make_migration_fixtures.py``). Building old databases with today's code
would let an edited old revision pass unnoticed; these bytes cannot follow such an edit.
Every test works on a copy; the committed files are never opened for writing.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from beziehung.core import migrate, search
from beziehung.core.db import Base
from beziehung.core.models import (
    Contact,
    ContactMethod,
    ConversationNote,
    Organisation,
    Referral,
    Reminder,
)
from beziehung.core.services import Services
from beziehung.core.services.inputs import NoteInput

DATA = Path(__file__).parent / "data"
VERSIONS = migrate.MIGRATIONS_DIR / "versions"

# The SHA-256 of each released revision file, line endings as LF. Users' databases went
# through exactly these steps; a changed step leaves their files different from new ones.
RELEASED = {
    "0001": ("0001_initial.py", "4e2c7be3d52463810b8283a7998c6e5280385f3a0dd52dc298fdef864cc5d898"),
    "0002": (
        "0002_recurrence_anchor.py",
        "38a732a47ff8ee6b7ce842f8676534d5c5f869c0c0afd43bfe5cda1984096fd5",
    ),
    "0003": (
        "0003_reminder_contact_index.py",
        "d00c36f13fc48d897ec76cc616426489e7cde0386db586a9b15a1074b50fd00f",
    ),
    "0004": (
        "0004_data_protection.py",
        "373c7c681543d21001f3f3367c9e1e468cd25d4f00642c14f156cdcc203e1ce9",
    ),
    "0005": (
        "0005_drop_restricted_index.py",
        "ee7742aa1f5f4c094e30807f09121ca2c7b1e689f480d9b67f041230ac89b0e8",
    ),
    "0006": (
        "0006_search_prefix_indexes.py",
        "54669d91724fd3427fb539f935f98869485199ff8a61450bafa028807add2e38",
    ),
    "0007": (
        "0007_fax_dates_department.py",
        "3ceb5504428187522ee5e82db6ba5df016015eda1fc5abbc2faa50b565709e3c",
    ),
    "0008": (
        "0008_relationship_work.py",
        "f83cb34cc10bcb89e16117de52a1b88d1d533ecf1f693f1089a693bff32d8b19",
    ),
}


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


@dataclass
class Opened:
    revision: str
    path: Path
    before: dict[str, list[dict[str, object]]]
    engine: Engine


def _rows(path: Path) -> dict[str, list[dict[str, object]]]:
    """Every stored value of every data table, as SQLite holds it."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    db.row_factory = sqlite3.Row
    try:
        tables = [
            name
            for (name,) in db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
                " AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'"
            )
            if not search.is_table_of_index(name)
        ]
        return {
            table: [
                dict(row)
                for row in db.execute(f"SELECT * FROM {table} ORDER BY rowid")
                # The folding version belongs to the search index, which upgrades may rebuild.
                if not (table == "settings" and row["key"] == search.FOLD_VERSION_KEY)
            ]
            for table in tables
        }
    finally:
        db.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(params=sorted(RELEASED))
def opened(request: pytest.FixtureRequest, tmp_path: Path, clock) -> Opened:
    revision: str = request.param
    committed = DATA / f"{revision}.sqlite3"
    committed_digest = _digest(committed)
    path = tmp_path / "beziehung.sqlite3"
    shutil.copyfile(committed, path)
    before = _rows(path)
    engine = migrate.open_database(f"sqlite:///{path}", clock.now)
    request.addfinalizer(engine.dispose)
    assert _digest(committed) == committed_digest
    return Opened(revision, path, before, engine)


def test_every_released_revision_has_a_committed_database():
    assert sorted(p.stem for p in DATA.glob("*.sqlite3")) == sorted(RELEASED)
    assert migrate.KNOWN_REVISIONS[: len(RELEASED)] == tuple(sorted(RELEASED))


@pytest.mark.parametrize("revision", sorted(RELEASED))
def test_a_committed_database_is_at_its_revision(revision):
    db = sqlite3.connect(f"file:{DATA / f'{revision}.sqlite3'}?mode=ro", uri=True)
    try:
        assert db.execute("SELECT version_num FROM alembic_version").fetchall() == [(revision,)]
    finally:
        db.close()


@pytest.mark.parametrize("revision", sorted(RELEASED))
def test_a_released_revision_is_never_edited(revision):
    name, expected = RELEASED[revision]
    content = (VERSIONS / name).read_bytes().replace(b"\r\n", b"\n")
    assert hashlib.sha256(content).hexdigest() == expected, (
        f"{name} was released and has changed: never edit a released revision; add a new one"
    )


def test_the_upgrade_reaches_head(opened):
    assert migrate.current_revision(opened.engine) == migrate.HEAD


def test_every_stored_value_arrives_unchanged(opened):
    after = _rows(opened.path)
    for table, rows in opened.before.items():
        kept = [{column: row[column] for column in rows[0]} for row in after[table]] if rows else []
        assert kept == rows, table


def test_the_upgraded_schema_equals_the_models(opened):
    with opened.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_name": migrate.include_name}
        )
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_an_upgrade_is_backed_up_first(opened):
    backups = sorted(opened.path.parent.glob("beziehung.backup-*"))
    if opened.revision == migrate.HEAD:
        assert backups == []
        return
    assert [b.name for b in backups] == [
        f"beziehung.backup-{opened.revision}-to-{migrate.HEAD}-20260327T100000.sqlite3"
    ]
    assert _rows(backups[0]) == opened.before
    db = sqlite3.connect(backups[0])
    try:
        assert db.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (opened.revision,)
        ]
    finally:
        db.close()


def test_contacts_read_back_with_umlauts_and_utc_times(opened):
    with Session(opened.engine) as session:
        juergen = session.get_one(Contact, 1)
        assert (juergen.salutation, juergen.title, juergen.display_name) == (
            "Herr",
            "Dr.",
            "Jürgen Müller",
        )
        assert juergen.birthday == date(1968, 2, 29)
        assert juergen.last_contact_at == utc(2026, 1, 15, 9, 30)
        assert juergen.last_contact_at.tzinfo is UTC
        assert juergen.organisation is not None
        assert juergen.organisation.name == "Müller & Söhne GmbH"
        assert [t.name for t in juergen.tags] == ["Ärzte", "Golf & Wein"]
        names = session.scalars(select(Contact.display_name).order_by(Contact.sort_name))
        assert list(names) == ["Jürgen Müller", "Ömer Öztürk", "Zoë Straßmann"]
        assert session.scalars(select(Organisation.name_folded)).all() == ["mueller soehne gmbh"]


def test_contact_methods_keep_the_preferred_phone_and_the_address(opened):
    with Session(opened.engine) as session:
        methods = session.scalars(
            select(ContactMethod).where(ContactMethod.contact_id == 1).order_by(ContactMethod.id)
        ).all()
        preferred = {m.kind: m.value for m in methods if m.is_preferred}
        assert preferred == {
            "phone": "0170 1234567",
            "email": "juergen.mueller@example.de",
            "address": "Königstraße 12, 70173 Stuttgart, Baden-Württemberg, Deutschland",
        }
        assert [m.phone_e164 for m in methods if m.kind == "phone"] == [
            "+491701234567",
            "+497119876540",
        ]
        address = next(m for m in methods if m.kind == "address")
        assert (address.street, address.postal_code, address.city) == (
            "Königstraße 12",
            "70173",
            "Stuttgart",
        )


def test_notes_and_the_referral_read_back(opened):
    with Session(opened.engine) as session:
        notes = session.scalars(select(ConversationNote).order_by(ConversationNote.id)).all()
        assert [(n.subject, n.occurred_at) for n in notes] == [
            ("Rückruf wegen Fondssparplan", utc(2026, 1, 15, 9, 30)),
            ("Erstgespräch", utc(2026, 7, 1, 12, 0)),
        ]
        assert notes[0].body == (
            "Herr Müller möchte die Sparrate erhöhen; Unterlagen gehen per Post."
        )
        assert notes[0].outcome == "Erhöhung auf 300 € ab März"
        assert notes[1].duration_minutes is None
        referral = session.scalars(select(Referral)).one()
        assert (referral.referrer_id, referral.referred_id, referral.how) == (
            2,
            3,
            "beim Golfturnier",
        )
        assert referral.referred_at == utc(2025, 11, 3, 10, 0)


def test_reminders_keep_their_times_snooze_and_recurrence(opened):
    with Session(opened.engine) as session:
        reminders = {r.id: r for r in session.scalars(select(Reminder))}
    assert {i: (r.state, r.fires_at) for i, r in reminders.items()} == {
        1: ("open", utc(2026, 4, 1, 7, 0)),
        2: ("open", utc(2026, 3, 30, 7, 15)),
        3: ("open", utc(2026, 4, 30, 7, 0)),
        4: ("done", utc(2026, 7, 8, 7, 0)),
    }
    assert reminders[1].note_id == 1
    snoozed = reminders[2]
    assert (snoozed.due_at, snoozed.snoozed_until, snoozed.notified_at) == (
        utc(2026, 3, 20, 8, 0),
        utc(2026, 3, 30, 7, 15),
        utc(2026, 3, 20, 8, 0, 5),
    )
    recurring = reminders[3]
    assert (recurring.recurrence_unit, recurring.recurrence_interval) == ("month", 1)
    # The series' start is stored from 0002 on; older rows have none to keep.
    anchor = None if opened.revision < "0002" else utc(2026, 1, 31, 8, 0)
    assert recurring.recurrence_anchor_at == anchor
    assert reminders[4].completed_at == utc(2026, 7, 8, 9, 12)


def test_data_protection_fields_read_back(opened):
    with Session(opened.engine) as session:
        contacts = {c.id: c for c in session.scalars(select(Contact))}
    fields = {
        i: (
            c.keep_until,
            c.processing_purpose,
            c.legal_basis,
            c.consent_given_at,
            c.consent_withdrawn_at,
            c.restricted,
        )
        for i, c in contacts.items()
    }
    unset = (None, "", None, None, None, False)
    if opened.revision < "0004":
        assert fields == {1: unset, 2: unset, 3: unset}
        return
    assert fields == {
        1: (date(2031, 12, 31), "Beratung zur Altersvorsorge", "contract", None, None, False),
        2: (
            date(2026, 3, 27),
            "Empfehlungen",
            "consent",
            utc(2025, 11, 3, 10, 5),
            utc(2026, 2, 1, 16, 45, 30),
            True,
        ),
        3: unset,
    }


def test_shared_settings_read_back(opened, clock):
    settings = Services.build(opened.engine, clock).settings.load()
    assert settings.default_reminder_time == time(8, 30)
    assert settings.cadences["kunde"] == 45
    assert settings.cadences["ehemalig"] is None
    assert settings.cadences["interessent"] == 30


def test_search_finds_contacts_and_notes_by_folded_words(opened, clock):
    services = Services.build(opened.engine, clock)
    hits = {(h.kind, h.contact_id, h.note_id) for h in services.search.search("mueller")}
    assert hits == {("contact", 1, None), ("note", 1, 1)}
    hits = {(h.kind, h.contact_id, h.note_id) for h in services.search.search("strassmann")}
    # From 0004 on Frau Straßmann's processing is restricted, which hides her from search.
    shown = (
        {("note", 3, 2)} if opened.revision >= "0004" else {("contact", 2, None), ("note", 3, 2)}
    )
    assert hits == shown


def test_an_upgraded_note_can_be_edited_and_found_by_its_new_words(opened, clock):
    services = Services.build(opened.engine, clock)
    services.notes.edit(
        1,
        NoteInput(
            contact_id=1,
            occurred_at=utc(2026, 1, 15, 9, 30),
            subject="Rückruf",
            body="Frau Käßmann übernimmt den Antrag.",
        ),
    )
    assert [h.note_id for h in services.search.search("kaessmann")] == [1]
    assert [h.note_id for h in services.search.search("fondssparplan")] == []
    assert {h.kind for h in services.search.search("mueller")} == {"contact"}


def test_a_database_from_the_early_0004_loses_its_stray_index(tmp_path, clock):
    """The first release of 0004 also created ix_contacts_restricted; 0005 drops it."""
    path = tmp_path / "early.sqlite3"
    shutil.copyfile(DATA / "0004.sqlite3", path)
    db = sqlite3.connect(path)
    db.execute("CREATE INDEX ix_contacts_restricted ON contacts (restricted)")
    db.commit()
    db.close()
    engine = migrate.open_database(f"sqlite:///{path}", clock.now)
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(
                conn, opts={"compare_type": True, "include_name": migrate.include_name}
            )
            assert compare_metadata(context, Base.metadata) == []
            names = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'index'")
            assert "ix_contacts_restricted" not in {name for (name,) in names}
    finally:
        engine.dispose()
