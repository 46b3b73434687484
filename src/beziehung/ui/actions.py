"""The window's commands as actions, and the menus, toolbar and tray menu that show them.

The actions only carry text, icon and shortcut; whoever owns a command connects its
``triggered`` signal (the window for navigation and contacts, the exchange controller for
imports, exports and data protection). Their texts keep the translation context of the
window they belong to, "MainWindow".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar, QWidget

from beziehung.ui.icons import app_icon, icon

Shortcut = QKeySequence | QKeySequence.StandardKey | str | None


@dataclass(frozen=True)
class WindowActions:
    new_contact: QAction
    log_call: QAction
    edit_contact: QAction
    delete_contact: QAction
    merge_contact: QAction
    today: QAction
    organisations: QAction
    insight: QAction
    due_reminders: QAction
    find: QAction
    settings: QAction
    quit: QAction
    about: QAction
    export_history: QAction
    import_vcards: QAction
    import_csv: QAction
    export_vcards: QAction
    export_ical: QAction
    export_archive: QAction
    access_export: QAction
    erase_contact: QAction
    # --- data protection, restore and help: everything reachable from a menu -------------
    restrict_contact: QAction
    show_restricted: QAction
    restore_archive: QAction
    shortcuts: QAction
    # --- the database file: backups, encryption --------------------------------------------
    backups: QAction
    encrypt_database: QAction
    change_passphrase: QAction
    remove_encryption: QAction
    # --- the referral network and the stage funnel ------------------------------------------
    add_referral: QAction
    referral_tree: QAction
    # --- keeping in touch -----------------------------------------------------------------
    attention: QAction
    plan_callbacks: QAction
    postpone: QAction
    tag_intervals: QAction
    # --- relationship work -----------------------------------------------------------------
    client_voice: QAction
    # --- team mode -------------------------------------------------------------------------
    mine_only: QAction


def _action(parent: QWidget, text: str, icon_name: str | None, shortcut: Shortcut) -> QAction:
    action = QAction(icon(icon_name) if icon_name else app_icon(), text, parent)
    if shortcut:
        sequence = QKeySequence(shortcut)
        action.setShortcut(sequence)
        native = sequence.toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{text.replace('&', '')} ({native})")
    return action


# Some platforms have no key for "Preferences" (Linux among them); Ctrl+, is what users try.
SETTINGS_KEYS = (QKeySequence.StandardKey.Preferences, "Ctrl+,")


def _set_shortcuts(action: QAction, *shortcuts: Shortcut) -> None:
    """Every non-empty key of ``shortcuts``, each once, the first one shown in menus."""
    sequences: list[QKeySequence] = []
    for shortcut in shortcuts:
        if isinstance(shortcut, QKeySequence.StandardKey):
            found = QKeySequence.keyBindings(shortcut)
        else:
            found = [QKeySequence(shortcut)] if shortcut else []
        sequences += [s for s in found if not s.isEmpty() and s not in sequences]
    action.setShortcuts(sequences)
    if sequences:
        native = sequences[0].toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{action.text().replace('&', '')} ({native})")


def create_actions(parent: QWidget) -> WindowActions:
    """Every command of the window; shortcuts work while ``parent`` has the focus."""

    def make(text: str, icon_name: str | None, shortcut: Shortcut = None) -> QAction:
        return _action(parent, text, icon_name, shortcut)

    keys = QKeySequence.StandardKey
    actions = WindowActions(
        new_contact=make(
            QCoreApplication.translate("MainWindow", "&Neuer Kontakt"), "contact-new", keys.New
        ),
        log_call=make(
            QCoreApplication.translate("MainWindow", "&Gespräch notieren"), "log-call", "Ctrl+L"
        ),
        edit_contact=make(
            QCoreApplication.translate("MainWindow", "Kontakt &bearbeiten"), "edit", "Ctrl+E"
        ),
        delete_contact=make(
            QCoreApplication.translate("MainWindow", "Kontakt &löschen …"), "delete"
        ),
        merge_contact=make(
            QCoreApplication.translate("MainWindow", "Kontakte &zusammenführen …"), "merge"
        ),
        today=make(QCoreApplication.translate("MainWindow", "&Heute"), "today", "Ctrl+1"),
        organisations=make(
            QCoreApplication.translate("MainWindow", "&Organisationen"), "organisation", "Ctrl+2"
        ),
        insight=make(QCoreApplication.translate("MainWindow", "E&inblick"), "insight", "Ctrl+4"),
        due_reminders=make(
            QCoreApplication.translate("MainWindow", "&Fällige Rückrufe zeigen"),
            "reminder",
            "Ctrl+R",
        ),
        find=make(QCoreApplication.translate("MainWindow", "&Suchen"), "search", keys.Find),
        settings=make(QCoreApplication.translate("MainWindow", "&Einstellungen …"), "settings"),
        quit=make(QCoreApplication.translate("MainWindow", "&Beenden"), None, keys.Quit),
        about=make(QCoreApplication.translate("MainWindow", "Über &Beziehung …"), None),
        export_history=make(
            QCoreApplication.translate("MainWindow", "&Verlauf exportieren …"),
            "letter",
            "Ctrl+Shift+E",
        ),
        import_vcards=make(
            QCoreApplication.translate("MainWindow", "vCard &importieren …"), "contact-new"
        ),
        import_csv=make(
            QCoreApplication.translate("MainWindow", "&CSV importieren …"), "contact-new"
        ),
        export_vcards=make(
            QCoreApplication.translate("MainWindow", "Alle als &vCard exportieren …"), "email"
        ),
        export_ical=make(
            QCoreApplication.translate("MainWindow", "Rückrufe als &Kalender exportieren …"),
            "today",
        ),
        export_archive=make(
            QCoreApplication.translate("MainWindow", "&Archiv (alles) exportieren …"), "settings"
        ),
        access_export=make(
            QCoreApplication.translate("MainWindow", "&Auskunft (Art. 15) …"), "letter"
        ),
        erase_contact=make(
            QCoreApplication.translate("MainWindow", "Löschen ohne &Spur (Art. 17) …"), "delete"
        ),
        restrict_contact=make(
            QCoreApplication.translate("MainWindow", "&Einschränken (Art. 18) …"), "settings"
        ),
        show_restricted=make(
            QCoreApplication.translate("MainWindow", "Eingeschränkte Kontakte an&zeigen"), None
        ),
        restore_archive=make(
            QCoreApplication.translate("MainWindow", "Archiv &wiederherstellen …"), "settings"
        ),
        shortcuts=make(
            QCoreApplication.translate("MainWindow", "&Tastenkürzel"), None, keys.HelpContents
        ),
        backups=make(QCoreApplication.translate("MainWindow", "&Sicherungen …"), "settings"),
        encrypt_database=make(
            QCoreApplication.translate("MainWindow", "Datenbank &verschlüsseln …"), None
        ),
        change_passphrase=make(
            QCoreApplication.translate("MainWindow", "Passphrase &ändern …"), None
        ),
        remove_encryption=make(
            QCoreApplication.translate("MainWindow", "Verschlüsselung &entfernen …"), None
        ),
        add_referral=make(
            QCoreApplication.translate("MainWindow", "Empfehlung &eintragen …"), "contact-new"
        ),
        referral_tree=make(
            QCoreApplication.translate("MainWindow", "Empfehlungsba&um …"), None, "Ctrl+Shift+B"
        ),
        attention=make(
            QCoreApplication.translate("MainWindow", "&Kontaktpflege"), "clock", "Ctrl+3"
        ),
        plan_callbacks=make(
            QCoreApplication.translate("MainWindow", "Rückruf &planen …"), "reminder", "Ctrl+T"
        ),
        postpone=make(
            QCoreApplication.translate("MainWindow", "&Später …"), "clock", "Ctrl+Shift+T"
        ),
        tag_intervals=make(QCoreApplication.translate("MainWindow", "Schlagwör&ter …"), "settings"),
        client_voice=make(
            QCoreApplication.translate("MainWindow", "S&timme des Kunden …"),
            "message",
            "Ctrl+Shift+K",
        ),
        mine_only=make(
            QCoreApplication.translate("MainWindow", "Nur &meine Kontakte"), None, "Ctrl+Shift+M"
        ),
    )
    _set_shortcuts(actions.settings, *SETTINGS_KEYS)
    actions.show_restricted.setCheckable(True)
    actions.mine_only.setCheckable(True)
    return actions


def restrict_text(restricted: bool) -> str:
    """The restriction action says what it will do for the contact it applies to."""
    if restricted:
        return QCoreApplication.translate("MainWindow", "Einschränkung &aufheben (Art. 18)")
    return QCoreApplication.translate("MainWindow", "&Einschränken (Art. 18) …")


def privacy_menu(parent: QWidget, actions: WindowActions) -> QMenu:
    """Datenschutz ▸ …: the same entries in the menu bar and in the contact list's menu."""
    menu = QMenu(QCoreApplication.translate("MainWindow", "Daten&schutz"), parent)
    menu.setObjectName("privacy-menu")
    for action in (actions.access_export, actions.restrict_contact, actions.erase_contact):
        menu.addAction(action)
    return menu


def contact_context_menu(parent: QWidget, actions: WindowActions, open_contact: QAction) -> QMenu:
    """What can be done to one contact, for a right click or the Menu key on it."""
    menu = QMenu(parent)
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    menu.addAction(open_contact)
    menu.setDefaultAction(open_contact)
    for action in (actions.log_call, actions.edit_contact, actions.export_history):
        menu.addAction(action)
    menu.addSeparator()
    menu.addAction(actions.add_referral)
    menu.addAction(actions.referral_tree)
    menu.addSeparator()
    menu.addAction(actions.merge_contact)
    menu.addAction(actions.delete_contact)
    menu.addSeparator()
    menu.addMenu(privacy_menu(menu, actions))
    return menu


def install_menus(window: QMainWindow, actions: WindowActions) -> None:
    """The toolbar and the menu bar, in the order users know."""
    toolbar = QToolBar(QCoreApplication.translate("MainWindow", "Werkzeuge"))
    toolbar.setObjectName("main-toolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for action in (
        actions.today,
        actions.organisations,
        actions.attention,
        actions.insight,
        actions.new_contact,
        actions.log_call,
        actions.settings,
    ):
        toolbar.addAction(action)
    window.addToolBar(toolbar)
    menus = window.menuBar()
    file_menu = menus.addMenu(QCoreApplication.translate("MainWindow", "&Datei"))
    file_menu.addAction(actions.export_history)
    exports = file_menu.addMenu(QCoreApplication.translate("MainWindow", "E&xportieren"))
    for action in (actions.export_vcards, actions.export_ical, actions.export_archive):
        exports.addAction(action)
    imports = file_menu.addMenu(QCoreApplication.translate("MainWindow", "&Importieren"))
    imports.addAction(actions.import_vcards)
    imports.addAction(actions.import_csv)
    file_menu.addAction(actions.restore_archive)
    file_menu.addAction(actions.backups)
    encryption = file_menu.addMenu(QCoreApplication.translate("MainWindow", "Versch&lüsselung"))
    encryption.setObjectName("encryption-menu")
    for action in (actions.encrypt_database, actions.change_passphrase, actions.remove_encryption):
        encryption.addAction(action)
    file_menu.addSeparator()
    file_menu.addAction(actions.settings)
    file_menu.addAction(actions.tag_intervals)
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)
    contact_menu = menus.addMenu(QCoreApplication.translate("MainWindow", "&Kontakt"))
    contact_menu.setObjectName("contact-menu")
    for action in (
        actions.new_contact,
        actions.log_call,
        actions.edit_contact,
        actions.merge_contact,
        actions.delete_contact,
    ):
        contact_menu.addAction(action)
    contact_menu.addSeparator()
    contact_menu.addAction(actions.add_referral)
    contact_menu.addAction(actions.referral_tree)
    contact_menu.addAction(actions.plan_callbacks)
    contact_menu.addAction(actions.postpone)
    view_menu = menus.addMenu(QCoreApplication.translate("MainWindow", "&Ansicht"))
    for action in (
        actions.today,
        actions.organisations,
        actions.attention,
        actions.insight,
        actions.due_reminders,
        actions.find,
    ):
        view_menu.addAction(action)
    view_menu.addAction(actions.client_voice)
    view_menu.addSeparator()
    view_menu.addAction(actions.mine_only)
    privacy = privacy_menu(window, actions)
    menus.addMenu(privacy)
    privacy.addSeparator()
    privacy.addAction(actions.show_restricted)
    help_menu = menus.addMenu(QCoreApplication.translate("MainWindow", "&Hilfe"))
    help_menu.addAction(actions.shortcuts)
    help_menu.addSeparator()
    help_menu.addAction(actions.about)


def tray_menu(parent: QWidget, actions: WindowActions, show_window: Callable[[], None]) -> QMenu:
    menu = QMenu(parent)
    menu.addAction(QCoreApplication.translate("MainWindow", "Beziehung anzeigen"), show_window)
    menu.addAction(actions.log_call)
    menu.addAction(actions.due_reminders)
    menu.addSeparator()
    menu.addAction(actions.quit)
    return menu


def writing_actions(actions: WindowActions) -> tuple[QAction, ...]:
    """The commands that change data: off while the database is open read-only."""
    return (
        actions.new_contact,
        actions.log_call,
        actions.edit_contact,
        actions.delete_contact,
        actions.merge_contact,
        actions.import_vcards,
        actions.import_csv,
        actions.restore_archive,
        actions.erase_contact,
        actions.restrict_contact,
        actions.add_referral,
        actions.plan_callbacks,
        actions.postpone,
        actions.tag_intervals,
    )


# --- Bearbeiten ------------------------------------------------------------------------------


def install_edit_menu(window: QMainWindow, undo: QAction) -> QMenu:
    """Bearbeiten ▸ Rückgängig, right after Datei. ``undo`` is the window's one Ctrl+Z action
    (``ui/undo.py``), put here as it is so that the key and the menu entry cannot drift apart."""
    menus = window.menuBar()
    menu = QMenu(QCoreApplication.translate("MainWindow", "&Bearbeiten"), window)
    menu.setObjectName("edit-menu")
    menu.addAction(undo)
    present = menus.actions()
    if len(present) > 1:
        menus.insertMenu(present[1], menu)
    else:
        menus.addMenu(menu)
    return menu
