"""Columns per month, one series or several stacked (the client's voice by kind), with a
number axis, month names from the locale and the year under each January."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QLocale, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QWidget

from beziehung.ui.charts.base import Chart, number

GAP = 6


@dataclass(frozen=True)
class Series:
    name: str
    colour: str
    values: list[int]


def nice_top(largest: int) -> int:
    """The axis end above ``largest``: 1, 2 or 5 times a power of ten."""
    step = 1
    while True:
        for factor in (1, 2, 5):
            if step * factor >= largest:
                return step * factor
        step *= 10


def month_name(month: date) -> str:
    return QLocale().monthName(month.month, QLocale.FormatType.ShortFormat)


def month_text(month: date) -> str:
    """ "März 2026": a month as sentences name it."""
    return f"{QLocale().monthName(month.month, QLocale.FormatType.LongFormat)} {month.year}"


class ColumnChart(Chart):
    def __init__(self, title: str, file_name: str, parent: QWidget | None = None) -> None:
        self.months: list[date] = []
        self.series: list[Series] = []
        super().__init__(title, file_name, parent)

    def set_data(self, months: list[date], series: list[Series]) -> None:
        self.months = list(months)
        self.series = list(series)
        self.data_changed()

    def totals(self) -> list[int]:
        return [sum(s.values[i] for s in self.series) for i in range(len(self.months))]

    def has_data(self) -> bool:
        return any(self.totals())

    def describe(self) -> str:
        parts = []
        for index, month in enumerate(self.months):
            if len(self.series) == 1:
                detail = number(self.series[0].values[index])
            else:
                detail = ", ".join(
                    f"{s.name} {number(s.values[index])}" for s in self.series if s.values[index]
                )
                detail = detail or number(0)
            parts.append(f"{month_text(month)}: {detail}")
        return "; ".join(parts)

    def sizeHint(self) -> QSize:
        return QSize(420, 240)

    def paint_chart(self, painter: QPainter, area: QRect) -> None:
        metrics = QFontMetrics(painter.font())
        line = metrics.height()
        if len(self.series) > 1:
            area = self._legend(painter, area, metrics)
        top_value = nice_top(max(self.totals()))
        axis_width = metrics.horizontalAdvance(number(top_value)) + GAP
        plot = QRect(
            area.left() + axis_width, area.top() + line // 2, 0, 0
        )  # the columns' field, filled in below
        plot.setRight(area.right())
        plot.setBottom(area.bottom() - 2 * line - GAP)
        self._axis(painter, plot, top_value, metrics)
        count = len(self.months)
        slot = plot.width() / count
        width = max(2.0, slot * 0.7)
        for index in range(count):
            left = plot.left() + slot * index + (slot - width) / 2
            base = float(plot.bottom())
            for s in self.series:
                height = plot.height() * s.values[index] / top_value
                if height <= 0:
                    continue
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(s.colour))
                painter.drawRect(QRectF(left, base - height, width, height))
                base -= height
        self._month_labels(painter, plot, slot, metrics)

    def _legend(self, painter: QPainter, area: QRect, metrics: QFontMetrics) -> QRect:
        """The series' names in one row (two when narrow); returns what is left below."""
        line = metrics.height()
        x, y = area.left(), area.top()
        for s in self.series:
            width = line + 4 + metrics.horizontalAdvance(s.name) + 2 * GAP
            if x + width > area.right() and x > area.left():
                x, y = area.left(), y + line + 2
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(s.colour))
            painter.drawRect(QRectF(x, y + line * 0.2, line * 0.6, line * 0.6))
            painter.setPen(self.text_colour())
            painter.drawText(
                QRect(int(x + line * 0.6 + 4), y, width, line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                s.name,
            )
            x += width
        return area.adjusted(0, y - area.top() + line + GAP, 0, 0)

    def _axis(self, painter: QPainter, plot: QRect, top_value: int, metrics: QFontMetrics) -> None:
        grid = QColor(self.text_colour())
        grid.setAlpha(50)
        steps = 4 if top_value % 4 == 0 and top_value >= 4 else (5 if top_value >= 5 else 1)
        for k in range(steps + 1):
            value = top_value * k // steps
            y = plot.bottom() - plot.height() * k / steps
            painter.setPen(QPen(grid, 1))
            painter.drawLine(plot.left(), int(y), plot.right(), int(y))
            painter.setPen(self.text_colour(muted=True))
            painter.drawText(
                QRect(0, int(y - metrics.height() / 2), plot.left() - GAP, metrics.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                number(value),
            )

    def _month_labels(
        self, painter: QPainter, plot: QRect, slot: float, metrics: QFontMetrics
    ) -> None:
        """Every month's name when there is room, else every second, third …; the year under
        the first month and each January, so that no text overlaps."""
        widest = max(metrics.horizontalAdvance(month_name(m)) for m in self.months) + 4
        every = 1
        while slot * every < widest:
            every += 1
        line = metrics.height()
        painter.setPen(self.text_colour())
        last_year_right = -1.0
        for index, month in enumerate(self.months):
            centre = plot.left() + slot * (index + 0.5)
            if index % every == 0:
                painter.drawText(
                    QRectF(centre - slot * every / 2, plot.bottom() + 2, slot * every, line),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                    month_name(month),
                )
            if index == 0 or month.month == 1:
                year = str(month.year)
                half = metrics.horizontalAdvance(year) / 2 + 2
                left = max(float(plot.left()), centre - half)
                if left > last_year_right:
                    painter.setPen(self.text_colour(muted=True))
                    painter.drawText(
                        QRectF(left, plot.bottom() + 2 + line, half * 2, line),
                        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                        year,
                    )
                    painter.setPen(self.text_colour())
                    last_year_right = left + half * 2 + GAP
