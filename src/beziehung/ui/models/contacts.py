"""The contact list as a lazy table: pages of 256 rows fetched as the view scrolls."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from beziehung.core.services.contacts import ContactService, sort_key
from beziehung.core.services.records import ContactSummary

COL_NAME, COL_ORGANISATION, COL_STAGE = range(3)
PAGE_SIZE = 256
ContactIdRole = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


def stage_label(code: str) -> str:
    labels = {
        "interessent": QCoreApplication.translate("stage", "Interessent"),
        "kunde": QCoreApplication.translate("stage", "Kunde"),
        "stammkunde": QCoreApplication.translate("stage", "Stammkunde"),
        "empfehler": QCoreApplication.translate("stage", "Empfehler"),
        "ehemalig": QCoreApplication.translate("stage", "Ehemalig"),
    }
    return labels.get(code, code)


class ContactListModel(QAbstractTableModel):
    def __init__(self, contacts: ContactService, parent: Any = None) -> None:
        super().__init__(parent)
        self._contacts = contacts
        self._rows: list[ContactSummary] = []
        self._exhausted = False

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._exhausted = False
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or self._exhausted:
            return
        after = None
        if self._rows:
            last = self._rows[-1]
            after = (sort_key(last.family_name, last.given_name), last.id)
        page = self._contacts.list(limit=PAGE_SIZE, after=after)
        if len(page) < PAGE_SIZE:
            self._exhausted = True
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        contact = self._rows[index.row()]
        if role == ContactIdRole:
            return contact.id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == COL_NAME:
            return contact.display_name
        if column == COL_ORGANISATION:
            return contact.organisation or ""
        if column == COL_STAGE:
            return stage_label(contact.stage)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (
            QCoreApplication.translate("ContactListModel", "Name"),
            QCoreApplication.translate("ContactListModel", "Organisation"),
            QCoreApplication.translate("ContactListModel", "Phase"),
        )
        return headers[section] if 0 <= section < len(headers) else None
