"""Settings: language, keep-in-touch cadences, the default reminder time, the firm's name on
exported histories, where data lives."""

from __future__ import annotations

import sys
from datetime import time
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, Qt, QTime, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSystemTrayIcon,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from beziehung import autostart
from beziehung.core import phones
from beziehung.core.errors import DomainError
from beziehung.core.models import STAGES
from beziehung.core.services import Services
from beziehung.core.services.settings import MAX_FIRM_NAME, SharedSettings
from beziehung.paths import check_database_choice
from beziehung.ui.database_choice import chosen_database, remember
from beziehung.ui.feedback import show_error
from beziehung.ui.formatting import stage_label
from beziehung.ui.i18n import LANGUAGE_KEY, chosen_language
from beziehung.ui.reminders import KEEP_RUNNING_KEY, keep_running


class SettingsDialog(QDialog):
    def __init__(
        self,
        services: Services,
        qsettings: QSettings,
        database: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.qsettings = qsettings
        self.setWindowTitle(self.tr("Einstellungen"))
        shared = services.settings.load()

        self.language = QComboBox()
        self.language.addItem("Deutsch", "de")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(chosen_language(qsettings))))
        self.reminder_time = QTimeEdit(
            QTime(shared.default_reminder_time.hour, shared.default_reminder_time.minute)
        )
        self.reminder_time.setDisplayFormat("HH:mm")
        self.keep_running = QCheckBox(
            self.tr("Beim Schließen im Infobereich weiterlaufen, damit Erinnerungen kommen")
        )
        self.keep_running.setChecked(keep_running(qsettings))
        self.keep_running.setEnabled(QSystemTrayIcon.isSystemTrayAvailable())
        self.open_at_login = QCheckBox(self.tr("Beim Anmelden starten"))
        self.open_at_login.setChecked(autostart.is_enabled())
        self.open_at_login.setEnabled(sys.platform.startswith("linux"))
        self.firm_name = QLineEdit(shared.firm_name)
        self.firm_name.setMaxLength(MAX_FIRM_NAME)
        self.firm_name.setPlaceholderText(self.tr("steht oben auf exportierten Verläufen"))
        self.phone_region = QComboBox()
        system = phones.system_region()
        self.phone_region.addItem(
            self.tr("wie das System ({country})").format(country=_country_name(system)), None
        )
        for name, code in sorted(
            (_country_name(code), code) for code in phones.supported_regions() if code != "001"
        ):
            self.phone_region.addItem(f"{name} ({code})", code)
        self.phone_region.setCurrentIndex(max(0, self.phone_region.findData(shared.phone_region)))
        self.phone_region.setToolTip(
            self.tr(
                "Wo eine Nummer ohne Ländervorwahl gewählt wird, wenn die Adresse des "
                "Kontakts kein Land nennt"
            )
        )
        general = QFormLayout()
        general.addRow(self.tr("Sprache"), self.language)
        general.addRow(self.tr("Uhrzeit für „morgen“"), self.reminder_time)
        general.addRow(self.tr("Name der Kanzlei / Firma"), self.firm_name)
        me = services.users.me()
        self.my_name = QLineEdit(
            next((u.name for u in services.users.list() if u.id == me), ""), maxLength=200
        )
        self.my_name.setObjectName("my-name")
        self.my_name.setPlaceholderText(self.tr("wie Karten „zuständig“ zeigen"))
        self.my_name.setEnabled(me is not None)
        self._stored_name = self.my_name.text()
        general.addRow(self.tr("Ihr Name"), self.my_name)
        general.addRow(self.tr("Telefonnummern ohne Vorwahl aus"), self.phone_region)
        general.addRow(QLabel(self.tr("Eine geänderte Sprache gilt ab dem nächsten Start.")))
        general.addRow(self.keep_running)
        general.addRow(self.open_at_login)

        self.cadences: dict[str, QSpinBox] = {}
        self.cadence_maxima: dict[str, QSpinBox] = {}
        cadence_form = QFormLayout()
        cadence_form.addRow(
            "", QLabel(self.tr("ideal spätestens nach · droht verloren zu gehen nach"))
        )
        for stage in STAGES:
            spin = QSpinBox(minimum=0, maximum=3650, suffix=self.tr(" Tage"))
            spin.setSpecialValueText(self.tr("nie"))
            spin.setValue(shared.cadences.get(stage) or 0)
            self.cadences[stage] = spin
            longest = QSpinBox(minimum=0, maximum=3650, suffix=self.tr(" Tage"))
            longest.setSpecialValueText(self.tr("doppelt so lange"))
            longest.setValue(shared.cadence_maxima.get(stage) or 0)
            longest.setAccessibleName(
                self.tr("Höchstens für {stage}").format(stage=stage_label(stage))
            )
            self.cadence_maxima[stage] = longest
            row = QHBoxLayout()
            row.addWidget(spin, 1)
            row.addWidget(longest, 1)
            cadence_form.addRow(stage_label(stage), row)
        cadence_box = QGroupBox(self.tr("„Lange nicht gesprochen“ nach"))
        cadence_box.setLayout(cadence_form)

        self.database_label = QLabel(database)
        self.database_label.setWordWrap(True)
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        open_folder = QPushButton(self.tr("Ordner öffnen"))
        open_folder.setEnabled(Path(database).parent.is_dir())
        open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(database).parent)))
        )
        database_row = QHBoxLayout()
        database_row.addWidget(self.database_label, 1)
        database_row.addWidget(open_folder)
        self.next_database = QLineEdit(chosen_database(qsettings) or "")
        self.next_database.setPlaceholderText(self.tr("die Datei im Datenordner"))
        self.next_database.setToolTip(
            self.tr(
                "Eine Datei oder ein Server: postgresql://benutzer@server/datenbank. Das Passwort steht in ~/.pgpass, nicht hier."
            )
        )
        next_form = QFormLayout()
        next_form.addRow(self.tr("Beim nächsten Start &öffnen"), self.next_database)
        database_layout = QVBoxLayout()
        database_layout.addLayout(database_row)
        database_layout.addLayout(next_form)
        database_box = QGroupBox(self.tr("Datenbank"))
        database_box.setLayout(database_layout)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(general)
        layout.addWidget(cadence_box)
        layout.addWidget(database_box)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            check_database_choice(self.next_database.text())
        except DomainError as error:
            show_error(self, error)
            self.next_database.setFocus()
            return
        chosen = self.reminder_time.time()
        shared = SharedSettings(
            default_reminder_time=time(chosen.hour(), chosen.minute()),
            cadences={stage: spin.value() or None for stage, spin in self.cadences.items()},
            firm_name=self.firm_name.text(),
            phone_region=self.phone_region.currentData(),
            cadence_maxima={
                stage: spin.value() or None for stage, spin in self.cadence_maxima.items()
            },
        )
        try:
            self.services.settings.save(shared)
            if self.my_name.text().strip() != self._stored_name:
                self.services.users.set_my_name(self.my_name.text())
        except DomainError as error:
            show_error(self, error)
            return
        self.qsettings.setValue(LANGUAGE_KEY, self.language.currentData())
        self.qsettings.setValue(KEEP_RUNNING_KEY, self.keep_running.isChecked())
        remember(self.qsettings, self.next_database.text())
        if (
            self.open_at_login.isEnabled()
            and self.open_at_login.isChecked() != autostart.is_enabled()
        ):
            if self.open_at_login.isChecked():
                autostart.enable(launch_command())
            else:
                autostart.disable()
        super().accept()


def _country_name(code: str) -> str:
    """A region's name as its own people write it ("Deutschland", "Schweiz"); Qt knows
    country names only so or in English."""
    territory = QLocale.codeToTerritory(code)
    if territory == QLocale.Country.AnyTerritory:
        return code
    local = QLocale(QLocale.Language.AnyLanguage, territory)
    if local.territory() != territory:  # no locale of its own: Qt's English name
        return QLocale.territoryToString(territory)
    return local.nativeTerritoryName() or code


def launch_command() -> list[str]:
    """How the login session starts this Beziehung: the bundle itself, or this Python."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "beziehung"]
