"""Write ``tests/migrations/data/<revision>.sqlite3``: a filled database at a released revision.

Each file is made the way that release made databases: alembic upgrades an empty SQLite file
to exactly that revision. The rows are then written with plain SQL against that revision's
columns, never through today's models or services, whose shape moves on. The search index is
filled by the same rebuild the application runs, so the file holds what a user's file holds.

The files are committed and the migration tests upgrade copies of them; re-making one from
today's code would hide an edited revision. So an existing file is only replaced with
``--force``. When a new revision is released, add it to ``RELEASED`` here and in
``tests/migrations/test_released_databases.py``, then run::

    .venv/bin/python tools/make_migration_fixtures.py 0008
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path

from beziehung.core import migrate, search
from beziehung.core.db import make_engine

DATA_DIR = Path(__file__).resolve().parent.parent / "tests" / "migrations" / "data"
RELEASED = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008")

Row = Mapping[str, object]


def _insert(db: sqlite3.Connection, table: str, row: Row) -> None:
    columns = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    db.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", tuple(row.values()))


def _since(revision: str, first: str, values: Row) -> Row:
    """Columns that exist from revision ``first`` on; none before it."""
    return values if revision >= first else {}


def _fill(db: sqlite3.Connection, revision: str) -> None:
    # Times as SQLAlchemy writes naive UTC to SQLite; dates as ISO dates.
    _insert(
        db,
        "organisations",
        {
            "id": 1,
            "name": "Müller & Söhne GmbH",
            "name_folded": "mueller soehne gmbh",
            "notes": "Familienbetrieb, dritte Generation.",
            "created_at": "2025-10-01 08:00:00.000000",
            "updated_at": "2025-10-01 08:00:00.000000",
        },
    )
    contacts: list[Row] = [
        {
            "id": 1,
            "salutation": "Herr",
            "title": "Dr.",
            "given_name": "Jürgen",
            "family_name": "Müller",
            "display_name": "Jürgen Müller",
            "sort_name": "mueller juergen",
            "organisation_id": 1,
            "role": "Geschäftsführer",
            "birthday": "1968-02-29",
            "photo": None,
            "about": "Segelt gern auf dem Bodensee.",
            "preferred_channel": "phone",
            "preferred_time": "vormittags",
            "stage": "stammkunde",
            "cadence_days": 60,
            "last_contact_at": "2026-01-15 09:30:00.000000",
            "created_at": "2025-10-01 08:00:00.000000",
            "updated_at": "2026-01-15 09:30:00.000000",
            **_since(
                revision,
                "0007",
                {"birthday_no_year": 0, "anniversary": "1995-06-10", "department": "Vertrieb"},
            ),
            **_since(
                revision,
                "0008",
                {"cadence_max_days": 120, "letter_form": "sie", "responsible_id": 1},
            ),
            **_since(
                revision,
                "0004",
                {
                    "keep_until": "2031-12-31",
                    "processing_purpose": "Beratung zur Altersvorsorge",
                    "legal_basis": "contract",
                    "consent_given_at": None,
                    "consent_withdrawn_at": None,
                    "restricted": 0,
                },
            ),
        },
        {
            "id": 2,
            "salutation": "Frau",
            "title": None,
            "given_name": "Zoë",
            "family_name": "Straßmann",
            "display_name": "Zoë Straßmann",
            "sort_name": "strassmann zoe",
            "organisation_id": None,
            "role": None,
            "birthday": None,
            "photo": None,
            "about": "",
            "preferred_channel": None,
            "preferred_time": None,
            "stage": "empfehler",
            "cadence_days": None,
            "last_contact_at": None,
            "created_at": "2025-11-03 10:00:00.000000",
            "updated_at": "2025-11-03 10:00:00.000000",
            **_since(
                revision,
                "0004",
                {
                    "keep_until": "2026-03-27",
                    "processing_purpose": "Empfehlungen",
                    "legal_basis": "consent",
                    "consent_given_at": "2025-11-03 10:05:00.000000",
                    "consent_withdrawn_at": "2026-02-01 16:45:30.000000",
                    "restricted": 1,
                },
            ),
        },
        {
            "id": 3,
            "salutation": None,
            "title": None,
            "given_name": "Ömer",
            "family_name": "Öztürk",
            "display_name": "Ömer Öztürk",
            "sort_name": "oeztuerk oemer",
            "organisation_id": None,
            "role": None,
            "birthday": None,
            "photo": None,
            "about": "",
            "preferred_channel": None,
            "preferred_time": None,
            "stage": "interessent",
            "cadence_days": None,
            "last_contact_at": "2026-07-01 12:00:00.000000",
            "created_at": "2025-11-03 10:00:00.000000",
            "updated_at": "2026-07-01 12:00:00.000000",
        },
    ]
    for contact in contacts:
        _insert(db, "contacts", contact)
    address = {"street": None, "postal_code": None, "city": None, "region": None, "country": None}
    methods: list[Row] = [
        {
            "contact_id": 1,
            "kind": "phone",
            "label": "mobil",
            "value": "0170 1234567",
            "phone_e164": "+491701234567",
            "is_preferred": 1,
            **address,
        },
        {
            "contact_id": 1,
            "kind": "phone",
            "label": "Büro",
            "value": "0711 987654-0",
            "phone_e164": "+497119876540",
            "is_preferred": 0,
            **address,
        },
        {
            "contact_id": 1,
            "kind": "email",
            "label": "",
            "value": "juergen.mueller@example.de",
            "phone_e164": None,
            "is_preferred": 1,
            **address,
        },
        {
            "contact_id": 1,
            "kind": "address",
            "label": "Büro",
            "value": "Königstraße 12, 70173 Stuttgart, Baden-Württemberg, Deutschland",
            "phone_e164": None,
            "is_preferred": 1,
            "street": "Königstraße 12",
            "postal_code": "70173",
            "city": "Stuttgart",
            "region": "Baden-Württemberg",
            "country": "Deutschland",
            **_since(revision, "0007", {"po_box": "10 20 30"}),
            **_since(revision, "0008", {"extended": "3. OG"}),
        },
    ]
    if revision >= "0007":
        methods.append(
            {
                "contact_id": 1,
                "kind": "fax",
                "label": "Büro",
                "value": "0711 987654-99",
                "phone_e164": "+4971198765499",
                "is_preferred": 0,
                **address,
                "po_box": None,
            }
        )
    for number, method in enumerate(methods, start=1):
        _insert(db, "contact_methods", {"id": number, **method})
    for tag_id, name, folded in ((1, "Ärzte", "aerzte"), (2, "Golf & Wein", "golf wein")):
        _insert(db, "tags", {"id": tag_id, "name": name, "name_folded": folded})
    for contact_id, tag_id in ((1, 1), (1, 2), (2, 2)):
        _insert(db, "contact_tags", {"contact_id": contact_id, "tag_id": tag_id})
    _insert(
        db,
        "notes",
        {
            "id": 1,
            "contact_id": 1,
            "occurred_at": "2026-01-15 09:30:00.000000",
            "channel": "phone",
            "direction": "out",
            "duration_minutes": 25,
            "subject": "Rückruf wegen Fondssparplan",
            "body": "Herr Müller möchte die Sparrate erhöhen; Unterlagen gehen per Post.",
            "outcome": "Erhöhung auf 300 € ab März",
            "next_step": "Antrag vorbereiten",
            "created_at": "2026-01-15 09:55:00.000000",
            "updated_at": "2026-01-15 09:55:00.000000",
        },
    )
    _insert(
        db,
        "notes",
        {
            "id": 2,
            "contact_id": 3,
            "occurred_at": "2026-07-01 12:00:00.000000",
            "channel": "meeting",
            "direction": "in",
            "duration_minutes": None,
            "subject": "Erstgespräch",
            "body": "Kam über Frau Straßmann; fragt nach Berufsunfähigkeit.",
            "outcome": "",
            "next_step": "",
            "created_at": "2026-07-01 13:00:00.000000",
            "updated_at": "2026-07-01 13:00:00.000000",
        },
    )
    plain = {
        "note_id": None,
        "snoozed_until": None,
        "notified_at": None,
        "completed_at": None,
        "recurrence_unit": None,
        "recurrence_interval": None,
        **_since(revision, "0002", {"recurrence_anchor_at": None}),
    }
    reminders: list[Row] = [
        {
            **plain,
            "contact_id": 1,
            "note_id": 1,
            "kind": "callback",
            "created_at": "2026-01-15 09:55:00.000000",
            "due_at": "2026-04-01 07:00:00.000000",
            "reason": "Antrag zur Unterschrift",
            "state": "open",
            "fires_at": "2026-04-01 07:00:00.000000",
        },
        {
            **plain,
            "contact_id": 2,
            "kind": "callback",
            "created_at": "2026-03-01 08:00:00.000000",
            "due_at": "2026-03-20 08:00:00.000000",
            "reason": "Nachfrage Empfehlung",
            "state": "open",
            "snoozed_until": "2026-03-30 07:15:00.000000",
            "fires_at": "2026-03-30 07:15:00.000000",
            "notified_at": "2026-03-20 08:00:05.000000",
        },
        {
            **plain,
            "contact_id": 1,
            "kind": "callback",
            "created_at": "2026-01-02 08:00:00.000000",
            "due_at": "2026-04-30 07:00:00.000000",
            "reason": "Monatsgespräch",
            "state": "open",
            "fires_at": "2026-04-30 07:00:00.000000",
            "recurrence_unit": "month",
            "recurrence_interval": 1,
            **_since(revision, "0002", {"recurrence_anchor_at": "2026-01-31 08:00:00.000000"}),
        },
        {
            **plain,
            "contact_id": 3,
            "kind": "callback",
            "created_at": "2026-07-01 13:00:00.000000",
            "due_at": "2026-07-08 07:00:00.000000",
            "reason": "Angebot nachfassen",
            "state": "done",
            "fires_at": "2026-07-08 07:00:00.000000",
            "notified_at": "2026-07-08 07:00:01.000000",
            "completed_at": "2026-07-08 09:12:00.000000",
        },
    ]
    for number, reminder in enumerate(reminders, start=1):
        _insert(db, "reminders", {"id": number, **reminder})
    _insert(
        db,
        "referrals",
        {
            "id": 1,
            "referrer_id": 2,
            "referred_id": 3,
            "referred_at": "2025-11-03 10:00:00.000000",
            "how": "beim Golfturnier",
            "note": "Kennen sich aus dem Verein.",
        },
    )
    for key, value in (
        ("reminders.default_time", "08:30"),
        ("cadence.kunde", "45"),
        ("cadence.ehemalig", ""),
    ):
        _insert(db, "settings", {"key": key, "value": value})


def make(revision: str, target: Path) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"{revision}.sqlite3"
        url = f"sqlite:///{path}"
        engine = make_engine(url)
        migrate.upgrade(engine, revision)
        engine.dispose()
        db = sqlite3.connect(path)
        try:
            with db:
                _fill(db, revision)
        finally:
            db.close()
        engine = make_engine(url)
        with engine.begin() as conn:
            search.rebuild(conn)
        engine.dispose()
        db = sqlite3.connect(path)
        try:
            db.execute("VACUUM")
        finally:
            db.close()
        target.write_bytes(path.read_bytes())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("revisions", nargs="*", default=list(RELEASED), metavar="REVISION")
    parser.add_argument("--force", action="store_true", help="replace files that exist")
    args = parser.parse_args(argv)
    unknown = [r for r in args.revisions if r not in RELEASED]
    if unknown:
        parser.error(f"not a released revision: {', '.join(unknown)}")
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    for revision in args.revisions:
        target = DATA_DIR / f"{revision}.sqlite3"
        if target.exists() and not args.force:
            print(f"{target} exists; kept (--force replaces it)", file=sys.stderr)
            continue
        make(revision, target)
        print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
