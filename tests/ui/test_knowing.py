"""Relations, Nachfolger eintragen, the user's own fields and the letter form, through the
window's menus, the card's buttons and the dialogs."""

from collections.abc import Callable
from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget

from beziehung.ui.dialogs.contact_dialog import ContactDialog
from beziehung.ui.dialogs.fields_dialog import FieldsDialog, NewFieldDialog
from beziehung.ui.dialogs.relation_dialog import RelationDialog
from beziehung.ui.dialogs.successor_dialog import SuccessorDialog
from tests.ui.conftest import button, click, click_contact
from tests.ui.test_reachable import bar_menu, entry

popup = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")


class Steps:
    """Acts once on each dialog of a kind as it shows; acting runs from its own single-shot
    timer, so that a dialog it opens in turn can be handled too."""

    def __init__(self) -> None:
        self.plan: list[tuple[type[QWidget], Callable[[QWidget], None]]] = []
        self.done: list[str] = []
        self.timer = QTimer(interval=10)
        self.timer.timeout.connect(self._look)
        self.timer.start()

    def on(self, kind: type[QWidget], act: Callable[[QWidget], None]) -> None:
        self.plan.append((kind, act))

    def _look(self) -> None:
        if not self.plan:
            return
        kind, act = self.plan[0]
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, kind) and widget.isVisible():
                self.plan.pop(0)
                self.done.append(kind.__name__)
                QTimer.singleShot(0, lambda w=widget: act(w))
                return

    def stop(self) -> None:
        self.timer.stop()
        assert not self.plan, f"not shown: {[k.__name__ for k, _ in self.plan]}"


@pytest.fixture
def steps():
    planned = Steps()
    yield planned
    planned.stop()


def press(qtbot, dialog: QWidget, text: str) -> None:
    qtbot.mouseClick(button(dialog, text), Qt.MouseButton.LeftButton, pos=QPoint(4, 4))


def relation_rows(window) -> list[str]:
    found = window.contact_panel.relations.list
    return [found.item(i).text() for i in range(found.count())]


def test_a_relation_added_from_the_contact_menu_shows_on_both_cards(qtbot, window, people, steps):
    click_contact(qtbot, window, people["oeztuerk"])

    def fill(dialog: RelationDialog) -> None:
        dialog.set_kind("assistant")
        dialog.choose(people["weber"])
        press(qtbot, dialog, "Hinzufügen")

    steps.on(RelationDialog, fill)
    entry(bar_menu(window, "Kontakt"), "Beziehung hinzufügen …").trigger()
    qtbot.waitUntil(lambda: relation_rows(window) == ["Assistenz von Anna Weber"])
    # Enter on the row opens the other contact, whose card reads the other way round.
    relations = window.contact_panel.relations.list
    relations.setCurrentRow(0)
    relations.itemActivated.emit(relations.item(0))
    assert window.contact_panel.contact_id == people["weber"]
    assert relation_rows(window) == ["hat Assistenz Petra Öztürk"]
    relations.setCurrentRow(0)
    window.contact_panel.relations.remove_action.trigger()
    qtbot.waitUntil(lambda: relation_rows(window) == [])
    assert not relations.isVisible()


def test_nachfolger_eintragen_moves_the_open_callbacks_and_links_the_history(
    qtbot, window, services, people, steps, clock
):
    leaver, successor = people["mueller"], people["weber"]
    due = clock.now() + timedelta(days=2)
    services.reminders.create(leaver, due, "Angebot nachfassen")
    done = services.reminders.create(leaver, due, "Erledigt schon")
    services.reminders.complete(done.id)
    click_contact(qtbot, window, leaver)
    seen: list[str] = []

    def hand_over(dialog: SuccessorDialog) -> None:
        dialog.choose(successor)
        seen.append(dialog.summary.text())
        assert dialog.former.isChecked()
        press(qtbot, dialog, "Übergeben")

    steps.on(SuccessorDialog, hand_over)
    click(qtbot, window.contact_panel, "Nachfolger eintragen …")
    qtbot.waitUntil(lambda: window.contact_panel.contact_id == successor)
    assert "1 offener Rückruf wandert mit" in seen[0]
    assert relation_rows(window) == [
        "Nachfolge von Jürgen Müller – Verlauf der Vorgängerin/des Vorgängers"
    ]
    assert [r.reason for r in services.reminders.list() if r.contact_id == successor] == [
        "Von Jürgen Müller übernommen: Angebot nachfassen"
    ]
    assert services.contacts.get(leaver).summary.stage == "ehemalig"
    assert services.reminders.get(done.id).contact_id == leaver


@popup
def test_a_field_defined_in_eigene_felder_is_filled_in_the_contact_dialog(
    qtbot, window, services, people, steps, boxes
):
    def add_field(dialog: FieldsDialog) -> None:
        press(qtbot, dialog, "Hinzufügen …")

    def name_it(dialog: NewFieldDialog) -> None:
        dialog.name.setText("Verein")
        press(qtbot, dialog, "OK")

    def close(dialog: FieldsDialog) -> None:
        assert dialog.list.item(0).text() == "Verein (Text)"
        dialog.reject()

    steps.on(FieldsDialog, add_field)
    steps.on(NewFieldDialog, name_it)
    steps.on(FieldsDialog, close)
    entry(bar_menu(window, "Datei"), "Eigene Felder …").trigger()
    (field,) = services.fields.definitions()

    click_contact(qtbot, window, people["weber"])

    def fill(dialog: ContactDialog) -> None:
        editor = dialog.findChild(QLineEdit, f"field-{field.id}")
        editor.setText("Segelclub Wannsee")
        form = dialog.letter_form
        assert isinstance(form, QComboBox)
        form.setCurrentIndex(form.findData("du"))
        press(qtbot, dialog, "Save")

    steps.on(ContactDialog, fill)
    window.commands.edit_contact.trigger()
    qtbot.waitUntil(lambda: "Segelclub Wannsee" in window.contact_panel.card.text())
    assert "Hallo Anna," in window.contact_panel.card.text()
    hits = services.search.search("segelclub")
    assert [h.contact_id for h in hits if h.kind == "contact"] == [people["weber"]]

    # Removing the field names how many contacts lose a value, and asks.
    def remove(dialog: FieldsDialog) -> None:
        dialog.list.setCurrentRow(0)
        press(qtbot, dialog, "Entfernen …")
        dialog.reject()

    boxes.answer("Entfernen")
    steps.on(FieldsDialog, remove)
    entry(bar_menu(window, "Datei"), "Eigene Felder …").trigger()
    assert "1 Kontakt verliert" in boxes.texts[0] or "1 Kontakt" in boxes.texts[0]
    assert services.fields.definitions() == []
    qtbot.waitUntil(lambda: "Segelclub" not in window.contact_panel.card.text())
