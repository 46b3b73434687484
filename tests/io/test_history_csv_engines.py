"""The history CSV's time column on every database: the stored UTC moment in ISO form."""

import csv
from datetime import UTC, datetime

from beziehung.core.services.history import Selection
from beziehung.core.services.inputs import ContactInput, NoteInput
from beziehung.io.history import CSV_COLUMNS, export_history
from tests.conftest import BERLIN


def test_the_time_column_is_the_stored_utc_moment(services, tmp_path):
    cid = services.contacts.create(ContactInput(name="Änne Öztürk"))
    # The second 02:30 of Berlin's autumn change, and a moment with a fraction of a second.
    moments = [
        datetime(2025, 10, 26, 2, 30, fold=1, tzinfo=BERLIN),
        datetime(2025, 3, 30, 3, 0, 0, 250_000, tzinfo=BERLIN),
    ]
    for moment in moments:
        services.notes.log(NoteInput(contact_id=cid, body="Rückruf", occurred_at=moment))
    target = tmp_path / "history.csv"
    export_history(services, Selection(ids=(cid,)), "csv", target)

    with target.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream, delimiter=";"))
    column = CSV_COLUMNS.index("occurred_at")
    assert [row[column] for row in rows[1:]] == sorted(
        m.astimezone(UTC).isoformat() for m in moments
    )
