"""Create, edit, merge and delete contacts from the window's actions and the contact card.

What these writes change reaches the views through the change signal; the commands only open
the dialogs, ask before deleting, and say why something was refused.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from beziehung.core.errors import DomainError
from beziehung.core.services import Services
from beziehung.drafts import DraftStore
from beziehung.ui.feedback import confirm, show_error


class ContactCommands(QObject):
    # What a deletion took (text, snapshot), for the undo stack.
    deleted = Signal(str, object)

    def __init__(
        self,
        services: Services,
        window: QWidget,
        current_contact: Callable[[], int | None],
        show_contact: Callable[[int], None],
        drafts: DraftStore | None = None,
    ) -> None:
        super().__init__(window)
        self._services = services
        self._window = window
        self._current_contact = current_contact
        self._show_contact = show_contact
        self._drafts = drafts

    def new_contact(self) -> None:
        from beziehung.ui.dialogs.contact_dialog import ContactDialog

        dialog = ContactDialog(self._services, parent=self._window, drafts=self._drafts)
        if dialog.exec() and dialog.saved_id is not None:
            self._show_contact(dialog.saved_id)

    def edit_contact(self) -> None:
        contact_id = self._current_contact()
        if contact_id is not None:
            from beziehung.ui.dialogs.contact_dialog import ContactDialog

            ContactDialog(
                self._services, contact_id, parent=self._window, drafts=self._drafts
            ).exec()

    def merge_contact(self) -> None:
        contact_id = self._current_contact()
        if contact_id is None:
            return
        from beziehung.ui.dialogs.merge_dialog import MergeDialog

        dialog = MergeDialog(self._services, contact_id, parent=self._window)
        if dialog.exec() and dialog.drop_id is not None and self._drafts is not None:
            # The contact merged away is gone; its unsaved notes must not outlive it.
            self._drafts.discard_contact(dialog.drop_id)

    def delete_contact(self) -> None:
        contact_id = self._current_contact()
        if contact_id is None:
            return
        try:
            preview = self._services.contacts.preview_delete(contact_id)
        except DomainError as error:
            show_error(self._window, error)
            return
        text = self.tr(
            "{name} wird mit {notes}, {reminders} und {referrals} gelöscht. Solange Beziehung geöffnet ist, lässt sich das mit Strg+Z rückgängig machen."
        ).format(
            name=preview.display_name,
            notes=self.tr("%Ln Gesprächsnotiz(en)", "", preview.notes),
            reminders=self.tr("%Ln offene(n) Erinnerung(en)", "", preview.reminders),
            referrals=self.tr("%Ln Empfehlungs-Verknüpfung(en)", "", preview.referrals),
        )
        title = self.tr("Kontakt löschen")
        if not confirm(self._window, title, text, self.tr("Löschen")):
            return
        try:
            snapshot = self._services.undo.delete_contact(contact_id)
        except DomainError as error:
            # A retention duty, or deleted meanwhile: nothing was deleted, and that is all.
            show_error(self._window, error)
            return
        if self._drafts is not None:
            self._drafts.discard_contact(contact_id)
        text = self.tr("{name} gelöscht").format(name=preview.display_name)
        self.deleted.emit(text, snapshot)
