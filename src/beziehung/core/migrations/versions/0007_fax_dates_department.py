"""Fax as its own kind of contact method; birthdays without a year, the anniversary and the
department of a contact; the PO box of an address.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

OLD_KINDS = "kind IN ('email', 'phone', 'web', 'address')"
NEW_KINDS = "kind IN ('email', 'phone', 'fax', 'web', 'address')"


def _kinds(allowed: str) -> None:
    # The batch copies the table; the partial unique index is made anew so that its WHERE
    # clause survives the copy whatever the reflection of the SQLite version reads.
    with op.batch_alter_table("contact_methods") as batch_op:
        batch_op.drop_index("uq_contact_methods_preferred")
        batch_op.drop_constraint("kind", type_="check")
        batch_op.create_check_constraint("kind", allowed)
        batch_op.create_index(
            "uq_contact_methods_preferred",
            ["contact_id", "kind"],
            unique=True,
            sqlite_where=sa.text("is_preferred"),
            postgresql_where=sa.text("is_preferred"),
        )


def upgrade() -> None:
    with op.batch_alter_table("contacts") as batch_op:
        batch_op.add_column(
            sa.Column("birthday_no_year", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(sa.Column("anniversary", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("department", sa.String(length=120), nullable=True))
    with op.batch_alter_table("contact_methods") as batch_op:
        batch_op.add_column(sa.Column("po_box", sa.String(length=60), nullable=True))
    _kinds(NEW_KINDS)


def downgrade() -> None:
    # A fax number becomes the phone number it was stored as before this revision.
    op.execute("UPDATE contact_methods SET kind = 'phone' WHERE kind = 'fax'")
    _kinds(OLD_KINDS)
    with op.batch_alter_table("contact_methods") as batch_op:
        batch_op.drop_column("po_box")
    with op.batch_alter_table("contacts") as batch_op:
        for column in ("department", "anniversary", "birthday_no_year"):
            batch_op.drop_column(column)
