"""The drift list as a table: one row per contact with an ideal interval, the status in
colour and in words (colour alone would leave out whoever cannot tell red from green)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPixmap, QPolygonF

from beziehung.core.services.attention import AttentionRow
from beziehung.ui.formatting import local_datetime_text, stage_label
from beziehung.ui.models.lists import ContactIdRole
from beziehung.ui.models.rows import update_rows

# How far past comes right after the name: the page is narrow beside the contact list.
COL_STATUS, COL_NAME, COL_OVERDUE, COL_LAST, COL_IDEAL, COL_MAX, COL_STAGE = range(7)
COLUMNS = 7
StatusRole = Qt.ItemDataRole.UserRole + 10

# Light backgrounds that keep black text readable, and a darker mark for the icon.
STATUS_COLOURS = {
    "green": ("#dcf3dc", "#2e8b3e"),
    "yellow": ("#fbf0c4", "#c99a06"),
    "red": ("#f8d4d0", "#c0392b"),
}

Index = QModelIndex | QPersistentModelIndex


def status_text(status: str) -> str:
    return {
        "green": QCoreApplication.translate("attention", "im Rhythmus"),
        "yellow": QCoreApplication.translate("attention", "fällig"),
        "red": QCoreApplication.translate("attention", "droht verloren zu gehen"),
    }[status]


def _mark(colour: str, shape: str) -> QIcon:
    """A small mark whose shape differs by status too: a dot, a triangle, a square."""
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(Qt.PenStyle.NoPen)
    if shape == "dot":
        painter.drawEllipse(1, 1, 10, 10)
    elif shape == "triangle":
        painter.drawPolygon(QPolygonF([QPointF(6, 1), QPointF(11, 11), QPointF(1, 11)]))
    else:
        painter.drawRect(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)


class AttentionModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AttentionRow] = []
        shapes = {"green": "dot", "yellow": "triangle", "red": "square"}
        self._marks = {s: _mark(STATUS_COLOURS[s][1], shapes[s]) for s in STATUS_COLOURS}

    def set_rows(self, rows: list[AttentionRow]) -> None:
        update_rows(self, self._rows, list(rows), lambda r: r.contact_id, COLUMNS)

    def row_at(self, row: int) -> AttentionRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            COL_STATUS: self.tr("Status"),
            COL_NAME: self.tr("Name"),
            COL_OVERDUE: self.tr("Überfällig"),
            COL_LAST: self.tr("Zuletzt gesprochen"),
            COL_IDEAL: self.tr("Ideal"),
            COL_MAX: self.tr("Höchstens"),
            COL_STAGE: self.tr("Phase"),
        }.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        r = self.row_at(index.row()) if index.isValid() else None
        if r is None:
            return None
        column = index.column()
        if role == ContactIdRole:
            return r.contact_id
        if role == StatusRole:
            return r.status
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, column)
        if role == Qt.ItemDataRole.DecorationRole and column == COL_STATUS:
            return self._marks[r.status]
        if role == Qt.ItemDataRole.BackgroundRole and column == COL_STATUS:
            return QBrush(QColor(STATUS_COLOURS[r.status][0]))
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_STATUS:
            return QBrush(QColor("black"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            COL_OVERDUE,
            COL_IDEAL,
            COL_MAX,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, r: AttentionRow, column: int) -> str:
        if column == COL_STATUS:
            return status_text(r.status)
        if column == COL_NAME:
            return r.name
        if column == COL_LAST:
            if r.last_contact_at is None:
                return self.tr("noch nie")
            return local_datetime_text(r.last_contact_at, date_only=True)
        if column == COL_IDEAL:
            return self.tr("%Ln Tag(e)", "", r.ideal_days)
        if column == COL_MAX:
            return self.tr("%Ln Tag(e)", "", r.max_days)
        if column == COL_STAGE:
            return stage_label(r.stage)
        if r.overdue_days > 0:
            return self.tr("%Ln Tag(e)", "", r.overdue_days)
        return self.tr("noch %Ln Tag(e)", "", -r.overdue_days)
