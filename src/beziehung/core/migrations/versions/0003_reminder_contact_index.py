"""An index for "the next open callback of this contact".

The contact list shows and sorts by each contact's next callback. Without this index SQLite
answered that from the (state, time) index, reading every open reminder for every contact.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("reminders") as batch_op:
        batch_op.drop_index("ix_reminders_contact_id")
        batch_op.create_index(
            "ix_reminders_contact_state_fires", ["contact_id", "state", "fires_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("reminders") as batch_op:
        batch_op.drop_index("ix_reminders_contact_state_fires")
        batch_op.create_index("ix_reminders_contact_id", ["contact_id"], unique=False)
