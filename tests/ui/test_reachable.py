"""Everything reachable: the Datenschutz menu, restoring an archive, context menus on the
list, Heute and the organisations, Ctrl+, and the shortcut overview, and why a search hit
is in the list."""

from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QInputDialog, QMenu

from beziehung.core.services.inputs import ContactInput, NoteInput
from beziehung.core.services.listing import ContactFilter
from beziehung.io.archive import export_archive
from beziehung.ui.dialogs.settings_dialog import SettingsDialog
from beziehung.ui.dialogs.shortcuts_dialog import ShortcutsDialog, shortcut_rows
from beziehung.ui.main_window import MainWindow
from beziehung.ui.models.contacts import COL_NAME, NoteHitRole
from tests.ui.conftest import click_contact

# A menu that pops up grabs the keyboard, which the offscreen platform cannot do and says so.
popup = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")


def menu_titles(menu: QMenu) -> list[str]:
    return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]


def bar_menu(window: MainWindow, title: str) -> QMenu:
    (found,) = [a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == title]
    return found


def entry(menu: QMenu, text: str):
    (found,) = [a for a in menu.actions() if a.text().replace("&", "") == text]
    return found


def right_click(qtbot, view, index) -> QMenu:
    """A right click on ``index``; returns the context menu that came up."""
    view.scrollTo(index)
    pos = view.visualRect(index).center()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(view.viewport(), event)
    return shown_menu(qtbot)


def shown_menu(qtbot) -> QMenu:
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    return menu


def close_when_shown(kind: type[QDialog], seen: list[QDialog]) -> QTimer:
    """Close the next dialog of ``kind`` once it shows, remembering it."""

    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, kind) and widget.isVisible():
                seen.append(widget)
                widget.reject()
                timer.stop()

    timer = QTimer(interval=10)
    timer.timeout.connect(look)
    timer.start()
    return timer


# --- Datenschutz ------------------------------------------------------------------------------


def test_the_privacy_menu_holds_every_duty(window):
    privacy = bar_menu(window, "Datenschutz")
    assert menu_titles(privacy) == [
        "Auskunft (Art. 15) …",
        "Einschränken (Art. 18) …",
        "Löschen ohne Spur (Art. 17) …",
        "Eingeschränkte Kontakte anzeigen",
    ]
    assert "Archiv wiederherstellen …" in menu_titles(bar_menu(window, "Datei"))


def test_restricting_hides_the_contact_and_the_restricted_view_finds_it_again(
    qtbot, window, services, people, boxes
):
    click_contact(qtbot, window, people["weber"])
    boxes.answer("Einschränken")
    window.commands.restrict_contact.trigger()
    assert "verschwindet aus der Kontaktliste" in boxes.texts[0]
    assert "Eingeschränkte Kontakte anzeigen" in boxes.texts[0]
    assert services.contacts.get(people["weber"]).restricted
    qtbot.waitUntil(lambda: window.contact_model.row_of(people["weber"]) is None)

    window.commands.show_restricted.trigger()
    assert window.contact_list.restricted_banner.isVisible()
    assert window.contact_model.rowCount() == 1
    click_contact(qtbot, window, people["weber"])
    # The menu names what it will do to this contact.
    bar_menu(window, "Datenschutz").aboutToShow.emit()
    assert window.commands.restrict_contact.text() == "Einschränkung &aufheben (Art. 18)"
    window.commands.restrict_contact.trigger()
    assert len(boxes.texts) == 1, "lifting a restriction asks nothing"
    assert not services.contacts.get(people["weber"]).restricted
    qtbot.waitUntil(lambda: window.contact_model.rowCount() == 0)
    window.commands.show_restricted.trigger()
    assert not window.contact_list.restricted_banner.isVisible()
    assert window.contact_model.row_of(people["weber"]) is not None


def test_restoring_is_refused_clearly_when_the_database_holds_contacts(window, boxes, monkeypatch):
    asked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: asked.append(a))
    window.commands.restore_archive.trigger()
    assert asked == []
    assert "nur in eine leere Datenbank" in boxes.texts[0] and "3 Kontakte" in boxes.texts[0]


def test_an_archive_is_restored_into_an_empty_database(
    qtbot, services, people, tmp_path, clock, drafts, monkeypatch
):
    archive = tmp_path / "archiv.zip"
    export_archive(services, archive)
    from beziehung.core.migrate import open_database
    from beziehung.core.services import Services
    from tests.conftest import BERLIN

    engine = open_database(f"sqlite:///{tmp_path / 'empty.db'}", clock.now)
    empty = Services.build(engine, clock, BERLIN)
    settings = QSettings(str(tmp_path / "other.ini"), QSettings.Format.IniFormat)
    window = MainWindow(empty, settings, drafts, str(tmp_path / "empty.db"))
    qtbot.addWidget(window)
    window.show()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(archive), ""))
    window.commands.restore_archive.trigger()
    qtbot.waitUntil(lambda: window.contact_model.rowCount() == 3, timeout=10000)
    assert "Archiv wiederhergestellt: 3 Kontakte, 1 Notizen" in window.statusBar().currentMessage()
    window.close()
    engine.dispose()


# --- context menus ------------------------------------------------------------------------------


@popup
def test_the_contact_lists_menu_offers_every_command_and_deletes(
    qtbot, window, services, people, boxes
):
    index = window.contact_model.index(window.contact_model.row_of(people["oeztuerk"]), COL_NAME)
    menu = right_click(qtbot, window.contact_view, index)
    assert menu_titles(menu) == [
        "Öffnen",
        "Gespräch notieren",
        "Kontakt bearbeiten",
        "Verlauf exportieren …",
        "Empfehlung eintragen …",
        "Empfehlungsbaum …",
        "Kontakte zusammenführen …",
        "Kontakt löschen …",
        "Datenschutz",
    ]
    privacy = entry(menu, "Datenschutz").menu()
    assert menu_titles(privacy)[1] == "Einschränken (Art. 18) …"
    assert window.contact_list.selected_contact() == people["oeztuerk"]
    boxes.answer("Löschen")
    entry(menu, "Kontakt löschen …").trigger()
    assert "Petra Öztürk" in boxes.texts[0]
    assert services.listing.count(ContactFilter()) == 2


@popup
def test_the_menu_key_opens_the_menu_of_the_focused_row(qtbot, window, people):
    click_contact(qtbot, window, people["mueller"])
    window.contact_view.setFocus()
    # What the Menu key sends to the widget with the keyboard focus.
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(0, 0), QPoint(0, 0))
    QApplication.sendEvent(window.contact_view, event)
    menu = shown_menu(qtbot)
    entry(menu, "Öffnen").trigger()
    assert window.contact_panel.contact_id == people["mueller"]


@popup
def test_todays_menu_completes_and_snoozes_reminders(qtbot, window, services, people, clock):
    early = services.reminders.create(people["weber"], clock.now() - timedelta(hours=2), "Angebot")
    late = services.reminders.create(people["mueller"], clock.now() - timedelta(hours=1), "Vertrag")
    window.show_today()
    overdue = window.today_view.overdue
    qtbot.waitUntil(lambda: overdue.model.rowCount() == 2)
    menu = right_click(qtbot, overdue.view, overdue.model.index(0, 0))
    assert menu_titles(menu) == ["Kontakt öffnen", "Gespräch notieren", "Erledigt", "Verschieben"]
    entry(menu, "Erledigt").trigger()
    assert services.reminders.get(early.id).state == "done"
    qtbot.waitUntil(lambda: overdue.model.rowCount() == 1)
    menu = right_click(qtbot, overdue.view, overdue.model.index(0, 0))
    entry(entry(menu, "Verschieben").menu(), "um 1 Stunde").trigger()
    assert services.reminders.get(late.id).fires_at == clock.now() + timedelta(hours=1)
    qtbot.waitUntil(lambda: overdue.model.rowCount() == 0)


@popup
def test_todays_menu_opens_the_contact(qtbot, window, services, people, clock):
    services.reminders.create(people["weber"], clock.now() - timedelta(hours=2), "Angebot")
    window.show_today()
    overdue = window.today_view.overdue
    qtbot.waitUntil(lambda: overdue.model.rowCount() == 1)
    menu = right_click(qtbot, overdue.view, overdue.model.index(0, 0))
    entry(menu, "Kontakt öffnen").trigger()
    assert window.stack.currentWidget() is window.contact_panel
    assert window.contact_panel.contact_id == people["weber"]


def organisations_page(qtbot, window, services):
    services.contacts.create(ContactInput(name="Eva Kern", organisation="Kern KG"))
    window.commands.organisations.trigger()
    model = window.organisation_list.model
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    return window.organisation_list


def org_texts(page):
    return [page.model.entry(r).text for r in range(page.model.rowCount())]


@popup
def test_organisations_are_renamed_from_their_menu(qtbot, window, services, monkeypatch):
    page = organisations_page(qtbot, window, services)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Kern & Co. KG", True))
    menu = right_click(qtbot, page.view, page.model.index(0, 0))
    assert menu_titles(menu) == ["Öffnen", "Umbenennen …", "Zusammenführen mit …", "Löschen …"]
    entry(menu, "Umbenennen …").trigger()
    qtbot.waitUntil(lambda: org_texts(page)[0] == "Kern & Co. KG · 1 Person")


@popup
def test_renaming_to_a_taken_name_says_to_merge(qtbot, window, services, monkeypatch, boxes):
    page = organisations_page(qtbot, window, services)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("MÜLLER & PARTNER", True))
    menu = right_click(qtbot, page.view, page.model.index(0, 0))
    entry(menu, "Umbenennen …").trigger()
    assert boxes.texts == [
        "Es gibt schon eine Organisation „Müller & Partner“. Führen Sie die beiden zusammen."
    ]


@popup
def test_organisations_are_merged_and_deleted_from_their_menu(
    qtbot, window, services, people, monkeypatch, boxes
):
    page = organisations_page(qtbot, window, services)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Müller & Partner", True))
    boxes.answer("Zusammenführen")
    menu = right_click(qtbot, page.view, page.model.index(0, 0))
    entry(menu, "Zusammenführen mit …").trigger()
    assert "1 Person von „Kern KG“ wechselt zu „Müller & Partner“;" in boxes.texts[0]
    qtbot.waitUntil(lambda: org_texts(page) == ["Müller & Partner · 2 Personen"])
    boxes.answer("Löschen")
    menu = right_click(qtbot, page.view, page.model.index(0, 0))
    entry(menu, "Löschen …").trigger()
    assert (
        "2 Personen gehören zu „Müller & Partner“. Sie bleiben erhalten, aber ohne Organisation."
        in boxes.texts[1]
    )
    qtbot.waitUntil(lambda: org_texts(page) == [])
    assert services.contacts.get(people["mueller"]).summary.organisation is None


def test_an_organisation_without_people_left_is_not_listed(qtbot, window, services, people):
    window.commands.organisations.trigger()
    page = window.organisation_list
    assert org_texts(page) == ["Müller & Partner · 1 Person"]
    services.contacts.delete(people["mueller"])
    qtbot.waitUntil(lambda: org_texts(page) == [])


# --- keys ---------------------------------------------------------------------------------------


def test_ctrl_comma_opens_the_settings(qtbot, window):
    assert QKeySequence("Ctrl+,") in window.commands.settings.shortcuts()
    seen: list[QDialog] = []
    timer = close_when_shown(SettingsDialog, seen)
    window.activateWindow()
    window.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    timer.stop()
    assert len(seen) == 1


def test_the_shortcut_overview_lists_every_actions_keys(qtbot, window):
    rows = dict(shortcut_rows(window.commands))
    assert rows["Einstellungen"].split(", ")[-1] == QKeySequence("Ctrl+,").toString(
        QKeySequence.SequenceFormat.NativeText
    )
    assert rows["Gespräch notieren"] == "Ctrl+L"
    seen: list[QDialog] = []
    timer = close_when_shown(ShortcutsDialog, seen)
    help_menu = bar_menu(window, "Hilfe")
    entry(help_menu, "Tastenkürzel").trigger()
    timer.stop()
    (dialog,) = seen
    assert isinstance(dialog, ShortcutsDialog)
    shown = {dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())}
    assert {"Einstellungen", "Gespräch notieren", "Suchen", "Tastenkürzel"} <= shown


# --- why a search hit is there ----------------------------------------------------------------


def test_a_row_found_through_a_note_shows_the_note_with_the_words_in_bold(qtbot, window, people):
    window.contact_list.search.setText("jahresgespräch")
    model = window.contact_model
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    index = model.index(0, COL_NAME)
    assert index.data() == "Anna Weber"
    hit = index.data(NoteHitRole)
    assert hit.matched_words == ("Jahresgespräch",)
    tooltip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert "<b>Jahresgespräch</b> geführt" in tooltip and "Notiz vom" in tooltip
    click_contact(qtbot, window, people["weber"])
    why = window.contact_list.why
    assert why.isVisible() and "<b>Jahresgespräch</b>" in why.text()


def test_a_row_found_by_its_name_needs_no_explanation(qtbot, window, people):
    window.contact_list.search.setText("weber")
    model = window.contact_model
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert model.index(0, COL_NAME).data(Qt.ItemDataRole.ToolTipRole) is None
    click_contact(qtbot, window, people["weber"])
    assert not window.contact_list.why.isVisible()


def test_a_note_written_while_searching_explains_its_row(qtbot, window, services, people):
    window.contact_list.search.setText("jahresgespräch")
    model = window.contact_model
    qtbot.waitUntil(lambda: model.rowCount() == 1 and not window.contact_list.busy)
    services.notes.log(
        NoteInput(contact_id=people["mueller"], body="Zweites Jahresgespräch vereinbart")
    )
    qtbot.waitUntil(lambda: model.rowCount() == 2 and not window.contact_list.busy)
    found = {
        model.index(r, COL_NAME).data(): model.index(r, COL_NAME).data(NoteHitRole)
        for r in range(model.rowCount())
    }
    assert found["Jürgen Müller"].snippet.startswith("Zweites")
    assert found["Anna Weber"] is not None
