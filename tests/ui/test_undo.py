"""Correcting the timeline and taking deletions back, through the widgets a user touches."""

from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication

from beziehung.ui.dialogs.log_call_dialog import LogCallDialog
from beziehung.ui.dialogs.reminder_dialog import ReminderDialog
from tests.ui.conftest import click, click_contact

# A context menu that pops up grabs the keyboard, which the offscreen platform cannot do.
pytestmark = pytest.mark.qt_log_ignore("does not support grabbing the keyboard")


def timeline_texts(window):
    model = window.contact_panel.timeline_model
    return [model.entry(row).text for row in range(model.rowCount())]


def entry_point(window, predicate) -> QPoint:
    panel = window.contact_panel
    model = panel.timeline_model
    (row,) = [r for r in range(model.rowCount()) if predicate(model.entry(r))]
    index = model.index(row, 0)
    panel.timeline.scrollTo(index)
    return panel.timeline.visualRect(index).center()


def note_point(window, note_id):
    return entry_point(window, lambda e: e.note_id == note_id)


def reminder_point(window, reminder_id):
    return entry_point(window, lambda e: e.reminder_id == reminder_id)


def choose_from_menu(qtbot, window, position: QPoint, text: str) -> None:
    """Right-click at ``position`` in the timeline and pick ``text`` from the menu."""
    viewport = window.contact_panel.timeline.viewport()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, position, viewport.mapToGlobal(position)
    )
    QApplication.sendEvent(viewport, event)
    menu = window.contact_panel.timeline_menu
    assert menu is not None
    qtbot.waitUntil(menu.isVisible)
    (action,) = [a for a in menu.actions() if a.text() == text]
    action.trigger()
    menu.close()


def press_ctrl_z(qtbot, window, widget) -> None:
    """Ctrl+Z where the user is, once the menu or question before it has gone away."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def open_dialog(qtbot, kind):
    found = []

    def shown():
        found[:] = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind)]
        return any(w.isVisible() for w in found)

    qtbot.waitUntil(shown)
    return next(w for w in found if w.isVisible())


def weber_note(services, people):
    (note,) = services.notes.for_contact(people["weber"])
    return note


def test_double_click_opens_the_note_prefilled_and_saving_corrects_it(
    qtbot, window, services, clock, people
):
    note = weber_note(services, people)
    click_contact(qtbot, window, people["weber"])
    timeline = window.contact_panel.timeline
    # A double-click is a click and then the second press.
    position = note_point(window, note.id)
    qtbot.mouseClick(timeline.viewport(), Qt.MouseButton.LeftButton, pos=position)
    qtbot.mouseDClick(timeline.viewport(), Qt.MouseButton.LeftButton, pos=position)
    dialog = open_dialog(qtbot, LogCallDialog)
    assert dialog.body.toPlainText() == "Jahresgespräch geführt"
    assert not dialog.callback.isVisible()
    clock.advance(timedelta(minutes=3))
    dialog.body.setPlainText("Jahresgespräch geführt, Nachfolge angesprochen")
    qtbot.keyClick(dialog.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert services.notes.get(note.id).body.endswith("Nachfolge angesprochen")
    assert services.notes.get(note.id).occurred_at == note.occurred_at
    qtbot.waitUntil(lambda: "bearbeitet am" in timeline_texts(window)[0])
    assert "Nachfolge angesprochen" in timeline_texts(window)[0]


def test_delete_from_the_menu_and_ctrl_z_brings_the_note_back(qtbot, window, services, people):
    note = weber_note(services, people)
    click_contact(qtbot, window, people["weber"])
    choose_from_menu(qtbot, window, note_point(window, note.id), "Löschen")
    qtbot.waitUntil(lambda: timeline_texts(window) == [])
    assert window.undo_bar.isVisible()
    assert window.undo_bar.label.text() == "Notiz gelöscht"
    assert services.contacts.get(people["weber"]).summary.last_contact_at is None

    press_ctrl_z(qtbot, window, window.contact_panel.timeline)
    qtbot.waitUntil(lambda: len(timeline_texts(window)) == 1)
    assert services.notes.get(note.id) == note
    assert services.contacts.get(people["weber"]).summary.last_contact_at == note.occurred_at
    assert not window.undo_bar.isVisible()


def test_del_deletes_the_selected_note_and_the_bar_undoes_it(qtbot, window, services, people):
    note = weber_note(services, people)
    click_contact(qtbot, window, people["weber"])
    timeline = window.contact_panel.timeline
    qtbot.mouseClick(
        timeline.viewport(), Qt.MouseButton.LeftButton, pos=note_point(window, note.id)
    )
    qtbot.keyClick(timeline, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: timeline_texts(window) == [])
    click(qtbot, window.undo_bar, "Rückgängig")
    qtbot.waitUntil(lambda: len(timeline_texts(window)) == 1)
    assert [h.note_id for h in services.search.search("jahresgespräch")] == [note.id]


def test_cancel_a_reminder_from_the_menu_shows_it_cancelled_and_undo_reopens_it(
    qtbot, window, services, clock, people
):
    reminder = services.reminders.create(
        people["weber"], clock.now() + timedelta(days=1), "Angebot"
    )
    click_contact(qtbot, window, people["weber"])
    choose_from_menu(qtbot, window, reminder_point(window, reminder.id), "Abbrechen")
    qtbot.waitUntil(lambda: any("Rückruf abgebrochen" in t for t in timeline_texts(window)))
    assert services.reminders.get(reminder.id).state == "cancelled"
    assert window.undo_bar.label.text() == "Erinnerung abgebrochen"
    # A cancelled reminder offers nothing more.
    window.contact_panel.timeline_menu = None
    viewport = window.contact_panel.timeline.viewport()
    position = reminder_point(window, reminder.id)
    QApplication.sendEvent(
        viewport,
        QContextMenuEvent(QContextMenuEvent.Reason.Mouse, position, viewport.mapToGlobal(position)),
    )
    assert window.contact_panel.timeline_menu is None

    press_ctrl_z(qtbot, window, window.contact_panel.timeline)
    qtbot.waitUntil(lambda: services.reminders.get(reminder.id).state == "open")
    qtbot.waitUntil(lambda: any("Rückruf fällig" in t for t in timeline_texts(window)))


def test_edit_a_reminder_to_repeat_every_two_weeks(qtbot, window, services, clock, people):
    reminder = services.reminders.create(
        people["weber"], clock.now() + timedelta(days=1), "Angebot"
    )
    click_contact(qtbot, window, people["weber"])
    choose_from_menu(qtbot, window, reminder_point(window, reminder.id), "Bearbeiten …")
    dialog = open_dialog(qtbot, ReminderDialog)
    dialog.reason.setText("Angebot nachfassen")
    dialog.unit.setCurrentIndex(dialog.unit.findData("week"))
    dialog.interval.setValue(2)
    click(qtbot, dialog, "Save")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    edited = services.reminders.get(reminder.id)
    assert (edited.reason, edited.recurrence_unit, edited.recurrence_interval) == (
        "Angebot nachfassen", "week", 2,
    )  # fmt: skip
    assert edited.due_at == reminder.due_at


def test_a_deleted_contact_comes_back_with_ctrl_z(qtbot, window, services, people, boxes):
    note = weber_note(services, people)
    click_contact(qtbot, window, people["weber"])
    boxes.answer("Löschen")
    window.commands.delete_contact.trigger()
    qtbot.waitUntil(lambda: window.contact_model.row_of(people["weber"]) is None)
    assert window.undo_bar.label.text() == "Anna Weber gelöscht"
    press_ctrl_z(qtbot, window, window.contact_view)
    qtbot.waitUntil(lambda: window.contact_model.row_of(people["weber"]) is not None)
    assert services.notes.get(note.id) == note
    assert services.contacts.get(people["weber"]).summary.stage == "stammkunde"
