"""Texts for codes, times and numbers, in the user's language and locale."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTimeZone

from beziehung.core import phones


def _t(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def stage_label(code: str) -> str:
    labels = {
        "interessent": _t("stage", "Interessent"),
        "kunde": _t("stage", "Kunde"),
        "stammkunde": _t("stage", "Stammkunde"),
        "empfehler": _t("stage", "Empfehler"),
        "ehemalig": _t("stage", "Ehemalig"),
    }
    return labels.get(code, code)


def channel_label(code: str) -> str:
    labels = {
        "phone": _t("channel", "Telefon"),
        "meeting": _t("channel", "Treffen"),
        "video": _t("channel", "Video"),
        "email": _t("channel", "E-Mail"),
        "letter": _t("channel", "Brief"),
        "message": _t("channel", "Nachricht"),
        "social": _t("channel", "Soziale Medien"),
    }
    return labels.get(code, code)


def direction_label(code: str) -> str:
    return _t("direction", "eingehend") if code == "in" else _t("direction", "ausgehend")


def method_label(kind: str) -> str:
    labels = {
        "email": _t("method", "E-Mail"),
        "phone": _t("method", "Telefon"),
        "web": _t("method", "Web"),
        "address": _t("method", "Adresse"),
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
    return _t("formatting", "{n} Min.").format(n=QLocale().toString(minutes))
