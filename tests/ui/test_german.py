"""The window speaks German: every error, counts with the right plural, four-digit years."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QApplication

from beziehung.core.errors import AmbiguousError, DomainError, located
from beziehung.core.services.inputs import ContactInput, MethodInput
from beziehung.ui import i18n
from beziehung.ui.dialogs.log_call_dialog import LogCallDialog
from beziehung.ui.feedback import error_text
from beziehung.ui.formatting import (
    date_text,
    local_datetime_text,
    phone_text,
    qdate_text,
    to_qdatetime,
)

SRC = Path(__file__).resolve().parents[2] / "src" / "beziehung"
RAISERS = {
    "invalid",
    "not_found",
    "DomainError",
    "ValidationError",
    "SchemaError",
    "StorageError",
    "EncryptionError",
}


def raise_sites() -> Iterator[tuple[str, str, list[str]]]:
    """Every (place, code, parameter names) an error is made with anywhere in the sources."""
    for path in sorted(SRC.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            if name not in RAISERS or not node.args:
                continue
            first = node.args[0]
            if not isinstance(first, ast.Constant) or not isinstance(first.value, str):
                continue  # the code of another error, passed on (located, re-raised)
            code = f"{first.value}_not_found" if name == "not_found" else first.value
            params = [k.arg for k in node.keywords if k.arg is not None]
            if name == "not_found":
                params = ["kind", "ident"]
            yield f"{path.relative_to(SRC)}:{node.lineno}", code, params


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    kept = i18n.install(qapp, "de")
    yield
    for translator in kept:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    kept = i18n.install(qapp, "en")
    yield
    for translator in kept:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))


def test_the_scan_finds_the_raise_sites_it_should():
    codes = {code for _place, code, _params in raise_sites()}
    assert {"csv_empty", "contact_not_found", "schema_too_new", "cancelled"} <= codes
    assert len(codes) > 55


def test_every_error_code_raised_anywhere_has_a_german_text(german):
    missing = []
    for place, code, params in raise_sites():
        error = DomainError(code, "ENGLISH", **{p: "1" for p in params})
        try:
            text = error_text(error)
        except (KeyError, IndexError) as problem:
            missing.append(f"{place} {code}: the German text needs {problem}")
            continue
        if text == "ENGLISH" or "{" in text:
            missing.append(f"{place} {code}")
    assert missing == []


def test_an_ambiguous_name_reads_german(german):
    error = AmbiguousError("Müller", [(1, "Jürgen Müller"), (2, "Eva Müller")], 2)
    assert error_text(error).startswith("„Müller“ passt auf 2 Kontakte: 1: Jürgen Müller")


def test_an_empty_csv_file_is_reported_in_german(german, tmp_path):
    from beziehung.io.csv_import import read_table

    with pytest.raises(DomainError) as caught:
        read_table(b"", "leer.csv")
    assert error_text(caught.value) == "Die Datei leer.csv ist leer."


def test_an_error_in_one_imported_card_names_the_card_in_german(german):
    inner = DomainError("email", "'{value}' is not an email address", value="kein-at")
    error = located(inner, "x.vcf: card 2")
    assert str(error) == "x.vcf: card 2: 'kein-at' is not an email address"
    assert error_text(error) == "x.vcf: Karte 2: „kein-at“ ist keine E-Mail-Adresse."


def test_a_retention_date_reads_with_a_four_digit_year(german):
    error = DomainError("retention", "x", name="Anna Weber", until="2031-12-31")
    assert error_text(error) == (
        "Anna Weber muss bis 31.12.2031 aufbewahrt werden (Aufbewahrungspflicht); "
        "es wurde nichts gelöscht."
    )


# --- dates ------------------------------------------------------------------------------------


def test_dates_and_times_show_four_digit_years_in_german(german):
    moment = datetime(2026, 8, 25, 12, 30, tzinfo=UTC)
    assert qdate_text(QDate(2026, 8, 25)) == "25.08.2026"
    assert local_datetime_text(moment, date_only=True) == "25.08.2026"
    shown = local_datetime_text(moment)
    assert shown.startswith("25.08.2026 ") and shown.endswith(":30")
    assert date_text(date(2026, 8, 25)) == "Dienstag, 25. August 2026"


def test_dates_show_four_digit_years_in_english(english):
    assert qdate_text(QDate(2026, 8, 25)) == "25/08/2026"


def test_the_contact_list_shows_four_digit_years(qtbot, window, services, clock, people):
    from beziehung.ui.models.contacts import COL_LAST_CONTACT as COL_LAST

    model = window.contact_model
    row = model.row_of(people["weber"])
    shown = model.index(row, COL_LAST).data()
    assert shown == qdate_text(to_qdatetime(clock.now() - timedelta(days=3)).date())
    assert shown.endswith(".2026")


# --- phone numbers ----------------------------------------------------------------------------


def test_domestic_numbers_read_nationally_and_foreign_ones_internationally():
    assert phone_text("+49 89 2345678", "+49892345678", "DE") == "089 2345678"
    assert phone_text("+44 20 7946 0958", "+442079460958", "DE") == "+44 20 7946 0958"
    assert phone_text("irgendwas", None, "DE") == "irgendwas"
    # Whoever lives in Switzerland dials Swiss numbers nationally and German ones abroad.
    assert phone_text("+41 44 668 18 00", "+41446681800", "CH") == "044 668 18 00"
    assert phone_text("+49 89 2345678", "+49892345678", "CH") == "+49 89 2345678"


# --- a callback in the past -------------------------------------------------------------------


@pytest.fixture
def log_dialog(qtbot, services, drafts, people) -> LogCallDialog:
    dialog = LogCallDialog(services, people["mueller"], drafts)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.body.setPlainText("Rückruf vereinbart")
    dialog.callback.setChecked(True)
    return dialog


def test_a_callback_in_the_past_asks_first_and_cancel_keeps_the_dialog_open(
    qtbot, log_dialog, services, clock, boxes
):
    log_dialog.callback_at.setDateTime(to_qdatetime(clock.now() - timedelta(minutes=1)))
    log_dialog.accept()
    assert boxes.texts and "liegt in der Vergangenheit" in boxes.texts[0]
    assert log_dialog.isVisible()
    assert services.reminders.list() == []


def test_a_callback_in_the_past_is_saved_when_the_user_insists(
    qtbot, log_dialog, services, clock, boxes
):
    log_dialog.callback_at.setDateTime(to_qdatetime(clock.now() - timedelta(minutes=1)))
    boxes.answer("Trotzdem speichern")
    with qtbot.waitSignal(log_dialog.saved):
        log_dialog.accept()
    assert len(services.reminders.list()) == 1


def test_a_callback_for_this_very_minute_is_not_in_the_past(
    qtbot, log_dialog, services, clock, boxes
):
    log_dialog.callback_at.setDateTime(to_qdatetime(clock.now()))
    with qtbot.waitSignal(log_dialog.saved):
        log_dialog.accept()
    assert boxes.texts == []


# --- the card ---------------------------------------------------------------------------------


def test_the_card_shows_a_role_without_organisation_and_the_postal_address(qtbot, window, services):
    cid = services.contacts.create(
        ContactInput(
            name="Eva Schmidt",
            role="Steuerberaterin",
            methods=[
                MethodInput(
                    "address",
                    "Büro",
                    street="Leopoldstraße 12",
                    postal_code="80802",
                    city="München",
                    country="Deutschland",
                ),
                MethodInput("phone", "+44 20 7946 0958"),
            ],
        )
    )
    window.show_contact(cid)
    card = window.contact_panel.card.text()
    assert "Steuerberaterin" in card
    assert "Leopoldstraße 12" in card and "80802 München" in card and "Deutschland" in card
    assert "+44 20 7946 0958" in card


# --- plurals ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("context", "source", "one", "two"),
    [
        ("MainWindow", "%Ln Kontakt(e)", "1 Kontakt", "2 Kontakte"),
        ("MergeDialog", "• %Ln Gesprächsnotiz(en)", "• 1 Gesprächsnotiz", "• 2 Gesprächsnotizen"),
        ("ContactCommands", "%Ln offene(n) Erinnerung(en)", "1 offene Erinnerung",
         "2 offenen Erinnerungen"),
        ("ContactPanel", "alle %Ln Tage", "jeden Tag", "alle 2 Tage"),
    ],
)  # fmt: skip
def test_counts_take_the_german_plural(german, context, source, one, two):
    assert QCoreApplication.translate(context, source, "", 1) == one
    assert QCoreApplication.translate(context, source, "", 2) == two


def test_counts_take_the_english_plural(english):
    assert QCoreApplication.translate("MainWindow", "%Ln Kontakt(e)", "", 1) == "1 contact"
    assert QCoreApplication.translate("MainWindow", "%Ln Kontakt(e)", "", 2) == "2 contacts"


def test_large_counts_are_grouped_the_german_way(german):
    text = QCoreApplication.translate("MainWindow", "%Ln Kontakt(e)", "", 12000)
    assert text == "12.000 Kontakte"


def test_the_status_bar_counts_one_contact_and_two(qtbot, german, window, services, people):
    count = window.contact_count
    qtbot.waitUntil(lambda: count.text() == "3 Kontakte")
    qtbot.keyClicks(window.contact_list.search, "Weber")
    qtbot.waitUntil(lambda: count.text() == "1 Kontakt")
    window.contact_list.search.clear()
    services.contacts.delete(people["weber"])
    qtbot.waitUntil(lambda: count.text() == "2 Kontakte")


def test_the_count_comes_back_after_a_passing_message(qtbot, german, window):
    qtbot.waitUntil(lambda: window.contact_count.text() == "3 Kontakte")
    window.statusBar().showMessage("Sicherung angelegt", 50)
    assert not window.contact_count.isVisible()
    qtbot.waitUntil(window.contact_count.isVisible)
    assert window.contact_count.text() == "3 Kontakte"


def test_deleting_asks_with_singular_counts(qtbot, german, window, services, people, boxes):
    from tests.ui.conftest import click_contact

    click_contact(qtbot, window, people["weber"])
    window.commands.delete_contact.trigger()
    qtbot.waitUntil(lambda: bool(boxes.texts))
    assert (
        "mit 1 Gesprächsnotiz, 0 offenen Erinnerungen und 0 Empfehlungs-Verknüpfungen"
        in (boxes.texts[0])
    )


def test_the_german_plural_file_is_complete_and_compiled(tmp_path):
    import shutil
    import subprocess
    import sys
    import xml.etree.ElementTree as ET

    root = SRC.parents[1]
    ts = root / "resources" / "translations" / "beziehung_de.ts"
    qm = SRC / "resources" / "translations" / "beziehung_de.qm"
    tools = Path(sys.executable).parent
    lupdate = shutil.which("pyside6-lupdate", path=str(tools)) or "pyside6-lupdate"
    lrelease = shutil.which("pyside6-lrelease", path=str(tools)) or "pyside6-lrelease"
    copy = tmp_path / "check.ts"
    shutil.copy(ts, copy)
    sources = sorted(str(p) for p in (SRC / "ui").rglob("*.py"))
    subprocess.run([lupdate, *sources, "-ts", str(copy), "-pluralonly"], check=True,
                   capture_output=True)  # fmt: skip
    unfinished = [
        m.findtext("source")
        for m in ET.parse(copy).getroot().iter("message")
        if m.find("translation").get("type") == "unfinished"
    ]
    assert unfinished == [], "run 'make translations' and give these German plural forms"
    fresh = tmp_path / "fresh.qm"
    subprocess.run([lrelease, str(ts), "-qm", str(fresh)], check=True, capture_output=True)
    assert fresh.read_bytes() == qm.read_bytes(), "run 'make translations'"
