"""What a note's entry offers beyond editing and deleting: the answer to what was asked
(*Antwort: ja/nein/offen*) and *Als beantwortet markieren* for an open complaint. The
timeline, the Today page and the voice view add the same actions from here."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QWidget

from beziehung.core.errors import DomainError
from beziehung.core.services import Services
from beziehung.ui.feedback import show_error
from beziehung.ui.note_labels import answer_label

ANSWERS = ("yes", "no", "open")


def mark_answered(parent: QWidget, services: Services, note_id: int) -> None:
    try:
        services.voice.mark_answered(note_id)
    except DomainError as error:
        show_error(parent, error)


def set_answer(parent: QWidget, services: Services, note_id: int, answer: str) -> None:
    try:
        services.asks.set_answer(note_id, answer)
    except DomainError as error:
        show_error(parent, error)


def answered_text() -> str:
    return QCoreApplication.translate("note", "Als &beantwortet markieren")


def add_mark_actions(
    menu: QMenu,
    parent: QWidget,
    services: Services,
    note_id: int,
    *,
    ask_answer: str | None,
    open_complaint: bool,
) -> None:
    """The answer choices when something was asked, and marking an open complaint answered."""
    if ask_answer is not None:
        menu.addSeparator()
        for code in ANSWERS:
            text = QCoreApplication.translate("note", "Antwort: {answer}").format(
                answer=answer_label(code)
            )
            action = menu.addAction(text, partial(set_answer, parent, services, note_id, code))
            action.setCheckable(True)
            action.setChecked(code == ask_answer)
    if open_complaint:
        menu.addSeparator()
        menu.addAction(answered_text(), lambda: mark_answered(parent, services, note_id))
