"""Small charts drawn with QPainter: bars, a funnel and columns per month. Each says what it
shows in words (tooltip, accessible description) and saves itself as a PNG."""

from beziehung.ui.charts.bars import Bar, BarChart, FunnelChart
from beziehung.ui.charts.base import Chart, save_image
from beziehung.ui.charts.columns import ColumnChart, Series

__all__ = ["Bar", "BarChart", "Chart", "ColumnChart", "FunnelChart", "Series", "save_image"]
