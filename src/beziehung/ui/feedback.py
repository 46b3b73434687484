"""Dialogs that tell the user something went wrong, and confirmations before destruction."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from beziehung import APPLICATION, logs
from beziehung.core.errors import DomainError

log = logging.getLogger("beziehung.ui")


def error_text(error: DomainError) -> str:
    """The error in the user's language; codes without a translation keep the English text."""
    p = error.params
    texts = {
        "name_empty": lambda: QCoreApplication.translate(
            "feedback", "Ein Kontakt braucht einen Namen."
        ),
        "note_empty": lambda: QCoreApplication.translate(
            "feedback", "Eine Notiz braucht etwas Text."
        ),
        "reason_empty": lambda: QCoreApplication.translate(
            "feedback", "Eine Erinnerung braucht einen Grund."
        ),
        "email": lambda: QCoreApplication.translate(
            "feedback", "„{value}“ ist keine E-Mail-Adresse."
        ).format(**p),
        "phone": lambda: QCoreApplication.translate(
            "feedback", "„{value}“ ist keine Telefonnummer."
        ).format(**p),
        "contact_not_found": lambda: QCoreApplication.translate(
            "feedback", "Diesen Kontakt gibt es nicht mehr."
        ),
        "note_not_found": lambda: QCoreApplication.translate(
            "feedback", "Diese Notiz gibt es nicht mehr."
        ),
        "reminder_not_found": lambda: QCoreApplication.translate(
            "feedback", "Diese Erinnerung gibt es nicht mehr."
        ),
        "snooze_past": lambda: QCoreApplication.translate(
            "feedback", "Eine Erinnerung kann nur in die Zukunft verschoben werden."
        ),
        "merge_self": lambda: QCoreApplication.translate(
            "feedback", "Ein Kontakt kann nicht mit sich selbst zusammengeführt werden."
        ),
        "referral_self": lambda: QCoreApplication.translate(
            "feedback", "Ein Kontakt kann sich nicht selbst empfohlen haben."
        ),
        "cadence": lambda: QCoreApplication.translate(
            "feedback", "Der Kontakt-Rhythmus muss eine positive Zahl von Tagen sein."
        ),
        "photo_size": lambda: QCoreApplication.translate("feedback", "Das Foto ist zu groß."),
        "schema_too_new": lambda: QCoreApplication.translate(
            "feedback",
            "Diese Datenbank stammt aus einer neueren Version von Beziehung. Bitte aktualisieren Sie Beziehung, um sie zu öffnen.",
        ),
        "retention": lambda: QCoreApplication.translate(
            "feedback",
            "{name} muss bis {until} aufbewahrt werden (Aufbewahrungspflicht); es wurde nichts gelöscht.",
        ).format(**p),
        "cancelled": lambda: QCoreApplication.translate(
            "feedback", "Abgebrochen; es wurde nichts geschrieben."
        ),
        "not_ours": lambda: QCoreApplication.translate(
            "feedback", "Diese Datei ist keine Beziehung-Datenbank."
        ),
    }
    make = texts.get(error.code)
    return make() if make else str(error)


def show_error(parent: QWidget | None, error: DomainError) -> None:
    log.info("refused: %s", error.code)
    QMessageBox.warning(parent, APPLICATION, error_text(error))


def show_file_error(parent: QWidget | None, error: OSError) -> None:
    """A file that could not be written or read: the path and the system's reason."""
    log.info("file error: errno %s", error.errno)
    QMessageBox.warning(
        parent,
        APPLICATION,
        QCoreApplication.translate(
            "feedback", "Die Datei {path} konnte nicht verwendet werden: {reason}"
        ).format(path=error.filename or "", reason=error.strerror or type(error).__name__),
    )


def show_unexpected(parent: QWidget | None) -> None:
    path = logs.setup()
    QMessageBox.critical(
        parent,
        APPLICATION,
        QCoreApplication.translate(
            "feedback",
            "Ein unerwarteter Fehler ist aufgetreten. Ihre Daten sind sicher; Details stehen in {path}.",
        ).format(path=path),
    )


def confirm(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    """Ask before something destructive; the safe answer is the default."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    go = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is go
