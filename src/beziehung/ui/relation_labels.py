"""How a relation reads from the contact whose card shows it: gender-neutral German wording
by kind and direction ("Assistenz von X" / "hat Assistenz X")."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from beziehung.core.services.relations import Relation

_READINGS: dict[tuple[str, str], object] = {
    ("assistant", "out"): QT_TRANSLATE_NOOP("Relations", "Assistenz von {name}"),
    ("assistant", "in"): QT_TRANSLATE_NOOP("Relations", "hat Assistenz {name}"),
    ("deputy", "out"): QT_TRANSLATE_NOOP("Relations", "Vertretung von {name}"),
    ("deputy", "in"): QT_TRANSLATE_NOOP("Relations", "wird vertreten von {name}"),
    ("successor", "out"): QT_TRANSLATE_NOOP("Relations", "Nachfolge von {name}"),
    ("successor", "in"): QT_TRANSLATE_NOOP("Relations", "Vorgänger/in von {name}"),
    ("partner", "both"): QT_TRANSLATE_NOOP("Relations", "Partner/in von {name}"),
    ("family", "both"): QT_TRANSLATE_NOOP("Relations", "verwandt mit {name}"),
    ("colleague", "both"): QT_TRANSLATE_NOOP("Relations", "Kolleg/in von {name}"),
}
# What the dialog offers, read "<contact> ist … von <other>".
_KINDS: dict[str, object] = {
    "assistant": QT_TRANSLATE_NOOP("Relations", "Assistenz von"),
    "deputy": QT_TRANSLATE_NOOP("Relations", "Vertretung von"),
    "successor": QT_TRANSLATE_NOOP("Relations", "Nachfolge von"),
    "partner": QT_TRANSLATE_NOOP("Relations", "Partner/in von"),
    "family": QT_TRANSLATE_NOOP("Relations", "verwandt mit"),
    "colleague": QT_TRANSLATE_NOOP("Relations", "Kolleg/in von"),
}


def relation_text(relation: Relation) -> str:
    template = _READINGS[(relation.kind, relation.direction)]
    text = QCoreApplication.translate("Relations", str(template)).format(
        name=relation.other.display_name
    )
    if relation.kind == "successor" and relation.direction == "out":
        # The predecessor's card holds the history the successor takes over.
        text += QCoreApplication.translate("Relations", " – Verlauf der Vorgängerin/des Vorgängers")
    return text


def kind_text(kind: str) -> str:
    return QCoreApplication.translate("Relations", str(_KINDS[kind]))
