"""Drop the index on contacts.restricted where an early 0004 created it.

The first release of revision 0004 created ``ix_contacts_restricted``; nearly every contact is
unrestricted, and the index lured SQLite into scanning it instead of the name order, so a later
0004 no longer made it. Databases upgraded by the early 0004 still have it; this step makes
every database equal to the models again. ``IF EXISTS``: most databases never had it.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_contacts_restricted")


def downgrade() -> None:
    # The index was never part of the intended schema; nothing to restore.
    pass
