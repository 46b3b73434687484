"""The history CSV, byte for byte: every note as the stored record reads, in name order."""

import csv
import io
import sqlite3
from datetime import datetime

import pytest

from beziehung.core.db import stored_time
from beziehung.core.salutation import letter_salutation
from beziehung.core.services.history import Selection, chronological
from beziehung.core.services.inputs import ContactInput, NoteInput
from beziehung.io.history import CSV_COLUMNS, export_history
from tests.conftest import BERLIN

# The stored time texts are read back with sqlite3; a server stores timestamps instead.
pytestmark = pytest.mark.sqlite_only(reason="compares with the stored texts only SQLite keeps")

# Both of Berlin's daylight-saving changes in 2025: 02:00 → 03:00 and 03:00 → 02:00.
SPRING, AUTUMN = datetime(2025, 3, 30), datetime(2025, 10, 26)
WALL_TIMES = [(0, 59), (1, 0), (2, 30), (3, 0)]
TRICKY = 'Müßig; „Zitat“ und "Anführung"\nzweite Zeile\r\nÄrger, Öl, Übel'


def _moments() -> list[datetime]:
    moments = []
    for day in (SPRING, AUTUMN):
        for hour, minute in WALL_TIMES:
            for fold in (0, 1):  # 02:30 in October happens twice
                wall = day.replace(hour=hour, minute=minute, fold=fold, tzinfo=BERLIN)
                moments.append(wall)
    return moments


@pytest.fixture
def notes(services, db_url):
    first = services.contacts.create(ContactInput(name='Jürgen "Jo" Müller'))
    second = services.contacts.create(ContactInput(name="Änne Öztürk"))
    services.contacts.create(ContactInput(name="Ohne Notizen"))
    for i, moment in enumerate(_moments()):
        services.notes.log(
            NoteInput(
                contact_id=(first, second)[i % 2],
                body=f"{TRICKY} {i}",
                occurred_at=moment,
                subject=f"Betreff {i}; mit Semikolon",
                outcome='Ergebnis "gut"' if i % 3 else "",
                next_step="Rückruf\nnächste Woche" if i % 4 else "",
                duration_minutes=i if i % 2 else None,
            )
        )
    path = db_url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as conn:
        ids = [row[0] for row in conn.execute("SELECT id FROM notes ORDER BY id")]
        # Texts the CSV must read as they are stored: a fraction of a second, none at all, a
        # "T" between day and time (not how SQLAlchemy writes, but a valid stored time).
        for note_id, stored in zip(
            ids,
            ["2025-03-30 00:59:00.123456", "2025-03-30 01:00:00", "2025-10-26T00:30:00.500000"],
            strict=False,
        ):
            conn.execute("UPDATE notes SET occurred_at = ? WHERE id = ?", (stored, note_id))
    conn.close()
    return path


def _expected(services, path) -> bytes:
    """What the CSV holds, built from each contact's own record and the stored texts (in
    their order as text, as SQLite sorts them)."""
    with sqlite3.connect(path) as conn:
        stored = dict(conn.execute("SELECT id, occurred_at FROM notes"))
    conn.close()
    out = io.StringIO(newline="")
    out.write("\ufeff")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow((*CSV_COLUMNS, "letter_salutation"))
    for cid in services.history.contact_ids(Selection(everyone=True)):
        detail = chronological(services.contacts.get(cid))
        for n in sorted(detail.notes, key=lambda n: (stored[n.id], n.id)):
            writer.writerow(
                (
                    cid,
                    detail.summary.display_name,
                    n.id,
                    stored_time(stored[n.id]).isoformat(),
                    n.channel,
                    n.direction,
                    "" if n.duration_minutes is None else n.duration_minutes,
                    n.subject,
                    n.body,
                    n.outcome,
                    n.next_step,
                    letter_salutation(detail),
                )
            )
    return out.getvalue().encode("utf-8")


def test_the_csv_holds_every_note_as_stored_across_daylight_saving_changes(
    services, notes, tmp_path
):
    out = tmp_path / "verlauf.csv"
    assert export_history(services, Selection(everyone=True), "csv", out) == 3
    written = out.read_bytes()
    assert written == _expected(services, notes)
    text = written.decode("utf-8-sig")
    # UTC, as stored: 03:00 on the spring day is 01:00 UTC, 02:30 (second time) in autumn 01:30.
    assert ";2025-03-30T01:00:00+00:00;" in text and ";2025-10-26T01:30:00+00:00;" in text
    assert ";2025-03-30T00:59:00.123456+00:00;" in text
    assert ";2025-03-30T01:00:00+00:00;" in text
    assert ";2025-10-26T00:30:00.500000+00:00;" in text
    assert len(list(csv.reader(io.StringIO(text), delimiter=";"))) == 1 + len(_moments())


def test_the_csv_of_some_contacts_leaves_the_others_out(services, notes, tmp_path):
    out = tmp_path / "verlauf.csv"
    cid = services.history.contact_ids(Selection(everyone=True))[0]
    assert export_history(services, Selection(ids=(cid,)), "csv", out) == 1
    rows = list(csv.reader(io.StringIO(out.read_text("utf-8-sig")), delimiter=";"))
    assert {row[0] for row in rows[1:]} == {str(cid)}
    assert len(rows) - 1 == len(services.contacts.get(cid).notes)
