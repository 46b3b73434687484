"""Export and import in the window: histories with progress, vCard with a review table,
CSV with an editable column mapping, and the DSGVO access export and erasure."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from beziehung.core.errors import DomainError
from beziehung.core.services import Services
from beziehung.core.services.history import Selection
from beziehung.core.services.importing import Incoming
from beziehung.io.csv_import import FIELDS, CsvTable, read_table, to_incoming
from beziehung.io.text_files import read_bytes
from beziehung.io.vcard import incoming_from_files
from beziehung.ui.feedback import show_error

FORMATS = (("pdf", "PDF"), ("html", "HTML"), ("md", "Markdown"), ("csv", "CSV"), ("json", "JSON"))


class HistoryExportDialog(QDialog):
    """Which contacts, which format, where; then a progress dialog that can be cancelled."""

    def __init__(
        self, services: Services, contact_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.contact_id = contact_id
        self.setWindowTitle(self.tr("Verlauf exportieren"))
        self.this_contact = QRadioButton(self.tr("Dieser Kontakt"))
        self.this_contact.setEnabled(contact_id is not None)
        self.by_tag = QRadioButton(self.tr("Alle mit dem Schlagwort"))
        self.tag = QComboBox()
        self.tag.addItems(services.listing.tags())
        self.everyone = QRadioButton(self.tr("Alle Kontakte"))
        (self.this_contact if contact_id is not None else self.everyone).setChecked(True)
        self.format = QComboBox()
        for code, label in FORMATS:
            self.format.addItem(label, code)
        form = QFormLayout()
        form.addRow(self.this_contact)
        form.addRow(self.by_tag, self.tag)
        form.addRow(self.everyone)
        form.addRow(self.tr("Format"), self.format)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def selection(self) -> Selection:
        if self.this_contact.isChecked() and self.contact_id is not None:
            return Selection(ids=(self.contact_id,))
        if self.by_tag.isChecked():
            return Selection(tag=self.tag.currentText())
        return Selection(everyone=True)

    def accept(self) -> None:
        from beziehung.io.history import export_history

        fmt = self.format.currentData()
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Exportieren nach"), f"verlauf.{fmt}")
        if not path:
            return
        progress = QProgressDialog(
            self.tr("Verläufe werden exportiert …"), self.tr("Abbrechen"), 0, 100, self
        )
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)

        def report(done: int, total: int) -> bool:
            progress.setMaximum(total)
            progress.setValue(done)
            return not progress.wasCanceled()

        try:
            count = export_history(self.services, self.selection(), fmt, Path(path), report)
        except DomainError as error:
            progress.close()
            if error.code != "cancelled":
                show_error(self, error)
            return
        progress.close()
        QMessageBox.information(
            self,
            self.tr("Export"),
            self.tr("Der Verlauf von %Ln Kontakt(en) steht in {path}.", "", count).format(
                path=path
            ),
        )
        super().accept()


class ImportReviewDialog(QDialog):
    """One row per incoming contact; duplicates are marked and get a choice each."""

    def __init__(
        self, services: Services, incoming: list[Incoming], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.incoming = incoming
        self.setWindowTitle(self.tr("Kontakte importieren"))
        self.resize(760, 440)
        duplicates = services.importing.duplicates(incoming)
        self.table = QTableWidget(len(incoming), 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Organisation"), self.tr("Vorhanden als"), self.tr("Aktion")]
        )
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.choices: list[QComboBox | None] = []
        for row, (item, duplicate) in enumerate(zip(incoming, duplicates, strict=True)):
            c = item.contact
            name = c.name or " ".join(p for p in (c.given_name, c.family_name) if p)
            self.table.setItem(row, 0, QTableWidgetItem(name))
            self.table.setItem(row, 1, QTableWidgetItem(c.organisation or ""))
            self.table.setItem(row, 2, QTableWidgetItem(duplicate[1] if duplicate else ""))
            if duplicate is None:
                self.table.setItem(row, 3, QTableWidgetItem(self.tr("neu")))
                self.choices.append(None)
            else:
                choice = QComboBox()
                choice.addItem(self.tr("überspringen"), "skip")
                choice.addItem(self.tr("zusammenführen"), "merge")
                choice.addItem(self.tr("trotzdem neu anlegen"), "new")
                self.table.setCellWidget(row, 3, choice)
                self.choices.append(choice)
        found = sum(1 for d in duplicates if d)
        summary = QLabel(
            self.tr("%Ln Kontakt(e), davon {d} schon vorhanden.", "", len(incoming)).format(d=found)
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(
            self.tr("Importieren"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def chosen(self) -> list[Incoming]:
        return [
            replace(item, on_duplicate=choice.currentData() if choice else "new")
            for item, choice in zip(self.incoming, self.choices, strict=True)
        ]

    def accept(self) -> None:
        try:
            result = self.services.importing.import_contacts(self.chosen())
        except DomainError as error:
            show_error(self, error)
            return
        QMessageBox.information(
            self,
            self.tr("Import"),
            self.tr("{a} neu, {m} zusammengeführt, {s} übersprungen.").format(
                a=result.added, m=result.merged, s=result.skipped
            ),
        )
        super().accept()


class CsvMappingDialog(QDialog):
    """A preview of the file and, for each field, the column it is read from."""

    def __init__(self, table: CsvTable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.csv = table
        self.setWindowTitle(self.tr("CSV-Spalten zuordnen"))
        self.resize(820, 560)
        self.preview = QTableWidget(min(5, len(table.rows)), len(table.headers))
        self.preview.setHorizontalHeaderLabels(table.headers)
        for r, row in enumerate(table.rows[:5]):
            for c, value in enumerate(row[: len(table.headers)]):
                self.preview.setItem(r, c, QTableWidgetItem(value))
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        form = QFormLayout()
        self.combos: dict[str, QComboBox] = {}
        labels = {
            "name": self.tr("Name (ganz)"),
            "given_name": self.tr("Vorname"),
            "family_name": self.tr("Nachname"),
            "title": self.tr("Titel"),
            "organisation": self.tr("Organisation"),
            "role": self.tr("Funktion"),
            "email": self.tr("E-Mail"),
            "phone": self.tr("Telefon"),
            "street": self.tr("Straße"),
            "postal_code": self.tr("PLZ"),
            "city": self.tr("Ort"),
            "country": self.tr("Land"),
            "birthday": self.tr("Geburtstag"),
            "notes": self.tr("Notizen"),
            "tags": self.tr("Schlagworte"),
        }
        for field_name in FIELDS:
            combo = QComboBox()
            combo.addItem(self.tr("– nicht übernehmen –"), None)
            for header in table.headers:
                combo.addItem(header, header)
            mapped = table.mapping.get(field_name) or []
            if mapped:
                combo.setCurrentIndex(max(0, combo.findData(mapped[0])))
            self.combos[field_name] = combo
            form.addRow(labels[field_name], combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Vorschau von {source}").format(source=table.source)))
        layout.addWidget(self.preview)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def mapping(self) -> dict[str, list[str]]:
        chosen: dict[str, list[str]] = {}
        for field_name, combo in self.combos.items():
            column = combo.currentData()
            if column is None:
                continue
            others = [c for c in self.csv.mapping.get(field_name, []) if c != column]
            # Several e-mail or phone columns stay; the first is the one shown here.
            chosen[field_name] = [column, *others] if field_name in ("email", "phone") else [column]
        return chosen


def import_vcards(services: Services, parent: QWidget) -> bool:
    paths, _ = QFileDialog.getOpenFileNames(
        parent,
        QCoreApplication.translate("exchange", "vCard-Dateien importieren"),
        "",
        "vCard (*.vcf *.vcard);;* (*)",
    )
    if not paths:
        return False
    try:
        incoming = incoming_from_files(Path(name) for name in paths)
    except DomainError as error:
        show_error(parent, error)
        return False
    return ImportReviewDialog(services, incoming, parent).exec() == QDialog.DialogCode.Accepted


def import_csv(services: Services, parent: QWidget) -> bool:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("exchange", "CSV-Datei importieren"),
        "",
        "CSV (*.csv *.txt);;* (*)",
    )
    if not name:
        return False
    path = Path(name)
    try:
        table = read_table(read_bytes(path), path.name)
    except DomainError as error:
        show_error(parent, error)
        return False
    mapping = CsvMappingDialog(table, parent)
    if mapping.exec() != QDialog.DialogCode.Accepted:
        return False
    table.mapping = mapping.mapping()
    try:
        incoming = to_incoming(table)
    except DomainError as error:
        show_error(parent, error)
        return False
    return ImportReviewDialog(services, incoming, parent).exec() == QDialog.DialogCode.Accepted
