"""Ansicht ▸ Einblick: the page opens through its action, shows the charts in German, follows
changes and the chosen period, and saves each chart as a PNG only its owner can read."""

import stat
from datetime import timedelta

import pytest
from PySide6.QtCore import QLocale, QPoint
from PySide6.QtGui import QContextMenuEvent, QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu

from beziehung.core.services.inputs import NoteInput
from beziehung.core.services.insight import StatusCount
from beziehung.ui.changes import ChangeHub
from beziehung.ui.views.insight_view import InsightPage


@pytest.fixture(autouse=True)
def german_locale():
    """Month names and numbers as the window shows them in Germany."""
    kept = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(kept)


popup = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")


def open_insight(qtbot, window) -> InsightPage:
    (entry,) = [
        a
        for menu in window.menuBar().actions()
        if menu.text().replace("&", "") == "Ansicht"
        for a in menu.menu().actions()
        if a.text().replace("&", "") == "Einblick"
    ]
    assert entry is window.commands.insight
    assert entry.shortcut().toString() == "Ctrl+4"
    entry.trigger()
    page = window.insight_page
    assert window.stack.currentWidget() is page
    qtbot.waitUntil(lambda: page.conversations.has_data())
    return page


def test_the_page_shows_the_charts_in_german(qtbot, window):
    page = open_insight(qtbot, window)
    # Anna Weber's call three days before 27 March 2026; three contacts, one per stage.
    assert "März 2026: 1" in page.conversations.toolTip()
    assert "April 2025: 0" in page.conversations.accessibleDescription()
    assert len(page.conversations.months) == 12
    assert page.stages.toolTip() == (
        "Kontakte nach Phase: Interessent: 1; Kunde: 1; Stammkunde: 1; Empfehler: 0; Ehemalig: 0"
    )
    for empty in (page.funnel, page.recommenders, page.voice):
        assert not empty.has_data()
        assert empty.toolTip().endswith(": Noch keine Daten")
    # The window's drift chart counts the drift list's statuses, in its words.
    assert page.drift is not None
    qtbot.waitUntil(page.drift.has_data)
    assert page.drift.toolTip().startswith("Kontakte nach Nähe: im Rhythmus: ")
    assert page.period.currentText() == "Letzte 12 Monate"


def test_the_page_follows_changes_and_the_period(qtbot, window, services, people, clock):
    page = open_insight(qtbot, window)
    services.notes.log(
        NoteInput(
            contact_id=people["mueller"],
            body="Vor zwei Monaten",
            occurred_at=clock.now() - timedelta(days=60),
        )
    )
    qtbot.waitUntil(lambda: "Januar 2026: 1" in page.conversations.toolTip())
    page.period.setCurrentIndex(page.period.findData("3"))
    qtbot.waitUntil(lambda: len(page.conversations.months) == 3)
    assert page.conversations.toolTip() == (
        "Gespräche pro Monat: Januar 2026: 1; Februar 2026: 0; März 2026: 1"
    )
    page.period.setCurrentIndex(page.period.findData("custom"))
    assert page.first.isVisible() and page.last.isVisible()
    page.first.setDate(page.first.date().addMonths(9))  # from January 2026 on
    qtbot.waitUntil(lambda: len(page.conversations.months) == 3)


@popup
def test_a_chart_saves_itself_as_png(qtbot, window, tmp_path, monkeypatch):
    page = open_insight(qtbot, window)
    chart = page.stages
    chart.setFocus()
    target = tmp_path / "stufen"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Keyboard, QPoint(10, 10), chart.mapToGlobal(QPoint(10, 10))
    )
    QApplication.sendEvent(chart, event)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    (save,) = [a for a in menu.actions() if a.text().replace("&", "") == "Als PNG speichern …"]
    save.trigger()
    menu.close()
    written = tmp_path / "stufen.png"
    image = QImage(str(written))
    assert not image.isNull()
    assert image.width() >= chart.width() and image.height() >= chart.height()
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_the_drift_chart_shows_only_with_a_source(qtbot, services):
    hub = ChangeHub(services.context)
    page = InsightPage(
        services, hub, drift=lambda: [StatusCount("Gut in Kontakt", 4), StatusCount("Driftet", 1)]
    )
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.drift is not None and page.drift.has_data())
    assert page.drift.toolTip() == "Kontakte nach Nähe: Gut in Kontakt: 4; Driftet: 1"
    assert page.drift in page.charts()
    hub.stop()
