"""The main window: the contact list for now; the card and timeline follow."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMainWindow, QTableView

from beziehung.core.services import Services
from beziehung.ui.models.contacts import COL_NAME, COL_ORGANISATION, ContactListModel


class MainWindow(QMainWindow):
    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.setWindowTitle("Beziehung")
        self.resize(1100, 700)
        self.contact_model = ContactListModel(services.contacts, self)
        self.contact_view = QTableView(self)
        self.contact_view.setModel(self.contact_model)
        self.contact_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contact_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.contact_view.verticalHeader().hide()
        header = self.contact_view.horizontalHeader()
        header.setStretchLastSection(True)
        header.resizeSection(COL_NAME, 280)
        header.resizeSection(COL_ORGANISATION, 320)
        rows = self.contact_view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.contact_view.setWordWrap(False)
        self.contact_view.setAlternatingRowColors(True)
        self.setCentralWidget(self.contact_view)
        self.statusBar().showMessage(self.tr("%n Kontakte", "", services.contacts.count()))
