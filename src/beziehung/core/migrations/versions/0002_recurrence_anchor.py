"""Recurring reminders remember when their series began.

Each occurrence is counted from that anchor, so a monthly reminder on the 31st comes back on
the last day of every month instead of sliding to the 28th after February.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("reminders") as batch_op:
        batch_op.add_column(sa.Column("recurrence_anchor_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("reminders") as batch_op:
        batch_op.drop_column("recurrence_anchor_at")
