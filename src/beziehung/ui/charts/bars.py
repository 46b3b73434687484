"""Horizontal bars with a label and a number each (stages, recommenders, drift), and the same
bars centred as a funnel (the moves from one stage to the next)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QWidget

from beziehung.ui.charts.base import COLOURS, Chart, number

ROW_MAX = 30
GAP = 6


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    colour: str = COLOURS[0]


class BarChart(Chart):
    centred = False

    def __init__(self, title: str, file_name: str, parent: QWidget | None = None) -> None:
        self.bars: list[Bar] = []
        super().__init__(title, file_name, parent)

    def set_bars(self, bars: list[Bar]) -> None:
        self.bars = list(bars)
        self.updateGeometry()
        self.data_changed()

    def has_data(self) -> bool:
        return any(bar.value for bar in self.bars)

    def describe(self) -> str:
        return "; ".join(f"{bar.label}: {number(bar.value)}" for bar in self.bars)

    def sizeHint(self) -> QSize:
        line = QFontMetrics(self.font()).height()
        return QSize(360, max(200, line * 3 + len(self.bars) * (line + 6)))

    def minimumSizeHint(self) -> QSize:
        line = QFontMetrics(self.font()).height()
        return QSize(260, max(160, line * 3 + len(self.bars) * (line + 2)))

    def paint_chart(self, painter: QPainter, area: QRect) -> None:
        metrics = QFontMetrics(painter.font())
        rows = len(self.bars)
        row = min(ROW_MAX, area.height() // max(1, rows))
        label_width = min(
            max(metrics.horizontalAdvance(bar.label) for bar in self.bars) + 2,
            int(area.width() * 0.42),
        )
        value_width = max(metrics.horizontalAdvance(number(bar.value)) for bar in self.bars)
        left = area.left() + label_width + GAP
        room = max(1, area.right() - left - value_width - GAP)
        largest = max(bar.value for bar in self.bars) or 1
        bar_height = max(4, min(row - 6, metrics.height()))
        for index, bar in enumerate(self.bars):
            top = area.top() + index * row
            text_rect = QRect(area.left(), top, label_width, row)
            painter.setPen(self.text_colour())
            painter.drawText(
                text_rect,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(bar.label, Qt.TextElideMode.ElideMiddle, label_width + 2),
            )
            width = room * bar.value / largest
            start = left + (room - width) / 2 if self.centred else left
            shape = QRectF(start, top + (row - bar_height) / 2, width, bar_height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(bar.colour))
            painter.drawRoundedRect(shape, 2, 2)
            painter.setPen(self.text_colour())
            value_left = int(left + room + GAP if self.centred else shape.right() + GAP)
            painter.drawText(
                QRect(value_left, top, value_width + GAP, row),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                number(bar.value),
            )


class FunnelChart(BarChart):
    """Each bar centred, so that falling numbers read as a narrowing funnel."""

    centred = True
