import json
import unicodedata
import zipfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import text

from beziehung.core.errors import ValidationError
from beziehung.core.services.history import Selection
from beziehung.core.services.inputs import ContactInput, MethodInput, NoteInput
from beziehung.core.services.listing import ContactFilter
from beziehung.io.gdpr import export_access
from beziehung.io.history import export_history

MARKER = "Zebrafinkenweg"


@pytest.fixture
def client(services, clock):
    referrer = services.contacts.create(ContactInput(name="Petra Öztürk"))
    cid = services.contacts.create(
        ContactInput(
            name=f"Jürgen {MARKER}",
            organisation="Müller & Partner",
            methods=[
                MethodInput("email", "j@zebrafinkenweg.de"),
                MethodInput("phone", "0170 1234567"),
            ],
            referred_by=[referrer],
            legal_basis="contract",
            processing_purpose="Mandat",
        )
    )
    for days in (30, 10, 1):
        services.notes.log(
            NoteInput(
                contact_id=cid,
                subject="Nachfolge",
                body=f"Gespräch am {MARKER} über die Übergabe, vor {days} Tagen",
                outcome="Einigung",
                next_step="Entwurf schicken",
                duration_minutes=days,
                occurred_at=clock.now() - timedelta(days=days),
            )
        )
    services.reminders.create(cid, clock.now() + timedelta(days=2), f"Rückruf {MARKER}")
    return cid


def database_bytes(db_url: str) -> bytes:
    path = Path(db_url.removeprefix("sqlite:///"))
    data = path.read_bytes()
    wal = path.with_name(path.name + "-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


@pytest.mark.sqlite_only(reason="erasure vacuums an SQLite file")
def test_erasure_leaves_no_trace(services, client, db_url):
    other = services.contacts.list()[0].id
    assert MARKER.encode() in database_bytes(db_url)
    services.privacy.erase(client)
    with services.context.engine.connect() as conn:
        for table in ("contacts", "notes", "reminders", "referrals", "contact_methods"):
            rows = conn.execute(text(f"SELECT * FROM {table}")).all()
            assert not any(MARKER.lower() in str(row).lower() for row in rows), table
    assert services.search.search(MARKER) == []
    assert services.search.search("zebrafinkenweg") == []
    services.context.engine.dispose()
    raw = database_bytes(db_url)
    assert MARKER.encode() not in raw
    assert MARKER.lower().encode() not in raw  # the folded form in the index
    assert services.contacts.get(other).referred == []  # the other side keeps only itself


def test_retention_blocks_delete_and_erase(services, client, clock):
    detail = services.contacts.get(client)
    keep = ContactInput(
        given_name=detail.summary.given_name,
        family_name=detail.summary.family_name,
        keep_until=date(2036, 12, 31),
    )
    services.contacts.update(client, keep)
    with pytest.raises(ValidationError, match="must be kept until 2036-12-31"):
        services.contacts.delete(client)
    with pytest.raises(ValidationError, match="must be kept until 2036-12-31"):
        services.privacy.erase(client)
    assert services.contacts.get(client)
    clock.set(clock.now().replace(year=2037))
    services.privacy.erase(client)


def test_restricted_contacts_vanish_from_lists_reminders_and_exports(services, client, tmp_path):
    detail = services.contacts.get(client)
    services.contacts.update(
        client,
        ContactInput(
            given_name=detail.summary.given_name,
            family_name=detail.summary.family_name,
            restricted=True,
        ),
    )
    assert client not in [r.id for r in services.listing.rows(ContactFilter())]
    assert services.reminders.list() == []
    assert all(h.contact_id != client for h in services.search.search(MARKER))
    assert client not in services.history.contact_ids(Selection(everyone=True))
    out = export_access(services, client, tmp_path / "auskunft.zip")  # Art. 15 still works
    assert zipfile.ZipFile(out).namelist()


def test_access_export_holds_pdf_json_and_vcard(services, client, tmp_path):
    out = export_access(services, client, tmp_path / "auskunft.zip")
    with zipfile.ZipFile(out) as archive:
        assert sorted(archive.namelist()) == [
            "LIESMICH.txt",
            "contact.vcf",
            "data.json",
            "history.pdf",
        ]
        data = json.loads(archive.read("data.json"))
        assert data["legal_basis"] == "contract" and data["processing_purpose"] == "Mandat"
        assert len(data["notes"]) == 3 and data["emails"] == ["j@zebrafinkenweg.de"]
        assert "BEGIN:VCARD" in archive.read("contact.vcf").decode()
        assert archive.read("history.pdf").startswith(b"%PDF")


def test_pdf_history_reads_in_order_with_german_dates(services, client, tmp_path):
    out = tmp_path / "verlauf.pdf"
    export_history(services, Selection(ids=(client,)), "pdf", out)
    reader = PdfReader(out)
    # Extracted PDF text has ligatures (ﬁ) and tabs for spaces.
    raw = "\n".join(page.extract_text() for page in reader.pages)
    text_all = unicodedata.normalize("NFKC", raw).replace("\t", " ")
    assert f"Jürgen {MARKER}" in text_all
    positions = [text_all.find(f"vor {d} Tagen") for d in (30, 10, 1)]
    assert -1 not in positions and positions == sorted(positions)  # oldest first
    assert "Müller & Partner" in text_all and "Offene Rückrufe" in text_all
    assert "Telefon (ausgehend)" in text_all
    assert any(ch.isdigit() for ch in reader.pages[-1].extract_text().strip().splitlines()[-1])


@pytest.mark.parametrize("fmt", ["html", "md", "csv", "json"])
def test_other_history_formats(services, client, tmp_path, fmt):
    out = tmp_path / f"verlauf.{fmt}"
    assert export_history(services, Selection(everyone=True), fmt, out) == 2
    content = out.read_text(encoding="utf-8-sig")
    assert "vor 30 Tagen" in content
    if fmt == "csv":
        lines = content.strip().splitlines()
        assert lines[0].startswith("contact_id;contact_name;note_id") and len(lines) == 4
    if fmt == "json":
        assert [len(c["notes"]) for c in json.loads(content)] == [0, 3]  # Öztürk, Zebrafinkenweg


def test_a_cancelled_export_leaves_no_file(services, client, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "verlauf.html"
    with pytest.raises(Exception, match="Cancelled"):
        export_history(services, Selection(everyone=True), "html", out, lambda done, total: False)
    assert list(folder.iterdir()) == []


@pytest.mark.sqlite_only(reason="erasure vacuums an SQLite file")
def test_erasure_also_clears_text_deleted_earlier_and_lonely_names(services, client, db_url):
    earlier = services.notes.log(NoteInput(contact_id=client, body="Ulmenweg Sonnenblumenfeld"))
    with services.context.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA secure_delete=OFF")  # as upstream SQLite builds ship
    services.notes.delete(earlier.id)
    services.contacts.update(
        client,
        ContactInput(
            name=f"Jürgen {MARKER}", organisation="Steuerbüro Quetzalcoatl", tags=["Einzelstück"]
        ),
    )
    result = services.privacy.erase(client)
    assert result.file_clean
    assert services.listing.tags() == []
    assert "Steuerbüro Quetzalcoatl" not in [o.name for o in services.organisations.list()]
    services.context.engine.dispose()
    raw = database_bytes(db_url)
    for word in ("Sonnenblumenfeld", "Quetzalcoatl", "Einzelst"):
        assert word.encode() not in raw, word
