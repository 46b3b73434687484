"""Full-text tables with prefix indexes; notes indexed without word positions.

Typing "m" or "wir" made FTS5 merge every word starting so before it could take the newest 50
notes (411 ms and 174 ms at a million notes); prefix indexes of one to three letters answer
those from one list. Search never asks notes for phrases or positions (excerpts are cut in
Python), so ``detail=none`` keeps the notes' index at a fraction of its size, which leaves room
for the compound parts indexed since folding version 2.

The tables are made anew and empty; removing the stored folding version makes the next start
fill them (``search.ensure_current``).

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

TOKENIZER = "tokenize = 'unicode61 remove_diacritics 0'"
NEW_TABLES = (
    f"CREATE VIRTUAL TABLE contact_fts USING fts5(name, other, {TOKENIZER}, prefix = '1 2 3')",
    "CREATE VIRTUAL TABLE note_fts USING fts5("
    f"body, content = '', {TOKENIZER}, detail = none, prefix = '1 2 3')",
)
OLD_TABLES = (
    f"CREATE VIRTUAL TABLE contact_fts USING fts5(name, other, {TOKENIZER})",
    f"CREATE VIRTUAL TABLE note_fts USING fts5(body, content = '', {TOKENIZER})",
)


def _replace_tables(statements: tuple[str, ...]) -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("DROP TABLE IF EXISTS note_fts")
    op.execute("DROP TABLE IF EXISTS contact_fts")
    for statement in statements:
        op.execute(statement)
    op.execute("DELETE FROM settings WHERE key = 'search.fold_version'")


def upgrade() -> None:
    _replace_tables(NEW_TABLES)


def downgrade() -> None:
    _replace_tables(OLD_TABLES)
