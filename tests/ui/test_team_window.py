"""The window with colleagues: "Nur meine Kontakte" by keyboard and kept for the next start,
"für Anna" on callbacks that pop up in her window, and no "Für:" when working alone."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from sqlalchemy import insert

from beziehung.core.models import User
from beziehung.core.services.inputs import ContactInput
from beziehung.ui.dialogs.reminder_dialog import ReminderDialog
from beziehung.ui.main_window import MINE_ONLY_KEY, MainWindow


def add_anna(services, clock) -> int:
    with services.context.engine.begin() as conn:
        conn.execute(insert(User).values(login="anna", name="Anna", created_at=clock.now()))
    return services.users.find("anna")


def listed(window) -> list[int]:
    model = window.contact_model
    return [model.contact_id(row) for row in range(model.rowCount())]


def test_mine_only_by_keyboard_lists_my_contacts_and_is_kept(
    qtbot, window, services, people, clock, qsettings, drafts
):
    anna = add_anna(services, clock)
    hers = services.contacts.create(ContactInput(name="Zoë Straßmann", responsible_id=anna))
    qtbot.waitUntil(lambda: hers in listed(window))
    qtbot.keyClick(
        window,
        Qt.Key.Key_M,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: sorted(listed(window)) == sorted(people.values()))
    assert window.contact_list.responsible_filter.currentText() == "Meine Kontakte"
    assert qsettings.value(MINE_ONLY_KEY, type=bool) is True
    # Choosing "Alle Kontakte" in the list unticks the menu entry.
    combo = window.contact_list.responsible_filter
    combo.setCurrentIndex(0)
    combo.activated.emit(0)
    qtbot.waitUntil(lambda: hers in listed(window))
    assert not window.commands.mine_only.isChecked()
    assert qsettings.value(MINE_ONLY_KEY, type=bool) is False
    # Ticked again, it is what the next window starts with.
    window.commands.mine_only.trigger()
    again = MainWindow(services, qsettings, drafts, "/tmp/test.db")
    qtbot.addWidget(again)
    assert again.commands.mine_only.isChecked()
    assert again.contact_list.responsible_filter.currentText() == "Meine Kontakte"
    qtbot.waitUntil(lambda: again.contact_model.has_read and not again.contact_list.busy)
    again.close()


def test_a_callback_for_anna_says_so_on_today_and_on_the_card(
    qtbot, window, services, people, clock
):
    anna = add_anna(services, clock)
    mueller = people["mueller"]
    services.reminders.create(
        mueller, clock.now() + timedelta(hours=2), "Angebot", assignee_id=anna
    )
    services.reminders.create(mueller, clock.now() + timedelta(hours=3), "Vertrag")
    window.commands.today.trigger()
    today = window.today_view.today

    def texts() -> list[str]:
        return [today.model.index(i, 0).data() for i in range(today.model.rowCount())]

    qtbot.waitUntil(lambda: len(texts()) == 2)
    assert [("für Anna" in t) for t in texts()] == [True, False]
    window.show_contact(mueller)
    timeline = window.contact_panel.timeline_model
    qtbot.waitUntil(lambda: timeline.rowCount() > 0)
    shown = [timeline.index(i, 0).data() for i in range(timeline.rowCount())]
    assert sum("für Anna" in t for t in shown) == 1


def test_working_alone_the_callback_form_asks_for_nobody(qtbot, services, people, clock):
    reminder = services.reminders.create(people["mueller"], clock.now(), "Angebot")
    dialog = ReminderDialog(services, reminder.id)
    qtbot.addWidget(dialog)
    assert dialog.assignee is None
