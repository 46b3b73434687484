"""Several people in one note, asks and the client's voice, through the window's widgets."""

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu

from beziehung.core.services.inputs import NoteInput
from beziehung.ui.dialogs.log_call_dialog import LogCallDialog
from beziehung.ui.dialogs.voice_dialog import VoiceDialog
from tests.ui.conftest import click_contact
from tests.ui.test_undo import choose_from_menu, note_point, open_dialog, timeline_texts

pytestmark = pytest.mark.qt_log_ignore("does not support grabbing the keyboard")


def test_typing_a_name_and_enter_adds_a_participant_and_saving_shows_it_in_both_timelines(
    qtbot, window, services, clock, people
):
    click_contact(qtbot, window, people["mueller"])
    window.commands.log_call.trigger()
    dialog = open_dialog(qtbot, LogCallDialog)
    editor = dialog.extras.picker.lineEdit()
    editor.setFocus()
    qtbot.keyClicks(editor, "Petra Öz")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # Enter added the person and did not save the note.
    assert dialog.isVisible()
    assert dialog.extras.participants() == [people["oeztuerk"]]
    assert dialog.extras.people.item(0).text() == "Petra Öztürk"
    dialog.body.setPlainText("Nachfolge mit der Steuerberaterin besprochen")
    qtbot.keyClick(dialog.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert services.contacts.get(people["oeztuerk"]).summary.last_contact_at == clock.now()
    qtbot.waitUntil(lambda: any("mit Petra Öztürk" in t for t in timeline_texts(window)))
    click_contact(qtbot, window, people["oeztuerk"])
    qtbot.waitUntil(lambda: any("mit Jürgen Müller" in t for t in timeline_texts(window)))


def test_the_answer_to_an_ask_changes_from_the_timeline_and_the_card_says_so(
    qtbot, window, services, clock, people
):
    note = services.notes.log(
        NoteInput(
            contact_id=people["weber"], body="Empfehlung angesprochen", ask_kind="recommendation"
        )
    )
    click_contact(qtbot, window, people["weber"])
    assert "Empfehlung erbeten – Antwort: offen" in window.contact_panel.card.text()
    choose_from_menu(qtbot, window, note_point(window, note.id), "Antwort: ja")
    qtbot.waitUntil(lambda: services.notes.get(note.id).ask_answer == "yes")
    qtbot.waitUntil(lambda: "Antwort: ja" in window.contact_panel.card.text())
    assert "Empfehlung erbeten – Antwort: ja" in timeline_texts(window)[0]


def test_an_open_complaint_leaves_today_when_marked_answered_there(
    qtbot, window, services, clock, people
):
    note = services.notes.log(
        NoteInput(
            contact_id=people["mueller"], subject="Rechnung doppelt", body="x", voice="complaint"
        )
    )
    window.commands.today.trigger()
    section = window.today_view.complaints
    qtbot.waitUntil(lambda: section.model.rowCount() == 1)
    assert section.model.entry(0).text.startswith("Jürgen Müller – Rechnung doppelt")
    index = section.model.index(0, 0)
    section.view.scrollTo(index)
    point = section.view.visualRect(index).center()
    viewport = section.view.viewport()
    QApplication.sendEvent(
        viewport,
        QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, viewport.mapToGlobal(point)),
    )

    def menu_shown():
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible()]

    qtbot.waitUntil(lambda: bool(menu_shown()))
    (menu,) = menu_shown()
    (action,) = [a for a in menu.actions() if a.text() == "Als &beantwortet markieren"]
    action.trigger()
    menu.close()
    qtbot.waitUntil(lambda: section.model.rowCount() == 0)
    assert services.notes.get(note.id).voice_answered_at == clock.now()


def test_the_voice_view_filters_marks_answered_and_opens_the_contact(
    qtbot, window, services, clock, people
):
    complaint = services.notes.log(
        NoteInput(contact_id=people["mueller"], body="Zu lange Wartezeit", voice="complaint")
    )
    services.notes.log(
        NoteInput(
            contact_id=people["oeztuerk"],
            body="Gern per Video",
            voice="wish",
            occurred_at=clock.now() - timedelta(days=60),
        )
    )
    window.commands.client_voice.trigger()
    dialog = open_dialog(qtbot, VoiceDialog)
    assert dialog.model.rowCount() == 2
    dialog.period.setCurrentIndex(dialog.period.findData(30))
    assert dialog.model.rowCount() == 1
    dialog.period.setCurrentIndex(0)
    dialog.open_only.setChecked(True)
    assert [dialog.model.entry(r).note_id for r in range(dialog.model.rowCount())] == [complaint.id]
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.view.setFocus()
    dialog.view.setCurrentIndex(dialog.model.index(0, 0))
    assert dialog.answered_button.isEnabled()
    qtbot.keyClick(dialog.view, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0)
    assert services.notes.get(complaint.id).voice_answered_at == clock.now()
    dialog.open_only.setChecked(False)
    dialog.kind.setCurrentIndex(dialog.kind.findData("wish"))
    (row,) = range(dialog.model.rowCount())
    rect = dialog.view.visualRect(dialog.model.index(row, 0))
    # A double-click is a click and then the second press.
    qtbot.mouseClick(dialog.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(dialog.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.contact_panel.contact_id == people["oeztuerk"])
