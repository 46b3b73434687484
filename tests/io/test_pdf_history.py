"""The history as a document to hand to a client: read back from the PDF, as a reader would."""

import re
import unicodedata
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox

from beziehung.cli import main
from beziehung.core.services.history import Selection
from beziehung.core.services.inputs import ContactInput, MethodInput, NoteInput
from beziehung.core.services.settings import MAX_FIRM_NAME, SharedSettings
from beziehung.io.history import export_history

FIRM = "Kanzlei Berger & Kollegen"
# The clock's day (tests/conftest.py: 27 March 2026).
EXPORTED = "27.03.2026"
NOTE_HEAD = re.compile(r"^\d\d\.\d\d\.\d{4} \d\d:\d\d · ")


def set_firm(services, name: str) -> None:
    shared = services.settings.load()
    services.settings.save(SharedSettings(shared.default_reminder_time, shared.cadences, name))


def page_texts(path: Path) -> list[str]:
    # Extracted text has ligatures (ﬀ), tabs for spaces and no-break spaces.
    return [
        unicodedata.normalize("NFKC", page.extract_text()).replace("\t", " ")
        for page in PdfReader(path).pages
    ]


def note(services, contact_id: int, at: datetime, body: str = "Besprechung") -> None:
    services.notes.log(
        NoteInput(
            contact_id=contact_id,
            subject="Nachfolge",
            body=body,
            outcome="Einigung",
            occurred_at=at,
        )
    )


@pytest.fixture
def schmidt(services, clock):
    cid = services.contacts.create(
        ContactInput(
            name="Anna Schmidt",
            organisation="Praxis Dr. Schmidt",
            methods=[MethodInput("email", "anna@praxis-schmidt.de")],
        )
    )
    sentences = "Die Unterlagen zur Übergabe der Praxis liegen vollständig vor. " * 4
    first = datetime(2024, 4, 26, 8, 0, tzinfo=UTC)
    for i in range(60):
        note(services, cid, first + timedelta(days=11 * i), f"Gespräch {i + 1}. " + sentences)
    return cid


def test_page_one_names_firm_contact_period_and_export_date(services, schmidt, tmp_path):
    set_firm(services, FIRM)
    out = tmp_path / "verlauf.pdf"
    export_history(services, Selection(ids=(schmidt,)), "pdf", out)
    pages = page_texts(out)
    first = pages[0]
    assert first.splitlines()[0].strip() == FIRM
    assert "Gesprächsverlauf" in first and "Anna Schmidt" in first
    # 60 notes eleven days apart from 26 April 2024: the last on 4 February 2026.
    assert re.search(r"Zeitraum:\s+26\.04\.2024 – 04\.02\.2026", first)
    assert re.search(rf"Erstellt am:\s+{re.escape(EXPORTED)}", first)


def test_every_page_says_which_of_how_many(services, schmidt, tmp_path):
    set_firm(services, FIRM)
    out = tmp_path / "verlauf.pdf"
    export_history(services, Selection(ids=(schmidt,)), "pdf", out)
    pages = page_texts(out)
    count = len(pages)
    assert count >= 3
    for number, text in enumerate(pages, 1):
        lines = [line.strip() for line in text.strip().splitlines()]
        assert lines[-1] == f"Seite {number} von {count}"
        assert lines[-2] == f"{FIRM} · Gesprächsverlauf"
    assert f"Seite 1 von {count}" in pages[0] and f"Seite {count} von {count}" in pages[-1]


def test_entries_start_on_a_page_rather_than_run_across(services, schmidt, tmp_path):
    out = tmp_path / "verlauf.pdf"
    export_history(services, Selection(ids=(schmidt,)), "pdf", out)
    pages = page_texts(out)
    text = "\n".join(pages)
    # Every entry's text is there, in order, once.
    positions = [text.find(f"Gespräch {i}. ") for i in range(1, 61)]
    assert -1 not in positions and positions == sorted(positions)
    for page in pages[1:]:
        assert NOTE_HEAD.match(page.lstrip()), page[:80]


def test_labels_stand_apart_from_their_values(services, schmidt, tmp_path):
    out = tmp_path / "verlauf.pdf"
    export_history(services, Selection(ids=(schmidt,)), "pdf", out)
    first = page_texts(out)[0]
    assert "OrganisationPraxis" not in first.replace(":", "")
    assert re.search(r"Organisation:\s+Praxis Dr\. Schmidt", first)
    assert re.search(r"E-Mail:\s+anna@praxis-schmidt\.de", first)
    assert re.search(r"Ergebnis:\s+Einigung", first)


def test_without_a_firm_name_the_document_starts_with_its_title(services, schmidt, tmp_path):
    set_firm(services, "   ")
    out = tmp_path / "verlauf.pdf"
    export_history(services, Selection(ids=(schmidt,)), "pdf", out)
    pages = page_texts(out)
    assert pages[0].splitlines()[0].strip() == "Gesprächsverlauf"
    assert pages[0].strip().splitlines()[-2].strip() == "Gesprächsverlauf"
    assert " · Gesprächsverlauf" not in "\n".join(pages)


def test_the_period_is_in_local_days_to_the_last_one(services, tmp_path):
    cid = services.contacts.create(ContactInput(name="Jahreswechsel"))
    # 23:30 in Berlin on New Year's Eve is still 2025; 00:30 on the 1st is already 2026.
    note(services, cid, datetime(2025, 3, 31, 22, 30, tzinfo=UTC))  # 1 April 00:30 local
    note(services, cid, datetime(2025, 12, 31, 22, 30, tzinfo=UTC))
    out = tmp_path / "verlauf.html"
    export_history(services, Selection(ids=(cid,)), "html", out)
    assert "01.04.2025 – 31.12.2025" in out.read_text(encoding="utf-8")

    note(services, cid, datetime(2025, 12, 31, 23, 30, tzinfo=UTC))
    export_history(services, Selection(ids=(cid,)), "html", out)
    assert "01.04.2025 – 01.01.2026" in out.read_text(encoding="utf-8")


def test_one_day_or_none_as_period(services, clock, tmp_path):
    once = services.contacts.create(ContactInput(name="Einmal"))
    note(services, once, clock.now() - timedelta(days=3))
    never = services.contacts.create(ContactInput(name="Nie"))
    out = tmp_path / "verlauf.md"
    export_history(services, Selection(ids=(once, never)), "md", out)
    text = out.read_text(encoding="utf-8")
    assert "Zeitraum: 24.03.2026  \n" in text
    assert "Zeitraum: keine Gespräche" in text
    assert text.count(f"Erstellt am: {EXPORTED}") == 2


def test_html_has_the_same_head_without_page_numbers(services, schmidt, tmp_path):
    set_firm(services, FIRM)
    out = tmp_path / "verlauf.html"
    export_history(services, Selection(ids=(schmidt,)), "html", out)
    html = out.read_text(encoding="utf-8")
    assert "Kanzlei Berger &amp; Kollegen" in html
    assert "<title>Gesprächsverlauf: Anna Schmidt</title>" in html
    assert "26.04.2024 – 04.02.2026" in html and EXPORTED in html
    assert "Organisation:&nbsp;</td><td>Praxis Dr. Schmidt" in html
    assert "Seite" not in html


def test_the_command_line_prints_the_firm_and_page_numbers(
    services, schmidt, db_url, clock, tmp_path
):
    set_firm(services, FIRM)
    out = tmp_path / "verlauf.pdf"
    db = db_url.removeprefix("sqlite:///")
    args = ["--db", db, "export", "history", str(schmidt), "--format", "pdf", "-o", str(out)]
    assert main(args, clock=clock) == 0
    pages = page_texts(out)
    assert pages[0].startswith(FIRM) and f"Seite {len(pages)} von {len(pages)}" in pages[-1]


def test_the_firm_name_is_kept_as_one_clean_line(services):
    assert services.settings.firm_name() == ""
    set_firm(services, "  Kanzlei\tBerger\n& Kollegen\x1b[2J ")
    assert services.settings.firm_name() == "Kanzlei Berger & Kollegen[2J"
    set_firm(services, "x" * (MAX_FIRM_NAME + 5))
    assert len(services.settings.load().firm_name) == MAX_FIRM_NAME


def test_the_settings_dialog_saves_the_firm_name(qtbot, services, tmp_path):
    from beziehung.ui.dialogs.settings_dialog import SettingsDialog

    qsettings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    set_firm(services, "Alt")
    dialog = SettingsDialog(services, qsettings, str(tmp_path / "beziehung.db"))
    qtbot.addWidget(dialog)
    assert dialog.firm_name.text() == "Alt"
    dialog.firm_name.clear()
    qtbot.keyClicks(dialog.firm_name, FIRM)
    buttons = dialog.findChild(QDialogButtonBox)
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    with qtbot.waitSignal(dialog.accepted):
        save.click()
    assert services.settings.firm_name() == FIRM


def test_the_access_export_carries_the_same_document(services, schmidt, tmp_path):
    import zipfile

    from beziehung.io.gdpr import export_access

    set_firm(services, FIRM)
    out = tmp_path / "auskunft.zip"
    export_access(services, schmidt, out)
    pdf = tmp_path / "history.pdf"
    with zipfile.ZipFile(out) as archive:
        pdf.write_bytes(archive.read("history.pdf"))
    pages = page_texts(pdf)
    assert pages[0].startswith(FIRM) and EXPORTED in pages[0]
    assert pages[-1].rstrip().endswith(f"Seite {len(pages)} von {len(pages)}")
