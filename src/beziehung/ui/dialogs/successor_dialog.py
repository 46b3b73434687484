"""A contact leaves the firm: choose or create the successor, see how many open callbacks
move, decide whether the leaver becomes *ehemalig*, and hand over in one step."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from beziehung.core.errors import DomainError
from beziehung.core.services import Services
from beziehung.core.services.relations import FORMER_STAGE, HandOverPreview
from beziehung.ui.feedback import show_error
from beziehung.ui.widgets import ContactPicker


class SuccessorDialog(QDialog):
    def __init__(self, services: Services, leaver_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.leaver_id = leaver_id
        self.successor_id: int | None = None
        self.preview: HandOverPreview | None = None
        leaver = services.contacts.get(leaver_id).summary
        self.setWindowTitle(self.tr("Nachfolger eintragen"))
        self.resize(540, 260)
        self.picker = ContactPicker(services, exclude=leaver_id)
        self.picker.picked.connect(self.choose)
        self.new_button = QPushButton(self.tr("Neu anlegen …"))
        self.new_button.clicked.connect(self._create_successor)
        picker_row = QHBoxLayout()
        picker_row.addWidget(self.picker, 1)
        picker_row.addWidget(self.new_button)
        self.former = QCheckBox(
            self.tr("{name} als „ehemalig“ kennzeichnen").format(name=leaver.display_name)
        )
        self.former.setChecked(leaver.stage != FORMER_STAGE)
        self.former.setEnabled(leaver.stage != FORMER_STAGE)
        self.summary = QLabel(
            self.tr("Wer übernimmt die Kontakte von {name}?").format(name=leaver.display_name)
        )
        self.summary.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Geht"), QLabel(f"<b>{leaver.display_name}</b>"))
        form.addRow(self.tr("Nachfolge"), picker_row)
        form.addRow("", self.former)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.hand_over_button = self.buttons.addButton(
            self.tr("Übergeben"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.hand_over_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.buttons)

    def _create_successor(self) -> None:
        from beziehung.ui.dialogs.contact_dialog import ContactDialog

        dialog = ContactDialog(self.services, parent=self)
        if dialog.exec() and dialog.saved_id is not None:
            name = self.services.contacts.get(dialog.saved_id).summary.display_name
            self.picker.set_contact(dialog.saved_id, name)
            self.choose(dialog.saved_id)

    def choose(self, successor_id: int) -> None:
        try:
            preview = self.services.relations.preview_hand_over(self.leaver_id, successor_id)
        except DomainError as error:
            show_error(self, error)
            return
        self.successor_id, self.preview = successor_id, preview
        lines = [
            self.tr("{successor} übernimmt von {leaver}:").format(
                successor=preview.successor.display_name, leaver=preview.leaver.display_name
            ),
            self.tr("• %Ln offene(r) Rückruf(e) wandern mit", "", preview.callbacks),
            self.tr("• die Karte zeigt den Verlauf der Vorgängerin/des Vorgängers")
            if not preview.already_successor
            else self.tr("• als Nachfolge ist {name} schon eingetragen").format(
                name=preview.successor.display_name
            ),
        ]
        self.summary.setText("\n".join(lines))
        self.hand_over_button.setEnabled(True)

    def accept(self) -> None:
        if self.successor_id is None:
            return
        try:
            self.services.relations.hand_over(
                self.leaver_id, self.successor_id, mark_former=self.former.isChecked()
            )
        except DomainError as error:
            show_error(self, error)
            return
        super().accept()
