"""The main window: contact list on the left; Today, a contact or an organisation on the right.

The window places its parts, connects their signals and runs the contact commands. It never
refreshes a view: every write, here or elsewhere, reaches the views through the one change
signal (:class:`~beziehung.ui.changes.ChangeHub`), and each view decides for itself.

It runs past 400 lines only because it wires many parts (list, pages, pop-up, tray, undo,
backups, encryption and the damage banner); what each part does lives in its own module.
"""

from __future__ import annotations

from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QPoint, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from beziehung.core.errors import DomainError
from beziehung.core.scheduling import Due
from beziehung.core.services import Services
from beziehung.drafts import DraftStore
from beziehung.ui.actions import (
    contact_context_menu,
    create_actions,
    install_edit_menu,
    install_menus,
    tray_menu,
    writing_actions,
)
from beziehung.ui.attention_commands import AttentionCommands
from beziehung.ui.backup_controller import STATUS_MS, BackupController, DatabaseFiles
from beziehung.ui.changes import ChangeHub
from beziehung.ui.contact_commands import ContactCommands
from beziehung.ui.encryption_controller import EncryptionController
from beziehung.ui.exchange_controller import ExchangeController
from beziehung.ui.feedback import show_error
from beziehung.ui.icons import app_icon
from beziehung.ui.knowing_commands import KnowingCommands
from beziehung.ui.reminders import ReminderPopup, ReminderScheduler, keep_running
from beziehung.ui.server_backup import ServerBackup, ServerBackupPlace
from beziehung.ui.timeline_commands import TimelineCommands
from beziehung.ui.undo import UndoBar, UndoStack, undo_action
from beziehung.ui.views.attention_view import AttentionView
from beziehung.ui.views.contact_list import ContactList
from beziehung.ui.views.contact_view import ContactPanel
from beziehung.ui.views.damage_banner import DamageBanner
from beziehung.ui.views.organisation_view import OrganisationList, OrganisationPanel
from beziehung.ui.views.today_view import TodayView
from beziehung.ui.views.welcome import WelcomePage, stand_in, window_title

if TYPE_CHECKING:
    # Dialogs load when first opened, not with the window.
    from beziehung.ui.dialogs.log_call_dialog import LogCallDialog
    from beziehung.ui.dialogs.voice_dialog import VoiceDialog
    from beziehung.ui.views.insight_view import InsightPage

# Whether the contact list shows only the user's own contacts (Ansicht ▸ Nur meine Kontakte).
MINE_ONLY_KEY = "list/mine_only"


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
        tray_available: bool | None = None,
        files: DatabaseFiles | None = None,
        server_backup: ServerBackupPlace | None = None,
    ) -> None:
        super().__init__()
        self.services = services
        self.settings = settings
        self.drafts = drafts
        self.database = database
        self.log_call_dialog: LogCallDialog | None = None
        self.voice_dialog: VoiceDialog | None = None
        self.quitting = False
        self.changes = ChangeHub(services.context, self)
        self.scheduler = ReminderScheduler(
            services, self.changes, started_at or services.context.clock.now(), self
        )
        self.popup = ReminderPopup(services, self.changes)
        self.scheduler.due.connect(self.on_reminders_due)
        self.popup.open_contact.connect(self.bring_contact_forward)
        self.popup.log_call.connect(self.log_call_for_reminder)
        self.tray: QSystemTrayIcon | None = None
        self.tray_available = (
            QSystemTrayIcon.isSystemTrayAvailable() if tray_available is None else tray_available
        )
        self.setWindowTitle(window_title(database))
        self.setWindowIcon(app_icon())
        self.resize(1280, 800)

        # A widget, not a message: passing messages (a backup, a hint) cover it for a moment and
        # Qt shows it again afterwards.
        self.contact_count = QLabel()
        self.statusBar().addWidget(self.contact_count)
        self.contact_list = ContactList(services, self.changes)
        self.contact_list.chosen.connect(self._contact_chosen)
        self.contact_list.counted.connect(self._show_count)
        # The list's model and table, for the self-test and for tests that read the rows.
        self.contact_model = self.contact_list.model
        self.contact_view = self.contact_list.view

        self.today_view = TodayView(services, self.changes)
        self.contact_panel = ContactPanel(services, self.changes)
        self.organisation_panel = OrganisationPanel(services, self.changes)
        self.organisation_list = OrganisationList(services, self.changes)
        self.attention_view = AttentionView(services, self.changes)
        # Built when first shown: its charts are not needed for the window's first paint.
        self._insight: InsightPage | None = None
        self.stack = QStackedWidget()
        for page in (
            self.today_view,
            self.contact_panel,
            self.organisation_panel,
            self.organisation_list,
            self.attention_view,
        ):
            self.stack.addWidget(page)
        self.organisation_list.open_organisation.connect(self.show_organisation)
        self.organisation_panel.open_contact.connect(self.show_contact)
        self.organisation_panel.gone.connect(self._page_gone)
        self.today_view.open_contact.connect(self.show_contact)
        self.attention_view.open_contact.connect(self.show_contact)
        self.contact_panel.open_contact.connect(self.show_contact)
        self.contact_panel.open_organisation.connect(self.show_organisation)
        self.contact_commands = ContactCommands(
            services, self, self.current_contact, self.show_contact, drafts
        )
        self.contact_panel.edit_requested.connect(self.contact_commands.edit_contact)
        self.contact_panel.delete_requested.connect(self.contact_commands.delete_contact)
        self.contact_panel.merge_requested.connect(self.contact_commands.merge_contact)
        self.contact_panel.log_call_requested.connect(self.log_call)
        self.contact_panel.gone.connect(self._page_gone)
        self.undo = UndoStack(services, self)
        self.contact_commands.deleted.connect(self.undo.push)
        self.timeline_commands = TimelineCommands(services, drafts, self.undo, self)
        self.timeline_commands.connect_panel(self.contact_panel)
        self.undo_bar = UndoBar(self.undo)
        self.statusBar().addPermanentWidget(self.undo_bar)
        self.undo_action = undo_action(self.undo, self)
        self.addAction(self.undo_action)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 6, 6, 6)
        right_layout.addWidget(self.stack)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.contact_list)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([690, 590])

        self.commands = create_actions(self)
        install_menus(self, self.commands)
        self.edit_menu = install_edit_menu(self, self.undo_action)
        self.knowing = KnowingCommands(services, self, self.current_contact, self.show_contact)
        self.knowing.install(self, self.commands.settings)
        self.contact_panel.relations.add_requested.connect(self.knowing.add_relation.trigger)
        self.contact_panel.relations.successor_requested.connect(self.knowing.successor.trigger)
        self.welcome = WelcomePage(services, self.changes, self.commands)
        self.damage_banner = DamageBanner()
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.damage_banner)
        central_layout.addWidget(stand_in(self.welcome, self.splitter), 1)
        self.setCentralWidget(central)
        self.backups: BackupController | None = None
        self._care_for(files, server_backup)
        self.exchange = ExchangeController(services, drafts, self, self.current_contact)
        self.exchange.connect_actions(self.commands)
        self._connect_commands()
        self._connect_network()
        self._connect_attention()
        self.contact_list.menu_requested.connect(self._contact_menu)
        self.today_view.log_call_requested.connect(self.log_call_for_reminder)
        self.commands.show_restricted.toggled.connect(self.contact_list.show_restricted)
        self._follow_mine_only()
        self._build_tray()
        self.contact_list.apply_filter()
        self.restore_state()

    def _connect_commands(self) -> None:
        c = self.commands
        for action, slot in (
            (c.new_contact, self.contact_commands.new_contact),
            (c.log_call, self.log_call),
            (c.edit_contact, self.contact_commands.edit_contact),
            (c.delete_contact, self.contact_commands.delete_contact),
            (c.merge_contact, self.contact_commands.merge_contact),
            (c.today, self.show_today),
            (c.organisations, self.show_organisations),
            (c.insight, self.show_insight),
            (c.due_reminders, self.show_due_reminders),
            (c.find, self.contact_list.focus_search),
            (c.settings, self.open_settings),
            (c.quit, self.quit),
            (c.about, self.show_about),
            (c.shortcuts, self.show_shortcuts),
            (c.client_voice, self.show_client_voice),
        ):
            # The checked flag that triggered() carries is not an argument of any slot.
            action.triggered.connect(lambda _checked=False, slot=slot: slot())

    def _connect_network(self) -> None:
        from beziehung.ui.network_commands import NetworkCommands
        from beziehung.ui.thanks import ThanksOffer

        self.network_commands = NetworkCommands(
            self.services, self.changes, self, self.current_contact, self.show_contact
        )
        for action, slot in (
            (self.commands.add_referral, self.network_commands.add_referral),
            (self.commands.referral_tree, self.network_commands.show_tree),
        ):
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
        self.thanks = ThanksOffer(self.services, self.changes, self)
        self.thanks.planned.connect(lambda text: self.statusBar().showMessage(text, STATUS_MS))

    def _connect_attention(self) -> None:
        c = self.commands
        self.attention_commands = AttentionCommands(
            self.services,
            self,
            self.chosen_contacts,
            lambda text: self.statusBar().showMessage(text, 5000),
        )
        self.attention_view.set_commands([c.log_call, c.plan_callbacks, c.postpone])
        for action, slot in (
            (c.attention, self.show_attention),
            (c.plan_callbacks, self.attention_commands.plan_callbacks),
            (c.postpone, self.attention_commands.postpone),
            (c.tag_intervals, self.open_tag_intervals),
        ):
            action.triggered.connect(lambda _checked=False, slot=slot: slot())

    def _build_tray(self) -> None:
        if not self.tray_available:
            return
        self.tray = QSystemTrayIcon(app_icon(), self)
        self.tray.setToolTip("Beziehung")
        self.tray.setContextMenu(tray_menu(self, self.commands, self.bring_forward))
        self.tray.activated.connect(
            lambda reason: (
                self.bring_forward() if reason == QSystemTrayIcon.ActivationReason.Trigger else None
            )
        )
        self.tray.show()

    # --- the database file: backups, damage -------------------------------------------------

    def _care_for(
        self, files: DatabaseFiles | None, server_backup: ServerBackupPlace | None = None
    ) -> None:
        """Backups, damage watch and encryption for a database file; a server looks after
        itself, and is backed up from here only when asked."""
        self.commands.backups.setEnabled(files is not None or server_backup is not None)
        self.encryption: EncryptionController | None = None
        self.server_backup: ServerBackup | None = None
        if files is None and server_backup is not None:
            backing_up = self.server_backup = ServerBackup(self.services, server_backup, self)
            backing_up.message.connect(lambda text: self.statusBar().showMessage(text, STATUS_MS))
            self.commands.backups.setText(self.tr("&Sicherung jetzt erstellen"))
            self.commands.backups.triggered.connect(lambda _checked=False: backing_up.start())
        if files is None:
            for action in (
                self.commands.encrypt_database,
                self.commands.change_passphrase,
                self.commands.remove_encryption,
            ):
                action.setEnabled(False)
            return
        care = self.backups = BackupController(files, self.services.context, self.changes, self)
        care.message.connect(lambda text: self.statusBar().showMessage(text, STATUS_MS))
        care.damaged_changed.connect(self._show_damage)
        care.backed_up.connect(lambda _made: self._show_damage(care.damaged))
        self.damage_banner.restore_requested.connect(care.restore_newest)
        self.damage_banner.rescue_requested.connect(care.rescue)
        self.commands.backups.triggered.connect(lambda _checked=False: self.show_backups())
        self._show_damage(care.damaged)
        self.encryption = EncryptionController(
            self.commands, care, self.services.context, self.changes, self.scheduler, self
        )
        self.encryption.message.connect(lambda text: self.statusBar().showMessage(text, STATUS_MS))

    def _show_damage(self, damaged: bool) -> None:
        """Read-only mode: the banner shows and no command offers to write."""
        self.damage_banner.setVisible(damaged)
        if self.backups is not None:
            self.damage_banner.offer_restore(bool(self.backups.backups()))
        for action in writing_actions(self.commands):
            action.setEnabled(not damaged)

    def show_backups(self) -> None:
        from beziehung.ui.dialogs.backups_dialog import BackupsDialog

        if self.backups is not None:
            BackupsDialog(self.backups, self).exec()

    def keeps_running_in_tray(self) -> bool:
        return self.tray is not None and keep_running(self.settings)

    def _follow_mine_only(self) -> None:
        """*Nur meine Kontakte* and the list's Zuständig box say the same, and the choice
        is there again at the next start."""
        mine_only = self.commands.mine_only
        mine_only.setChecked(bool(self.settings.value(MINE_ONLY_KEY, False, type=bool)))
        self.contact_list.show_mine(mine_only.isChecked())
        mine_only.toggled.connect(self.contact_list.show_mine)
        mine_only.toggled.connect(lambda mine: self.settings.setValue(MINE_ONLY_KEY, mine))
        self.contact_list.mine_chosen.connect(mine_only.setChecked)

    def _contact_menu(self, at: QPoint) -> None:
        open_contact = QAction(self.tr("Ö&ffnen"))
        open_contact.triggered.connect(
            lambda: self.show_contact(self.contact_list.selected_contact())
        )
        self.exchange.sync_privacy_actions()
        menu = contact_context_menu(self, self.commands, open_contact)
        open_contact.setParent(menu)
        menu.popup(at)

    def show_client_voice(self) -> None:
        """One voice view at a time, kept open beside the window while contacts are opened."""
        if self.voice_dialog is None:
            from beziehung.ui.dialogs.voice_dialog import VoiceDialog

            self.voice_dialog = VoiceDialog(self.services, self.changes, self)
            self.voice_dialog.open_contact.connect(self.bring_contact_forward)
        self.voice_dialog.show()
        self.voice_dialog.raise_()
        self.voice_dialog.activateWindow()

    def show_shortcuts(self) -> None:
        from beziehung.ui.dialogs.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self.commands, self).exec()

    def show_about(self) -> None:
        from beziehung.ui.dialogs.about import AboutDialog

        AboutDialog(self).exec()

    # --- reminders ----------------------------------------------------------------------------

    def start_reminders(self) -> None:
        self.scheduler.start()

    def on_reminders_due(self, due: list[Due]) -> None:
        self.popup.add(due)
        if self.tray is not None:
            self.tray.showMessage(
                self.popup.windowTitle(), "\n".join(d.reminder.reason for d in due[:3]), app_icon()
            )

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
            self.popup.take_focus()
        else:
            self.statusBar().showMessage(self.tr("Keine fälligen Rückrufe."), 5000)

    def log_call_for_reminder(self, contact_id: int, reminder_id: int) -> None:
        """The pop-up's "call and note": the saved note completes the reminder, and the pop-up
        lets it go when that change arrives."""
        open_dialog = self.log_call_dialog
        if open_dialog is not None and open_dialog.isVisible():
            # Never throw away a note being written; finish that one first.
            open_dialog.raise_()
            open_dialog.activateWindow()
            if open_dialog.contact_id == contact_id:
                open_dialog.answer(reminder_id)
            else:
                self.statusBar().showMessage(
                    self.tr("Bitte zuerst die offene Notiz speichern oder schließen."), 8000
                )
            return
        self.bring_contact_forward(contact_id)
        self.log_call(reminder_id=reminder_id)

    # --- pages --------------------------------------------------------------------------------

    def _show_count(self, total: int) -> None:
        self.contact_count.setText(self.tr("%Ln Kontakt(e)", "", total))

    def _contact_chosen(self, contact_id: int) -> None:
        showing = self.stack.currentWidget() is self.contact_panel
        if not showing or contact_id != self.contact_panel.contact_id:
            self.show_contact(contact_id)

    def _page_gone(self) -> None:
        if self.stack.currentWidget() in (self.contact_panel, self.organisation_panel):
            self.show_today()

    def show_today(self) -> None:
        self.today_view.refresh(focus=True)
        self.stack.setCurrentWidget(self.today_view)

    def show_organisations(self) -> None:
        self.organisation_list.refresh()
        self.stack.setCurrentWidget(self.organisation_list)

    def show_attention(self) -> None:
        self.stack.setCurrentWidget(self.attention_view)
        self.attention_view.focus_table()

    @property
    def insight_page(self) -> InsightPage:
        if self._insight is None:
            from beziehung.ui.views.insight_view import InsightPage, drift_counts

            self._insight = InsightPage(
                self.services, self.changes, drift=partial(drift_counts, self.services)
            )
            self.stack.addWidget(self._insight)
        return self._insight

    def show_insight(self) -> None:
        self.stack.setCurrentWidget(self.insight_page)
        self.insight_page.period.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_contact(self, contact_id: int | None) -> None:
        if contact_id is None:
            return
        try:
            self.contact_panel.show_contact(contact_id)
        except DomainError as error:
            show_error(self, error)
            # The list offered a contact that is gone: it missed a change, read it again.
            self.contact_list.apply_filter()
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
        if self.stack.currentWidget() is self.attention_view:
            chosen = self.attention_view.selected_contact()
            if chosen is not None:
                return chosen
        if self.stack.currentWidget() is self.contact_panel and self.contact_panel.contact_id:
            return self.contact_panel.contact_id
        return self.contact_list.selected_contact()

    def chosen_contacts(self) -> list[tuple[int, str]]:
        """(id, name) of every contact a command for several applies to: the rows selected
        on the Kontaktpflege page, else the one contact of :meth:`current_contact`."""
        if self.stack.currentWidget() is self.attention_view:
            rows = self.attention_view.selected_rows()
            if rows:
                return [(r.contact_id, r.name) for r in rows]
        contact_id = self.current_contact()
        if contact_id is None:
            return []
        try:
            return [(contact_id, self.services.contacts.get(contact_id).summary.display_name)]
        except DomainError as error:
            show_error(self, error)
            return []

    # --- calls -------------------------------------------------------------------------------

    def log_call(self, reminder_id: int | None = None) -> None:
        contact_id = self.current_contact()
        if contact_id is None:
            self.statusBar().showMessage(self.tr("Bitte zuerst einen Kontakt wählen."), 5000)
            return
        if self.log_call_dialog is not None and self.log_call_dialog.isVisible():
            self.log_call_dialog.raise_()
            self.log_call_dialog.activateWindow()
            return
        from beziehung.ui.dialogs.log_call_dialog import LogCallDialog

        dialog = LogCallDialog(
            self.services, contact_id, self.drafts, parent=self, reminder_id=reminder_id or None
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # The dialog deletes itself when it closes; no reference may outlive it.
        dialog.finished.connect(self._forget_log_call_dialog)
        self.log_call_dialog = dialog
        dialog.open()

    def _forget_log_call_dialog(self, _result: int) -> None:
        self.log_call_dialog = None

    def open_tag_intervals(self) -> None:
        from beziehung.ui.dialogs.tags_dialog import TagsDialog

        TagsDialog(self.services, parent=self).exec()

    def open_settings(self) -> None:
        from beziehung.ui.dialogs.settings_dialog import SettingsDialog

        SettingsDialog(self.services, self.settings, self.database, parent=self).exec()

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
                self.contact_panel.show_contact(int(ident))
            except DomainError:
                self.show_today()
                return
            self.stack.setCurrentWidget(self.contact_panel)
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

    def ask_before_ending_reminders(self) -> QMessageBox.ButtonRole:
        """Without a tray, closing the window would end the reminders: ask first.

        Returns AcceptRole (minimise, keep reminding), DestructiveRole (quit) or RejectRole.
        """
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Beziehung schließen"),
            self.tr(
                "Ohne Infobereich kommen Rückruf-Erinnerungen nur, solange Beziehung läuft. "
                "Fenster minimieren und weiter erinnern, oder beenden?"
            ),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        minimise = box.addButton(
            self.tr("&Minimieren, weiter erinnern"), QMessageBox.ButtonRole.AcceptRole
        )
        end = box.addButton(self.tr("&Beenden"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(minimise)
        box.exec()
        if box.clickedButton() is minimise:
            return QMessageBox.ButtonRole.AcceptRole
        if box.clickedButton() is end:
            return QMessageBox.ButtonRole.DestructiveRole
        return QMessageBox.ButtonRole.RejectRole

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        if self.keeps_running_in_tray() and not self.quitting:
            # Reminders keep coming while the window is closed to the tray.
            self.hide()
            event.ignore()
            return
        # The user closed the window (not "Beenden", not the app shutting down).
        if self.tray is None and not self.quitting and event.spontaneous():
            answer = self.ask_before_ending_reminders()
            if answer != QMessageBox.ButtonRole.DestructiveRole:
                if answer == QMessageBox.ButtonRole.AcceptRole:
                    self.showMinimized()
                event.ignore()
                return
        if self.log_call_dialog is not None and self.log_call_dialog.isVisible():
            self.log_call_dialog.close()
        self.scheduler.stop()
        if self.backups is not None:
            self.backups.stop()
        self.changes.stop()
        self.today_view.background.cancel()
        self.attention_view.background.cancel()
        if self._insight is not None:
            self._insight.background.cancel()
        self.popup.close()
        if self.tray is not None:
            self.tray.hide()
        super().closeEvent(event)
        self.closed_for_good.emit()
