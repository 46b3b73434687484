from pathlib import Path
from unittest.mock import patch

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from beziehung.core.services.importing import Incoming
from beziehung.core.services.listing import ContactFilter
from beziehung.io.csv_import import read_table
from beziehung.io.vcard import read_vcards
from beziehung.ui.dialogs.exchange import CsvMappingDialog, HistoryExportDialog, ImportReviewDialog
from tests.ui.conftest import click_contact

FIXTURES = Path(__file__).parents[1] / "io" / "fixtures"


def test_export_a_contacts_history_from_the_window(qtbot, services, people, tmp_path, monkeypatch):
    out = tmp_path / "verlauf.html"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    dialog = HistoryExportDialog(services, people["weber"])
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("html"))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert "Jahresgespräch geführt" in out.read_text(encoding="utf-8")


def test_the_review_table_offers_a_choice_for_each_duplicate(qtbot, services, people):
    cards = read_vcards((FIXTURES / "apple_30.vcf").read_bytes(), "apple.vcf")
    cards += read_vcards((FIXTURES / "google_30.vcf").read_bytes(), "google.vcf")
    incoming = [Incoming(c.contact, f"card {c.position}") for c in cards]
    # Anna Weber (no organisation on either side) is already there under the same name.
    dialog = ImportReviewDialog(services, incoming)
    qtbot.addWidget(dialog)
    marked = [dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())]
    assert marked == ["", "Anna Weber", ""]
    assert dialog.choices[1] is not None
    dialog.choices[1].setCurrentIndex(dialog.choices[1].findData("merge"))
    import_result = []
    with patch.object(QMessageBox, "information", lambda *a: import_result.append(a[2])):
        dialog.accept()
    assert import_result == ["2 neu, 1 zusammengeführt, 0 übersprungen."]
    weber = services.contacts.get(people["weber"])
    assert "anna.weber@kanzlei-weber.de" in weber.summary.emails


def test_the_csv_mapping_can_be_changed(qtbot):
    table = read_table((FIXTURES / "google.csv").read_bytes(), "google.csv", "google")
    dialog = CsvMappingDialog(table)
    qtbot.addWidget(dialog)
    assert dialog.combos["family_name"].currentData() == "Family Name"
    dialog.combos["notes"].setCurrentIndex(
        dialog.combos["notes"].findData("Organization 1 - Title")
    )
    dialog.combos["tags"].setCurrentIndex(0)
    mapping = dialog.mapping()
    assert mapping["notes"] == ["Organization 1 - Title"] and "tags" not in mapping
    assert mapping["email"][0] == "E-mail 1 - Value"


def test_erasure_from_the_window_asks_and_says_backups_keep_it(
    qtbot, window, services, people, boxes
):
    click_contact(qtbot, window, people["weber"])
    boxes.answer("Tilgen")
    window.commands.erase_contact.trigger()
    assert "Sicherungen" in boxes.texts[0] and "Anna Weber" in boxes.texts[0]
    assert services.listing.count(ContactFilter()) == 2
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.today_view)
    assert window.contact_model.row_of(people["weber"]) is None
