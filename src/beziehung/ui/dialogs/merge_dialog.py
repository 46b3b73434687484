"""Merge two contacts that are the same person: choose the other one, see what moves, confirm."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from beziehung.core.errors import DomainError
from beziehung.core.services import Services
from beziehung.ui.feedback import show_error
from beziehung.ui.widgets import ContactPicker


class MergeDialog(QDialog):
    def __init__(self, services: Services, keep_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.keep_id = keep_id
        self.drop_id: int | None = None
        keep = services.contacts.get(keep_id).summary
        self.setWindowTitle(self.tr("Kontakte zusammenführen"))
        self.resize(520, 320)
        self.picker = ContactPicker(services, exclude=keep_id)
        self.picker.picked.connect(self.choose)
        self.preview = QLabel(
            self.tr("Wählen Sie den doppelten Eintrag, der in {name} aufgehen soll.").format(
                name=keep.display_name
            )
        )
        self.preview.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Behalten"), QLabel(f"<b>{keep.display_name}</b>"))
        form.addRow(self.tr("Aufgehen lässt"), self.picker)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton(
            self.tr("Zusammenführen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.merge_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.buttons)

    def choose(self, drop_id: int) -> None:
        try:
            plan = self.services.merge.preview(self.keep_id, drop_id)
        except DomainError as error:
            show_error(self, error)
            return
        self.drop_id = drop_id
        lines = [
            self.tr("{drop} wird gelöscht; zu {keep} wandern:").format(
                drop=plan.drop_name, keep=plan.keep_name
            ),
            self.tr("• %Ln Gesprächsnotiz(en)", "", plan.notes),
            self.tr("• %Ln Erinnerung(en)", "", plan.reminders),
            self.tr("• %Ln Kontaktweg(e) (doppelte entfallen)", "", plan.methods),
            self.tr("• %Ln Empfehlung(en)", "", plan.referrals),
            self.tr("• %Ln Schlagwort/Schlagworte", "", plan.tags),
        ]
        if plan.filled:
            lines.append(
                self.tr("• fehlende Angaben werden ergänzt ({n})").format(n=len(plan.filled))
            )
        self.preview.setText("\n".join(lines))
        self.merge_button.setEnabled(True)

    def accept(self) -> None:
        if self.drop_id is None:
            return
        try:
            self.services.merge.merge(self.keep_id, self.drop_id)
        except DomainError as error:
            show_error(self, error)
            return
        super().accept()
