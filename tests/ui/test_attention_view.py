"""Kontaktpflege in the window: the drift list, its keys and bulk commands, and the
responsible person on the card, in the dialog and as a filter of the contact list."""

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import insert

from beziehung.core.models import User
from beziehung.ui.dialogs.plan_dialogs import PlanCallbacksDialog, PostponeDialog
from beziehung.ui.models.attention import COL_NAME, COL_STATUS
from beziehung.ui.models.contacts import COL_NAME as LIST_NAME


def visible_names(window):
    model = window.contact_model
    return [model.index(r, LIST_NAME).data() for r in range(model.rowCount())]


def open_attention(qtbot, window, clock):
    # Öztürk (Interessent, 30 days) is 10 days past; Weber and Müller are within.
    clock.advance(timedelta(days=40))
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    view = window.attention_view
    assert window.stack.currentWidget() is view
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    return view


def names(view):
    return [view.model.index(r, COL_NAME).data() for r in range(view.model.rowCount())]


def click_row(qtbot, view, row, modifier=Qt.KeyboardModifier.NoModifier):
    rect = view.view.visualRect(view.model.index(row, COL_NAME))
    qtbot.mouseClick(view.view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def ok(qtbot, dialog):
    button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(4, 4))


def test_the_drift_list_shows_status_in_colour_and_words(qtbot, window, clock):
    view = open_attention(qtbot, window, clock)
    assert names(view) == ["Petra Öztürk", "Anna Weber", "Jürgen Müller"]
    first = view.model.index(0, COL_STATUS)
    assert first.data() == "fällig"
    assert first.data(Qt.ItemDataRole.BackgroundRole).color() == QColor("#fbf0c4")
    assert not first.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert view.model.index(2, COL_STATUS).data() == "im Rhythmus"
    assert view.summary.text() == "0 drohen verloren zu gehen · 1 fällig · 2 im Rhythmus"


def test_ctrl_l_logs_a_call_with_the_selected_row(qtbot, window, clock, people):
    view = open_attention(qtbot, window, clock)
    click_row(qtbot, view, 2)
    qtbot.keyClick(view.view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.log_call_dialog is not None)
    assert window.log_call_dialog.contact_id == people["mueller"]
    window.log_call_dialog.done(0)


def test_bulk_callback_plans_one_reminder_for_each_selected_contact(
    qtbot, window, services, clock, people
):
    view = open_attention(qtbot, window, clock)
    click_row(qtbot, view, 0)
    click_row(qtbot, view, 1, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view.view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(PlanCallbacksDialog)
    qtbot.waitUntil(lambda: dialog.isVisible())
    assert "Petra Öztürk, Anna Weber" in dialog.findChild(type(view.summary)).text()
    dialog.reason.setText("Jahresgespräch anbieten")
    ok(qtbot, dialog)
    planned = services.reminders.list()
    assert sorted(r.contact_id for r in planned) == sorted([people["oeztuerk"], people["weber"]])
    assert {(r.reason, r.kind) for r in planned} == {("Jahresgespräch anbieten", "callback")}
    assert len({r.due_at for r in planned}) == 1


def test_later_sets_the_selected_contacts_aside(qtbot, window, services, clock, people):
    view = open_attention(qtbot, window, clock)
    click_row(qtbot, view, 0)
    window.commands.postpone.trigger()
    dialog = window.findChild(PostponeDialog)
    qtbot.waitUntil(lambda: dialog.isVisible())
    dialog.days.setValue(7)
    ok(qtbot, dialog)
    qtbot.waitUntil(lambda: names(view) == ["Anna Weber", "Jürgen Müller"])
    (aside,) = services.reminders.list(contact_id=people["oeztuerk"])
    assert aside.kind == "cadence" and aside.fires_at == clock.now() + timedelta(days=7)


def test_the_responsible_person_filters_the_list_and_shows_on_the_card(
    qtbot, window, services, people
):
    with services.context.engine.begin() as conn:
        conn.execute(
            insert(User).values(
                id=2, login="eva", name="Eva Kolleg", created_at=datetime(2026, 1, 1, tzinfo=UTC)
            )
        )
    weber = services.contacts.get(people["weber"]).as_input()
    services.contacts.update(people["weber"], replace(weber, responsible_id=2))
    services.users.set_my_name("Ines Inhaberin")
    combo = window.contact_list.responsible_filter
    qtbot.waitUntil(lambda: combo.count() == 3)
    assert [combo.itemText(i) for i in range(3)] == [
        "Alle Kontakte",
        "Meine Kontakte",
        "Zuständig: Eva Kolleg",
    ]
    combo.setCurrentIndex(2)
    combo.activated.emit(2)
    qtbot.waitUntil(lambda: visible_names(window) == ["Anna Weber"])
    combo.setCurrentIndex(1)
    combo.activated.emit(1)
    qtbot.waitUntil(lambda: visible_names(window) == ["Jürgen Müller", "Petra Öztürk"])
    window.show_contact(people["weber"])
    assert "Eva Kolleg" in window.contact_panel.card.text()
    window.show_contact(people["mueller"])
    assert "Ines Inhaberin" in window.contact_panel.card.text()
