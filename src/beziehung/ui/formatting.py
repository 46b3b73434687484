"""Texts for codes, times and numbers, in the user's language and locale."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTimeZone

from beziehung.core import phones


def stage_label(code: str) -> str:
    labels = {
        "interessent": QCoreApplication.translate("stage", "Interessent"),
        "kunde": QCoreApplication.translate("stage", "Kunde"),
        "stammkunde": QCoreApplication.translate("stage", "Stammkunde"),
        "empfehler": QCoreApplication.translate("stage", "Empfehler"),
        "ehemalig": QCoreApplication.translate("stage", "Ehemalig"),
    }
    return labels.get(code, code)


def channel_label(code: str) -> str:
    labels = {
        "phone": QCoreApplication.translate("channel", "Telefon"),
        "meeting": QCoreApplication.translate("channel", "Treffen"),
        "video": QCoreApplication.translate("channel", "Video"),
        "email": QCoreApplication.translate("channel", "E-Mail"),
        "letter": QCoreApplication.translate("channel", "Brief"),
        "message": QCoreApplication.translate("channel", "Nachricht"),
        "social": QCoreApplication.translate("channel", "Soziale Medien"),
    }
    return labels.get(code, code)


def direction_label(code: str) -> str:
    return (
        QCoreApplication.translate("direction", "eingehend")
        if code == "in"
        else QCoreApplication.translate("direction", "ausgehend")
    )


def method_label(kind: str) -> str:
    labels = {
        "email": QCoreApplication.translate("method", "E-Mail"),
        "phone": QCoreApplication.translate("method", "Telefon"),
        "fax": QCoreApplication.translate("method", "Fax"),
        "web": QCoreApplication.translate("method", "Web"),
        "address": QCoreApplication.translate("method", "Adresse"),
    }
    return labels.get(kind, kind)


def to_qdatetime(value: datetime) -> QDateTime:
    """An aware datetime as a QDateTime in local time."""
    utc = QDateTime.fromSecsSinceEpoch(int(value.timestamp()), QTimeZone.utc())
    return utc.toLocalTime()


def from_qdatetime(value: QDateTime) -> datetime:
    return datetime.fromtimestamp(value.toSecsSinceEpoch(), UTC)


def four_digit_years(pattern: str) -> str:
    """A QLocale date pattern with the year spelt out: "25.08.26" reads as a day, not a year."""
    if "yyyy" in pattern:
        return pattern
    return pattern.replace("yy", "yyyy")


def short_date_format(locale: QLocale | None = None) -> str:
    """The locale's short date pattern with four-digit years; for date edits as well."""
    locale = locale or QLocale()
    return four_digit_years(locale.dateFormat(QLocale.FormatType.ShortFormat))


def short_datetime_format(locale: QLocale | None = None) -> str:
    locale = locale or QLocale()
    return four_digit_years(locale.dateTimeFormat(QLocale.FormatType.ShortFormat))


def qdate_text(value: QDate) -> str:
    """A calendar day in the locale's short form, with a four-digit year."""
    locale = QLocale()
    return locale.toString(value, short_date_format(locale))


def qdatetime_text(value: QDateTime) -> str:
    """A local moment in the locale's short form, with a four-digit year."""
    locale = QLocale()
    return locale.toString(value, short_datetime_format(locale))


def local_datetime_text(value: datetime | None, *, date_only: bool = False) -> str:
    """An aware datetime as the user reads it: local time, locale order, four-digit year."""
    if value is None:
        return ""
    local = to_qdatetime(value)
    return qdate_text(local.date()) if date_only else qdatetime_text(local)


def date_text(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(
        QDate(value.year, value.month, value.day), QLocale.FormatType.LongFormat
    )


def phone_text(value: str, e164: str | None, home: str) -> str:
    """National form for numbers of ``home``, the user's own region (the setting
    ``phones.default_region``, see ``SettingsService.home_region``), international
    (+41 44 …) for any other, whatever the contact's own country.

    Only one form: a domestic number in national form is what the user dials, and a foreign
    one in international form dials from anywhere, so showing both would add nothing. The
    contact's country has done its part when the number was stored: it decided how a number
    without a country code was read.
    """
    return phones.display(e164, home) if e164 else value


def minutes_text(minutes: int | None) -> str:
    if minutes is None:
        return ""
    return QCoreApplication.translate("formatting", "{n} Min.").format(
        n=QLocale().toString(minutes)
    )
