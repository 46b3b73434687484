"""The pop-up never takes the keyboard from a user who types; forms never lose what was typed;
closing without a tray never ends reminders silently."""

from datetime import timedelta

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QLabel, QToolButton

from beziehung.core.services.inputs import ContactInput
from beziehung.drafts import contact_key
from beziehung.ui.dialogs.contact_dialog import ContactDialog
from beziehung.ui.main_window import MainWindow
from tests.ui.conftest import button, card, click, click_contact


def draft_of(services, contact_id: int) -> str:
    return contact_key(contact_id, services.contacts.get(contact_id).created_at)


def press_close_button(widget) -> None:
    """The title bar's close button: the window manager asks the window to close."""
    QApplication.sendEvent(widget.windowHandle(), QCloseEvent())


def type_where_the_keyboard_is(qtbot, text: str) -> None:
    """Each key goes to whichever widget has the keyboard at that moment, as on a desk."""
    for char in text:
        qtbot.keyClicks(QApplication.focusWidget(), char)


def open_log_call(qtbot, window: MainWindow, contact_id: int):
    click_contact(qtbot, window, contact_id)
    window.commands.log_call.trigger()
    dialog = window.log_call_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.body)
    return dialog


def test_a_reminder_falling_due_while_typing_leaves_the_keyboard_in_the_note(
    qtbot, window, services, clock, people
):
    services.reminders.create(people["weber"], clock.now() + timedelta(minutes=1), "Vertrag")
    window.start_reminders()
    dialog = open_log_call(qtbot, window, people["mueller"])
    type_where_the_keyboard_is(qtbot, "Angebot ")
    clock.advance(timedelta(minutes=1))
    window.scheduler.check()
    assert window.popup.isVisible()
    qtbot.waitExposed(window.popup)
    # Whatever the platform does with a new window has happened once the events are through.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert QApplication.focusWidget() is dialog.body
    type_where_the_keyboard_is(qtbot, "besprochen, Preis offen")
    assert dialog.body.toPlainText() == "Angebot besprochen, Preis offen"
    window.scheduler.stop()


def test_ctrl_shift_r_brings_the_keyboard_to_the_pop_up(qtbot, window, services, clock, people):
    reminder = services.reminders.create(people["weber"], clock.now(), "Vertrag")
    dialog = open_log_call(qtbot, window, people["mueller"])
    window.start_reminders()
    qtbot.waitExposed(window.popup)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(
        QApplication.focusWidget(),
        Qt.Key.Key_R,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window.popup)
    focused = QApplication.focusWidget()
    assert focused is not None and focused.window() is window.popup
    assert focused is button(card(window.popup, reminder.id), "Anrufen & notieren")
    window.scheduler.stop()


def many_due(services, clock, people, callbacks: int, cadence: int) -> tuple[list[int], list[int]]:
    keys = list(people)
    made_callbacks = [
        services.reminders.create(
            people[keys[i % 3]], clock.now() - timedelta(minutes=30 - i), f"Rückruf {i + 1}"
        ).id
        for i in range(callbacks)
    ]
    # Older than every callback: by due time alone they would come first.
    made_cadence = [
        services.reminders.create(
            people[keys[i % 3]],
            clock.now() - timedelta(days=2) + timedelta(minutes=i),
            "",
            kind="cadence",
        ).id
        for i in range(cadence)
    ]
    return made_callbacks, made_cadence


def shown_cards(popup) -> list[int]:
    inner = popup.list_area.widget()
    found = []
    for i in range(inner.layout().count()):
        widget = inner.layout().itemAt(i).widget()
        name = widget.objectName() if widget is not None else ""
        if name.startswith("reminder-") and not widget.isHidden():
            found.append(int(widget.objectName().removeprefix("reminder-")))
    return found


def in_view(popup, reminder_id: int) -> bool:
    target = card(popup, reminder_id)
    viewport = popup.list_area.viewport()
    top_left = target.mapTo(viewport, QPoint(0, 0))
    return top_left.y() >= 0 and top_left.y() + target.height() <= viewport.height()


def test_thirty_one_due_reminders_are_a_list_with_callbacks_first(
    qtbot, window, services, clock, people, boxes
):
    callbacks, cadence = many_due(services, clock, people, callbacks=20, cadence=11)
    window.start_reminders()
    popup = window.popup
    qtbot.waitExposed(popup)
    assert len(popup.entries) == 31
    # Callbacks in due order; the cadence ones wait folded behind them.
    assert shown_cards(popup) == callbacks
    section = popup.findChild(QToolButton, "cadence-section")
    assert section.text() == "Lange nicht gesprochen (11)"
    qtbot.mouseClick(section, Qt.MouseButton.LeftButton)
    # 25 cards at most; the rest are counted, and the bulk buttons still act on all 31.
    assert shown_cards(popup) == callbacks + cadence[:5]
    more = popup.findChild(QLabel, "more-reminders")
    assert more.text().startswith("… und 6 weitere.")
    # Far more than two at a time, and the last one is reachable by scrolling.
    qtbot.waitUntil(lambda: sum(in_view(popup, r) for r in callbacks) >= 8)
    popup.list_area.verticalScrollBar().setValue(popup.list_area.verticalScrollBar().maximum())
    qtbot.waitUntil(lambda: in_view(popup, cadence[4]))

    boxes.answer("Cancel")
    click(qtbot, popup, "Alle erledigt (31)")
    assert "31 fällige Erinnerungen" in boxes.texts[0] and "11" in boxes.texts[0]
    assert len(popup.entries) == 31
    boxes.answer("Alle 31 erledigt")
    click(qtbot, popup, "Alle erledigt (31)")
    assert popup.entries == {} and not popup.isVisible()
    assert {services.reminders.get(r).state for r in callbacks + cadence} == {"done"}
    window.scheduler.stop()


def test_with_a_full_list_of_callbacks_the_others_are_only_counted(
    qtbot, window, services, clock, people
):
    callbacks, _cadence = many_due(services, clock, people, callbacks=25, cadence=3)
    window.start_reminders()
    popup = window.popup
    assert len(popup.entries) == 28 and shown_cards(popup) == callbacks
    # No section to open that would show nothing.
    assert popup.findChild(QToolButton, "cadence-section") is None
    assert popup.findChild(QLabel, "more-reminders").text().startswith("… und 3 weitere.")
    window.scheduler.stop()


def test_alle_spaeter_snoozes_every_entry_and_they_come_back(
    qtbot, window, services, clock, people
):
    callbacks, cadence = many_due(services, clock, people, callbacks=25, cadence=6)
    window.start_reminders()
    popup = window.popup
    (action,) = [a for a in popup.all_later.menu().actions() if a.text() == "um 1 Stunde"]
    action.trigger()
    assert not popup.isVisible()
    assert {services.reminders.get(r).snoozed_until for r in callbacks + cadence} == {
        clock.now() + timedelta(hours=1)
    }
    clock.advance(timedelta(minutes=59, seconds=59, milliseconds=999))
    window.scheduler.check()
    assert not popup.isVisible()
    clock.advance(timedelta(milliseconds=1))
    window.scheduler.check()
    assert popup.isVisible() and len(popup.entries) == 31
    window.scheduler.stop()


def test_a_single_reminder_has_no_bulk_buttons(qtbot, window, services, clock, people):
    services.reminders.create(people["weber"], clock.now(), "Vertrag")
    window.start_reminders()
    assert not window.popup.all_done.isVisible() and not window.popup.all_later.isVisible()
    window.scheduler.stop()


# --- the contact form --------------------------------------------------------------------------


def test_escape_in_a_new_contact_asks_and_keeps_a_draft(qtbot, services, drafts, boxes):
    dialog = ContactDialog(services, drafts=drafts)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.given, "Klara")
    qtbot.keyClicks(dialog.family, "Fall")
    boxes.answer("Cancel")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and len(boxes.texts) == 1
    assert boxes.texts[0].startswith("Die Eingaben sind noch nicht gespeichert.")
    boxes.answer("Save")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert drafts.load(contact_key(None, None))["fields"]["family"] == "Fall"

    again = ContactDialog(services, drafts=drafts)
    qtbot.addWidget(again)
    again.show()
    assert (again.given.text(), again.family.text()) == ("Klara", "Fall")
    assert again.keeper.banner.isVisible()
    click(qtbot, again, "Save")
    assert drafts.load(contact_key(None, None)) is None
    assert services.contacts.get(again.saved_id).summary.display_name == "Klara Fall"


def test_escape_without_changes_closes_without_asking(qtbot, services, drafts, people, boxes):
    dialog = ContactDialog(services, people["weber"], drafts=drafts)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and boxes.texts == []


def test_the_close_button_asks_too_and_discard_drops_the_draft(
    qtbot, services, drafts, people, boxes
):
    dialog = ContactDialog(services, people["weber"], drafts=drafts)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.role, "Prokuristin")
    qtbot.waitUntil(lambda: drafts.load(draft_of(services, people["weber"])) is not None)
    boxes.answer("Cancel")
    press_close_button(dialog)
    assert dialog.isVisible() and len(boxes.texts) == 1
    boxes.answer("Discard")
    press_close_button(dialog)
    assert not dialog.isVisible()
    assert drafts.load(draft_of(services, people["weber"])) is None
    assert services.contacts.get(people["weber"]).role is None


def test_a_draft_after_a_crash_comes_back_without_undoing_changes_made_elsewhere(
    qtbot, services, drafts, people
):
    crashed = ContactDialog(services, people["weber"], drafts=drafts)
    qtbot.addWidget(crashed)
    crashed.show()
    qtbot.keyClicks(crashed.role, "Prokuristin")
    # The draft is on disk within a moment of typing; the dialog is never closed properly.
    qtbot.waitUntil(lambda: drafts.load(draft_of(services, people["weber"])) is not None)
    services.contacts.update(
        people["weber"], ContactInput(name="Anna Weber-Kühn", stage="stammkunde")
    )
    reopened = ContactDialog(services, people["weber"], drafts=drafts)
    qtbot.addWidget(reopened)
    assert reopened.role.text() == "Prokuristin"
    assert reopened.family.text() == "Weber-Kühn"  # changed meanwhile, not typed here
    other = ContactDialog(services, people["mueller"], drafts=drafts)
    qtbot.addWidget(other)
    assert other.role.text() == "" and not other.keeper.banner.isVisibleTo(other)
    click(qtbot, reopened, "Entwurf verwerfen")
    assert reopened.role.text() == ""
    assert drafts.load(draft_of(services, people["weber"])) is None


# --- closing without a tray --------------------------------------------------------------------


def no_tray_window(qtbot, services, qsettings, drafts) -> MainWindow:
    main = MainWindow(services, qsettings, drafts, "x", tray_available=False)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def test_without_a_tray_closing_asks_and_can_keep_reminding_minimised(
    qtbot, services, qsettings, drafts, people, boxes
):
    main = no_tray_window(qtbot, services, qsettings, drafts)
    assert main.tray is None
    with qtbot.assertNotEmitted(main.closed_for_good):
        boxes.answer("Minimieren, weiter erinnern")
        press_close_button(main)
    assert "Erinnerungen" in boxes.texts[0]
    assert main.isMinimized() and main.isVisible()
    with qtbot.assertNotEmitted(main.closed_for_good):
        boxes.answer("Cancel")
        press_close_button(main)
    with qtbot.waitSignal(main.closed_for_good, timeout=1000):
        boxes.answer("Beenden")
        press_close_button(main)
    assert len(boxes.texts) == 3


def test_beenden_from_the_menu_ends_without_asking(qtbot, services, qsettings, drafts, boxes):
    main = no_tray_window(qtbot, services, qsettings, drafts)
    with qtbot.waitSignal(main.closed_for_good, timeout=1000):
        main.commands.quit.trigger()
    assert boxes.texts == []
