"""Relationship work: users and the person responsible for each contact, stage history,
conversations with several people, asks and the client's voice on notes, relations between
contacts, keep-in-touch intervals per tag and a maximum per contact, custom fields, the letter
form; and the extended line of an address.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from beziehung.core.db import UTCDateTime

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

STAGES = "'interessent', 'kunde', 'stammkunde', 'empfehler', 'ehemalig'"
FIRST_USER = 1


def _fk(column: str, table: str, target: str, ondelete: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"), ondelete=ondelete
    )


def _users() -> None:
    users = op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("login", sa.String(length=120), nullable=False),
        sa.Column("name", sa.String(length=200), server_default="", nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("login", name=op.f("uq_users_login")),
    )
    # Whoever used the notebook so far; every existing contact and stage becomes theirs.
    op.bulk_insert(
        users, [{"id": FIRST_USER, "login": "local", "name": "", "created_at": datetime.now(UTC)}]
    )


def _contacts() -> None:
    with op.batch_alter_table("contacts") as batch_op:
        batch_op.add_column(sa.Column("cadence_max_days", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("letter_form", sa.String(length=3), server_default="sie", nullable=False)
        )
        batch_op.add_column(sa.Column("responsible_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_contacts_responsible_id"), ["responsible_id"])
        batch_op.create_index(batch_op.f("ix_contacts_birthday"), ["birthday"])
        batch_op.create_foreign_key(
            batch_op.f("fk_contacts_responsible_id_users"),
            "users",
            ["responsible_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch_op.create_check_constraint("letter_form", "letter_form IN ('sie', 'du')")
    _list_sort_indexes()
    op.execute(sa.text("UPDATE contacts SET responsible_id = :user").bindparams(user=FIRST_USER))
    with op.batch_alter_table("tags") as batch_op:
        batch_op.add_column(sa.Column("cadence_days", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("cadence_max_days", sa.Integer(), nullable=True))
    with op.batch_alter_table("contact_methods") as batch_op:
        batch_op.add_column(sa.Column("extended", sa.String(length=200), nullable=True))


# The contact list's sort orders over the listed (unrestricted) contacts, each seeking pages
# by (value, sort_name, rowid).
LIST_SORT_INDEXES = {
    "ix_contacts_listed_name": ["sort_name"],
    "ix_contacts_stage_sort": ["stage", "sort_name"],
    "ix_contacts_organisation_sort": ["organisation_id", "sort_name"],
    "ix_contacts_last_contact_sort": ["last_contact_at", "sort_name"],
}


def _list_sort_indexes() -> None:
    for name, columns in LIST_SORT_INDEXES.items():
        op.create_index(name, "contacts", columns, sqlite_where=sa.text("restricted = 0"))


def _notes() -> None:
    with op.batch_alter_table("notes") as batch_op:
        batch_op.add_column(sa.Column("voice", sa.String(length=10), nullable=True))
        batch_op.add_column(sa.Column("voice_answered_at", UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column("ask_kind", sa.String(length=15), nullable=True))
        batch_op.add_column(sa.Column("ask_answer", sa.String(length=5), nullable=True))
        batch_op.add_column(sa.Column("author_id", sa.Integer(), nullable=True))
        batch_op.create_index("ix_notes_ask_occurred", ["ask_kind", "occurred_at"])
        batch_op.create_index(batch_op.f("ix_notes_author_id"), ["author_id"])
        batch_op.create_index("ix_notes_voice_occurred", ["voice", "occurred_at"])
        batch_op.create_foreign_key(
            batch_op.f("fk_notes_author_id_users"),
            "users",
            ["author_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch_op.create_check_constraint(
            "voice", "voice IS NULL OR voice IN ('wish', 'idea', 'praise', 'complaint')"
        )
        batch_op.create_check_constraint(
            "ask",
            "(ask_kind IS NULL AND ask_answer IS NULL) OR (ask_kind IN ('recommendation',"
            " 'review') AND ask_answer IN ('yes', 'no', 'open'))",
        )
    op.create_table(
        "note_participants",
        sa.Column("note_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        _fk("contact_id", "note_participants", "contacts", "CASCADE"),
        _fk("note_id", "note_participants", "notes", "CASCADE"),
        sa.PrimaryKeyConstraint("note_id", "contact_id", name=op.f("pk_note_participants")),
    )
    op.create_index(op.f("ix_note_participants_contact_id"), "note_participants", ["contact_id"])


def _stage_changes() -> None:
    op.create_table(
        "stage_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("from_stage", sa.String(length=20), nullable=True),
        sa.Column("to_stage", sa.String(length=20), nullable=False),
        sa.Column("changed_at", UTCDateTime(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            f"from_stage IS NULL OR from_stage IN ({STAGES})",
            name=op.f("ck_stage_changes_from_stage"),
        ),
        sa.CheckConstraint(f"to_stage IN ({STAGES})", name=op.f("ck_stage_changes_to_stage")),
        _fk("contact_id", "stage_changes", "contacts", "CASCADE"),
        _fk("user_id", "stage_changes", "users", "SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stage_changes")),
    )
    op.create_index(op.f("ix_stage_changes_changed_at"), "stage_changes", ["changed_at"])
    op.create_index(
        "ix_stage_changes_contact_changed", "stage_changes", ["contact_id", "changed_at"]
    )
    # Each contact's present stage becomes the first entry of its history, dated when the
    # contact was created: the only moment known to have had it.
    op.execute(
        sa.text(
            "INSERT INTO stage_changes (contact_id, from_stage, to_stage, changed_at, user_id)"
            " SELECT id, NULL, stage, created_at, :user FROM contacts ORDER BY id"
        ).bindparams(user=FIRST_USER)
    )


def _relations() -> None:
    op.create_table(
        "contact_relations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("other_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=15), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('assistant', 'deputy', 'successor', 'partner', 'family', 'colleague')",
            name=op.f("ck_contact_relations_kind"),
        ),
        sa.CheckConstraint("contact_id <> other_id", name=op.f("ck_contact_relations_not_self")),
        _fk("contact_id", "contact_relations", "contacts", "CASCADE"),
        _fk("other_id", "contact_relations", "contacts", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_relations")),
        sa.UniqueConstraint("contact_id", "other_id", "kind", name="uq_contact_relations"),
    )
    op.create_index(op.f("ix_contact_relations_other_id"), "contact_relations", ["other_id"])


def _custom_fields() -> None:
    op.create_table(
        "custom_fields",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("name_folded", sa.String(length=80), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("choices", sa.Text(), server_default="", nullable=False),
        sa.Column("position", sa.Integer(), server_default="0", nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('text', 'date', 'choice', 'bool')", name=op.f("ck_custom_fields_kind")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_custom_fields")),
        sa.UniqueConstraint("name_folded", name=op.f("uq_custom_fields_name_folded")),
    )
    op.create_table(
        "custom_values",
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("field_id", sa.Integer(), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        _fk("contact_id", "custom_values", "contacts", "CASCADE"),
        _fk("field_id", "custom_values", "custom_fields", "CASCADE"),
        sa.PrimaryKeyConstraint("contact_id", "field_id", name=op.f("pk_custom_values")),
    )
    op.create_index(op.f("ix_custom_values_field_id"), "custom_values", ["field_id"])


def upgrade() -> None:
    _users()
    _contacts()
    _notes()
    _stage_changes()
    _relations()
    _custom_fields()


def downgrade() -> None:
    for table in (
        "custom_values",
        "custom_fields",
        "contact_relations",
        "stage_changes",
        "note_participants",
    ):
        op.drop_table(table)
    with op.batch_alter_table("notes") as batch_op:
        batch_op.drop_constraint("ask", type_="check")
        batch_op.drop_constraint("voice", type_="check")
        batch_op.drop_constraint(batch_op.f("fk_notes_author_id_users"), type_="foreignkey")
        batch_op.drop_index("ix_notes_voice_occurred")
        batch_op.drop_index(batch_op.f("ix_notes_author_id"))
        batch_op.drop_index("ix_notes_ask_occurred")
        for column in ("author_id", "ask_answer", "ask_kind", "voice_answered_at", "voice"):
            batch_op.drop_column(column)
    with op.batch_alter_table("contact_methods") as batch_op:
        batch_op.drop_column("extended")
    with op.batch_alter_table("tags") as batch_op:
        batch_op.drop_column("cadence_max_days")
        batch_op.drop_column("cadence_days")
    for name in LIST_SORT_INDEXES:
        op.drop_index(name, table_name="contacts")
    with op.batch_alter_table("contacts") as batch_op:
        batch_op.drop_constraint("letter_form", type_="check")
        batch_op.drop_constraint(batch_op.f("fk_contacts_responsible_id_users"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_contacts_responsible_id"))
        batch_op.drop_index(batch_op.f("ix_contacts_birthday"))
        for column in ("responsible_id", "letter_form", "cadence_max_days"):
            batch_op.drop_column(column)
    op.drop_table("users")
