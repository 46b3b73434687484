from datetime import timedelta

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from beziehung.clock import FixedClock
from beziehung.core.db import make_engine
from beziehung.core.services import Services
from beziehung.core.services.inputs import ContactInput, NoteInput
from beziehung.core.services.listing import ContactFilter
from beziehung.ui.dialogs.contact_dialog import COL_VALUE, ContactDialog
from beziehung.ui.dialogs.log_call_dialog import LogCallDialog
from beziehung.ui.dialogs.merge_dialog import MergeDialog
from beziehung.ui.formatting import to_qdatetime
from beziehung.ui.main_window import MainWindow
from beziehung.ui.models.contacts import COL_NAME, ContactTableModel
from beziehung.ui.models.lists import Entry, EntryListModel
from tests.conftest import BERLIN
from tests.ui.conftest import click, click_contact


def visible_names(window):
    model = window.contact_model
    return [model.index(r, COL_NAME).data() for r in range(model.rowCount())]


def texts(model):
    return [model.entry(r).text for r in range(model.rowCount())]


def test_create_a_contact_through_the_dialog(qtbot, services, people):
    dialog = ContactDialog(services)
    qtbot.addWidget(dialog)
    # QTest types ASCII only; umlauts go in as text.
    dialog.given.setText("Käthe")
    dialog.family.setText("Straßmann")
    dialog.organisation.setCurrentText("Straßmann Bau GmbH")
    dialog.methods.item(0, COL_VALUE).setText("k.strassmann@example.de")
    dialog.methods.item(1, COL_VALUE).setText("030 1234567")
    dialog.tags.setText("Neu, Bau")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    detail = services.contacts.get(dialog.saved_id)
    assert detail.summary.display_name == "Käthe Straßmann"
    assert detail.summary.organisation == "Straßmann Bau GmbH"
    assert detail.summary.emails == ["k.strassmann@example.de"]
    assert [m.phone_e164 for m in detail.methods if m.kind == "phone"] == ["+49301234567"]
    assert detail.summary.tags == ["Bau", "Neu"]


def test_an_invalid_contact_stays_in_the_dialog(qtbot, services, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    dialog = ContactDialog(services)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert shown == ["Ein Kontakt braucht einen Namen."]
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert services.contacts.count() == 0


def test_search_narrows_the_list_as_you_type(qtbot, window):
    qtbot.waitUntil(
        lambda: visible_names(window) == ["Jürgen Müller", "Petra Öztürk", "Anna Weber"]
    )
    qtbot.keyClicks(window.contact_list.search, "mue")
    qtbot.waitUntil(lambda: visible_names(window) == ["Jürgen Müller"])
    window.contact_list.search.clear()
    qtbot.keyClicks(window.contact_list.search, "jahresgespr")
    qtbot.waitUntil(lambda: visible_names(window) == ["Anna Weber"])


def test_sorting_happens_in_sql(qtbot, window):
    window.contact_view.sortByColumn(COL_NAME, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(
        lambda: visible_names(window) == ["Anna Weber", "Petra Öztürk", "Jürgen Müller"]
    )
    assert window.contact_model.current_filter.descending


def test_log_a_call_with_ctrl_l_including_a_callback(qtbot, window, services, clock, people):
    click_contact(qtbot, window, people["mueller"])
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: window.log_call_dialog is not None and window.log_call_dialog.isVisible()
    )
    dialog = window.log_call_dialog
    assert dialog.channel.currentData() == "phone" and dialog.direction.currentData() == "out"
    qtbot.keyClicks(dialog.body, "Will ein Angebot zur Nachfolge")
    dialog.callback.setChecked(True)
    dialog.callback_at.setDateTime(to_qdatetime(clock.now() + timedelta(hours=3)))
    dialog.callback_reason.setText("Angebot besprechen")
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(dialog.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    timeline = window.contact_panel.timeline_model
    qtbot.waitUntil(lambda: any("Angebot besprechen" in t for t in texts(timeline)))
    assert any("Will ein Angebot zur Nachfolge" in t for t in texts(timeline))
    qtbot.keyClicks(window.contact_list.search, "angebot zur nachfolge")
    qtbot.waitUntil(lambda: visible_names(window) == ["Jürgen Müller"])
    window.commands.today.trigger()
    assert window.stack.currentWidget() is window.today_view
    qtbot.waitUntil(lambda: not window.today_view.background.busy)
    today = texts(window.today_view.today.model)
    assert today and "Jürgen Müller – Angebot besprechen" in today[0]


def test_ctrl_l_on_a_today_entry_logs_a_call_for_that_contact(
    qtbot, window, services, clock, people
):
    services.reminders.create(
        people["oeztuerk"], clock.now() - timedelta(hours=1), "Rückruf zugesagt"
    )
    window.activateWindow()
    qtbot.waitActive(window)
    window.commands.today.trigger()
    qtbot.waitUntil(lambda: window.today_view.selected_contact() == people["oeztuerk"])
    qtbot.keyClick(
        window.today_view.overdue.view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier
    )
    qtbot.waitUntil(lambda: window.log_call_dialog is not None)
    assert window.log_call_dialog.contact_id == people["oeztuerk"]
    window.log_call_dialog.done(0)


def test_delete_asks_first(qtbot, window, services, people, boxes):
    click_contact(qtbot, window, people["weber"])
    boxes.answer("Cancel")
    click(qtbot, window.contact_panel, "Löschen …")
    assert "Anna Weber" in boxes.texts[0] and "mit 1 Gesprächsnotiz," in boxes.texts[0]
    assert services.contacts.get(people["weber"])
    boxes.answer("Löschen")
    window.commands.delete_contact.trigger()
    qtbot.waitUntil(lambda: visible_names(window) == ["Jürgen Müller", "Petra Öztürk"])
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.today_view)
    assert services.listing.count(ContactFilter()) == 2
    assert len(boxes.texts) == 2


def test_a_contact_under_a_retention_duty_is_not_deleted(
    qtbot, window, services, clock, people, boxes, monkeypatch
):
    from beziehung.core.services.inputs import ContactInput as Input

    keep = (clock.now() + timedelta(days=365)).date()
    services.contacts.update(people["weber"], Input(name="Anna Weber", keep_until=keep))
    unexpected = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: unexpected.append(args[2]))
    click_contact(qtbot, window, people["weber"])
    window.commands.delete_contact.trigger()
    # Refused before the question: nobody confirms a deletion that cannot happen.
    assert len(boxes.texts) == 1, boxes.texts
    assert "aufbewahrt werden" in boxes.texts[0]
    assert boxes.kinds[0] == QMessageBox.Icon.Warning
    assert unexpected == []
    assert services.contacts.get(people["weber"])
    assert "Anna Weber" in visible_names(window)
    assert window.stack.currentWidget() is window.contact_panel
    assert window.contact_panel.contact_id == people["weber"]


def test_merge_moves_everything(qtbot, services, clock, people):
    duplicate = services.contacts.create(ContactInput(name="J. Müller", role="Inhaber"))
    note = services.notes.log(NoteInput(contact_id=duplicate, body="Unter dem doppelten Eintrag"))
    reminder = services.reminders.create(duplicate, clock.now() + timedelta(days=2), "Rückruf")
    dialog = MergeDialog(services, people["mueller"])
    qtbot.addWidget(dialog)
    dialog.choose(duplicate)
    assert "• 1 Gesprächsnotiz\n" in dialog.preview.text()
    assert dialog.merge_button.isEnabled()
    dialog.accept()
    detail = services.contacts.get(people["mueller"])
    assert [n.id for n in detail.notes] == [note.id]
    assert [r.id for r in detail.reminders] == [reminder.id]
    assert detail.role == "Inhaber"
    assert services.listing.count(ContactFilter(text="Müller")) == 1


def test_a_draft_comes_back_after_closing_without_saving(qtbot, services, drafts, people):
    first = LogCallDialog(services, people["mueller"], drafts)
    qtbot.addWidget(first)
    first.show()
    qtbot.keyClicks(first.body, "Halb fertige Notiz")
    first.subject.setText("Nachfolge")
    first.close()
    assert drafts.load(first.draft_key)["body"] == "Halb fertige Notiz"
    again = LogCallDialog(services, people["mueller"], drafts)
    qtbot.addWidget(again)
    assert again.body.toPlainText() == "Halb fertige Notiz"
    assert again.subject.text() == "Nachfolge"
    assert not again.draft_banner.isHidden()
    again.accept()
    assert drafts.load(again.draft_key) is None
    assert services.notes.for_contact(people["mueller"])[0].body == "Halb fertige Notiz"


def test_escape_with_text_asks_and_can_keep_the_draft(qtbot, services, drafts, people, monkeypatch):
    dialog = LogCallDialog(services, people["mueller"], drafts)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.body, "Nicht verlieren")
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Save)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert drafts.load(dialog.draft_key)["body"] == "Nicht verlieren"
    other = LogCallDialog(services, people["weber"], drafts)
    qtbot.addWidget(other)
    assert other.body.toPlainText() == ""  # a draft belongs to its contact


def test_models_pass_the_model_tester(qtmodeltester, services, people):
    contacts = ContactTableModel(services.listing)
    contacts.fetchMore(contacts.index(-1, -1))
    qtmodeltester.check(contacts, force_py=True)
    entries = EntryListModel()
    entries.set_entries([Entry("eins", 1), Entry("zwei", 2, tooltip="mehr")])
    qtmodeltester.check(entries, force_py=True)


def test_window_state_is_restored(qtbot, services, qsettings, drafts, people, window):
    click_contact(qtbot, window, people["oeztuerk"])
    window.close()
    reopened = MainWindow(
        services, QSettings(qsettings.fileName(), QSettings.Format.IniFormat), drafts, "x"
    )
    qtbot.addWidget(reopened)
    assert reopened.stack.currentWidget() is reopened.contact_panel
    assert reopened.contact_panel.contact_id == people["oeztuerk"]


def test_settings_are_saved_where_the_cli_reads_them(qtbot, services, qsettings):
    from PySide6.QtCore import QTime

    from beziehung.ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(services, qsettings, "/tmp/x/beziehung.db")
    qtbot.addWidget(dialog)
    dialog.reminder_time.setTime(QTime(8, 15))
    dialog.cadences["kunde"].setValue(45)
    dialog.cadences["interessent"].setValue(0)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.accept()
    shared = services.settings.load()
    assert shared.default_reminder_time.strftime("%H:%M") == "08:15"
    assert shared.cadences["kunde"] == 45 and shared.cadences["interessent"] is None
    assert qsettings.value("ui/language") == "en"


def test_the_database_for_the_next_start_is_chosen_in_the_settings(
    qtbot, services, qsettings, boxes, monkeypatch
):
    from PySide6.QtCore import QTime

    from beziehung import paths
    from beziehung.ui.database_choice import DATABASE_KEY, chosen_database
    from beziehung.ui.dialogs.settings_dialog import SettingsDialog

    before = services.settings.load().default_reminder_time
    dialog = SettingsDialog(services, qsettings, "/tmp/x/beziehung.db")
    qtbot.addWidget(dialog)
    dialog.reminder_time.setTime(QTime(7, 5))
    # A password would be kept in a plain settings file: refused, and nothing is saved.
    for typed in (
        "postgresql://anna:geheim@server/beziehung",
        "postgresql://anna@server/beziehung?password=geheim",
        "postgresql://anna@server/beziehung?sslmode=require&sslpassword=geheim",
    ):
        dialog.next_database.clear()
        qtbot.keyClicks(dialog.next_database, typed)
        dialog.accept()
        assert "Passwort" in boxes.texts[-1] and "~/.pgpass" in boxes.texts[-1]
        assert qsettings.value(DATABASE_KEY) is None
    assert services.settings.load().default_reminder_time == before
    dialog.next_database.clear()
    qtbot.keyClicks(dialog.next_database, "  postgresql://anna@server/beziehung ")
    dialog.accept()
    assert chosen_database(qsettings) == "postgresql://anna@server/beziehung"
    # --db and BEZIEHUNG_DB still come first; the choice is the window's default.
    monkeypatch.delenv(paths.DB_ENV, raising=False)
    chosen = chosen_database(qsettings)
    assert paths.database_url(None, chosen=chosen) == "postgresql://anna@server/beziehung"
    assert paths.database_url("sqlite:///a.db", chosen=chosen) == "sqlite:///a.db"
    monkeypatch.setenv(paths.DB_ENV, "sqlite:///b.db")
    assert paths.database_url(None, chosen=chosen) == "sqlite:///b.db"


def test_a_file_for_the_next_start_is_a_whole_path_in_an_existing_folder(
    qtbot, services, qsettings, boxes, tmp_path
):
    from beziehung.ui.database_choice import DATABASE_KEY, chosen_database
    from beziehung.ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(services, qsettings, "/tmp/x/beziehung.db")
    qtbot.addWidget(dialog)
    for typed in ("kunden.db", str(tmp_path / "fehlt" / "kunden.db")):
        dialog.next_database.clear()
        qtbot.keyClicks(dialog.next_database, typed)
        dialog.accept()
        assert boxes.texts[-1] == (
            f"{typed} ist keine Datei in einem vorhandenen Ordner; bitte den vollständigen "
            "Pfad angeben."
        )
        assert qsettings.value(DATABASE_KEY) is None
    dialog.next_database.clear()
    qtbot.keyClicks(dialog.next_database, str(tmp_path / "kunden.db"))
    dialog.accept()
    assert chosen_database(qsettings) == str(tmp_path / "kunden.db")


@pytest.mark.parametrize(
    "typed", ["mysql://anna@server/beziehung", "postgresql://anna@server", "http://x/y"]
)
def test_an_address_that_is_no_database_is_refused_in_one_sentence(
    qtbot, services, qsettings, boxes, typed
):
    from beziehung.ui.database_choice import DATABASE_KEY
    from beziehung.ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(services, qsettings, "/tmp/x/beziehung.db")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.next_database, typed)
    dialog.accept()
    assert boxes.texts == [
        f"{typed} ist weder eine Datei noch eine Adresse der Form "
        "postgresql://benutzer@server/datenbank."
    ]
    assert qsettings.value(DATABASE_KEY) is None


def test_an_unexpected_error_is_logged_and_shown(qtbot, monkeypatch, tmp_path):
    import sys

    from beziehung import app, logs

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[2]))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    app._install_error_dialog()
    secret = "".join(["Notiz", "text, der nie ins Log darf"])
    try:
        raise RuntimeError(secret)
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    log_text = logs.log_file().read_text(encoding="utf-8")
    assert "RuntimeError" in log_text and "test_window.py" in log_text
    assert secret not in log_text
    assert shown and str(logs.log_file()) in shown[0]


def test_drafts_of_different_contacts_do_not_overwrite_each_other(qtbot, services, drafts, people):
    kept = LogCallDialog(services, people["mueller"], drafts)
    qtbot.addWidget(kept)
    kept.body.setPlainText("Notiz zu Herrn Müller")
    kept.close()
    other = LogCallDialog(services, people["weber"], drafts)
    qtbot.addWidget(other)
    other.body.setPlainText("Notiz zu Frau Weber")
    other.accept()
    again = LogCallDialog(services, people["mueller"], drafts)
    qtbot.addWidget(again)
    assert again.body.toPlainText() == "Notiz zu Herrn Müller"


def test_quit_really_quits_even_with_a_tray(qtbot, window, monkeypatch):
    monkeypatch.setattr(window, "keeps_running_in_tray", lambda: True)
    with qtbot.waitSignal(window.closed_for_good, timeout=1000):
        window.commands.quit.trigger()


def test_a_contact_deleted_elsewhere_closes_and_leaves_the_list(
    qtbot, window, services, db_url, clock, people
):
    click_contact(qtbot, window, people["weber"])
    other = Services.build(make_engine(db_url), FixedClock(clock.now()), BERLIN)
    other.contacts.delete(people["weber"])
    other.context.engine.dispose()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.today_view, timeout=5000)
    assert window.contact_panel.contact_id is None
    assert "Anna Weber" not in visible_names(window)


def test_the_about_dialog_names_the_licences(qtbot):
    from PySide6.QtWidgets import QTextBrowser

    from beziehung.ui.dialogs.about import AboutDialog

    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    text = dialog.findChild(QTextBrowser).toPlainText()
    assert "LGPL-3.0" in text and "GPL-3.0-or-later" in text and "PySide6" in text


def test_the_self_test_passes_from_source(qtbot, capsys):
    from beziehung import selftest

    assert selftest.run() == 0
    assert capsys.readouterr().out.strip().endswith("self-test ok")


def test_a_photo_is_chosen_scaled_and_shown(qtbot, services, people, tmp_path, monkeypatch, window):
    from PySide6.QtGui import QColor, QImage

    picture = tmp_path / "portrait.png"
    image = QImage(1600, 1200, QImage.Format.Format_RGB32)
    image.fill(QColor("#1e6f5c"))
    image.save(str(picture))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(picture), ""))
    dialog = ContactDialog(services, people["weber"])
    qtbot.addWidget(dialog)
    click(qtbot, dialog, "Foto wählen …")
    dialog.accept()
    stored = services.contacts.get(people["weber"]).photo
    loaded = QImage.fromData(stored)
    assert stored.startswith(b"\xff\xd8") and max(loaded.width(), loaded.height()) == 400
    click_contact(qtbot, window, people["weber"])
    assert not window.contact_panel.photo.pixmap().isNull()
    edit = ContactDialog(services, people["weber"])  # editing keeps the photo
    qtbot.addWidget(edit)
    edit.accept()
    assert services.contacts.get(people["weber"]).photo == stored


def test_the_organisations_page_leads_to_an_organisations_people(qtbot, window, people):
    window.commands.organisations.trigger()
    model = window.organisation_list.model
    assert texts(model) == ["Müller & Partner · 1 Person"]
    view = window.organisation_list.view
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(model.index(0, 0)).center()
    )
    assert window.stack.currentWidget() is window.organisation_panel
    people_model = window.organisation_panel.people_model
    assert people_model.entry(0).contact_id == people["mueller"]


def test_the_today_page_shows_only_the_newest_of_two_quick_refreshes(
    qtbot, window, services, clock, people
):
    window.commands.today.trigger()  # one refresh running …
    services.reminders.create(people["weber"], clock.now() - timedelta(minutes=1), "Neu dazu")
    qtbot.waitUntil(lambda: texts(window.today_view.overdue.model) != [])
    qtbot.waitUntil(lambda: not window.today_view.background.busy)
    model = window.today_view.overdue.model
    assert [t.split("\n")[0] for t in texts(model)] == ["Anna Weber – Neu dazu"]


def test_leaving_the_today_page_early_keeps_the_focus_where_the_user_is(
    qtbot, window, services, clock, people
):
    services.reminders.create(people["weber"], clock.now() - timedelta(minutes=1), "Rückruf")
    window.activateWindow()
    qtbot.waitActive(window)
    window.commands.today.trigger()
    click_contact(qtbot, window, people["mueller"])
    qtbot.waitUntil(lambda: not window.today_view.background.busy)
    assert window.stack.currentWidget() is window.contact_panel
    assert not window.today_view.overdue.view.hasFocus()
