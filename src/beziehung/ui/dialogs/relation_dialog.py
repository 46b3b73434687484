"""Record how the open contact stands to another one: kind and the other contact."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from beziehung.core.errors import DomainError
from beziehung.core.models import RELATION_KINDS
from beziehung.core.services import Services
from beziehung.ui.feedback import show_error
from beziehung.ui.relation_labels import kind_text
from beziehung.ui.widgets import ContactPicker


class RelationDialog(QDialog):
    def __init__(self, services: Services, contact_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.contact_id = contact_id
        self.other_id: int | None = None
        name = services.contacts.get(contact_id).summary.display_name
        self.setWindowTitle(self.tr("Beziehung hinzufügen"))
        self.resize(480, 200)
        self.kind = QComboBox()
        for kind in RELATION_KINDS:
            self.kind.addItem(kind_text(kind), kind)
        self.picker = ContactPicker(services, exclude=contact_id)
        self.picker.picked.connect(self.choose)
        form = QFormLayout()
        form.addRow(self.tr("Kontakt"), QLabel(f"<b>{name}</b>"))
        form.addRow(self.tr("ist"), self.kind)
        form.addRow(self.tr("von/mit"), self.picker)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = self.buttons.addButton(
            self.tr("Hinzufügen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.add_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def choose(self, other_id: int) -> None:
        self.other_id = other_id
        self.add_button.setEnabled(True)

    def set_kind(self, kind: str) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind))

    def accept(self) -> None:
        if self.other_id is None:
            return
        try:
            self.services.relations.add(
                self.contact_id, str(self.kind.currentData()), self.other_id
            )
        except DomainError as error:
            show_error(self, error)
            return
        super().accept()
