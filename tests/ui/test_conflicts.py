"""A colleague saves the contact, note or callback the user is editing: the user's save shows
both versions, and each choice stores what it says; going back loses nothing typed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import insert

from beziehung.core.models import User
from beziehung.core.services import Services
from beziehung.ui.dialogs.conflict_dialog import ConflictDialog
from beziehung.ui.dialogs.contact_dialog import ContactDialog
from beziehung.ui.dialogs.log_call_dialog import LogCallDialog
from beziehung.ui.dialogs.reminder_dialog import ReminderDialog
from tests.ui.conftest import click, click_contact
from tests.ui.test_knowing import Steps


@pytest.fixture
def anna(services: Services, clock) -> Services:
    """A colleague on the same database, logged in as 'anna'."""
    with services.context.engine.begin() as conn:
        conn.execute(insert(User).values(login="anna", name="Anna", created_at=clock.now()))
    context = services.context
    return Services.build(context.engine, context.clock, context.tz, user_login="anna")


@pytest.fixture
def steps():
    planned = Steps()
    yield planned
    planned.stop()


def settle_with(qtbot, steps: Steps, answer: str, seen: list[ConflictDialog], pick=()) -> None:
    """Answer the conflict dialog when it shows: pick the stored value of the fields in
    ``pick`` and press ``answer``."""

    def act(dialog: ConflictDialog) -> None:
        seen.append(dialog)
        for key in pick:
            dialog.pick_theirs(key)
        click(qtbot, dialog, answer)

    steps.on(ConflictDialog, act)


def differing(dialog: ConflictDialog) -> set[str]:
    return {key for key in dialog._theirs}


# --- contacts -------------------------------------------------------------------------------


def edit_contact(
    qtbot, window, steps, work: Callable[[ContactDialog], None], then: Callable[[], None]
) -> None:
    """Open the contact form with the window's action, let ``work`` change it, save; ``then``
    plans what follows the form."""

    def act(dialog: ContactDialog) -> None:
        work(dialog)
        click(qtbot, dialog, "Save")

    steps.on(ContactDialog, act)
    then()
    window.commands.edit_contact.trigger()


def _colleague_changes_role_and_about(anna: Services, contact_id: int) -> None:
    stored = anna.contacts.get(contact_id)
    anna.contacts.update(
        contact_id,
        replace(stored.as_input(), role="Vorständin", about="Von Anna ergänzt"),
        expected_version=stored.version,
    )


@pytest.mark.parametrize(
    ("answer", "pick", "role", "about"),
    [
        ("Meine Fassung speichern", (), "Geschäftsführer", ""),
        ("Gespeicherte Fassung übernehmen", (), "Vorständin", "Von Anna ergänzt"),
        ("Zusammenführen", ("about",), "Geschäftsführer", "Von Anna ergänzt"),
    ],
)
def test_a_contact_saved_meanwhile_is_kept_taken_or_merged(
    qtbot, window, services, anna, people, steps, answer, pick, role, about
):
    mueller = people["mueller"]
    click_contact(qtbot, window, mueller)
    seen: list[ConflictDialog] = []

    def type_role(dialog: ContactDialog) -> None:
        dialog.role.setText("Geschäftsführer")
        _colleague_changes_role_and_about(anna, mueller)

    edit_contact(
        qtbot, window, steps, type_role, lambda: settle_with(qtbot, steps, answer, seen, pick)
    )
    qtbot.waitUntil(lambda: not any(isinstance(w, ContactDialog) for w in visible()))
    assert len(seen) == 1
    assert differing(seen[0]) == {"role", "about"}
    stored = services.contacts.get(mueller)
    assert (stored.role or "", stored.about) == (role, about)


def test_going_back_keeps_what_was_typed_and_a_second_save_builds_on_what_was_shown(
    qtbot, window, services, anna, people, steps
):
    mueller = people["mueller"]
    click_contact(qtbot, window, mueller)
    seen: list[ConflictDialog] = []
    forms: list[ContactDialog] = []

    def type_role(dialog: ContactDialog) -> None:
        forms.append(dialog)
        dialog.role.setText("Geschäftsführer")
        _colleague_changes_role_and_about(anna, mueller)
        click(qtbot, dialog, "Save")
        # Back in the form: what was typed is still there; this save goes through.
        assert dialog.isVisible() and dialog.role.text() == "Geschäftsführer"
        click(qtbot, dialog, "Save")

    steps.on(ContactDialog, type_role)
    settle_with(qtbot, steps, "Weiter bearbeiten", seen)
    window.commands.edit_contact.trigger()
    assert len(seen) == 1 and not forms[0].isVisible()
    assert services.contacts.get(mueller).role == "Geschäftsführer"


def visible() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


# --- notes ----------------------------------------------------------------------------------


def open_entry(qtbot, window, row: int) -> None:
    """Double-click a timeline entry, as a user opens it for editing."""
    view = window.contact_panel.timeline
    index = window.contact_panel.timeline_model.index(row, 0)
    view.scrollTo(index)
    where = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)


@pytest.mark.parametrize(
    ("answer", "pick", "body", "outcome"),
    [
        ("Meine Fassung speichern", (), "Jahresgespräch mit Angebot", ""),
        ("Gespeicherte Fassung übernehmen", (), "Jahresgespräch geführt", "Anna: zugesagt"),
        ("Zusammenführen", ("outcome",), "Jahresgespräch mit Angebot", "Anna: zugesagt"),
    ],
)
def test_a_note_corrected_meanwhile_is_kept_taken_or_merged(
    qtbot, window, services, anna, people, steps, answer, pick, body, outcome
):
    weber = people["weber"]
    (note,) = services.notes.for_contact(weber)
    click_contact(qtbot, window, weber)
    model = window.contact_panel.timeline_model
    qtbot.waitUntil(lambda: model.row_of_note(note.id) is not None)
    seen: list[ConflictDialog] = []
    settle_with(qtbot, steps, answer, seen, pick)
    open_entry(qtbot, window, model.row_of_note(note.id))
    qtbot.waitUntil(lambda: any(isinstance(w, LogCallDialog) for w in visible()))
    (dialog,) = [w for w in visible() if isinstance(w, LogCallDialog)]
    dialog.body.setPlainText("Jahresgespräch mit Angebot")
    stored = anna.notes.get(note.id)
    anna.notes.edit(
        note.id,
        replace(dialog.note_input(), body=stored.body, outcome="Anna: zugesagt"),
        expected_version=stored.version,
    )
    click(qtbot, dialog, "Save")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert differing(seen[0]) == {"body", "outcome"}
    saved = services.notes.get(note.id)
    assert (saved.body, saved.outcome) == (body, outcome)


# --- callbacks ------------------------------------------------------------------------------


def test_a_callback_moved_meanwhile_can_be_merged_and_is_for_whom_it_was_chosen(
    qtbot, window, services, anna, people, steps, clock
):
    mueller = people["mueller"]
    reminder = services.reminders.create(mueller, clock.now() + timedelta(days=1), "Angebot")
    click_contact(qtbot, window, mueller)
    seen: list[ConflictDialog] = []
    later = clock.now() + timedelta(days=3)

    def change(dialog: ReminderDialog) -> None:
        assert dialog.assignee is not None, "two users: the form asks for whom"
        dialog.reason.setText("Angebot nachfassen")
        dialog.assignee.setCurrentIndex(dialog.assignee.findData(anna.users.me()))
        stored = anna.reminders.get(reminder.id)
        anna.reminders.edit(reminder.id, due_at=later, expected_version=stored.version)
        click(qtbot, dialog, "Save")

    steps.on(ReminderDialog, change)
    settle_with(qtbot, steps, "Zusammenführen", seen, ("due_at",))
    model = window.contact_panel.timeline_model

    def row() -> int | None:
        rows = range(model.rowCount())
        return next((i for i in rows if model.entry(i).reminder_id == reminder.id), None)

    qtbot.waitUntil(lambda: row() is not None)
    open_entry(qtbot, window, row())
    qtbot.waitUntil(lambda: not any(isinstance(w, ReminderDialog) for w in visible()))
    assert differing(seen[0]) == {"due_at", "reason", "assignee_id"}
    saved = services.reminders.get(reminder.id)
    assert (saved.due_at, saved.reason, saved.assignee_id) == (
        later,
        "Angebot nachfassen",
        anna.users.me(),
    )
    # Assigned to Anna: it pops up in her window, not in this one.
    assert [r.id for r in anna.reminders.unnotified()] == [reminder.id]
    assert reminder.id not in [r.id for r in services.reminders.unnotified()]
