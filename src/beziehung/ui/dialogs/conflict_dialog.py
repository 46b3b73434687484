"""Someone else saved the record the user was editing: both versions side by side, the
fields that differ marked, and a choice per field.

The dialog only decides; the edit form that met the conflict saves (or goes back to editing
with everything typed still there when the dialog is cancelled).
"""

from __future__ import annotations

from enum import Enum, auto
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from beziehung.ui.conflicts import Comparison, FieldRow


class Choice(Enum):
    MINE = auto()
    THEIRS = auto()
    MERGE = auto()


class ConflictDialog(QDialog):
    def __init__(self, comparison: Comparison[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Gleichzeitig geändert"))
        self.resize(720, 480)
        self.choice: Choice | None = None
        # Per differing field: the "stored" radio of its row.
        self._theirs: dict[str, QRadioButton] = {}
        self._groups: list[QButtonGroup] = []

        message = QLabel(
            self.tr(
                "Jemand anderes hat diesen Eintrag gespeichert, während Sie ihn bearbeitet haben."
            )
            + " "
            + self.tr(
                "Geänderte Felder sind fett; wählen Sie je Feld, welche Fassung gelten soll, oder eine ganze Fassung."
            )
        )
        message.setWordWrap(True)
        grid = QGridLayout()
        for column, text in enumerate(
            (self.tr("Feld"), self.tr("Meine Fassung"), self.tr("Gespeicherte Fassung"))
        ):
            header = QLabel(text)
            header.setStyleSheet("font-weight: bold")
            grid.addWidget(header, 0, column)
        for line, row in enumerate(comparison.rows, start=1):
            self._add_row(grid, line, row)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        table = QWidget()
        table.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(table)

        buttons = QDialogButtonBox()
        self.mine_button = self._button(buttons, self.tr("&Meine Fassung speichern"), Choice.MINE)
        self.theirs_button = self._button(
            buttons, self.tr("&Gespeicherte Fassung übernehmen"), Choice.THEIRS
        )
        self.merge_button = self._button(buttons, self.tr("&Zusammenführen"), Choice.MERGE)
        back = buttons.addButton(
            self.tr("&Weiter bearbeiten"), QDialogButtonBox.ButtonRole.RejectRole
        )
        assert back is not None
        back.setObjectName("back")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)

    def _button(self, buttons: QDialogButtonBox, text: str, choice: Choice) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)
        buttons.addButton(button, QDialogButtonBox.ButtonRole.AcceptRole)
        button.clicked.connect(lambda: self._choose(choice))
        return button

    def _add_row(self, grid: QGridLayout, line: int, row: FieldRow) -> None:
        name = QLabel(row.label)
        grid.addWidget(name, line, 0, Qt.AlignmentFlag.AlignTop)
        if not row.differs:
            for column, text in ((1, row.mine), (2, row.theirs)):
                value = QLabel(text)
                value.setWordWrap(True)
                value.setEnabled(False)
                grid.addWidget(value, line, column, Qt.AlignmentFlag.AlignTop)
            return
        bold = QFont(name.font())
        bold.setBold(True)
        name.setFont(bold)
        group = QButtonGroup(self)
        self._groups.append(group)
        for column, text, side in ((1, row.mine, "mine"), (2, row.theirs, "theirs")):
            # A radio button's own text never wraps: long notes go into a label beside it.
            radio = QRadioButton()
            radio.setObjectName(f"{row.key}:{side}")
            radio.setAccessibleName(f"{row.label}: {text}")
            value = QLabel(text)
            value.setWordWrap(True)
            value.setFont(bold)
            value.setBuddy(radio)
            cell = QHBoxLayout()
            cell.setContentsMargins(0, 0, 0, 0)
            cell.addWidget(radio, 0, Qt.AlignmentFlag.AlignTop)
            cell.addWidget(value, 1)
            group.addButton(radio)
            grid.addLayout(cell, line, column)
            if side == "mine":
                radio.setChecked(True)
            else:
                self._theirs[row.key] = radio

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()

    def theirs_keys(self) -> list[str]:
        """The fields whose stored value the user picked for a merge."""
        return [key for key, radio in self._theirs.items() if radio.isChecked()]

    def pick_theirs(self, key: str) -> None:
        self._theirs[key].setChecked(True)


def resolve(comparison: Comparison[Any], parent: QWidget) -> tuple[Choice, Any] | None:
    """Ask how to settle a conflict: (MINE or MERGE, what to save with
    ``comparison.stored_version``), (THEIRS, None), or None to go back to editing."""
    dialog = ConflictDialog(comparison, parent)
    if not dialog.exec() or dialog.choice is None:
        return None
    if dialog.choice is Choice.THEIRS:
        return Choice.THEIRS, None
    if dialog.choice is Choice.MERGE:
        return Choice.MERGE, comparison.merged(dialog.theirs_keys())
    return Choice.MINE, comparison.mine
