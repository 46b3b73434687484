"""No lost updates: the one rule for a record's version.

Each save of an edit form carries the version the user started from. The check and the raise
are one ``UPDATE … WHERE id = :id AND version = :expected``, the first write of the save's
transaction: a second save started from the same version finds no row and is refused, on
SQLite (one writer at a time) as on a server (the row stays locked until commit). Every other
change of what the form shows raises the version without a check (:func:`bump`), so that a
form opened before it is refused too; additions (a new note, a completed reminder) leave it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from beziehung.core.errors import ConflictError
from beziehung.core.models import Contact, ConversationNote, Reminder

Versioned = type[Contact] | type[ConversationNote] | type[Reminder]
_KINDS: dict[Any, str] = {Contact: "contact", ConversationNote: "note", Reminder: "reminder"}


def claim(
    session: Session,
    model: Versioned,
    ident: int,
    expected: int | None,
    stored: Callable[[], object],
    wanted: object,
) -> None:
    """Raise the version of row ``ident`` if it still is ``expected`` (None: whatever it is,
    for a change that cannot have started from an older state). Otherwise raise
    :class:`ConflictError` with ``stored()``, the record as it is now, and ``wanted``. A row
    that does not exist is left to the caller's own lookup to report."""
    condition = model.id == ident
    if expected is not None:
        condition &= model.version == expected
    raised = session.execute(
        update(model).where(condition).values(version=model.version + 1),
        execution_options={"synchronize_session": "fetch"},
    )
    if expected is None or getattr(raised, "rowcount", 0) == 1:
        return
    now = session.scalar(select(model.version).where(model.id == ident))
    if now is None:
        return
    raise ConflictError(_KINDS[model], ident, now, expected, stored(), wanted)


def bump(session: Session, model: Versioned, idents: Iterable[int]) -> None:
    """Raise the version of each row: a change that carries no version of its own (a merge,
    an import, a stage moved by a hand-over) still makes older open forms stale."""
    ids = sorted(set(idents))
    if ids:
        session.execute(
            update(model).where(model.id.in_(ids)).values(version=model.version + 1),
            execution_options={"synchronize_session": "fetch"},
        )
