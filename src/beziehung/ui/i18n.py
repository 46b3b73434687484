"""Language: German by default, English when chosen or when the system speaks English.

Source strings in the code are German; English comes from ``beziehung_en.qm``. German needs a
translation file too, ``beziehung_de.qm``, holding only the plural forms of counted texts
("%n Kontakt(e)" → "1 Kontakt", "2 Kontakte"). Qt's own translations (standard buttons, context
menus) come from the Qt installation.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from beziehung.paths import resource_root

LANGUAGES = ("de", "en")
LANGUAGE_KEY = "ui/language"


def system_language() -> str:
    return "en" if QLocale.system().language() == QLocale.Language.English else "de"


def chosen_language(settings: QSettings) -> str:
    value = settings.value(LANGUAGE_KEY, "", type=str)
    return value if value in LANGUAGES else system_language()


def translations_dir() -> str:
    return str(resource_root() / "translations")


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load our and Qt's translations for ``language``; returns them to keep them alive."""
    locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    if language != "en":
        locale = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    QLocale.setDefault(locale)
    installed = []
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [(f"qtbase_{language}", qt_translations)]
    candidates.append((f"beziehung_{language}", translations_dir()))
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed
