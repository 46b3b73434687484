"""The referral network from the window's actions: record a recommendation for the current
contact, and open its Empfehlungsbaum. What a recommendation changes reaches the views
through the change signal."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from beziehung.core.errors import DomainError
from beziehung.core.services import Services
from beziehung.ui.changes import ChangeHub
from beziehung.ui.dialogs.referral_dialog import ReferralDialog
from beziehung.ui.dialogs.referral_tree import ReferralTreeDialog
from beziehung.ui.feedback import show_error


class NetworkCommands(QObject):
    def __init__(
        self,
        services: Services,
        changes: ChangeHub,
        window: QWidget,
        current_contact: Callable[[], int | None],
        show_contact: Callable[[int], None],
    ) -> None:
        super().__init__(window)
        self._services = services
        self._changes = changes
        self._window = window
        self._current_contact = current_contact
        self._show_contact = show_contact
        # The open trees, newest last: several may stay open beside the window.
        self.trees: list[ReferralTreeDialog] = []

    def add_referral(self) -> None:
        contact_id = self._current_contact()
        if contact_id is None:
            return
        try:
            dialog = ReferralDialog(self._services, contact_id, self._window)
        except DomainError as error:
            show_error(self._window, error)
            return
        dialog.exec()

    def show_tree(self) -> None:
        contact_id = self._current_contact()
        if contact_id is None:
            return
        try:
            tree = ReferralTreeDialog(self._services, self._changes, contact_id, self._window)
        except DomainError as error:
            show_error(self._window, error)
            return
        tree.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        tree.open_contact.connect(self._show_contact)
        tree.finished.connect(lambda _result: self.trees.remove(tree))
        self.trees.append(tree)
        tree.show()
