"""One name for moving a callback, counts in the right number, four-digit years in every date
field, and an undo that says what it takes back."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QToolButton,
    QWidget,
)

from beziehung.core.services.inputs import ContactInput
from beziehung.core.timeparse import tomorrow_at
from beziehung.ui.dialogs.contact_dialog import ContactDialog
from beziehung.ui.dialogs.log_call_dialog import LogCallDialog
from beziehung.ui.dialogs.reminder_dialog import ReminderDialog
from beziehung.ui.formatting import to_qdatetime
from tests.conftest import BERLIN
from tests.ui.conftest import card, click, click_contact
from tests.ui.test_undo import choose_from_menu, note_point, reminder_point, weber_note

pytestmark = pytest.mark.qt_log_ignore("does not support grabbing the keyboard")

MOVES = ["um 10 Minuten", "um 1 Stunde", "auf morgen früh", "auf einen anderen Zeitpunkt …"]


def plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def titles(menu: QMenu) -> list[str]:
    return [plain(a.text()) for a in menu.actions() if not a.isSeparator()]


def submenu(menu: QMenu, title: str) -> QMenu:
    (found,) = [a.menu() for a in menu.actions() if plain(a.text()) == title]
    return found


def all_texts(widget: QWidget) -> list[str]:
    texts = [plain(b.text()) for b in widget.findChildren(QToolButton)]
    texts += [plain(b.text()) for b in widget.findChildren(QLabel)]
    for menu in widget.findChildren(QMenu):
        texts += titles(menu)
    return texts


class TimeAnswer:
    """Answers the "auf einen anderen Zeitpunkt …" question with ``when`` and OK, as a user
    would; the question runs its own event loop, so it is watched for from a timer."""

    def __init__(self, when: datetime) -> None:
        self.when = when
        self.asked = 0
        self._timer = QTimer(interval=10)
        self._timer.timeout.connect(self._look)
        self._timer.start()

    def _look(self) -> None:
        for dialog in QApplication.topLevelWidgets():
            edit = dialog.findChild(QDateTimeEdit, "move-to")
            if isinstance(dialog, QDialog) and dialog.isVisible() and edit is not None:
                self.asked += 1
                edit.setDateTime(to_qdatetime(self.when))
                buttons = dialog.findChild(QDialogButtonBox)
                buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    def stop(self) -> None:
        self._timer.stop()


@pytest.fixture
def time_answer() -> Iterator[list[TimeAnswer]]:
    made: list[TimeAnswer] = []
    yield made
    for answer in made:
        answer.stop()


# --- Verschieben ----------------------------------------------------------------------------


def test_the_pop_up_offers_one_verschieben_menu_and_the_other_time_reschedules(
    qtbot, window, services, clock, people, time_answer
):
    reminder = services.reminders.create(people["mueller"], clock.now(), "Angebot")
    other = services.reminders.create(people["weber"], clock.now(), "Vertrag")
    window.start_reminders()
    popup = window.popup
    (move,) = card(popup, reminder.id).findChildren(QToolButton)
    assert plain(move.text()) == "Verschieben"
    assert titles(move.menu()) == MOVES
    assert plain(popup.all_later.text()) == "Alle verschieben"
    assert titles(popup.all_later.menu()) == MOVES
    assert not [t for t in all_texts(popup) if "Später" in t or "Andere Zeit" in t]

    # A time of one's own choosing is a new agreement: the due time itself moves.
    agreed = (clock.now() + timedelta(days=2)).replace(second=0, microsecond=0)
    time_answer.append(TimeAnswer(agreed))
    (elsewhere,) = [a for a in move.menu().actions() if a.text() == MOVES[-1]]
    elsewhere.trigger()
    assert time_answer[0].asked == 1
    moved = services.reminders.get(reminder.id)
    assert (moved.due_at, moved.fires_at) == (agreed, agreed)
    assert list(popup.entries) == [other.id]
    window.scheduler.stop()


def test_the_timeline_offers_edit_and_the_same_verschieben_menu(
    qtbot, window, services, clock, people
):
    due = clock.now() + timedelta(days=1)
    reminder = services.reminders.create(people["weber"], due, "Angebot")
    click_contact(qtbot, window, people["weber"])
    choose_from_menu(qtbot, window, reminder_point(window, reminder.id), "Bearbeiten …")
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ReminderDialog))
    dialog.reject()
    menu = window.contact_panel.timeline_menu
    assert titles(menu) == ["Bearbeiten …", "Verschieben", "Erledigt", "Abbrechen"]
    assert titles(submenu(menu, "Verschieben")) == MOVES
    (hour,) = [a for a in submenu(menu, "Verschieben").actions() if a.text() == "um 1 Stunde"]
    hour.trigger()
    moved = services.reminders.get(reminder.id)
    # A delay brings it back sooner or later; the time agreed with the customer stays.
    assert (moved.due_at, moved.fires_at) == (due, clock.now() + timedelta(hours=1))


def test_the_reminder_dialogs_verschieben_fills_in_the_due_time(
    qtbot, window, services, clock, people
):
    reminder = services.reminders.create(people["weber"], clock.now() + timedelta(days=3), "A")
    dialog = ReminderDialog(services, reminder.id, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert plain(dialog.move_button.text()) == "Verschieben"
    assert titles(dialog.move_button.menu()) == MOVES[:3]
    (tomorrow,) = [a for a in dialog.move_button.menu().actions() if a.text() == "auf morgen früh"]
    tomorrow.trigger()
    click(qtbot, dialog, "Save")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    at = services.settings.load().default_reminder_time
    assert services.reminders.get(reminder.id).due_at == tomorrow_at(clock.now(), at, BERLIN)


# --- counts -----------------------------------------------------------------------------------


def test_a_callback_missed_days_ago_counts_its_days(qtbot, window, services, clock, people):
    two = services.reminders.create(people["mueller"], clock.now() - timedelta(days=2), "A")
    services.reminders.create(people["weber"], clock.now() - timedelta(days=5), "B")
    window.start_reminders()
    assert "Verpasst, 2 Tage zu spät" in card(window.popup, two.id).findChild(QLabel).text()
    window.scheduler.stop()


def test_an_organisation_with_one_person_says_person(qtbot, window, services, people):
    services.contacts.create(ContactInput(name="Eva Kurz", organisation="Solo GmbH"))
    window.show_organisations()
    model = window.organisation_list.model
    texts = lambda: [model.entry(r).text for r in range(model.rowCount())]  # noqa: E731
    qtbot.waitUntil(lambda: "Solo GmbH · 1 Person" in texts())
    assert "Müller & Partner · 1 Person" in texts()


# --- four-digit years -------------------------------------------------------------------------


def date_fields(dialog: QWidget) -> list[QDateTimeEdit]:
    found = dialog.findChildren(QDateTimeEdit)  # a QDateEdit is one too
    assert all(isinstance(f, QDateEdit) for f in found) or not isinstance(dialog, ContactDialog)
    return found


@pytest.mark.parametrize("kind", ["contact", "log_call", "reminder"])
def test_every_date_field_shows_the_year_in_four_digits(
    qtbot, window, services, drafts, clock, people, kind
):
    if kind == "contact":
        dialog = ContactDialog(services, people["weber"], window, drafts)
    elif kind == "log_call":
        dialog = LogCallDialog(services, people["weber"], drafts, window)
    else:
        reminder = services.reminders.create(people["weber"], clock.now(), "A")
        dialog = ReminderDialog(services, reminder.id, window)
    qtbot.addWidget(dialog)
    fields = date_fields(dialog)
    # Birthday, anniversary, keep-until, consent given and withdrawn; the call and its
    # callback; the due time.
    assert len(fields) == {"contact": 5, "log_call": 2, "reminder": 1}[kind]
    for field in fields:
        assert "yyyy" in field.displayFormat()
        assert str(field.date().year()) in field.text()


def test_the_other_time_question_shows_four_digit_years(
    qtbot, window, services, clock, people, monkeypatch
):
    reminder = services.reminders.create(people["mueller"], clock.now(), "Angebot")
    window.start_reminders()
    (move,) = card(window.popup, reminder.id).findChildren(QToolButton)
    seen: list[str] = []

    def answer(dialog: QDialog) -> int:
        # Read the question as shown, then cancel it, without a nested event loop.
        seen.append(dialog.findChild(QDateTimeEdit, "move-to").text())
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(QDialog, "exec", answer)
    (elsewhere,) = [a for a in move.menu().actions() if a.text() == MOVES[-1]]
    elsewhere.trigger()
    (text,) = seen
    at = services.settings.load().default_reminder_time
    assert str(tomorrow_at(clock.now(), at, BERLIN).astimezone().year) in text
    window.scheduler.stop()


# --- Bearbeiten ▸ Rückgängig -----------------------------------------------------------------


def edit_menu(window) -> QMenu:
    bar = window.menuBar().actions()
    assert [plain(a.text()) for a in bar][:3] == ["Datei", "Bearbeiten", "Kontakt"]
    return bar[1].menu()


def test_the_edit_menu_undoes_what_it_names(qtbot, window, services, people):
    menu = edit_menu(window)
    (undo,) = menu.actions()
    assert (plain(undo.text()), undo.isEnabled()) == ("Rückgängig", False)
    # One action for the key and the menu entry.
    undo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Undo)
    holders = [
        a for a in window.findChildren(type(undo)) if any(k in a.shortcuts() for k in undo_keys)
    ]
    assert holders == [undo]

    note = weber_note(services, people)
    click_contact(qtbot, window, people["weber"])
    timeline = window.contact_panel.timeline
    qtbot.mouseClick(
        timeline.viewport(), Qt.MouseButton.LeftButton, pos=note_point(window, note.id)
    )
    qtbot.keyClick(timeline, Qt.Key.Key_Delete)
    qtbot.waitUntil(undo.isEnabled)
    assert plain(undo.text()) == "Rückgängig: Notiz gelöscht"
    undo.trigger()
    qtbot.waitUntil(lambda: services.notes.get(note.id) == note)
    assert (plain(undo.text()), undo.isEnabled()) == ("Rückgängig", False)


def test_deleting_a_contact_says_it_can_be_undone(qtbot, window, services, people, boxes):
    click_contact(qtbot, window, people["weber"])
    boxes.answer("Löschen")
    window.commands.delete_contact.trigger()
    qtbot.waitUntil(lambda: window.contact_model.row_of(people["weber"]) is None)
    (question,) = boxes.texts
    assert "endgültig" not in question
    assert "Strg+Z rückgängig" in question
    (undo,) = edit_menu(window).actions()
    assert plain(undo.text()) == "Rückgängig: Anna Weber gelöscht"
    undo.trigger()
    qtbot.waitUntil(lambda: window.contact_model.row_of(people["weber"]) is not None)


def _mnemonic(text: str) -> str | None:
    at = text.replace("&&", "").find("&")
    return None if at < 0 else text.replace("&&", "")[at + 1].casefold()


def test_every_menu_of_the_bar_and_every_entry_of_a_menu_has_its_own_alt_key(window):
    """Alt+letter opens exactly one menu, and inside a menu each letter picks one entry."""
    bar = [a for a in window.menuBar().actions() if a.menu() is not None]
    keys = [_mnemonic(a.text()) for a in bar]
    assert None not in keys
    assert len(set(keys)) == len(keys), [a.text() for a in bar]
    for holder in bar:
        entries = [a for a in holder.menu().actions() if not a.isSeparator() and a.text()]
        letters = [k for k in (_mnemonic(a.text()) for a in entries) if k is not None]
        assert len(set(letters)) == len(letters), [a.text() for a in entries]
