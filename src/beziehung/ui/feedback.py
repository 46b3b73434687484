"""Dialogs that tell the user something went wrong, and confirmations before destruction."""

from __future__ import annotations

import logging
import re
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtWidgets import QMessageBox, QWidget

from beziehung import APPLICATION, logs
from beziehung.core.errors import LOCATION, DomainError
from beziehung.ui.formatting import method_label, qdate_text

log = logging.getLogger("beziehung.ui")


# German for every code a domain error is raised with; the keys are the codes in core/ and io/
# (tests/ui/test_german.py scans the sources and fails for a code missing here). Parameters
# are the ones each raise site passes; where sites differ, only the ones all of them pass.
# QT_TRANSLATE_NOOP returns its text, though typed as object.
ERROR_TEXTS: dict[str, object] = {
    "date_range": QT_TRANSLATE_NOOP(
        "feedback", "Das Datum liegt nicht zwischen den Jahren {first} und {last}."
    ),
    "recurrence_range": QT_TRANSLATE_NOOP(
        "feedback", "Die Wiederholung muss zwischen 1 und {most} liegen, nicht {interval}."
    ),
    "organisation_name_empty": QT_TRANSLATE_NOOP(
        "feedback", "Eine Organisation braucht einen Namen."
    ),
    "organisation_merge_self": QT_TRANSLATE_NOOP(
        "feedback", "Eine Organisation lässt sich nicht mit sich selbst zusammenführen."
    ),
    "organisation_exists": QT_TRANSLATE_NOOP(
        "feedback", "Es gibt schon eine Organisation „{name}“. Führen Sie die beiden zusammen."
    ),
    "organisation_has_people": QT_TRANSLATE_NOOP(
        "feedback",
        "Zu „{name}“ gehören noch Personen ({count}); ordnen Sie sie zuerst anders zu oder lösen Sie sie von der Organisation.",
    ),
    "archive_too_large": QT_TRANSLATE_NOOP(
        "feedback",
        "{path}: {name} ist zu groß oder ungewöhnlich stark komprimiert; es wurde nichts importiert.",
    ),
    "vcard_line": QT_TRANSLATE_NOOP(
        "feedback",
        "{source}: Karte {card}, Zeile {line} ist keine lesbare vCard-Eigenschaft.",
    ),
    "vcard_too_large": QT_TRANSLATE_NOOP(
        "feedback",
        "{source}: Karte {card}, Zeile {line} ist zu groß; es wurde nichts importiert.",
    ),
    "ambiguous": QT_TRANSLATE_NOOP(
        "feedback", "„{query}“ passt auf {total} Kontakte: {shown}. Bitte genauer wählen."
    ),
    "archive_broken": QT_TRANSLATE_NOOP(
        "feedback",
        "{path} ist beschädigt oder enthält Werte, die nicht passen; es wurde nichts importiert.",
    ),
    "archive_format": QT_TRANSLATE_NOOP(
        "feedback", "{path} ist kein Beziehung-Archiv im Format Version {v}."
    ),
    "archive_incomplete": QT_TRANSLATE_NOOP(
        "feedback", "Im Archiv {path} fehlt {name}; es wurde nichts importiert."
    ),
    "archive_manifest": QT_TRANSLATE_NOOP(
        "feedback", "{path} hat keine lesbare manifest.json und ist kein Beziehung-Archiv."
    ),
    "move_target_not_empty": QT_TRANSLATE_NOOP(
        "feedback",
        "{target} ist nicht leer; die Datenbank wird nur in eine leere kopiert.",
    ),
    "move_differs": QT_TRANSLATE_NOOP(
        "feedback",
        "Die Kopie in {target} weicht in {files} vom Original ab; sie wurde so belassen.",
    ),
    "archive_not_empty": QT_TRANSLATE_NOOP(
        "feedback",
        "Ein Archiv lässt sich nur in eine leere Datenbank wiederherstellen; es wurde nichts importiert.",
    ),
    "archive_schema": QT_TRANSLATE_NOOP(
        "feedback",
        "{path} wurde mit Schema {theirs} geschrieben; diese Version stellt nur Schema {ours} wieder her.",
    ),
    "archive_unreadable": QT_TRANSLATE_NOOP(
        "feedback", "{path} ist kein Beziehung-Archiv ({reason})."
    ),
    "cadence": QT_TRANSLATE_NOOP(
        "feedback",
        "Der Kontakt-Rhythmus muss eine Zahl von Tagen zwischen 1 und {most} sein, nicht {days}.",
    ),
    "cancelled": QT_TRANSLATE_NOOP("feedback", "Abgebrochen; es wurde nichts geschrieben."),
    "channel": QT_TRANSLATE_NOOP(
        "feedback", "Unbekannter Kanal „{channel}“; möglich sind: {channels}."
    ),
    "clock_time": QT_TRANSLATE_NOOP(
        "feedback", "Die Uhrzeit „{text}“ ist nicht lesbar; bitte als HH:MM angeben, etwa 09:00."
    ),
    "contact_empty": QT_TRANSLATE_NOOP("feedback", "Es wurde kein Kontakt angegeben."),
    "contact_not_found": QT_TRANSLATE_NOOP("feedback", "Diesen Kontakt gibt es nicht mehr."),
    "contact_unknown": QT_TRANSLATE_NOOP("feedback", "Kein Kontakt passt zu „{ref}“."),
    "csv_empty": QT_TRANSLATE_NOOP("feedback", "Die Datei {source} ist leer."),
    "csv_no_name": QT_TRANSLATE_NOOP(
        "feedback", "{source}: Keine Spalte ist einem Namen zugeordnet."
    ),
    "csv_no_rows": QT_TRANSLATE_NOOP("feedback", "{source} enthält keine Kontakte."),
    "csv_preset": QT_TRANSLATE_NOOP(
        "feedback", "Unbekannte Vorlage „{preset}“; möglich sind outlook und google."
    ),
    "csv_unreadable": QT_TRANSLATE_NOOP(
        "feedback", "{source}: Zeile {line} ist kein lesbares CSV ({reason})."
    ),
    "db_unusable": QT_TRANSLATE_NOOP(
        "feedback", "Die Datenbank {where} lässt sich nicht öffnen: {reason}"
    ),
    "direction": QT_TRANSLATE_NOOP(
        "feedback", "Unbekannte Richtung „{direction}“; möglich sind in und out."
    ),
    "problem_choice": QT_TRANSLATE_NOOP(
        "feedback", "Bei einem Problem: ohne das Feld importieren, auslassen oder abbrechen."
    ),
    "duplicate_choice": QT_TRANSLATE_NOOP(
        "feedback", "Bei Dubletten ist nur Überspringen, Zusammenführen oder Neu möglich."
    ),
    "duration": QT_TRANSLATE_NOOP(
        "feedback", "Die Dauer muss zwischen 0 und {most} Minuten liegen, nicht {minutes}."
    ),
    "edit_conflict": QT_TRANSLATE_NOOP(
        "feedback",
        "Jemand anderes hat diesen Eintrag geändert, seit Sie ihn geöffnet haben; es wurde"
        " nichts gespeichert – bitte beide Fassungen vergleichen und erneut speichern.",
    ),
    "email": QT_TRANSLATE_NOOP("feedback", "„{value}“ ist keine E-Mail-Adresse."),
    "file_unreadable": QT_TRANSLATE_NOOP(
        "feedback", "Die Datei {path} lässt sich nicht lesen: {reason}"
    ),
    "format": QT_TRANSLATE_NOOP("feedback", "Unbekanntes Format „{fmt}“; möglich sind: {formats}."),
    "legal_basis": QT_TRANSLATE_NOOP(
        "feedback", "Unbekannte Rechtsgrundlage „{basis}“; möglich sind: {bases}."
    ),
    "merge_self": QT_TRANSLATE_NOOP(
        "feedback", "Ein Kontakt kann nicht mit sich selbst zusammengeführt werden."
    ),
    "method_empty": QT_TRANSLATE_NOOP("feedback", "Ein Eintrag „{kind}“ ist leer."),
    "method_kind": QT_TRANSLATE_NOOP(
        "feedback", "Unbekannte Art von Kontaktweg „{kind}“; möglich sind: {kinds}."
    ),
    "migration_fk": QT_TRANSLATE_NOOP(
        "feedback",
        "Die Aktualisierung der Datenbank würde Verknüpfungen zerstören; es wurde nichts geändert.",
    ),
    "name_empty": QT_TRANSLATE_NOOP("feedback", "Ein Kontakt braucht einen Namen."),
    "not_ours": QT_TRANSLATE_NOOP("feedback", "Diese Datei ist keine Beziehung-Datenbank."),
    "note_empty": QT_TRANSLATE_NOOP("feedback", "Eine Notiz braucht etwas Text."),
    "voice": QT_TRANSLATE_NOOP("feedback", "Unbekannte Stimme „{value}“; möglich sind: {allowed}."),
    "ask_kind": QT_TRANSLATE_NOOP(
        "feedback", "Unbekannte Bitte „{value}“; möglich sind: {allowed}."
    ),
    "ask_answer": QT_TRANSLATE_NOOP(
        "feedback", "Unbekannte Antwort „{value}“; möglich sind: {allowed}."
    ),
    "ask_answer_alone": QT_TRANSLATE_NOOP(
        "feedback", "Eine Antwort braucht eine Bitte: um eine Empfehlung oder eine Bewertung."
    ),
    "participants_many": QT_TRANSLATE_NOOP(
        "feedback", "Eine Notiz kann höchstens {most} weitere Teilnehmer nennen, nicht {count}."
    ),
    "not_complaint": QT_TRANSLATE_NOOP(
        "feedback", "Nur eine Beschwerde kann als beantwortet markiert werden."
    ),
    "not_asked": QT_TRANSLATE_NOOP("feedback", "In dieser Notiz wurde um nichts gebeten."),
    "note_not_found": QT_TRANSLATE_NOOP("feedback", "Diese Notiz gibt es nicht mehr."),
    "note_time": QT_TRANSLATE_NOOP(
        "feedback", "Der Zeitpunkt einer Notiz muss zwischen den Jahren 1900 und 2999 liegen."
    ),
    "organisation_not_found": QT_TRANSLATE_NOOP(
        "feedback", "Diese Organisation gibt es nicht mehr."
    ),
    "organisation_unknown": QT_TRANSLATE_NOOP("feedback", "Keine Organisation heißt „{name}“."),
    "phone": QT_TRANSLATE_NOOP("feedback", "„{value}“ ist keine Telefonnummer."),
    "photo_size": QT_TRANSLATE_NOOP("feedback", "Das Foto ist zu groß."),
    "photo_unreadable": QT_TRANSLATE_NOOP(
        "feedback", "{name} ist kein Bild, das sich lesen lässt."
    ),
    "reason_empty": QT_TRANSLATE_NOOP("feedback", "Eine Erinnerung braucht einen Grund."),
    "recurrence": QT_TRANSLATE_NOOP(
        "feedback",
        "Die Wiederholung muss eine positive Zahl von Tagen, Wochen oder Monaten sein (etwa 14d, 2w, 3mo).",
    ),
    "recurrence_unit": QT_TRANSLATE_NOOP(
        "feedback", "Unbekannte Einheit der Wiederholung „{unit}“."
    ),
    "referral_exists": QT_TRANSLATE_NOOP("feedback", "Diese Empfehlung ist schon eingetragen."),
    "period_order": QT_TRANSLATE_NOOP(
        "feedback", "Der Zeitraum endet ({end}) vor seinem Beginn ({start})."
    ),
    "referral_not_found": QT_TRANSLATE_NOOP("feedback", "Diese Empfehlung gibt es nicht mehr."),
    "referral_self": QT_TRANSLATE_NOOP(
        "feedback", "Ein Kontakt kann sich nicht selbst empfohlen haben."
    ),
    "reminder_closed": QT_TRANSLATE_NOOP("feedback", "Diese Erinnerung ist schon {state}."),
    "reminder_kind": QT_TRANSLATE_NOOP("feedback", "Unbekannte Art von Erinnerung „{kind}“."),
    "reminder_not_found": QT_TRANSLATE_NOOP("feedback", "Diese Erinnerung gibt es nicht mehr."),
    "retention": QT_TRANSLATE_NOOP(
        "feedback",
        "{name} muss bis {until} aufbewahrt werden (Aufbewahrungspflicht); es wurde nichts gelöscht.",
    ),
    "schema_too_new": QT_TRANSLATE_NOOP(
        "feedback",
        "Diese Datenbank stammt aus einer neueren Version von Beziehung. Bitte aktualisieren Sie Beziehung, um sie zu öffnen.",
    ),
    "selection_empty": QT_TRANSLATE_NOOP(
        "feedback", "Bitte Kontakte für den Export wählen: einzelne, ein Schlagwort oder alle."
    ),
    "selection_none": QT_TRANSLATE_NOOP(
        "feedback", "Keine Kontakte passen zur Auswahl; es wurde nichts exportiert."
    ),
    "snooze_past": QT_TRANSLATE_NOOP(
        "feedback", "Eine Erinnerung kann nur in die Zukunft verschoben werden."
    ),
    "phone_region": QT_TRANSLATE_NOOP(
        "feedback", "Unbekanntes Land „{region}“ für Telefonnummern."
    ),
    "stage": QT_TRANSLATE_NOOP("feedback", "Unbekannte Phase „{stage}“."),
    "letter_form": QT_TRANSLATE_NOOP(
        "feedback", "Unbekannte Briefanrede „{form}“: erlaubt sind sie und du."
    ),
    "cadence_order": QT_TRANSLATE_NOOP(
        "feedback",
        "Der längste Abstand ({longest} Tage) ist kürzer als der ideale ({ideal} Tage).",
    ),
    "user_not_found": QT_TRANSLATE_NOOP("feedback", "Diese Person gibt es nicht mehr."),
    "user_unknown": QT_TRANSLATE_NOOP("feedback", "Niemand meldet sich als „{login}“ an."),
    "tag_not_found": QT_TRANSLATE_NOOP("feedback", "Dieses Schlagwort gibt es nicht mehr."),
    "postpone_days": QT_TRANSLATE_NOOP(
        "feedback", "Zurückstellen geht um 1 bis {most} Tage, nicht um {days}."
    ),
    # Relations between contacts and the user's own fields.
    "relation_kind": QT_TRANSLATE_NOOP("feedback", "Unbekannte Beziehung „{kind}“."),
    "relation_self": QT_TRANSLATE_NOOP(
        "feedback", "Ein Kontakt kann nicht mit sich selbst in Beziehung stehen."
    ),
    "relation_exists": QT_TRANSLATE_NOOP("feedback", "Diese Beziehung ist schon eingetragen."),
    "relation_missing": QT_TRANSLATE_NOOP("feedback", "Diese Beziehung ist nicht eingetragen."),
    "relation_not_found": QT_TRANSLATE_NOOP("feedback", "Diese Beziehung gibt es nicht mehr."),
    "field_not_found": QT_TRANSLATE_NOOP("feedback", "Dieses Feld gibt es nicht mehr."),
    "field_unknown": QT_TRANSLATE_NOOP("feedback", "Es gibt kein Feld „{name}“."),
    "field_kind": QT_TRANSLATE_NOOP("feedback", "Unbekannte Feldart „{kind}“."),
    "field_name_empty": QT_TRANSLATE_NOOP("feedback", "Ein Feld braucht einen Namen."),
    "field_name_long": QT_TRANSLATE_NOOP(
        "feedback", "Der Name eines Felds hat höchstens {limit} Zeichen."
    ),
    "field_exists": QT_TRANSLATE_NOOP("feedback", "Es gibt schon ein Feld „{name}“."),
    "field_choices": QT_TRANSLATE_NOOP(
        "feedback", "Ein Auswahlfeld braucht mindestens eine Möglichkeit."
    ),
    "field_not_choice": QT_TRANSLATE_NOOP("feedback", "Das Feld „{name}“ hat keine Auswahl."),
    "field_choice_used": QT_TRANSLATE_NOOP(
        "feedback", "Kontakte haben noch „{value}“ im Feld „{name}“; die Möglichkeit bleibt."
    ),
    "field_date": QT_TRANSLATE_NOOP(
        "feedback", "„{value}“ ist kein Datum für das Feld „{field}“ (JJJJ-MM-TT)."
    ),
    "field_bool": QT_TRANSLATE_NOOP(
        "feedback", "„{value}“ ist weder ja noch nein für das Feld „{field}“."
    ),
    "field_choice": QT_TRANSLATE_NOOP(
        "feedback", "„{value}“ ist keine Möglichkeit des Felds „{field}“: {options}."
    ),
    "time": QT_TRANSLATE_NOOP(
        "feedback",
        "Die Zeitangabe „{text}“ ist nicht lesbar; etwa 2026-12-01T14:30 oder relativ wie +30m, +2h, +3d.",
    ),
    "time_range": QT_TRANSLATE_NOOP("feedback", "Die Zeitangabe „{text}“ liegt zu weit weg."),
    "vcard_empty": QT_TRANSLATE_NOOP("feedback", "{source} enthält keine vCard."),
    "vcard_no_name": QT_TRANSLATE_NOOP("feedback", "{source}: Karte {n} hat keinen Namen."),
    "vcard_unreadable": QT_TRANSLATE_NOOP(
        "feedback", "{source}: Karte {where} ist keine lesbare vCard ({reason})."
    ),
    # --- the database file itself: damage, locks, places, backups, encryption ------------
    "db_damaged": QT_TRANSLATE_NOOP(
        "feedback",
        "Die Datenbank {where} ist beschädigt und nur lesbar geöffnet; es wurde nichts gespeichert. Stellen Sie die neueste gute Sicherung wieder her oder retten Sie die Daten (Export).",
    ),
    "db_locked": QT_TRANSLATE_NOOP(
        "feedback",
        "Ein anderes Programm schreibt gerade in die Datenbank {where}. Bitte versuchen Sie es gleich noch einmal.",
    ),
    "db_empty": QT_TRANSLATE_NOOP(
        "feedback", "{where} ist eine leere Datei und keine Beziehung-Datenbank."
    ),
    "db_readonly_file": QT_TRANSLATE_NOOP(
        "feedback",
        "Die Datenbankdatei {where} ist schreibgeschützt; Änderungen können nicht gespeichert werden.",
    ),
    "db_readonly_folder": QT_TRANSLATE_NOOP(
        "feedback",
        "Der Ordner {folder} ist schreibgeschützt; Beziehung kann die Datenbank dort nicht schreiben.",
    ),
    "disk_full": QT_TRANSLATE_NOOP(
        "feedback",
        "Das Laufwerk mit {where} ist voll; es wurde nichts gespeichert. Bitte schaffen Sie Platz und versuchen Sie es erneut.",
    ),
    "backup_unusable": QT_TRANSLATE_NOOP(
        "feedback",
        "{backup} ist keine brauchbare Sicherung von Beziehung; es wurde nichts geändert.",
    ),
    "backup_encrypted": QT_TRANSLATE_NOOP(
        "feedback",
        "Die Datenbank {where} ist verschlüsselt; für ihre Sicherungen braucht Beziehung ihre Passphrase.",
    ),
    "backup_needs_passphrase": QT_TRANSLATE_NOOP(
        "feedback",
        "Die Sicherung {backup} ist verschlüsselt und braucht ihre Passphrase; es wurde nichts geändert.",
    ),
    "db_missing": QT_TRANSLATE_NOOP("feedback", "Unter {where} gibt es keine Datenbank."),
    "encryption_unavailable": QT_TRANSLATE_NOOP(
        "feedback", "Verschlüsselte Datenbanken brauchen das optionale Paket ({hint})."
    ),
    "server_unavailable": QT_TRANSLATE_NOOP(
        "feedback", "Die Unterstützung für PostgreSQL ist nicht installiert: {hint}"
    ),
    "encryption_file_only": QT_TRANSLATE_NOOP(
        "feedback", "Nur eine Datenbankdatei lässt sich ver- oder entschlüsseln."
    ),
    "passphrase_empty": QT_TRANSLATE_NOOP("feedback", "Die Passphrase ist leer."),
    "passphrase_nul": QT_TRANSLATE_NOOP(
        "feedback", "Die Passphrase enthält ein unzulässiges Nullzeichen."
    ),
    "passphrase_short": QT_TRANSLATE_NOOP(
        "feedback", "Eine neue Passphrase braucht mindestens {length} Zeichen."
    ),
    "passphrase_missing": QT_TRANSLATE_NOOP(
        "feedback", "Keine Passphrase angegeben; bitte mit {how}."
    ),
    "passphrase_mismatch": QT_TRANSLATE_NOOP(
        "feedback", "Die beiden Passphrasen sind verschieden; es wurde nichts geändert."
    ),
    "check_not_plain": QT_TRANSLATE_NOOP(
        "feedback",
        "Die Datenbank {where} ist verschlüsselt oder keine gewöhnliche SQLite-Datei; sie wurde nicht geprüft und nicht als beschädigt markiert. Eine verschlüsselte Datenbank wird mit ihrer Passphrase geprüft.",
    ),
    "passphrase_needed": QT_TRANSLATE_NOOP(
        "feedback",
        "Die Datenbank {where} ist keine einfache SQLite-Datei; ist sie verschlüsselt, braucht sie ihre Passphrase.",
    ),
    "wrong_passphrase": QT_TRANSLATE_NOOP(
        "feedback", "Die Passphrase öffnet die Datenbank {where} nicht."
    ),
    "not_encrypted": QT_TRANSLATE_NOOP(
        "feedback", "Die Datenbank {where} ist nicht verschlüsselt."
    ),
    "already_encrypted": QT_TRANSLATE_NOOP(
        "feedback", "Die Datenbank {where} ist schon verschlüsselt."
    ),
    "database_in_use": QT_TRANSLATE_NOOP(
        "feedback",
        "Die Datenbank {where} ist in Gebrauch; bitte schließen Sie das Fenster von Beziehung und versuchen Sie es erneut.",
    ),
    "database_choice": QT_TRANSLATE_NOOP(
        "feedback",
        "{value} ist weder eine Datei noch eine Adresse der Form postgresql://benutzer@server/datenbank.",
    ),
    "database_folder": QT_TRANSLATE_NOOP(
        "feedback",
        "{value} ist keine Datei in einem vorhandenen Ordner; bitte den vollständigen Pfad angeben.",
    ),
    "database_password": QT_TRANSLATE_NOOP(
        "feedback",
        "Die Adresse enthält ein Passwort; bitte tragen Sie es in ~/.pgpass ein, es wird nicht gespeichert.",
    ),
    "target_exists": QT_TRANSLATE_NOOP(
        "feedback", "{target} gibt es schon; bitte eine neue Datei nennen."
    ),
    "target_is_source": QT_TRANSLATE_NOOP(
        "feedback", "Das Ziel muss eine neue Datei sein, nicht die Datenbank selbst."
    ),
    "keyring_unavailable": QT_TRANSLATE_NOOP(
        "feedback", "Auf diesem System gibt es keinen Schlüsselbund."
    ),
    "keyring_failed": QT_TRANSLATE_NOOP(
        "feedback", "Der Schlüsselbund hat die Passphrase nicht gespeichert ({reason})."
    ),
}


def _state_label(state: object) -> str:
    labels = {
        "done": QCoreApplication.translate("feedback", "erledigt"),
        "cancelled": QCoreApplication.translate("feedback", "verworfen"),
        "open": QCoreApplication.translate("feedback", "offen"),
    }
    return labels.get(str(state), str(state))


def _shown_params(error: DomainError) -> dict[str, object]:
    """Parameters as the user reads them: labels for codes, dates in the locale's form."""
    shown = dict(error.params)
    if "kind" in shown and error.code == "method_empty":
        shown["kind"] = method_label(str(shown["kind"]))
    if "state" in shown:
        shown["state"] = _state_label(shown["state"])
    if "where" in shown and error.code == "vcard_unreadable":
        shown["where"] = str(shown["where"]).removeprefix("card ")
    if shown.get("until"):
        try:
            day = date.fromisoformat(str(shown["until"]))
        except ValueError:
            pass
        else:
            shown["until"] = qdate_text(QDate(day.year, day.month, day.day))
    return shown


def error_text(error: DomainError) -> str:
    """The error in the user's language; an unknown code keeps the English text."""
    source = ERROR_TEXTS.get(error.code)
    if source is None:
        return str(error)
    text = QCoreApplication.translate("feedback", str(source)).format_map(_shown_params(error))
    location = error.params.get(LOCATION)
    return f"{_location_text(str(location))}: {text}" if location else text


def _location_text(location: str) -> str:
    """ "kunden.csv: line 4" as "kunden.csv: Zeile 4"; the file name stays as it is."""
    found = re.fullmatch(r"(.*): (card|line) (\d+)", location)
    if found is None:
        return location
    source, unit, n = found.groups()
    if unit == "card":
        where = QCoreApplication.translate("feedback", "Karte {n}").format(n=n)
    else:
        where = QCoreApplication.translate("feedback", "Zeile {n}").format(n=n)
    return f"{source}: {where}"


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


def show_unexpected(parent: QWidget | None, *, damaged: bool = False) -> None:
    """``damaged``: the database is marked damaged, so nobody may be told the data is safe."""
    path = logs.setup()
    if damaged:
        text = QCoreApplication.translate(
            "feedback",
            "Ein unerwarteter Fehler ist aufgetreten. Die Datenbank ist beschädigt und nur lesbar geöffnet; Details stehen in {path}.",
        )
    else:
        text = QCoreApplication.translate(
            "feedback",
            "Ein unerwarteter Fehler ist aufgetreten. Ihre Daten sind sicher; Details stehen in {path}.",
        )
    QMessageBox.critical(parent, APPLICATION, text.format(path=path))


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
