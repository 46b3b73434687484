"""The import review lists every problem with a choice; nothing is written before Importieren."""

from __future__ import annotations

from pathlib import Path
from unittest.mock import patch

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from beziehung.core.services.listing import ContactFilter
from beziehung.io.csv_import import read_table, to_incoming
from beziehung.ui.dialogs.exchange import CsvMappingDialog, ImportReviewDialog

FIXTURES = Path(__file__).parents[1] / "io" / "fixtures" / "moving_in"


def review(qtbot, services, name: str) -> ImportReviewDialog:
    table = read_table((FIXTURES / name).read_bytes(), name)
    dialog = ImportReviewDialog(services, to_incoming(table))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def stored(services) -> list[str]:
    return sorted(r.display_name for r in services.listing.rows(ContactFilter()))


def test_the_bad_phone_is_listed_with_place_field_and_reason(qtbot, services):
    dialog = review(qtbot, services, "bad_phone.csv")
    assert dialog.problems.rowCount() == 1
    cells = [dialog.problems.item(0, c).text() for c in range(3)]
    assert cells[0] == "bad_phone.csv: Zeile 2"
    assert cells[1] == "Telefon"
    assert "siehe Sekretariat" in cells[2]
    assert stored(services) == []  # nothing written while the user decides


def test_keep_raw_imports_all_and_skip_for_all_leaves_the_row_out(qtbot, services):
    dialog = review(qtbot, services, "bad_phone.csv")
    shown = []
    with patch.object(QMessageBox, "information", lambda *a: shown.append(a[2])):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert shown == ["3 neu, 0 zusammengeführt, 0 übersprungen."]
    assert len(stored(services)) == 3


def test_skip_chosen_for_all(qtbot, services):
    dialog = review(qtbot, services, "bad_phone.csv")
    dialog.all_problems.setCurrentIndex(1)
    dialog.all_problems.activated.emit(1)
    (choice,) = dialog.problem_choices.values()
    assert choice.currentData() == "skip"
    with patch.object(QMessageBox, "information", lambda *a: None):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert stored(services) == ["Anna Schmidt", "Jens Otto"]


def test_the_mapping_dialog_lists_the_columns_left_out(qtbot):
    table = read_table((FIXTURES / "outlook_de.csv").read_bytes(), "outlook_de.csv")
    dialog = CsvMappingDialog(table)
    qtbot.addWidget(dialog)
    assert "Reisekilometer" in dialog.ignored.text()
    assert dialog.combos["home_city"].currentData() == "Ort privat"
