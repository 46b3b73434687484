"""What the timeline's entries offer: correct or delete a note, edit, complete or cancel a
reminder. Deletions and cancellations go onto the undo stack; the views hear of every write
through the change signal."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from beziehung.core.errors import DomainError
from beziehung.core.services import Services
from beziehung.drafts import DraftStore
from beziehung.ui.feedback import show_error
from beziehung.ui.undo import UndoStack
from beziehung.ui.views.contact_view import ContactPanel


class TimelineCommands(QObject):
    def __init__(
        self, services: Services, drafts: DraftStore, undo: UndoStack, window: QWidget
    ) -> None:
        super().__init__(window)
        self._services = services
        self._drafts = drafts
        self._undo = undo
        self._window = window

    def connect_panel(self, panel: ContactPanel) -> None:
        panel.note_edit_requested.connect(self.edit_note)
        panel.note_delete_requested.connect(self.delete_note)
        panel.reminder_edit_requested.connect(self.edit_reminder)
        panel.reminder_done_requested.connect(self.complete_reminder)
        panel.reminder_cancel_requested.connect(self.cancel_reminder)

    def edit_note(self, note_id: int) -> None:
        try:
            note = self._services.notes.get(note_id)
            from beziehung.ui.dialogs.log_call_dialog import LogCallDialog

            dialog = LogCallDialog(
                self._services, note.contact_id, self._drafts, self._window, note_id=note_id
            )
        except DomainError as error:
            show_error(self._window, error)
            return
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def delete_note(self, note_id: int) -> None:
        try:
            snapshot = self._services.notes.delete(note_id)
        except DomainError as error:
            show_error(self._window, error)
            return
        self._undo.push(self.tr("Notiz gelöscht"), snapshot)

    def edit_reminder(self, reminder_id: int) -> None:
        try:
            from beziehung.ui.dialogs.reminder_dialog import ReminderDialog

            dialog = ReminderDialog(self._services, reminder_id, self._window)
        except DomainError as error:
            show_error(self._window, error)
            return
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def complete_reminder(self, reminder_id: int) -> None:
        try:
            self._services.reminders.complete(reminder_id)
        except DomainError as error:
            show_error(self._window, error)

    def cancel_reminder(self, reminder_id: int) -> None:
        try:
            snapshot = self._services.reminders.cancel(reminder_id)
        except DomainError as error:
            show_error(self._window, error)
            return
        self._undo.push(self.tr("Erinnerung abgebrochen"), snapshot)
