"""Context menus on item views, for a right click and for the Menu key alike.

A right click names the row under the pointer; the Menu key (or Shift+F10) the row that has
the keyboard focus. Either way the handler gets that row's index and where on screen the
menu belongs.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QAbstractItemView

MenuHandler = Callable[[QModelIndex, QPoint], None]


class _ContextMenuFilter(QObject):
    def __init__(self, view: QAbstractItemView, handler: MenuHandler) -> None:
        super().__init__(view)
        self._view = view
        self._handler = handler

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ContextMenu or not isinstance(event, QContextMenuEvent):
            return False
        view = self._view
        if event.reason() == QContextMenuEvent.Reason.Mouse and watched is view.viewport():
            index = view.indexAt(event.pos())
            at = event.globalPos()
        else:
            index = view.currentIndex()
            rect = view.visualRect(index)
            at = view.viewport().mapToGlobal(rect.bottomLeft() if index.isValid() else QPoint())
        if index.isValid():
            self._handler(index, at)
        event.accept()
        return True


def on_context_menu(view: QAbstractItemView, handler: MenuHandler) -> None:
    """Call ``handler(index, global position)`` when a menu is asked for on a row of ``view``;
    nothing happens on empty space."""
    watcher = _ContextMenuFilter(view, handler)
    view.installEventFilter(watcher)
    view.viewport().installEventFilter(watcher)
