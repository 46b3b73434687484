"""*Datei ▸ Sicherungen …*: the backups of the open database, a backup now, a restore, and
the folder they are in. The work itself is the :class:`BackupController`'s."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from beziehung.core.backup import Backup
from beziehung.ui.backup_controller import BackupController
from beziehung.ui.formatting import local_datetime_text

COL_TIME, COL_SIZE, COL_VERIFIED = range(3)


def size_text(size: int) -> str:
    locale = QLocale()
    if size >= 100_000:
        return f"{locale.toString(size / 1_000_000, 'f', 1)} MB"
    return f"{locale.toString(size / 1000, 'f', 1)} kB"


class BackupsDialog(QDialog):
    def __init__(self, controller: BackupController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sicherungen"))
        self.resize(560, 380)
        self._controller = controller
        self._shown: list[Backup] = []
        self._where = QLabel(
            self.tr("Sicherungen von {database} in {folder}").format(
                database=controller.files.database.name, folder=controller.files.folder
            )
        )
        self._where.setWordWrap(True)
        self._where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._note = QLabel()
        self._note.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Zeitpunkt"), self.tr("Größe"), self.tr("Geprüft")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(COL_TIME, QHeaderView.ResizeMode.Stretch)
        self._back_up = QPushButton(self.tr("Jetzt &sichern"))
        self._restore = QPushButton(self.tr("&Wiederherstellen …"))
        self._open_folder = QPushButton(self.tr("&Ordner öffnen"))
        self._back_up.clicked.connect(self._back_up_now)
        self._restore.clicked.connect(self._restore_chosen)
        self._open_folder.clicked.connect(self._show_folder)
        self.table.itemSelectionChanged.connect(self._sync_buttons)
        row = QHBoxLayout()
        for widget in (self._back_up, self._restore, self._open_folder):
            row.addWidget(widget)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._where)
        layout.addWidget(self.table, 1)
        layout.addWidget(self._note)
        layout.addLayout(row)
        layout.addWidget(close)
        controller.backed_up.connect(self._reload)
        controller.restored.connect(self._reload)
        controller.damaged_changed.connect(self._reload)
        controller.settled.connect(self._sync_buttons)
        self._reload()

    def _reload(self, *_args: object) -> None:
        self._shown = self._controller.backups()
        self.table.setRowCount(len(self._shown))
        yes, no = self.tr("ja"), self.tr("nein")
        for row, item in enumerate(self._shown):
            cells = (
                local_datetime_text(item.taken_at),
                size_text(item.size),
                yes if item.verified else no,
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column == COL_SIZE:
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, cell)
        if self._shown:
            self.table.selectRow(0)
        if self._controller.damaged:
            note = self.tr(
                "Die Datenbank ist beschädigt; eine neue Sicherung wäre es auch. Stellen Sie "
                "eine gute Sicherung wieder her."
            )
        elif not self._shown:
            note = self.tr("Es gibt noch keine Sicherung dieser Datenbank.")
        elif self._controller.files.encrypted:
            note = self.tr(
                "Die Sicherungen sind mit der Passphrase der Datenbank verschlüsselt; "
                "Sicherungen aus der Zeit vor einer Änderung der Passphrase öffnet nur die alte."
            )
        else:
            note = ""
        self._note.setText(note)
        self._note.setVisible(bool(note))
        self._sync_buttons()

    def _chosen(self) -> Backup | None:
        rows = self.table.selectionModel().selectedRows()
        return self._shown[rows[0].row()] if rows else None

    def _sync_buttons(self) -> None:
        self._back_up.setEnabled(self._controller.can_back_up and not self._controller.busy)
        self._restore.setEnabled(
            self._chosen() is not None and not self._controller.files.encrypted
        )

    def _back_up_now(self) -> None:
        if self._controller.back_up_now():
            self._back_up.setEnabled(False)

    def _restore_chosen(self) -> None:
        chosen = self._chosen()
        if chosen is not None:
            self._controller.restore(chosen)

    def _show_folder(self) -> None:
        folder = self._controller.files.folder
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
