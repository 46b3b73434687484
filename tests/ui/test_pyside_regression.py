"""PySide6 6.12.0 on Python 3.11 takes a reference from None on every void call and aborts
("none_dealloc") after about 5,000 calls. This runs the pattern in a child process so that an
abort fails this test instead of killing pytest."""

import os
import subprocess
import sys
import textwrap

CHILD = textwrap.dedent(
    """
    from PySide6.QtCore import QAbstractListModel, QModelIndex, QSortFilterProxyModel, Qt
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication([])
    widget = QWidget()
    for _ in range(20_000):
        widget.setEnabled(True)  # a void Qt call

    class Empty(QAbstractListModel):
        def rowCount(self, parent=QModelIndex()):
            return 0 if parent.isValid() else 1

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            return None

    source = Empty()
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(source)
    index = proxy.index(0, 0)
    answers = [proxy.data(index, Qt.ItemDataRole.ToolTipRole) for _ in range(20_000)]
    assert answers == [None] * 20_000
    print("survived")
    """
)


def test_many_void_calls_and_none_answers_do_not_abort():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", CHILD],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "survived"


def test_the_installed_pyside_is_not_the_broken_release():
    from importlib.metadata import version

    assert not (sys.version_info[:2] == (3, 11) and version("PySide6-Essentials") == "6.12.0")
