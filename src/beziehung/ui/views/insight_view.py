"""Einblick: how the relationships develop, in charts for a chosen period. Conversations per
month, contacts per stage, the moves between stages, the strongest recommenders, the
client's voice per month and, where the window has one, who is drifting away.

The numbers are read off the GUI thread (about 0.1 s at 10,000 contacts and 100,000 notes)
and only while the page shows; a change while it is hidden is read when it shows again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from beziehung.clock import to_local
from beziehung.core.events import Change, Topic
from beziehung.core.services import Services
from beziehung.core.services.insight import Insight, Period, StatusCount
from beziehung.ui.changes import ChangeHub
from beziehung.ui.charts import Bar, BarChart, Chart, ColumnChart, FunnelChart, Series
from beziehung.ui.charts.base import COLOURS
from beziehung.ui.formatting import short_date_format, stage_label
from beziehung.ui.note_labels import voice_label
from beziehung.ui.tasks import Background

SHOWN = Topic.CONTACTS | Topic.NOTES | Topic.REFERRALS
# Wider than this, the charts stand two side by side.
TWO_COLUMNS_FROM = 760
VOICE_COLOURS = {
    "wish": COLOURS[0],
    "idea": COLOURS[1],
    "praise": COLOURS[2],
    "complaint": COLOURS[3],
}
STAGE_COLOURS = dict(
    zip(("interessent", "kunde", "stammkunde", "empfehler", "ehemalig"), COLOURS, strict=False)
)
# What the drift chart reads, when the window has it: counts per status, already in words.
DriftSource = Callable[[], list[StatusCount]]


def drift_counts(services: Services) -> list[StatusCount]:
    """The drift list's statuses counted, in words, worst last (read off the GUI thread)."""
    from beziehung.ui.models.attention import status_text

    counts = services.attention.status_counts()
    return [StatusCount(status_text(status), n) for status, n in counts.items()]


@dataclass(frozen=True)
class _Reading:
    insight: Insight
    drift: list[StatusCount] | None


class InsightPage(QWidget):
    def __init__(
        self,
        services: Services,
        changes: ChangeHub,
        drift: DriftSource | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self._drift = drift
        self._stale = True
        title = self.tr("Einblick")
        self.heading = QLabel(f"<h2 style='margin:0'>{title}</h2>")
        self.period = QComboBox()
        self.period.setObjectName("insight-period")
        for text, key in (
            (self.tr("Letzte 3 Monate"), "3"),
            (self.tr("Letzte 12 Monate"), "12"),
            (self.tr("Dieses Jahr"), "year"),
            (self.tr("Eigener Zeitraum"), "custom"),
        ):
            self.period.addItem(text, key)
        self.period.setCurrentIndex(1)
        period_label = QLabel(self.tr("&Zeitraum:"))
        period_label.setBuddy(self.period)
        self.first = self._date_edit()
        self.last = self._date_edit()
        self.from_label = QLabel(self.tr("&von"))
        self.from_label.setBuddy(self.first)
        self.to_label = QLabel(self.tr("&bis"))
        self.to_label.setBuddy(self.last)
        header = QHBoxLayout()
        header.addWidget(self.heading)
        header.addStretch(1)
        for widget in (period_label, self.period, self.from_label, self.first):
            header.addWidget(widget)
        header.addWidget(self.to_label)
        header.addWidget(self.last)

        self.conversations = ColumnChart(self.tr("Gespräche pro Monat"), "gespraeche.png")
        self.stages = BarChart(self.tr("Kontakte nach Phase"), "stufen.png")
        self.funnel = FunnelChart(self.tr("Wechsel zwischen Phasen"), "stufenwechsel.png")
        self.recommenders = BarChart(self.tr("Die stärksten Empfehler"), "empfehler.png")
        self.voice = ColumnChart(self.tr("Stimme der Kunden pro Monat"), "kundenstimme.png")
        self.asks = ColumnChart(self.tr("Nach Empfehlung oder Bewertung gefragt"), "gefragt.png")
        self.drift: BarChart | None = None
        if drift is not None:
            self.drift = BarChart(self.tr("Kontakte nach Nähe"), "naehe.png")
        self.grid = QGridLayout()
        self.grid.setSpacing(12)
        self._columns = 0
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addLayout(self.grid)
        body_layout.addStretch(1)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroller.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.scroller, 1)
        self._arrange(1)

        self.background = Background(self)
        self.period.currentIndexChanged.connect(self._period_chosen)
        self.first.dateChanged.connect(lambda _d: self.refresh())
        self.last.dateChanged.connect(lambda _d: self.refresh())
        self._show_custom(False)
        changes.changed.connect(self._on_change)

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(short_date_format())
        edit.setDate(QDate.currentDate())
        return edit

    def charts(self) -> list[Chart]:
        shown: list[Chart] = [
            self.conversations,
            self.stages,
            self.funnel,
            self.recommenders,
            self.voice,
            self.asks,
        ]
        if self.drift is not None:
            shown.append(self.drift)
        return shown

    # --- layout -------------------------------------------------------------------------------

    def _arrange(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for chart in self.charts():
            self.grid.removeWidget(chart)
        for index, chart in enumerate(self.charts()):
            self.grid.addWidget(chart, index // columns, index % columns)
        for column in range(2):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(2 if event.size().width() >= TWO_COLUMNS_FROM else 1)

    # --- the period ---------------------------------------------------------------------------

    def today(self) -> date:
        return to_local(self.services.context.clock.now(), self.services.context.tz).date()

    def chosen_period(self) -> Period:
        key = self.period.currentData()
        today = self.today()
        if key == "3":
            return Period.last_months(today, 3)
        if key == "12":
            return Period.last_months(today, 12)
        if key == "year":
            return Period.this_year(today)
        first, last = self.first.date().toPython(), self.last.date().toPython()
        assert isinstance(first, date) and isinstance(last, date)
        return Period(min(first, last), max(first, last))

    def _show_custom(self, custom: bool) -> None:
        for widget in (self.from_label, self.first, self.to_label, self.last):
            widget.setVisible(custom)

    def _period_chosen(self) -> None:
        custom = self.period.currentData() == "custom"
        if custom:
            shown = Period.last_months(self.today(), 12)
            for edit, day in ((self.first, shown.first), (self.last, shown.last)):
                edit.blockSignals(True)
                edit.setDate(QDate(day.year, day.month, day.day))
                edit.blockSignals(False)
        self._show_custom(custom)
        self.refresh()

    # --- reading ------------------------------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        if not change.touches(SHOWN):
            return
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        period = self.chosen_period()
        insight, drift = self.services.insight, self._drift

        def read() -> _Reading:
            return _Reading(insight.overview(period), drift() if drift is not None else None)

        self.background.run(read, self._show, self._failed)

    def _failed(self, error: Exception) -> None:
        # Re-raised on the GUI thread: the application's error dialog and log take it.
        raise error

    def _show(self, reading: _Reading) -> None:
        insight = reading.insight
        months = [c.month for c in insight.conversations]
        self.conversations.set_data(
            months,
            [Series(self.tr("Gespräche"), COLOURS[0], [c.count for c in insight.conversations])],
        )
        self.stages.set_bars(
            [Bar(stage_label(s.stage), s.count, STAGE_COLOURS[s.stage]) for s in insight.stages]
        )
        self.funnel.set_bars(
            [
                Bar(
                    self.tr("{before} → {after}").format(
                        before=stage_label(f.from_stage)
                        if f.from_stage is not None
                        else self.tr("jede Phase"),
                        after=stage_label(f.to_stage),
                    ),
                    f.count,
                    STAGE_COLOURS[f.to_stage],
                )
                for f in insight.funnel
            ]
        )
        self.recommenders.set_bars([Bar(r.name, r.count, COLOURS[2]) for r in insight.recommenders])
        self.voice.set_data(
            [v.month for v in insight.voice],
            [
                Series(voice_label(kind), colour, [v.counts.get(kind, 0) for v in insight.voice])
                for kind, colour in VOICE_COLOURS.items()
            ],
        )
        self.asks.set_data(
            [a.month for a in insight.asks],
            [
                # Stacked: the column's height is every ask, its green part the yeses.
                Series(self.tr("Ja"), COLOURS[2], [a.yeses for a in insight.asks]),
                Series(
                    self.tr("Nein oder offen"), COLOURS[1], [a.asks - a.yeses for a in insight.asks]
                ),
            ],
        )
        if self.drift is not None and reading.drift is not None:
            self.drift.set_bars([Bar(s.status, s.count, COLOURS[4]) for s in reading.drift])
