"""Replace a model's rows without a reset, so views keep selection, current row and scroll."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TypeVar

from PySide6.QtCore import QAbstractItemModel, QModelIndex

T = TypeVar("T")


def update_rows(
    model: QAbstractItemModel,
    rows: list[T],
    fresh: list[T],
    key: Callable[[T], Hashable],
    columns: int = 1,
) -> None:
    """Make ``rows`` (the model's own list, changed in place) equal ``fresh``.

    Rows that went are removed and new ones appended; then, when the order differs, a layout
    change carries every persistent index (the selection, the current row) to its row's new
    place; last, every row is reported changed. Without duplicate keys only; the caller resets.
    """
    wanted = {key(r) for r in fresh}
    row = len(rows) - 1
    while row >= 0:
        if key(rows[row]) in wanted:
            row -= 1
            continue
        last = row
        while row >= 0 and key(rows[row]) not in wanted:
            row -= 1
        model.beginRemoveRows(QModelIndex(), row + 1, last)
        del rows[row + 1 : last + 1]
        model.endRemoveRows()
    present = {key(r) for r in rows}
    added = [r for r in fresh if key(r) not in present]
    if added:
        model.beginInsertRows(QModelIndex(), len(rows), len(rows) + len(added) - 1)
        rows.extend(added)
        model.endInsertRows()
    old_keys = [key(r) for r in rows]
    if old_keys != [key(r) for r in fresh]:
        model.layoutAboutToBeChanged.emit()
        place = {key(r): i for i, r in enumerate(fresh)}
        rows[:] = fresh
        before = model.persistentIndexList()
        after = [model.index(place[old_keys[i.row()]], i.column()) for i in before]
        model.changePersistentIndexList(before, after)
        model.layoutChanged.emit()
    else:
        rows[:] = fresh
    if rows:
        model.dataChanged.emit(model.index(0, 0), model.index(len(rows) - 1, columns - 1))


def unique(keys: list[Hashable]) -> bool:
    return len(set(keys)) == len(keys)
