"""Who is who to whom and knowing the client, as window commands: *Kontakt ▸ Beziehung
hinzufügen …*, *Kontakt ▸ Nachfolger eintragen …* (also buttons on the card's relations
section) and *Datei ▸ Eigene Felder …* beside the settings.

The dialogs write through the services; the card and the list follow through the change
signal."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from beziehung.core.services import Services
from beziehung.ui.icons import icon


class KnowingCommands(QObject):
    def __init__(
        self,
        services: Services,
        window: QWidget,
        current_contact: Callable[[], int | None],
        show_contact: Callable[[int], None],
    ) -> None:
        super().__init__(window)
        self._services = services
        self._window = window
        self._current_contact = current_contact
        self._show_contact = show_contact
        translate = QCoreApplication.translate
        self.add_relation = QAction(
            icon("contact-new"), translate("MainWindow", "Beziehung &hinzufügen …"), window
        )
        self.successor = QAction(translate("MainWindow", "Nach&folger eintragen …"), window)
        self.custom_fields = QAction(
            icon("settings"), translate("MainWindow", "Eigene &Felder …"), window
        )
        self.add_relation.triggered.connect(lambda _checked=False: self.open_relation_dialog())
        self.successor.triggered.connect(lambda _checked=False: self.open_successor_dialog())
        self.custom_fields.triggered.connect(lambda _checked=False: self.open_fields_dialog())

    def install(self, window: QMainWindow, settings: QAction) -> None:
        """Into the contact menu after its last entry, and beside the settings."""
        for menu in window.menuBar().findChildren(QMenu):
            if menu.objectName() == "contact-menu":
                menu.addSeparator()
                menu.addAction(self.add_relation)
                menu.addAction(self.successor)
        for holder in settings.associatedObjects():
            if isinstance(holder, QMenu):
                entries = holder.actions()
                after = entries.index(settings) + 1
                before = entries[after] if after < len(entries) else None
                holder.insertAction(before, self.custom_fields)  # type: ignore[arg-type]
                break

    def open_relation_dialog(self) -> None:
        from beziehung.ui.dialogs.relation_dialog import RelationDialog

        contact_id = self._current_contact()
        if contact_id is not None:
            RelationDialog(self._services, contact_id, parent=self._window).exec()

    def open_successor_dialog(self) -> None:
        from beziehung.ui.dialogs.successor_dialog import SuccessorDialog

        contact_id = self._current_contact()
        if contact_id is None:
            return
        dialog = SuccessorDialog(self._services, contact_id, parent=self._window)
        if dialog.exec() and dialog.successor_id is not None:
            self._show_contact(dialog.successor_id)

    def open_fields_dialog(self) -> None:
        from beziehung.ui.dialogs.fields_dialog import FieldsDialog

        FieldsDialog(self._services, parent=self._window).exec()
