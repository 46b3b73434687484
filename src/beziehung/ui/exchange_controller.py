"""Getting data in and out, and the data-protection duties: history export, vCard and CSV
import, vCard, calendar and archive export, the access export (Art. 15) and erasure (Art. 17).

What these writes change reaches the views through the change signal like every other write.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMainWindow

from beziehung.core.errors import DomainError
from beziehung.core.services import Services
from beziehung.drafts import DraftStore, log_call_key
from beziehung.ui.actions import WindowActions
from beziehung.ui.dialogs.exchange import HistoryExportDialog, import_csv, import_vcards
from beziehung.ui.feedback import confirm, show_error, show_file_error


class ExchangeController(QObject):
    def __init__(
        self,
        services: Services,
        drafts: DraftStore,
        window: QMainWindow,
        current_contact: Callable[[], int | None],
    ) -> None:
        super().__init__(window)
        self._services = services
        self._drafts = drafts
        self._window = window
        self._current_contact = current_contact

    def connect_actions(self, actions: WindowActions) -> None:
        actions.export_history.triggered.connect(self.export_history)
        actions.import_vcards.triggered.connect(self.import_vcards)
        actions.import_csv.triggered.connect(self.import_csv)
        actions.export_vcards.triggered.connect(self.export_vcards)
        actions.export_ical.triggered.connect(self.export_ical)
        actions.export_archive.triggered.connect(self.export_archive)
        actions.access_export.triggered.connect(self.access_export)
        actions.erase_contact.triggered.connect(self.erase_contact)

    def _say(self, text: str, timeout_ms: int) -> None:
        self._window.statusBar().showMessage(text, timeout_ms)

    def export_history(self) -> None:
        HistoryExportDialog(self._services, self._current_contact(), self._window).exec()

    def import_vcards(self) -> None:
        import_vcards(self._services, self._window)

    def import_csv(self) -> None:
        import_csv(self._services, self._window)

    def _run_export(self, write: Callable[[Path], object], title: str, suggestion: str) -> None:
        name, _ = QFileDialog.getSaveFileName(self._window, title, suggestion)
        if not name:
            return
        path = Path(name)
        try:
            write(path)
        except DomainError as error:
            show_error(self._window, error)
            return
        except OSError as error:
            show_file_error(self._window, error)
            return
        self._say(self.tr("Gespeichert: {path}").format(path=path), 8000)

    def export_vcards(self) -> None:
        from beziehung.core.services.history import Selection
        from beziehung.io.exports import export_vcards

        self._run_export(
            lambda path: export_vcards(self._services, Selection(everyone=True), path),
            self.tr("vCard exportieren"),
            "kontakte.vcf",
        )

    def export_ical(self) -> None:
        from beziehung.io.exports import export_ical

        self._run_export(
            lambda path: export_ical(self._services, path),
            self.tr("Rückrufe exportieren"),
            "rueckrufe.ics",
        )

    def export_archive(self) -> None:
        from beziehung.io.archive import export_archive

        self._run_export(
            lambda path: export_archive(self._services, path),
            self.tr("Archiv exportieren"),
            "beziehung-archiv.zip",
        )

    def access_export(self) -> None:
        from beziehung.io.gdpr import export_access

        contact_id = self._current_contact()
        if contact_id is None:
            return
        self._run_export(
            lambda path: export_access(self._services, contact_id, path),
            self.tr("Auskunft speichern"),
            "auskunft.zip",
        )

    def erase_contact(self) -> None:
        contact_id = self._current_contact()
        if contact_id is None:
            return
        try:
            preview = self._services.privacy.erase_preview(contact_id)
        except DomainError as error:
            show_error(self._window, error)
            return
        text = self.tr(
            "{name} wird mit {notes}, {reminders}, {referrals}, Entwürfen und Sucheinträgen getilgt; auch gelöschter Text bleibt nicht in der Datenbankdatei. Ältere Sicherungen und Archive enthalten den Kontakt noch, bis sie gelöscht werden oder turnusgemäß wegfallen."
        ).format(
            name=preview.display_name,
            notes=self.tr("%Ln Gesprächsnotiz(en)", "", preview.notes),
            reminders=self.tr("%Ln offene(n) Erinnerung(en)", "", preview.reminders),
            referrals=self.tr("%Ln Empfehlungs-Verknüpfung(en)", "", preview.referrals),
        )
        title = self.tr("Endgültig tilgen (Art. 17 DSGVO)")
        if not confirm(self._window, title, text, self.tr("Tilgen")):
            return
        try:
            erasure = self._services.privacy.erase(contact_id)
        except DomainError as error:
            show_error(self._window, error)
            return
        self._drafts.discard(log_call_key(contact_id))
        if not erasure.file_clean:
            self._say(
                self.tr(
                    "Getilgt. Ein anderes Programm hält die Datenbank offen; alte Seiten werden überschrieben, sobald es sie schließt."
                ),
                15000,
            )
