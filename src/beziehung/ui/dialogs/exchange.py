"""Export and import in the window: histories with progress, vCard with a review table,
CSV with an editable column mapping, and the DSGVO access export and erasure.

Slightly over 400 lines: the import review (contacts, duplicates and problems with a choice
for each) is one dialog and reads best in one place."""

from __future__ import annotations

import re
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
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from beziehung.core.errors import DomainError
from beziehung.core.services import Services
from beziehung.core.services.history import Selection
from beziehung.core.services.importing import KEEP_RAW, SKIP, Incoming
from beziehung.io.csv_import import FIELDS, MULTI, CsvTable, read_table, to_incoming
from beziehung.io.text_files import read_bytes
from beziehung.io.vcard import incoming_from_files
from beziehung.ui.feedback import error_text, show_error

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
    """One row per incoming contact; duplicates are marked and get a choice each. Below, every
    value that cannot be stored as it is, each with its own choice: import the contact
    without it (the value kept in the about text) or leave the contact out. Nothing is
    written before "Importieren"."""

    def __init__(
        self, services: Services, incoming: list[Incoming], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.incoming = services.importing.problems(incoming)
        incoming = self.incoming
        self.setWindowTitle(self.tr("Kontakte importieren"))
        self.resize(860, 560)
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
        problems = [
            (row, n, p) for row, item in enumerate(incoming) for n, p in enumerate(item.problems)
        ]
        self.problems = QTableWidget(len(problems), 4)
        self.problems.setHorizontalHeaderLabels(
            [self.tr("Wo"), self.tr("Feld"), self.tr("Wert und Grund"), self.tr("Lösung")]
        )
        header = self.problems.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problem_choices: dict[tuple[int, int], QComboBox] = {}
        for line, (row, n, problem) in enumerate(problems):
            self.problems.setItem(line, 0, QTableWidgetItem(_where(problem.where)))
            self.problems.setItem(line, 1, QTableWidgetItem(self._field(problem.field)))
            self.problems.setItem(line, 2, QTableWidgetItem(error_text(problem.error)))
            choice = QComboBox()
            choice.addItem(self.tr("ohne dieses Feld importieren"), KEEP_RAW)
            choice.addItem(self.tr("Kontakt auslassen"), SKIP)
            if problem.field == "name":
                choice.setCurrentIndex(1)
                choice.setEnabled(False)
            self.problems.setCellWidget(line, 3, choice)
            self.problem_choices[(row, n)] = choice
        self.all_problems = QComboBox()
        self.all_problems.addItem(self.tr("Für alle: ohne das Feld importieren"), KEEP_RAW)
        self.all_problems.addItem(self.tr("Für alle: Kontakt auslassen"), SKIP)
        self.all_problems.activated.connect(self._choose_for_all)
        problem_box = QWidget()
        problem_layout = QVBoxLayout(problem_box)
        problem_layout.setContentsMargins(0, 0, 0, 0)
        problem_layout.addWidget(
            QLabel(
                self.tr(
                    "%Ln Wert(e) lassen sich nicht übernehmen. Ohne das Feld importiert, "
                    "steht der Wert wie geschrieben in „Über“ des Kontakts.",
                    "",
                    len(problems),
                )
            )
        )
        problem_layout.addWidget(self.all_problems)
        problem_layout.addWidget(self.problems)
        problem_box.setVisible(bool(problems))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(
            self.tr("Importieren"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 3)
        layout.addWidget(problem_box, 2)
        layout.addWidget(buttons)

    def _field(self, name: str) -> str:
        labels = {
            "phone": self.tr("Telefon"),
            "email": self.tr("E-Mail"),
            "web": self.tr("Webseite"),
            "address": self.tr("Adresse"),
            "birthday": self.tr("Geburtstag"),
            "photo": self.tr("Foto"),
            "line": self.tr("Zeile"),
            "name": self.tr("Name"),
        }
        return labels.get(name, name)

    def _choose_for_all(self) -> None:
        wanted = self.all_problems.currentData()
        for choice in self.problem_choices.values():
            if choice.isEnabled():
                choice.setCurrentIndex(choice.findData(wanted))

    def chosen(self) -> list[Incoming]:
        return [
            replace(item, on_duplicate=choice.currentData() if choice else "new")
            for item, choice in zip(self.incoming, self.choices, strict=True)
        ]

    def accept(self) -> None:
        decided = {key: str(c.currentData()) for key, c in self.problem_choices.items()}
        try:
            result = self.services.importing.import_contacts(
                self.chosen(), on_problem=KEEP_RAW, choices=decided
            )
        except DomainError as error:
            show_error(self, error)
            return
        text = self.tr("{a} neu, {m} zusammengeführt, {s} übersprungen.").format(
            a=result.added, m=result.merged, s=result.skipped
        )
        if result.left_out:
            text += " " + self.tr("%Ln mit Problemen ausgelassen.", "", result.left_out)
        QMessageBox.information(self, self.tr("Import"), text)
        super().accept()


def _where(location: str) -> str:
    """ "kunden.csv: line 4" as the window says it."""
    found = re.fullmatch(r"(.*): (card|line) (\d+)", location)
    if found is None:
        return location
    source, unit, n = found.groups()
    if unit == "card":
        return QCoreApplication.translate("exchange", "{source}: Karte {n}").format(
            source=source, n=n
        )
    return QCoreApplication.translate("exchange", "{source}: Zeile {n}").format(source=source, n=n)


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
            "middle_name": self.tr("Weitere Vornamen"),
            "family_name": self.tr("Nachname"),
            "suffix": self.tr("Namenszusatz"),
            "nickname": self.tr("Spitzname"),
            "salutation": self.tr("Anrede"),
            "title": self.tr("Titel"),
            "organisation": self.tr("Organisation"),
            "department": self.tr("Abteilung"),
            "role": self.tr("Funktion"),
            "email": self.tr("E-Mail"),
            "phone": self.tr("Telefon"),
            "fax": self.tr("Fax"),
            "web": self.tr("Webseite"),
            "street": self.tr("Straße"),
            "extended": self.tr("Adresszusatz"),
            "po_box": self.tr("Postfach"),
            "postal_code": self.tr("PLZ"),
            "city": self.tr("Ort"),
            "region": self.tr("Bundesland"),
            "country": self.tr("Land"),
            "home_street": self.tr("Straße (privat)"),
            "home_extended": self.tr("Adresszusatz (privat)"),
            "home_po_box": self.tr("Postfach (privat)"),
            "home_postal_code": self.tr("PLZ (privat)"),
            "home_city": self.tr("Ort (privat)"),
            "home_region": self.tr("Bundesland (privat)"),
            "home_country": self.tr("Land (privat)"),
            "other_street": self.tr("Straße (weitere)"),
            "other_extended": self.tr("Adresszusatz (weitere)"),
            "other_po_box": self.tr("Postfach (weitere)"),
            "other_postal_code": self.tr("PLZ (weitere)"),
            "other_city": self.tr("Ort (weitere)"),
            "other_region": self.tr("Bundesland (weitere)"),
            "other_country": self.tr("Land (weitere)"),
            "birthday": self.tr("Geburtstag"),
            "anniversary": self.tr("Jahrestag"),
            "referred_by": self.tr("Empfohlen von"),
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
        fields = QWidget()
        fields.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(fields)
        ignored = table.ignored()
        self.ignored = QLabel(
            self.tr("Bewusst nicht übernommen: {columns}").format(columns=", ".join(ignored))
            if ignored
            else ""
        )
        self.ignored.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Vorschau von {source}").format(source=table.source)))
        layout.addWidget(self.preview)
        layout.addWidget(scroll)
        layout.addWidget(self.ignored)
        layout.addWidget(buttons)

    def mapping(self) -> dict[str, list[str]]:
        chosen: dict[str, list[str]] = {}
        for field_name, combo in self.combos.items():
            column = combo.currentData()
            if column is None:
                continue
            others = [c for c in self.csv.mapping.get(field_name, []) if c != column]
            # Several e-mail or phone columns stay; the first is the one shown here.
            chosen[field_name] = [column, *others] if field_name in MULTI else [column]
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
