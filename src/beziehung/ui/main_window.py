"""The main window: contact list on the left; Today, a contact or an organisation on the right."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QByteArray, QItemSelection, QLocale, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QSystemTrayIcon,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from beziehung.core.errors import DomainError
from beziehung.core.models import STAGES
from beziehung.core.scheduling import Due
from beziehung.core.services import Services
from beziehung.drafts import DraftStore, log_call_key
from beziehung.ui.dialogs.contact_dialog import ContactDialog
from beziehung.ui.dialogs.exchange import HistoryExportDialog, import_csv, import_vcards
from beziehung.ui.dialogs.log_call_dialog import LogCallDialog
from beziehung.ui.dialogs.merge_dialog import MergeDialog
from beziehung.ui.dialogs.settings_dialog import SettingsDialog
from beziehung.ui.feedback import confirm, show_error
from beziehung.ui.formatting import stage_label
from beziehung.ui.icons import app_icon, icon
from beziehung.ui.models.contacts import (
    COL_LAST_CONTACT,
    COL_NAME,
    COL_NEXT_REMINDER,
    COL_ORGANISATION,
    COL_STAGE,
    ContactTableModel,
)
from beziehung.ui.reminders import ReminderPopup, ReminderScheduler, keep_running
from beziehung.ui.views.contact_view import ContactPanel
from beziehung.ui.views.organisation_view import OrganisationList, OrganisationPanel
from beziehung.ui.views.today_view import TodayView

SEARCH_DELAY_MS = 200


class MainWindow(QMainWindow):
    # The window closed and Beziehung ends (not merely hidden in the tray).
    closed_for_good = Signal()

    def __init__(
        self,
        services: Services,
        settings: QSettings,
        drafts: DraftStore,
        database: str,
        started_at: datetime | None = None,
    ) -> None:
        super().__init__()
        self.services = services
        self.settings = settings
        self.drafts = drafts
        self.database = database
        self.log_call_dialog: LogCallDialog | None = None
        self.quitting = False
        self.scheduler = ReminderScheduler(
            services, started_at or services.context.clock.now(), self
        )
        self.popup = ReminderPopup(services)
        self.scheduler.due.connect(self.on_reminders_due)
        self.scheduler.data_changed.connect(self.popup.prune)
        self.popup.open_contact.connect(self.bring_contact_forward)
        self.popup.log_call.connect(self.log_call_for_reminder)
        self.popup.changed.connect(self.refresh_pages)
        self.tray: QSystemTrayIcon | None = None
        self.setWindowTitle("Beziehung")
        self.setWindowIcon(app_icon())
        self.resize(1280, 800)

        self.search = QLineEdit(placeholderText=self.tr("Suchen: Name, Firma, Notizen … (Strg+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.tag_filter = QComboBox()
        self.stage_filter = QComboBox()
        self.stage_filter.addItem(self.tr("Alle Phasen"), None)
        for code in STAGES:
            self.stage_filter.addItem(stage_label(code), code)
        self.tag_filter.activated.connect(lambda _row: self.apply_filter())
        self.stage_filter.activated.connect(lambda _row: self.apply_filter())
        filters = QHBoxLayout()
        filters.addWidget(self.stage_filter)
        filters.addWidget(self.tag_filter)

        self.contact_model = ContactTableModel(services.listing, self)
        self.contact_view = QTableView()
        self.contact_view.setModel(self.contact_model)
        self.contact_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contact_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.contact_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.contact_view.setSortingEnabled(True)
        self.contact_view.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
        self.contact_view.setAlternatingRowColors(True)
        self.contact_view.setWordWrap(False)
        self.contact_view.verticalHeader().hide()
        rows = self.contact_view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.contact_view.horizontalHeader()
        for column, width in (
            (COL_NAME, 165),
            (COL_ORGANISATION, 165),
            (COL_STAGE, 95),
            (COL_LAST_CONTACT, 115),
            (COL_NEXT_REMINDER, 125),
        ):
            header.resizeSection(column, width)
        self.contact_view.selectionModel().selectionChanged.connect(self._on_selection)
        self.contact_view.clicked.connect(
            lambda index: self.show_contact(self.contact_model.contact_id(index.row()))
        )

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 0, 6)
        left_layout.addWidget(self.search)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.contact_view, 1)

        self.today_view = TodayView(services)
        self.contact_panel = ContactPanel(services)
        self.organisation_panel = OrganisationPanel(services)
        self.organisation_list = OrganisationList(services)
        self.organisation_list.open_organisation.connect(self.show_organisation)
        self.stack = QStackedWidget()
        for page in (
            self.today_view,
            self.contact_panel,
            self.organisation_panel,
            self.organisation_list,
        ):
            self.stack.addWidget(page)
        self.today_view.open_contact.connect(self.show_contact)
        self.organisation_panel.open_contact.connect(self.show_contact)
        self.contact_panel.open_contact.connect(self.show_contact)
        self.contact_panel.open_organisation.connect(self.show_organisation)
        self.contact_panel.edit_requested.connect(self.edit_contact)
        self.contact_panel.delete_requested.connect(self.delete_contact)
        self.contact_panel.merge_requested.connect(self.merge_contact)
        self.contact_panel.log_call_requested.connect(self.log_call)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 6, 6, 6)
        right_layout.addWidget(self.stack)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([690, 590])
        self.setCentralWidget(self.splitter)
        self._build_actions()
        help_menu = self.menuBar().addMenu(self.tr("&Hilfe"))
        help_menu.addAction(self._action(self.tr("Über &Beziehung …"), None, None, self.show_about))
        self._build_tray()
        self.refresh_tags()
        self.apply_filter()
        self.restore_state()

    # --- actions ------------------------------------------------------------------------------

    def _action(
        self,
        text: str,
        icon_name: str | None,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
        slot: Callable[[], object],
    ) -> QAction:
        action = QAction(icon(icon_name) if icon_name else app_icon(), text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setToolTip(
                f"{text.replace('&', '')} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})"
            )
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(
            self.tr("&Neuer Kontakt"), "contact-new", QKeySequence.StandardKey.New, self.new_contact
        )
        self.log_action = self._action(
            self.tr("Gespräch &notieren"), "log-call", "Ctrl+L", self.log_call
        )
        self.organisations_action = self._action(
            self.tr("&Organisationen"), "organisation", "Ctrl+2", self.show_organisations
        )
        self.today_action = self._action(self.tr("&Heute"), "today", "Ctrl+1", self.show_today)
        self.edit_action = self._action(
            self.tr("Kontakt &bearbeiten"), "edit", "Ctrl+E", self.edit_contact
        )
        self.delete_action = self._action(
            self.tr("Kontakt &löschen …"), "delete", None, self.delete_contact
        )
        self.merge_action = self._action(
            self.tr("Kontakte &zusammenführen …"), "merge", None, self.merge_contact
        )
        self.settings_action = self._action(
            self.tr("&Einstellungen …"),
            "settings",
            QKeySequence.StandardKey.Preferences,
            self.open_settings,
        )
        self.find_action = self._action(
            self.tr("&Suchen"), "search", QKeySequence.StandardKey.Find, self.focus_search
        )
        self.quit_action = self._action(
            self.tr("&Beenden"), None, QKeySequence.StandardKey.Quit, self.quit
        )
        self.due_action = self._action(
            self.tr("&Fällige Rückrufe zeigen"), "reminder", "Ctrl+R", self.show_due_reminders
        )

        self.export_history_action = self._action(
            self.tr("Verlauf &exportieren …"), "letter", "Ctrl+Shift+E", self.export_history
        )
        self.import_vcard_action = self._action(
            self.tr("vCard &importieren …"), "contact-new", None, self.import_vcards
        )
        self.import_csv_action = self._action(
            self.tr("&CSV importieren …"), "contact-new", None, self.import_csv
        )
        self.export_vcard_action = self._action(
            self.tr("Alle als &vCard exportieren …"), "email", None, self.export_vcards
        )
        self.export_ical_action = self._action(
            self.tr("Rückrufe als &Kalender exportieren …"), "today", None, self.export_ical
        )
        self.export_archive_action = self._action(
            self.tr("&Archiv (alles) exportieren …"), "settings", None, self.export_archive
        )
        self.access_action = self._action(
            self.tr("&Auskunft (Art. 15) …"), "letter", None, self.access_export
        )
        self.erase_action = self._action(
            self.tr("Endgültig &tilgen (Art. 17) …"), "delete", None, self.erase_contact
        )

        toolbar = QToolBar(self.tr("Werkzeuge"))
        toolbar.setObjectName("main-toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (
            self.today_action,
            self.organisations_action,
            self.new_action,
            self.log_action,
            self.settings_action,
        ):
            toolbar.addAction(action)
        self.addToolBar(toolbar)
        file_menu = self.menuBar().addMenu(self.tr("&Datei"))
        file_menu.addAction(self.export_history_action)
        exports = file_menu.addMenu(self.tr("Exportieren"))
        for action in (
            self.export_vcard_action,
            self.export_ical_action,
            self.export_archive_action,
        ):
            exports.addAction(action)
        imports = file_menu.addMenu(self.tr("Importieren"))
        imports.addAction(self.import_vcard_action)
        imports.addAction(self.import_csv_action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        contact_menu = self.menuBar().addMenu(self.tr("&Kontakt"))
        for action in (
            self.new_action,
            self.log_action,
            self.edit_action,
            self.merge_action,
            self.delete_action,
        ):
            contact_menu.addAction(action)
        view_menu = self.menuBar().addMenu(self.tr("&Ansicht"))
        view_menu.addAction(self.today_action)
        view_menu.addAction(self.organisations_action)
        view_menu.addAction(self.due_action)
        view_menu.addAction(self.find_action)

    def show_about(self) -> None:
        from beziehung.ui.dialogs.about import AboutDialog

        AboutDialog(self).exec()

    def _build_tray(self) -> None:
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        self.tray = QSystemTrayIcon(app_icon(), self)
        self.tray.setToolTip("Beziehung")
        menu = QMenu(self)
        menu.addAction(self.tr("Beziehung anzeigen"), self.bring_forward)
        menu.addAction(self.log_action)
        menu.addAction(self.due_action)
        menu.addSeparator()
        menu.addAction(self.quit_action)
        self.tray.setContextMenu(menu)
        self.tray.activated.connect(
            lambda reason: (
                self.bring_forward() if reason == QSystemTrayIcon.ActivationReason.Trigger else None
            )
        )
        self.tray.show()

    def keeps_running_in_tray(self) -> bool:
        return self.tray is not None and keep_running(self.settings)

    # --- reminders ----------------------------------------------------------------------------

    def start_reminders(self) -> None:
        self.scheduler.start()

    def on_reminders_due(self, due: list[Due]) -> None:
        self.popup.add(due)
        if self.tray is not None:
            self.tray.showMessage(
                self.popup.windowTitle(), "\n".join(d.reminder.reason for d in due[:3]), app_icon()
            )
        if self.stack.currentWidget() is self.today_view:
            self.today_view.refresh()

    def bring_forward(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def bring_contact_forward(self, contact_id: int) -> None:
        self.bring_forward()
        self.show_contact(contact_id)

    def show_due_reminders(self) -> None:
        """Every open reminder whose time has come, also those shown before and left open."""
        now = self.services.context.clock.now()
        due = [Due(r, missed=False, late=now - r.fires_at) for r in self.services.reminders.due()]
        if due:
            self.popup.add(due)
        else:
            self.statusBar().showMessage(self.tr("Keine fälligen Rückrufe."), 5000)

    def log_call_for_reminder(self, contact_id: int, reminder_id: int) -> None:
        open_dialog = self.log_call_dialog
        if open_dialog is not None and open_dialog.isVisible():
            # Never throw away a note being written; finish that one first.
            open_dialog.raise_()
            open_dialog.activateWindow()
            if open_dialog.contact_id == contact_id:
                open_dialog.reminder_id = reminder_id
                open_dialog.saved.connect(lambda _cid, _reminder: self.popup.remove(reminder_id))
            else:
                self.statusBar().showMessage(
                    self.tr("Bitte zuerst die offene Notiz speichern oder schließen."), 8000
                )
            return
        self.bring_contact_forward(contact_id)
        self.log_call(reminder_id=reminder_id)
        if self.log_call_dialog is not None:
            self.log_call_dialog.saved.connect(
                lambda _cid, _reminder: self.popup.remove(reminder_id)
            )

    # --- the list -----------------------------------------------------------------------------

    def refresh_tags(self) -> None:
        current = self.tag_filter.currentData()
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("Alle Schlagworte"), None)
        for tag in self.services.listing.tags():
            self.tag_filter.addItem(tag, tag)
        self.tag_filter.setCurrentIndex(max(0, self.tag_filter.findData(current)))

    def apply_filter(self) -> None:
        wanted = replace(
            self.contact_model.current_filter,
            text=self.search.text(),
            tag=self.tag_filter.currentData(),
            stage=self.stage_filter.currentData(),
        )
        self.contact_model.set_filter(wanted)
        total = self.services.listing.count(wanted)
        if total == 1:
            self.statusBar().showMessage(self.tr("1 Kontakt"))
        else:
            self.statusBar().showMessage(
                self.tr("{n} Kontakte").format(n=QLocale().toString(total))
            )

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            contact_id = self.contact_model.contact_id(indexes[0].row())
            showing = self.stack.currentWidget() is self.contact_panel
            if contact_id is not None and (
                contact_id != self.contact_panel.contact_id or not showing
            ):
                self.show_contact(contact_id)

    def reload_list(self) -> None:
        self.refresh_tags()
        self.apply_filter()

    # --- pages --------------------------------------------------------------------------------

    def show_today(self) -> None:
        self.today_view.refresh(focus=True)
        self.stack.setCurrentWidget(self.today_view)

    def show_organisations(self) -> None:
        self.organisation_list.refresh()
        self.stack.setCurrentWidget(self.organisation_list)

    def show_contact(self, contact_id: int | None) -> None:
        if contact_id is None:
            return
        try:
            self.contact_panel.show_contact(contact_id)
        except DomainError as error:
            show_error(self, error)
            self.reload_list()
            return
        self.stack.setCurrentWidget(self.contact_panel)

    def show_organisation(self, organisation_id: int) -> None:
        try:
            self.organisation_panel.show_organisation(organisation_id)
        except DomainError as error:
            show_error(self, error)
            return
        self.stack.setCurrentWidget(self.organisation_panel)

    def current_contact(self) -> int | None:
        """The contact that Ctrl+L and the contact actions apply to."""
        if self.stack.currentWidget() is self.today_view:
            chosen = self.today_view.selected_contact()
            if chosen is not None:
                return chosen
        if self.stack.currentWidget() is self.contact_panel and self.contact_panel.contact_id:
            return self.contact_panel.contact_id
        rows = self.contact_view.selectionModel().selectedRows()
        return self.contact_model.contact_id(rows[0].row()) if rows else None

    def refresh_pages(self) -> None:
        self.apply_filter()
        if self.stack.currentWidget() is self.today_view:
            self.today_view.refresh()
        elif self.stack.currentWidget() is self.contact_panel:
            try:
                self.contact_panel.refresh()
            except DomainError:
                # Deleted meanwhile (another window, the command line, a colleague).
                self.contact_panel.contact_id = None
                self.show_today()

    # --- commands -----------------------------------------------------------------------------

    def new_contact(self) -> None:
        dialog = ContactDialog(self.services, parent=self)
        if dialog.exec() and dialog.saved_id is not None:
            self.reload_list()
            self.show_contact(dialog.saved_id)

    def edit_contact(self) -> None:
        contact_id = self.current_contact()
        if contact_id is None:
            return
        dialog = ContactDialog(self.services, contact_id, parent=self)
        if dialog.exec():
            self.reload_list()
            self.show_contact(contact_id)

    def delete_contact(self) -> None:
        contact_id = self.current_contact()
        if contact_id is None:
            return
        try:
            preview = self.services.contacts.preview_delete(contact_id)
        except DomainError as error:
            show_error(self, error)
            return
        text = self.tr(
            "{name} wird mit {notes} Gesprächsnotizen, {reminders} offenen Erinnerungen und {referrals} Empfehlungs-Verknüpfungen endgültig gelöscht."
        ).format(
            name=preview.display_name,
            notes=preview.notes,
            reminders=preview.reminders,
            referrals=preview.referrals,
        )
        if not confirm(self, self.tr("Kontakt löschen"), text, self.tr("Endgültig löschen")):
            return
        try:
            self.services.contacts.delete(contact_id)
        except DomainError as error:
            show_error(self, error)
        self.contact_panel.contact_id = None
        self.reload_list()
        self.show_today()

    def merge_contact(self) -> None:
        contact_id = self.current_contact()
        if contact_id is None:
            return
        dialog = MergeDialog(self.services, contact_id, parent=self)
        if dialog.exec():
            self.reload_list()
            self.show_contact(contact_id)

    def log_call(self, reminder_id: int | None = None) -> None:
        contact_id = self.current_contact()
        if contact_id is None:
            self.statusBar().showMessage(self.tr("Bitte zuerst einen Kontakt wählen."), 5000)
            return
        if self.log_call_dialog is not None and self.log_call_dialog.isVisible():
            self.log_call_dialog.raise_()
            self.log_call_dialog.activateWindow()
            return
        dialog = LogCallDialog(
            self.services, contact_id, self.drafts, parent=self, reminder_id=reminder_id or None
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _cid, _reminder: self.refresh_pages())
        # The dialog deletes itself when it closes; no reference may outlive it.
        dialog.finished.connect(self._forget_log_call_dialog)
        self.log_call_dialog = dialog
        dialog.open()

    def _forget_log_call_dialog(self, _result: int) -> None:
        self.log_call_dialog = None

    # --- exchange -----------------------------------------------------------------------------

    def export_history(self) -> None:
        HistoryExportDialog(self.services, self.current_contact(), self).exec()

    def import_vcards(self) -> None:
        if import_vcards(self.services, self):
            self.reload_list()

    def import_csv(self) -> None:
        if import_csv(self.services, self):
            self.reload_list()

    def _save_as(self, title: str, suggestion: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self, title, suggestion)
        return Path(path) if path else None

    def _run_export(self, write: Callable[[Path], object], title: str, suggestion: str) -> None:
        path = self._save_as(title, suggestion)
        if path is None:
            return
        try:
            write(path)
        except DomainError as error:
            show_error(self, error)
            return
        self.statusBar().showMessage(self.tr("Gespeichert: {path}").format(path=path), 8000)

    def export_vcards(self) -> None:
        from beziehung.core.services.history import Selection
        from beziehung.io.vcard import write_vcards

        def write(path: Path) -> None:
            ids = self.services.history.contact_ids(Selection(everyone=True))
            path.write_text(
                write_vcards(self.services.contacts.get(i) for i in ids),
                encoding="utf-8",
                newline="",
            )

        self._run_export(write, self.tr("vCard exportieren"), "kontakte.vcf")

    def export_ical(self) -> None:
        from beziehung.io.ical import write_ical

        def write(path: Path) -> None:
            path.write_bytes(
                write_ical(self.services.reminders.list(), self.services.context.clock.now())
            )

        self._run_export(write, self.tr("Rückrufe exportieren"), "rueckrufe.ics")

    def export_archive(self) -> None:
        from beziehung.io.archive import export_archive

        self._run_export(
            lambda path: export_archive(self.services, path),
            self.tr("Archiv exportieren"),
            "beziehung-archiv.zip",
        )

    def access_export(self) -> None:
        from beziehung.io.gdpr import export_access

        contact_id = self.current_contact()
        if contact_id is None:
            return
        self._run_export(
            lambda path: export_access(self.services, contact_id, path),
            self.tr("Auskunft speichern"),
            "auskunft.zip",
        )

    def erase_contact(self) -> None:
        contact_id = self.current_contact()
        if contact_id is None:
            return
        try:
            preview = self.services.privacy.erase_preview(contact_id)
        except DomainError as error:
            show_error(self, error)
            return
        text = self.tr(
            "{name} wird mit {notes} Gesprächsnotizen, {reminders} offenen Erinnerungen, {referrals} Empfehlungs-Verknüpfungen, Entwürfen und Sucheinträgen getilgt; auch gelöschter Text bleibt nicht in der Datenbankdatei. Ältere Sicherungen und Archive enthalten den Kontakt noch, bis sie gelöscht werden oder turnusgemäß wegfallen."
        ).format(
            name=preview.display_name,
            notes=preview.notes,
            reminders=preview.reminders,
            referrals=preview.referrals,
        )
        if not confirm(self, self.tr("Endgültig tilgen (Art. 17 DSGVO)"), text, self.tr("Tilgen")):
            return
        try:
            erasure = self.services.privacy.erase(contact_id)
        except DomainError as error:
            show_error(self, error)
            return
        if not erasure.file_clean:
            self.statusBar().showMessage(
                self.tr(
                    "Getilgt. Ein anderes Programm hält die Datenbank offen; alte Seiten werden überschrieben, sobald es sie schließt."
                ),
                15000,
            )
        self.drafts.discard(log_call_key(contact_id))
        self.contact_panel.contact_id = None
        self.reload_list()
        self.show_today()

    def open_settings(self) -> None:
        dialog = SettingsDialog(self.services, self.settings, self.database, parent=self)
        if dialog.exec():
            self.refresh_pages()

    # --- state --------------------------------------------------------------------------------

    def restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        splitter = self.settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        last = str(self.settings.value("window/last_view", "today"))
        kind, _, ident = last.partition(":")
        if kind == "contact" and ident.isdigit():
            try:
                self.services.contacts.get(int(ident))
            except DomainError:
                self.show_today()
                return
            self.show_contact(int(ident))
        else:
            self.show_today()

    def save_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        if self.stack.currentWidget() is self.contact_panel and self.contact_panel.contact_id:
            self.settings.setValue("window/last_view", f"contact:{self.contact_panel.contact_id}")
        else:
            self.settings.setValue("window/last_view", "today")
        self.settings.sync()

    def quit(self) -> None:
        self.quitting = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        if self.keeps_running_in_tray() and not self.quitting:
            # Reminders keep coming while the window is closed to the tray.
            self.hide()
            event.ignore()
            return
        if self.log_call_dialog is not None and self.log_call_dialog.isVisible():
            self.log_call_dialog.close()
        self.scheduler.stop()
        self.today_view.background.cancel()
        self.popup.close()
        if self.tray is not None:
            self.tray.hide()
        super().closeEvent(event)
        self.closed_for_good.emit()
