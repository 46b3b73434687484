"""Getting data in and out, and the data-protection duties: history export, vCard and CSV
import, vCard, calendar and archive export, restoring an archive, the access export (Art. 15),
restriction (Art. 18) and erasure (Art. 17).

What these writes change reaches the views through the change signal like every other write.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, Qt
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox, QProgressDialog

from beziehung import APPLICATION
from beziehung.core.errors import DomainError
from beziehung.core.services import Services
from beziehung.drafts import DraftStore
from beziehung.ui.actions import WindowActions, restrict_text
from beziehung.ui.feedback import confirm, show_error, show_file_error
from beziehung.ui.tasks import Background


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
        self._actions: WindowActions | None = None
        self._restoring = Background(self)
        self._progress: QProgressDialog | None = None

    def connect_actions(self, actions: WindowActions) -> None:
        self._actions = actions
        actions.export_history.triggered.connect(self.export_history)
        actions.import_vcards.triggered.connect(self.import_vcards)
        actions.import_csv.triggered.connect(self.import_csv)
        actions.export_vcards.triggered.connect(self.export_vcards)
        actions.export_ical.triggered.connect(self.export_ical)
        actions.export_archive.triggered.connect(self.export_archive)
        actions.access_export.triggered.connect(self.access_export)
        actions.erase_contact.triggered.connect(self.erase_contact)
        actions.restrict_contact.triggered.connect(self.toggle_restriction)
        actions.restore_archive.triggered.connect(self.restore_archive)
        for menu in self._window.findChildren(QMenu, "privacy-menu"):
            menu.aboutToShow.connect(self.sync_privacy_actions)

    def _say(self, text: str, timeout_ms: int) -> None:
        self._window.statusBar().showMessage(text, timeout_ms)

    # The file readers (vobject, charset detection) load with the first import or export.
    def export_history(self) -> None:
        from beziehung.ui.dialogs.exchange import HistoryExportDialog

        HistoryExportDialog(self._services, self._current_contact(), self._window).exec()

    def import_vcards(self) -> None:
        from beziehung.ui.dialogs.exchange import import_vcards

        import_vcards(self._services, self._window)

    def import_csv(self) -> None:
        from beziehung.ui.dialogs.exchange import import_csv

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
        text += " " + self.tr("Tilgen lässt sich nicht rückgängig machen.")
        title = self.tr("Endgültig tilgen (Art. 17 DSGVO)")
        if not confirm(self._window, title, text, self.tr("Tilgen")):
            return
        try:
            erasure = self._services.privacy.erase(contact_id)
        except DomainError as error:
            show_error(self._window, error)
            return
        self._drafts.discard_contact(contact_id)
        if not erasure.file_clean:
            self._say(
                self.tr(
                    "Getilgt. Ein anderes Programm hält die Datenbank offen; alte Seiten werden überschrieben, sobald es sie schließt."
                ),
                15000,
            )

    # --- restriction (Art. 18) -----------------------------------------------------------------

    def _restricted(self, contact_id: int | None) -> bool:
        if contact_id is None:
            return False
        try:
            return self._services.contacts.get(contact_id).restricted
        except DomainError:
            return False

    def sync_privacy_actions(self) -> None:
        """Before a menu shows: the restriction entry names what it will do to this contact."""
        if self._actions is not None:
            restricted = self._restricted(self._current_contact())
            self._actions.restrict_contact.setText(restrict_text(restricted))

    def toggle_restriction(self) -> None:
        """Restrict the contact's processing, or lift the restriction again; a restricted
        contact leaves the list, search, Heute, reminders and exports."""
        contact_id = self._current_contact()
        if contact_id is None:
            self._say(self.tr("Bitte zuerst einen Kontakt wählen."), 5000)
            return
        try:
            detail = self._services.contacts.get(contact_id)
        except DomainError as error:
            show_error(self._window, error)
            return
        restricting = not detail.restricted
        name = detail.summary.display_name
        if restricting:
            text = self.tr(
                "Die Verarbeitung von {name} wird eingeschränkt (Art. 18 DSGVO). Der Kontakt verschwindet aus der Kontaktliste, der Suche, der Seite Heute, den Erinnerungen und den Exporten; gelöscht wird nichts. Wiederfinden: Datenschutz ▸ Eingeschränkte Kontakte anzeigen, dort lässt sich die Einschränkung aufheben. Die Auskunft (Art. 15) umfasst ihn weiterhin."
            ).format(name=name)
            title = self.tr("Verarbeitung einschränken (Art. 18 DSGVO)")
            if not confirm(self._window, title, text, self.tr("Einschränken")):
                return
        try:
            self._services.contacts.update(
                contact_id, replace(detail.as_input(), restricted=restricting)
            )
        except DomainError as error:
            show_error(self._window, error)
            return
        if restricting:
            self._say(self.tr("{name} ist eingeschränkt.").format(name=name), 8000)
        else:
            self._say(self.tr("Einschränkung von {name} aufgehoben.").format(name=name), 8000)

    # --- restoring an archive ------------------------------------------------------------------

    def restore_archive(self) -> None:
        """Restore an archive into this database, which must be empty; off the GUI thread,
        since a large archive takes a while."""
        if self._restoring.busy:
            return
        held = self._services.contacts.count()
        if held:
            QMessageBox.warning(
                self._window,
                APPLICATION,
                self.tr(
                    "Ein Archiv lässt sich nur in eine leere Datenbank wiederherstellen; diese enthält %Ln Kontakt(e). Starten Sie Beziehung mit einer neuen Datenbankdatei und stellen Sie das Archiv dort wieder her.",
                    "",
                    held,
                ),
            )
            return
        name, _ = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Archiv wiederherstellen"),
            "",
            self.tr("Beziehung-Archiv (*.zip)"),
        )
        if not name:
            return
        from beziehung.io.archive import import_archive

        path = Path(name)
        progress = QProgressDialog(
            self.tr("Archiv wird wiederhergestellt …"), "", 0, 0, self._window
        )
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.show()
        self._progress = progress
        self._restoring.run(
            lambda: import_archive(self._services, path), self._restored, self._restore_failed
        )

    def _close_progress(self) -> None:
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None

    def _restored(self, counts: dict[str, int]) -> None:
        self._close_progress()
        self._say(
            self.tr("Archiv wiederhergestellt: {contacts} Kontakte, {notes} Notizen.").format(
                contacts=QLocale().toString(counts.get("contacts", 0)),
                notes=QLocale().toString(counts.get("notes", 0)),
            ),
            15000,
        )

    def _restore_failed(self, error: Exception) -> None:
        self._close_progress()
        if isinstance(error, DomainError):
            show_error(self._window, error)
        elif isinstance(error, OSError):
            show_file_error(self._window, error)
        else:
            # Re-raised on the GUI thread: the application's error dialog and log take it.
            raise error
