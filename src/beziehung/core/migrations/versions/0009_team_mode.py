"""Team mode: who agreed and who is to make each callback, the contact list of one user's
contacts, and a version on contacts, notes and reminders so that a save started from an older
state is refused instead of overwriting a colleague's edit.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

# The user every database starts with; whatever was there before team mode is theirs.
FIRST_USER = 1
VERSIONED = ("contacts", "notes", "reminders")
REMINDER_USERS = ("author_id", "assignee_id")


def _first_user_exists() -> bool:
    found = op.get_bind().scalar(
        sa.text("SELECT id FROM users WHERE id = :user"), {"user": FIRST_USER}
    )
    return found is not None


# --- team mode: owners, assignees, versions ------------------------------------------------


def _versions() -> None:
    for table in VERSIONED:
        with op.batch_alter_table(table) as batch_op:
            batch_op.add_column(
                sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False)
            )


def _reminder_users() -> None:
    with op.batch_alter_table("reminders") as batch_op:
        for column in REMINDER_USERS:
            batch_op.add_column(sa.Column(column, sa.Integer(), nullable=True))
            batch_op.create_index(batch_op.f(f"ix_reminders_{column}"), [column])
            batch_op.create_foreign_key(
                batch_op.f(f"fk_reminders_{column}_users"),
                "users",
                [column],
                ["id"],
                ondelete="SET NULL",
            )


def _owners() -> None:
    op.create_index(
        "ix_contacts_responsible_sort",
        "contacts",
        ["responsible_id", "sort_name"],
        sqlite_where=sa.text("restricted = 0"),
    )
    # Contacts got the first user in 0008; one without anybody since was left so on purpose.
    if not _first_user_exists():
        # Without a first user, nobody is recorded: unassigned reminders pop up for everyone.
        return
    op.execute(
        sa.text("UPDATE reminders SET author_id = :user, assignee_id = :user").bindparams(
            user=FIRST_USER
        )
    )


def _interval_index() -> None:
    # Which intervals are in use is read from this index alone: a scan of the contacts table
    # (photos and all) took a tenth of a second at 100,000 contacts on every Today page.
    op.create_index("ix_contacts_cadence_stage", "contacts", ["cadence_days", "stage"])


def _drop_team_mode() -> None:
    op.drop_index("ix_contacts_cadence_stage", table_name="contacts")
    op.drop_index("ix_contacts_responsible_sort", table_name="contacts")
    with op.batch_alter_table("reminders") as batch_op:
        for column in REMINDER_USERS:
            batch_op.drop_constraint(batch_op.f(f"fk_reminders_{column}_users"), type_="foreignkey")
            batch_op.drop_index(batch_op.f(f"ix_reminders_{column}"))
            batch_op.drop_column(column)
    for table in VERSIONED:
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column("version")


def upgrade() -> None:
    _versions()
    _reminder_users()
    _owners()
    _interval_index()


def downgrade() -> None:
    _drop_team_mode()
