"""Create or edit a contact: names, organisation, ways to reach them, what matters to them.

What is typed is kept as a draft on disk (per contact, one for a new contact), restored when
the form opens again and dropped on save; Esc and the close button ask before discarding it.
This module is longer than most: the form has four pages of fields, and each field appears
once to build, once to load, once to save and once to keep as a draft.
"""

from __future__ import annotations

import base64
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QCloseEvent, QPixmap
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from beziehung.clock import from_local
from beziehung.core.errors import ConflictError, DomainError
from beziehung.core.models import CHANNELS, METHOD_KINDS, STAGES
from beziehung.core.services import Services
from beziehung.core.services.inputs import ContactInput, MethodInput
from beziehung.core.services.records import ContactDetail, MethodRecord
from beziehung.drafts import DraftStore, contact_key
from beziehung.ui.conflicts import contact_comparison
from beziehung.ui.dialogs.conflict_dialog import Choice, resolve
from beziehung.ui.dialogs.contact_details import AddressParts, FurtherDetails
from beziehung.ui.dialogs.custom_fields_box import CustomFieldsBox
from beziehung.ui.dialogs.draft_keeper import DraftKeeper
from beziehung.ui.feedback import show_error
from beziehung.ui.formatting import channel_label, method_label, short_date_format, stage_label
from beziehung.ui.responsible import responsible_combo
from beziehung.ui.widgets import ContactPicker

COL_KIND, COL_LABEL, COL_VALUE, COL_PREFERRED = range(4)
PHOTO_PREVIEW = 64


class OptionalDate(QWidget):
    """A date that may be unknown: a check box and a date field."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox(label)
        self.edit = QDateEdit()
        self.edit.setDisplayFormat(short_date_format())
        self.edit.setCalendarPopup(True)
        self.edit.setEnabled(False)
        self.edit.setDate(QDate.currentDate())
        self.enabled.toggled.connect(self.edit.setEnabled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.enabled)
        row.addWidget(self.edit, 1)

    def set_value(self, value: datetime | None) -> None:
        self.enabled.setChecked(value is not None)
        if value is not None:
            local = value.astimezone()
            self.edit.setDate(QDate(local.year, local.month, local.day))

    def value(self) -> datetime | None:
        if not self.enabled.isChecked():
            return None
        d = self.edit.date()
        return from_local(datetime(d.year(), d.month(), d.day(), 12, 0))


class ContactDialog(QDialog):
    def __init__(
        self,
        services: Services,
        contact_id: int | None = None,
        parent: QWidget | None = None,
        drafts: DraftStore | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.contact_id = contact_id
        self.saved_id: int | None = None
        # The version a save builds on (the loaded one until a conflict shows a newer).
        self._base_version: int | None = None
        self.setWindowTitle(
            self.tr("Kontakt bearbeiten") if contact_id else self.tr("Neuer Kontakt")
        )
        self.resize(640, 560)

        self.salutation = QComboBox(editable=True)
        self.salutation.addItems(["", self.tr("Frau"), self.tr("Herr")])
        self.title_edit = QLineEdit(placeholderText=self.tr("z. B. Dr."))
        self.letter_form = QComboBox()
        self.letter_form.addItem(self.tr("Sie (Sehr geehrte/r …)"), "sie")
        self.letter_form.addItem(self.tr("Du (Liebe/r …)"), "du")
        self.given = QLineEdit()
        self.family = QLineEdit()
        self.organisation = QComboBox(editable=True)
        self.organisation.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.organisation.addItem("")
        self.organisation.addItems([o.name for o in services.organisations.list()])
        organisation_editor = self.organisation.lineEdit()
        assert organisation_editor is not None, "an editable combo box has a line edit"
        organisation_editor.setPlaceholderText(self.tr("Neue Organisation eintippen oder wählen"))
        self.role = QLineEdit()
        self.stage = QComboBox()
        for code in STAGES:
            self.stage.addItem(stage_label(code), code)
        self.has_birthday = QCheckBox(self.tr("bekannt"))
        self.birthday = QDateEdit()
        self.birthday.setDisplayFormat(short_date_format())
        self.birthday.setCalendarPopup(True)
        self.birthday.setEnabled(False)
        self.birthday.setDate(QDate(1980, 1, 1))
        self.has_birthday.toggled.connect(self.birthday.setEnabled)
        birthday_row = QHBoxLayout()
        birthday_row.addWidget(self.has_birthday)
        birthday_row.addWidget(self.birthday, 1)
        self.tags = QLineEdit(placeholderText=self.tr("durch Kommas getrennt"))
        self.referrer = ContactPicker(services, exclude=contact_id)

        names = QFormLayout()
        names.addRow(self.tr("Anrede"), self.salutation)
        names.addRow(self.tr("Titel"), self.title_edit)
        names.addRow(self.tr("Briefanrede"), self.letter_form)
        names.addRow(self.tr("&Vorname"), self.given)
        names.addRow(self.tr("&Nachname"), self.family)
        names.addRow(self.tr("&Organisation"), self.organisation)
        names.addRow(self.tr("Funktion"), self.role)
        names.addRow(self.tr("&Phase"), self.stage)
        names.addRow(self.tr("Geburtstag"), birthday_row)
        names.addRow(self.tr("Schlagworte"), self.tags)
        names.addRow(self.tr("Empfohlen von"), self.referrer)
        self.photo_preview = QLabel()
        self.photo_preview.setFixedSize(PHOTO_PREVIEW, PHOTO_PREVIEW)
        self.photo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        choose_photo = QPushButton(self.tr("Foto wählen …"))
        choose_photo.clicked.connect(self._choose_photo)
        remove_photo = QPushButton(self.tr("Foto entfernen"))
        remove_photo.clicked.connect(lambda: self.set_photo(None))
        photo_row = QHBoxLayout()
        photo_row.addWidget(self.photo_preview)
        photo_row.addWidget(choose_photo)
        photo_row.addWidget(remove_photo)
        photo_row.addStretch()
        names.addRow(self.tr("Foto"), photo_row)
        self.further = FurtherDetails()
        person = QWidget()
        person_layout = QVBoxLayout(person)
        person_layout.addLayout(names)
        person_layout.addWidget(self.further)
        person_layout.addStretch()

        self.methods = QTableWidget(0, 4)
        self.methods.setHorizontalHeaderLabels(
            [self.tr("Art"), self.tr("Bezeichnung"), self.tr("Wert"), self.tr("Bevorzugt")]
        )
        self.methods.horizontalHeader().setSectionResizeMode(
            COL_VALUE, QHeaderView.ResizeMode.Stretch
        )
        self.methods.verticalHeader().hide()
        self.methods.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        add_method = QPushButton(self.tr("Hinzufügen"))
        add_method.clicked.connect(lambda: self.add_method_row("phone", "", "", False))
        remove_method = QPushButton(self.tr("Entfernen"))
        remove_method.clicked.connect(self._remove_method_row)
        method_buttons = QHBoxLayout()
        method_buttons.addWidget(add_method)
        method_buttons.addWidget(remove_method)
        method_buttons.addStretch()
        self.address_parts = AddressParts(self.methods, COL_VALUE, self._kind_of)
        reach = QVBoxLayout()
        reach.addWidget(self.methods)
        reach.addLayout(method_buttons)
        reach.addWidget(self.address_parts)
        self.preferred_channel = QComboBox()
        self.preferred_channel.addItem(self.tr("egal"), None)
        for code in CHANNELS:
            self.preferred_channel.addItem(channel_label(code), code)
        self.preferred_time = QLineEdit(placeholderText=self.tr("z. B. vormittags, nicht montags"))
        self.cadence = QSpinBox(minimum=0, maximum=3650, suffix=self.tr(" Tage"))
        self.cadence.setSpecialValueText(self.tr("wie für die Phase eingestellt"))
        self.cadence_max = QSpinBox(minimum=0, maximum=3650, suffix=self.tr(" Tage"))
        self.cadence_max.setObjectName("cadence-max")
        self.cadence_max.setSpecialValueText(self.tr("wie für Phase und Schlagwörter"))
        self.responsible = responsible_combo(services)
        preferences = QFormLayout()
        preferences.addRow(self.tr("Bevorzugter Kanal"), self.preferred_channel)
        preferences.addRow(self.tr("Beste Zeit"), self.preferred_time)
        preferences.addRow(self.tr("Kontakt halten alle"), self.cadence)
        preferences.addRow(self.tr("Spätestens nach"), self.cadence_max)
        preferences.addRow(self.tr("Zuständig"), self.responsible)
        reach.addLayout(preferences)
        reach_page = QWidget()
        reach_page.setLayout(reach)

        self.about = QPlainTextEdit()
        self.about.setPlaceholderText(
            self.tr("Was ist dieser Person wichtig? Vorlieben, Familie, Anlässe …")
        )

        self.keep_until_set = QCheckBox(self.tr("aufbewahren bis"))
        self.keep_until = QDateEdit()
        self.keep_until.setDisplayFormat(short_date_format())
        self.keep_until.setCalendarPopup(True)
        self.keep_until.setEnabled(False)
        self.keep_until.setDate(QDate.currentDate().addYears(10))
        self.keep_until_set.toggled.connect(self.keep_until.setEnabled)
        keep_row = QHBoxLayout()
        keep_row.addWidget(self.keep_until_set)
        keep_row.addWidget(self.keep_until, 1)
        self.purpose = QLineEdit(placeholderText=self.tr("z. B. Mandatsbearbeitung, Beratung"))
        self.legal_basis = QComboBox()
        self.legal_basis.addItem(self.tr("nicht angegeben"), None)
        self.legal_basis.addItem(self.tr("Einwilligung (Art. 6 Abs. 1 a)"), "consent")
        self.legal_basis.addItem(self.tr("Vertrag (Art. 6 Abs. 1 b)"), "contract")
        self.legal_basis.addItem(
            self.tr("Rechtliche Pflicht (Art. 6 Abs. 1 c)"), "legal_obligation"
        )
        self.legal_basis.addItem(
            self.tr("Berechtigtes Interesse (Art. 6 Abs. 1 f)"), "legitimate_interest"
        )
        self.consent_given = OptionalDate(self.tr("erteilt am"))
        self.consent_withdrawn = OptionalDate(self.tr("widerrufen am"))
        self.restricted = QCheckBox(
            self.tr(
                "Verarbeitung eingeschränkt (Art. 18): aus Listen, Erinnerungen und Exporten ausblenden"
            )
        )
        privacy = QFormLayout()
        privacy.addRow(self.tr("Aufbewahrungspflicht"), keep_row)
        privacy.addRow(self.tr("Zweck"), self.purpose)
        privacy.addRow(self.tr("Rechtsgrundlage"), self.legal_basis)
        privacy.addRow(self.tr("Einwilligung"), self.consent_given)
        privacy.addRow("", self.consent_withdrawn)
        privacy.addRow(self.restricted)
        privacy_page = QWidget()
        privacy_page.setLayout(privacy)
        self._photo: bytes | None = None

        tabs = QTabWidget()
        tabs.addTab(person, self.tr("Person"))
        tabs.addTab(reach_page, self.tr("Erreichbarkeit"))
        self.custom_fields = CustomFieldsBox(services)
        knowing = QWidget()
        knowing_layout = QVBoxLayout(knowing)
        knowing_layout.addWidget(self.about, 1)
        knowing_layout.addWidget(self.custom_fields)
        tabs.addTab(knowing, self.tr("Was wichtig ist"))
        tabs.addTab(privacy_page, self.tr("Datenschutz"))

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)

        self._other_referrers: list[int] = []
        # What the dialog does not edit but must not lose on saving: the street, place, region
        # and country of an address, whether the birthday's year is known.
        self._loaded: ContactDetail | None = None
        detail = services.contacts.get(contact_id) if contact_id is not None else None
        if detail is not None:
            self._load(detail)
        else:
            self.add_method_row("email", "", "", True)
            self.add_method_row("phone", "", "", True)
        self.keeper: DraftKeeper | None = None
        if drafts is not None:
            self.keeper = DraftKeeper(
                self,
                drafts,
                contact_key(contact_id, detail.created_at if detail is not None else None),
                self.fields,
                self.set_fields,
                services.context.clock,
            )
            layout.insertWidget(0, self.keeper.banner)
            self.keeper.restore()
            self._watch_fields()
        self.given.setFocus()

    # --- drafts -------------------------------------------------------------------------------

    def _watch_fields(self) -> None:
        keeper = self.keeper
        if keeper is None:
            return
        for line in self.findChildren(QLineEdit):  # also those inside combo and date boxes
            line.textChanged.connect(keeper.changed)
        for combo in self.findChildren(QComboBox):
            combo.currentIndexChanged.connect(keeper.changed)
        for check in self.findChildren(QAbstractButton):
            if check.isCheckable():
                check.toggled.connect(keeper.changed)
        self.about.textChanged.connect(keeper.changed)
        self.methods.itemChanged.connect(keeper.changed)
        model = self.methods.model()
        model.rowsInserted.connect(keeper.changed)
        model.rowsRemoved.connect(keeper.changed)

    @staticmethod
    def _date_text(check: QCheckBox, edit: QDateEdit) -> str | None:
        return edit.date().toString(Qt.DateFormat.ISODate) if check.isChecked() else None

    @staticmethod
    def _set_date(check: QCheckBox, edit: QDateEdit, value: str | None) -> None:
        check.setChecked(value is not None)
        if value is not None:
            edit.setDate(QDate.fromString(value, Qt.DateFormat.ISODate))

    def fields(self) -> dict[str, Any]:
        """Everything the form shows, as plain values (a draft keeps this)."""
        methods = []
        for row in range(self.methods.rowCount()):
            kinds = self.methods.cellWidget(row, COL_KIND)
            assert isinstance(kinds, QComboBox), "every method row has a kind chooser"
            methods.append(
                [
                    kinds.currentData(),
                    self._cell(row, COL_LABEL).text(),
                    self._cell(row, COL_VALUE).text(),
                    self._cell(row, COL_PREFERRED).checkState() == Qt.CheckState.Checked,
                ]
            )
        referrer = self.referrer.selected_id()
        return {
            "salutation": self.salutation.currentText(),
            "title": self.title_edit.text(),
            "given": self.given.text(),
            "family": self.family.text(),
            "organisation": self.organisation.currentText(),
            "role": self.role.text(),
            "stage": self.stage.currentData(),
            "birthday": self._date_text(self.has_birthday, self.birthday),
            "tags": self.tags.text(),
            "referrer": [referrer, self.referrer.currentText()] if referrer is not None else None,
            "photo": base64.b64encode(self._photo).decode("ascii") if self._photo else None,
            "methods": methods,
            "preferred_channel": self.preferred_channel.currentData(),
            "preferred_time": self.preferred_time.text(),
            "cadence": self.cadence.value(),
            "cadence_max": self.cadence_max.value(),
            "responsible": self.responsible.currentData(),
            "about": self.about.toPlainText(),
            "keep_until": self._date_text(self.keep_until_set, self.keep_until),
            "purpose": self.purpose.text(),
            "legal_basis": self.legal_basis.currentData(),
            "consent_given": self._date_text(self.consent_given.enabled, self.consent_given.edit),
            "consent_withdrawn": self._date_text(
                self.consent_withdrawn.enabled, self.consent_withdrawn.edit
            ),
            "restricted": self.restricted.isChecked(),
            **self._further_fields(),
            "letter_form": self.letter_form.currentData(),
            "custom": {str(k): v for k, v in self.custom_fields.values().items()},
        }

    def set_fields(self, values: dict[str, Any]) -> None:
        """Show ``values`` as :meth:`fields` returned them."""
        self.salutation.setCurrentText(values["salutation"])
        self.title_edit.setText(values["title"])
        self.given.setText(values["given"])
        self.family.setText(values["family"])
        self.organisation.setCurrentText(values["organisation"])
        self.role.setText(values["role"])
        self.stage.setCurrentIndex(max(0, self.stage.findData(values["stage"])))
        self._set_date(self.has_birthday, self.birthday, values["birthday"])
        self.tags.setText(values["tags"])
        if values["referrer"]:
            referrer_id, name = values["referrer"]
            self.referrer.set_contact(int(referrer_id), str(name))
        else:
            self.referrer.clear()
            self.referrer.setEditText("")
        photo = values["photo"]
        self.set_photo(base64.b64decode(photo) if photo else None)
        self.methods.setRowCount(0)
        for kind, label, value, preferred in values["methods"]:
            self.add_method_row(kind, label, value, bool(preferred))
        self.preferred_channel.setCurrentIndex(
            max(0, self.preferred_channel.findData(values["preferred_channel"]))
        )
        self.preferred_time.setText(values["preferred_time"])
        self.cadence.setValue(int(values["cadence"]))
        self.cadence_max.setValue(int(values.get("cadence_max") or 0))
        if values.get("responsible") is not None:
            self.responsible.setCurrentIndex(
                max(0, self.responsible.findData(values["responsible"]))
            )
        self.about.setPlainText(values["about"])
        self._set_date(self.keep_until_set, self.keep_until, values["keep_until"])
        self.purpose.setText(values["purpose"])
        self.legal_basis.setCurrentIndex(max(0, self.legal_basis.findData(values["legal_basis"])))
        self._set_date(self.consent_given.enabled, self.consent_given.edit, values["consent_given"])
        self._set_date(
            self.consent_withdrawn.enabled, self.consent_withdrawn.edit, values["consent_withdrawn"]
        )
        self.restricted.setChecked(bool(values["restricted"]))
        self._set_further_fields(values)
        # Drafts from before these fields existed lack them.
        self.letter_form.setCurrentIndex(
            max(0, self.letter_form.findData(values.get("letter_form")))
        )
        custom = values.get("custom") or {}
        self.custom_fields.set_values({int(k): str(v) for k, v in custom.items() if k.isdigit()})

    def add_method_row(self, kind: str, label: str, value: str, preferred: bool) -> None:
        row = self.methods.rowCount()
        self.methods.insertRow(row)
        kinds = QComboBox()
        for code in METHOD_KINDS:
            kinds.addItem(method_label(code), code)
        kinds.setCurrentIndex(max(0, kinds.findData(kind)))
        self.methods.setCellWidget(row, COL_KIND, kinds)
        self.methods.setItem(row, COL_LABEL, QTableWidgetItem(label))
        self.methods.setItem(row, COL_VALUE, QTableWidgetItem(value))
        check = QTableWidgetItem()
        check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        check.setCheckState(Qt.CheckState.Checked if preferred else Qt.CheckState.Unchecked)
        self.methods.setItem(row, COL_PREFERRED, check)
        kinds.currentIndexChanged.connect(self.address_parts.follow)
        keeper = getattr(self, "keeper", None)
        if keeper is not None:
            kinds.currentIndexChanged.connect(keeper.changed)

    def set_photo(self, photo: bytes | None) -> None:
        self._photo = photo
        pixmap = QPixmap()
        if photo is not None and pixmap.loadFromData(photo):
            self.photo_preview.setPixmap(
                pixmap.scaled(
                    PHOTO_PREVIEW,
                    PHOTO_PREVIEW,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.photo_preview.setText(self.tr("kein Foto"))

    def _choose_photo(self) -> None:
        from beziehung.io.photos import fit, load_file

        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Foto wählen"),
            "",
            self.tr("Bilder (*.jpg *.jpeg *.png *.gif *.webp *.bmp)"),
        )
        if not name:
            return
        try:
            self.set_photo(fit(load_file(Path(name))))
        except DomainError as error:
            show_error(self, error)

    def _remove_method_row(self) -> None:
        row = self.methods.currentRow()
        if row >= 0:
            self.methods.removeRow(row)

    def _load(self, detail: ContactDetail) -> None:
        s = detail.summary
        self.salutation.setCurrentText(detail.salutation or "")
        self.title_edit.setText(detail.title or "")
        self.given.setText(s.given_name)
        self.family.setText(s.family_name)
        self.organisation.setCurrentText(s.organisation or "")
        self.role.setText(detail.role or "")
        self.stage.setCurrentIndex(max(0, self.stage.findData(s.stage)))
        if detail.birthday:
            self.has_birthday.setChecked(True)
            b = detail.birthday
            self.birthday.setDate(QDate(b.year, b.month, b.day))
        self.tags.setText(", ".join(s.tags))
        if detail.referred_by:
            first = detail.referred_by[0]
            self.referrer.set_contact(first.id, first.display_name)
        for m in detail.methods:
            self.add_method_row(m.kind, m.label, m.value, m.is_preferred)
        self.preferred_channel.setCurrentIndex(
            max(0, self.preferred_channel.findData(detail.preferred_channel))
        )
        self.preferred_time.setText(detail.preferred_time or "")
        self.cadence.setValue(detail.cadence_days or 0)
        self.cadence_max.setValue(detail.cadence_max_days or 0)
        if detail.responsible_id is not None:
            self.responsible.setCurrentIndex(
                max(0, self.responsible.findData(detail.responsible_id))
            )
        self.about.setPlainText(detail.about)
        self.set_photo(detail.photo)
        self._load_further(detail)
        if detail.keep_until:
            self.keep_until_set.setChecked(True)
            k = detail.keep_until
            self.keep_until.setDate(QDate(k.year, k.month, k.day))
        self.purpose.setText(detail.processing_purpose)
        self.legal_basis.setCurrentIndex(max(0, self.legal_basis.findData(detail.legal_basis)))
        self.consent_given.set_value(detail.consent_given_at)
        self.consent_withdrawn.set_value(detail.consent_withdrawn_at)
        self.restricted.setChecked(detail.restricted)
        self.letter_form.setCurrentIndex(max(0, self.letter_form.findData(detail.letter_form)))
        self.custom_fields.load(detail.custom_fields)
        self._other_referrers = [r.id for r in detail.referred_by[1:]]
        self._loaded = detail

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.methods.item(row, column)
        # Every row is added with all its items (see add_method_row).
        assert item is not None, "a method row lacks a cell"
        return item

    def contact_input(self) -> ContactInput:
        methods = []
        for row in range(self.methods.rowCount()):
            value = self._cell(row, COL_VALUE).text().strip()
            if not value:
                continue
            kinds = self.methods.cellWidget(row, COL_KIND)
            assert isinstance(kinds, QComboBox), "every method row has a kind chooser"
            kind = kinds.currentData()
            same = self._loaded_method(kind, value)
            po_box, extended = self.address_parts.parts(row)
            methods.append(
                MethodInput(
                    kind=kind,
                    value=self._address_value(same, value, po_box, extended),
                    label=self._cell(row, COL_LABEL).text(),
                    preferred=self._cell(row, COL_PREFERRED).checkState() == Qt.CheckState.Checked,
                    street=same.street if same else None,
                    postal_code=same.postal_code if same else None,
                    city=same.city if same else None,
                    region=same.region if same else None,
                    country=same.country if same else None,
                    po_box=po_box,
                    extended=extended,
                )
            )
        birthday = None
        if self.has_birthday.isChecked():
            d = self.birthday.date()
            birthday = date(d.year(), d.month(), d.day())
        loaded = self._loaded
        # A birthday without a year stays so while its day is not changed here.
        no_year = bool(loaded and loaded.birthday_no_year and loaded.birthday == birthday)
        referrer = self.referrer.selected_id()
        referrers = [referrer] if referrer is not None else []
        referrers += self._other_referrers
        keep_until = None
        if self.keep_until_set.isChecked():
            k = self.keep_until.date()
            keep_until = date(k.year(), k.month(), k.day())
        return ContactInput(
            given_name=self.given.text(),
            family_name=self.family.text(),
            salutation=self.salutation.currentText().strip() or None,
            title=self.title_edit.text().strip() or None,
            organisation=self.organisation.currentText(),
            role=self.role.text().strip() or None,
            birthday=birthday,
            birthday_no_year=no_year,
            anniversary=self.further.anniversary.value(),
            department=self.further.department.text().strip() or None,
            about=self.about.toPlainText(),
            preferred_channel=self.preferred_channel.currentData(),
            preferred_time=self.preferred_time.text().strip() or None,
            stage=self.stage.currentData(),
            cadence_days=self.cadence.value() or None,
            cadence_max_days=self.cadence_max.value() or None,
            responsible_id=self.responsible.currentData(),
            methods=methods,
            tags=[t.strip() for t in self.tags.text().split(",") if t.strip()],
            referred_by=referrers,
            photo=self._photo,
            keep_until=keep_until,
            processing_purpose=self.purpose.text(),
            legal_basis=self.legal_basis.currentData(),
            consent_given_at=self.consent_given.value(),
            consent_withdrawn_at=self.consent_withdrawn.value(),
            restricted=self.restricted.isChecked(),
            letter_form=str(self.letter_form.currentData()),
            custom=self.custom_fields.values(),
        )

    def _loaded_method(self, kind: str, value: str) -> MethodRecord | None:
        """The stored method this row still shows unchanged, if any."""
        if self._loaded is None:
            return None
        return next((m for m in self._loaded.methods if m.kind == kind and m.value == value), None)

    # --- department, anniversary, PO box and extended line (contact_details) ---------------

    def _kind_of(self, row: int) -> str:
        kinds = self.methods.cellWidget(row, COL_KIND)
        return str(kinds.currentData()) if isinstance(kinds, QComboBox) else ""

    def _load_further(self, detail: ContactDetail) -> None:
        self.further.load(detail)
        for row, m in enumerate(detail.methods):
            self.address_parts.set_parts(row, m.po_box, m.extended)

    def _further_fields(self) -> dict[str, Any]:
        return {**self.further.fields(), "address_parts": self.address_parts.all_parts()}

    def _set_further_fields(self, values: dict[str, Any]) -> None:
        self.further.set_fields(values)
        for row, parts in enumerate(values.get("address_parts") or []):
            self.address_parts.set_parts(row, *parts)

    @staticmethod
    def _address_value(
        same: MethodRecord | None, value: str, po_box: str | None, extended: str | None
    ) -> str:
        """The row's text, or none when a stored address split into parts gets a new PO box
        or extended line: its one-line text is then made again from all its parts."""
        split = same is not None and bool(same.street or same.postal_code or same.city)
        if split and same is not None and (same.po_box, same.extended) != (po_box, extended):
            return ""
        return value

    def accept(self) -> None:
        try:
            data = self.contact_input()
            if self.contact_id is None:
                self.saved_id = self.services.contacts.create(data)
            elif not self._update(self.contact_id, data):
                return
        except DomainError as error:
            show_error(self, error)
            return
        if self.keeper is not None:
            self.keeper.discard()
        super().accept()

    def _update(self, contact_id: int, data: ContactInput) -> bool:
        """Save over the version the form was loaded from; when a colleague saved the
        contact meanwhile, the user settles it (False: back to the form, nothing lost)."""
        if self._base_version is None and self._loaded is not None:
            self._base_version = self._loaded.version
        while True:
            try:
                self.services.contacts.update(contact_id, data, expected_version=self._base_version)
            except ConflictError as error:
                # Seen side by side: a later save of this form knowingly builds on it.
                self._base_version = error.stored_version
                settled = resolve(contact_comparison(self.services, error), self)
                if settled is None:
                    return False
                choice, data = settled
                if choice is Choice.THEIRS:
                    break
                continue
            break
        self.saved_id = contact_id
        return True

    def reject(self) -> None:
        if self.keeper is not None and not self.keeper.may_close(
            self.tr("Kontakt nicht gespeichert"),
            self.tr(
                "Die Eingaben sind noch nicht gespeichert. Als Entwurf behalten, um sie später fertigzustellen?"
            ),
        ):
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not event.spontaneous():
            # Closed by the program (the app ending): keep what was typed, without asking.
            if self.keeper is not None:
                self.keeper.save()
            event.accept()
            QDialog.done(self, QDialog.DialogCode.Rejected)
            return
        # The close button asks like Esc does; "Abbrechen" there keeps the form open.
        self.reject()
        if self.isVisible():
            event.ignore()
        else:
            event.accept()
