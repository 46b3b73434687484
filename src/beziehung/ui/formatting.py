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


def local_datetime_text(value: datetime | None, *, date_only: bool = False) -> str:
    if value is None:
        return ""
    local = to_qdatetime(value)
    locale = QLocale()
    if date_only:
        return locale.toString(local.date(), QLocale.FormatType.ShortFormat)
    return locale.toString(local, QLocale.FormatType.ShortFormat)


def date_text(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(
        QDate(value.year, value.month, value.day), QLocale.FormatType.LongFormat
    )


def phone_text(value: str, e164: str | None) -> str:
    return phones.display(e164) if e164 else value


def minutes_text(minutes: int | None) -> str:
    if minutes is None:
        return ""
    return QCoreApplication.translate("formatting", "{n} Min.").format(
        n=QLocale().toString(minutes)
    )
