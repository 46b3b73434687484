"""Department, anniversary and an address's PO box and extended line, edited in the contact
form opened from the window, by keyboard."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QTabWidget

from beziehung.core.services.inputs import ContactInput, MethodInput
from beziehung.ui.dialogs.contact_dialog import COL_VALUE, ContactDialog
from tests.ui.conftest import click, click_contact


def edit_in_the_window(qtbot, window, contact_id: int, work: Callable[[ContactDialog], None]):
    """Open the contact form with the window's "edit" action, let ``work`` fill it, save."""
    click_contact(qtbot, window, contact_id)
    seen: list[ContactDialog] = []

    def when_shown() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, ContactDialog) and dialog.isVisible() and not seen:
            timer.stop()
            seen.append(dialog)
            dialog.activateWindow()
            qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
            try:
                work(dialog)
            except BaseException:
                dialog.done(0)  # a failing check must not leave the modal form open
                raise
            click(qtbot, dialog, "Save")

    timer = QTimer(interval=10)
    timer.timeout.connect(when_shown)
    timer.start()
    window.commands.edit_contact.trigger()
    timer.stop()
    assert seen, "the contact form did not open"
    return seen[0]


def type_at(qtbot, dialog: ContactDialog, key: Qt.Key, text: str = "") -> None:
    """Alt and the label's underlined letter, then type where the keyboard went."""
    qtbot.keyClick(dialog, key, Qt.KeyboardModifier.AltModifier)
    if text:
        qtbot.keyClicks(QApplication.focusWidget(), text)


def test_department_anniversary_po_box_and_extended_line_are_typed_saved_and_kept(
    qtbot, window, services, people
):
    weber = people["weber"]
    address = MethodInput(
        "address", "", street="Königstraße 12", postal_code="70173", city="Stuttgart"
    )
    phone = MethodInput("phone", "0711 987654")
    services.contacts.update(weber, ContactInput(name="Anna Weber", methods=[phone, address]))

    def fill(dialog: ContactDialog) -> None:
        type_at(qtbot, dialog, Qt.Key.Key_U, "Einkauf")
        assert QApplication.focusWidget() is dialog.further.department
        type_at(qtbot, dialog, Qt.Key.Key_J)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
        assert dialog.further.anniversary.known.isChecked()
        dialog.further.anniversary.edit.setDate(QDate(2001, 6, 1))
        assert "2001" in dialog.further.anniversary.edit.text()  # four digits

        qtbot.keyClick(
            QApplication.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier
        )
        assert dialog.findChild(QTabWidget).currentIndex() == 1  # "Erreichbarkeit"
        dialog.methods.setCurrentCell(0, COL_VALUE)  # the phone: no PO box to give
        assert not dialog.address_parts.po_box.isEnabled()
        dialog.methods.setCurrentCell(1, COL_VALUE)
        assert dialog.address_parts.po_box.isEnabled()
        type_at(qtbot, dialog, Qt.Key.Key_F, "10 20 30")
        assert QApplication.focusWidget() is dialog.address_parts.po_box
        type_at(qtbot, dialog, Qt.Key.Key_Z, "c/o Kanzlei Weber, 3. OG")

    edit_in_the_window(qtbot, window, weber, fill)
    detail = services.contacts.get(weber)
    assert (detail.department, detail.anniversary) == ("Einkauf", date(2001, 6, 1))
    (stored,) = [m for m in detail.methods if m.kind == "address"]
    assert (stored.street, stored.postal_code, stored.city) == (
        "Königstraße 12",
        "70173",
        "Stuttgart",
    )
    assert (stored.po_box, stored.extended) == ("10 20 30", "c/o Kanzlei Weber, 3. OG")
    assert stored.value == "10 20 30, c/o Kanzlei Weber, 3. OG, Königstraße 12, 70173 Stuttgart"
    # The card shows the address as it goes on an envelope.
    card = window.contact_panel.card
    qtbot.waitUntil(lambda: "c/o Kanzlei Weber, 3. OG<br>Königstraße 12" in card.text())
    assert "Postfach 10 20 30<br>c/o Kanzlei Weber" in card.text()

    def look(dialog: ContactDialog) -> None:
        assert dialog.further.department.text() == "Einkauf"
        assert dialog.further.anniversary.value() == date(2001, 6, 1)
        dialog.methods.setCurrentCell(1, COL_VALUE)
        assert dialog.address_parts.po_box.text() == "10 20 30"
        assert dialog.address_parts.extended.text() == "c/o Kanzlei Weber, 3. OG"

    edit_in_the_window(qtbot, window, weber, look)
    again = services.contacts.get(weber)
    assert (again.department, again.anniversary) == ("Einkauf", date(2001, 6, 1))
    # Saving writes the methods afresh (new ids); everything else is as it was.
    assert [replace(m, id=0) for m in again.methods] == [replace(m, id=0) for m in detail.methods]


def test_clearing_the_anniversary_and_department_stores_none(qtbot, window, services, people):
    weber = people["weber"]
    services.contacts.update(
        weber,
        ContactInput(name="Anna Weber", department="Vertrieb", anniversary=date(1995, 6, 10)),
    )

    def clear(dialog: ContactDialog) -> None:
        assert "1995" in dialog.further.anniversary.edit.text()
        dialog.further.department.clear()
        dialog.further.anniversary.known.setChecked(False)

    edit_in_the_window(qtbot, window, weber, clear)
    detail = services.contacts.get(weber)
    assert (detail.department, detail.anniversary) == (None, None)
