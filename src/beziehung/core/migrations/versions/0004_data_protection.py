"""Data protection per contact: retention, purpose and legal basis, consent, restriction.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

LEGAL_BASES = "('consent', 'contract', 'legal_obligation', 'legitimate_interest')"


def upgrade() -> None:
    with op.batch_alter_table("contacts") as batch_op:
        batch_op.add_column(sa.Column("keep_until", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column("processing_purpose", sa.Text(), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("legal_basis", sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column("consent_given_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("consent_withdrawn_at", sa.DateTime(), nullable=True))
        batch_op.add_column(
            sa.Column("restricted", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.create_check_constraint(
            "legal_basis", f"legal_basis IS NULL OR legal_basis IN {LEGAL_BASES}"
        )


def downgrade() -> None:
    with op.batch_alter_table("contacts") as batch_op:
        batch_op.drop_constraint("ck_contacts_legal_basis", type_="check")
        for column in (
            "restricted",
            "consent_withdrawn_at",
            "consent_given_at",
            "legal_basis",
            "processing_purpose",
            "keep_until",
        ):
            batch_op.drop_column(column)
