"""The stage history: every move of a contact from prospect to recommender, with its date and
who made it. Every writer of ``Contact.stage`` records through here."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert, select
from sqlalchemy.orm import Session

from beziehung.core.models import Contact, StageChange
from beziehung.core.services.users import acting_user_id


def stage_row(
    contact_id: int,
    from_stage: str | None,
    to_stage: str,
    at: datetime,
    user_id: int | None,
) -> dict[str, Any]:
    """One history entry as a row, for writers that insert without objects."""
    return {
        "contact_id": contact_id,
        "from_stage": from_stage,
        "to_stage": to_stage,
        "changed_at": at,
        "user_id": user_id,
    }


def set_stage(session: Session, contact: Contact, stage: str, at: datetime) -> None:
    """Give ``contact`` (new or stored) the stage ``stage``; a change, or a new contact's
    first stage, enters the history."""
    before = contact.stage if contact.id is not None else None
    if before == stage:
        return
    contact.stage = stage
    session.add(
        StageChange(
            contact=contact,
            from_stage=before,
            to_stage=stage,
            changed_at=at,
            user_id=acting_user_id(session),
        )
    )


def fill_missing_history(conn: Connection, user_id: int | None) -> int:
    """Give each contact without any history entry its present stage as the first one, dated
    at its creation: what a database or archive from before stage histories needs."""
    missing = conn.execute(
        select(Contact.id, Contact.stage, Contact.created_at).where(
            ~select(StageChange.id).where(StageChange.contact_id == Contact.id).exists()
        )
    ).all()
    rows = [stage_row(cid, None, stage, created, user_id) for cid, stage, created in missing]
    if rows:
        conn.execute(insert(StageChange), rows)
    return len(rows)
