"""A background result that arrives after its owner was deleted is dropped, not delivered to
a widget that no longer exists."""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool
from PySide6.QtWidgets import QWidget

from beziehung.ui.tasks import Background


def test_a_result_after_the_owner_is_gone_is_dropped(qtbot):
    owner = QWidget()
    background = Background(owner)
    release = threading.Event()
    delivered: list[object] = []
    background.run(lambda: release.wait(timeout=10) and 42, delivered.append, delivered.append)
    owner.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    release.set()
    assert QThreadPool.globalInstance().waitForDone(10_000)
    for _ in range(3):
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents()
    assert delivered == []


def test_the_newest_result_is_delivered_while_the_owner_lives(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    background = Background(owner)
    delivered: list[object] = []
    background.run(lambda: 1, delivered.append, delivered.append)
    background.run(lambda: 2, delivered.append, delivered.append)
    qtbot.waitUntil(lambda: not background.busy)
    assert delivered == [2]
