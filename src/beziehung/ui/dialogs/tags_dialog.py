"""Datei ▸ Schlagwörter: every tag with the keep-in-touch intervals it sets for the people who
carry it (the strictest tag of a contact wins over its stage; the contact's own over both)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from beziehung.core.bounds import MAX_CADENCE_DAYS
from beziehung.core.errors import DomainError
from beziehung.core.services import Services
from beziehung.core.services.tags import TagRecord
from beziehung.ui.feedback import show_error

COL_TAG, COL_PEOPLE, COL_IDEAL, COL_MAX = range(4)


class TagsDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Schlagwörter"))
        self.tags = services.tags.list()
        self.table = QTableWidget(len(self.tags), 4)
        self.table.setObjectName("tag-table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Schlagwort"), self.tr("Kontakte"), self.tr("Ideal"), self.tr("Höchstens")]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.spins: dict[int, tuple[QSpinBox, QSpinBox]] = {}
        for row, tag in enumerate(self.tags):
            self.table.setItem(row, COL_TAG, QTableWidgetItem(tag.name))
            self.table.setItem(row, COL_PEOPLE, QTableWidgetItem(str(tag.contacts)))
            ideal = self._spin(tag.cadence_days, self.tr("wie die Phase"))
            longest = self._spin(tag.cadence_max_days, self.tr("wie die Phase"))
            ideal.setAccessibleName(self.tr("Ideal für {tag}").format(tag=tag.name))
            longest.setAccessibleName(self.tr("Höchstens für {tag}").format(tag=tag.name))
            self.table.setCellWidget(row, COL_IDEAL, ideal)
            self.table.setCellWidget(row, COL_MAX, longest)
            self.spins[tag.id] = (ideal, longest)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TAG, QHeaderView.ResizeMode.Stretch)
        explanation = QLabel(
            self.tr(
                "Wie oft Sie mit allen mit diesem Schlagwort sprechen möchten. Hat jemand "
                "mehrere, gilt das strengste; ein eigener Rhythmus im Kontakt geht vor."
            )
        )
        explanation.setWordWrap(True)
        empty = QLabel(self.tr("Noch keine Schlagwörter: sie entstehen im Kontakt-Dialog."))
        empty.setVisible(not self.tags)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.table, 1)
        layout.addWidget(empty)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def _spin(self, value: int | None, unset: str) -> QSpinBox:
        spin = QSpinBox(minimum=0, maximum=MAX_CADENCE_DAYS, suffix=self.tr(" Tage"))
        spin.setSpecialValueText(unset)
        spin.setValue(value or 0)
        return spin

    def accept(self) -> None:
        changed = {}
        for tag in self.tags:
            ideal, longest = (s.value() or None for s in self.spins[tag.id])
            if _changed(tag, ideal, longest):
                changed[tag.id] = (ideal, longest)
        try:
            if changed:
                self.services.tags.set_intervals(changed)
        except DomainError as error:
            show_error(self, error)
            return
        super().accept()


def _changed(tag: TagRecord, ideal: int | None, longest: int | None) -> bool:
    return (tag.cadence_days, tag.cadence_max_days) != (ideal, longest)
