"""Full-text tables with prefix indexes; notes indexed without word positions.

Typing "m" or "wir" made FTS5 merge every word starting so before it could take the newest 50
notes (411 ms and 174 ms at a million notes); prefix indexes of one and two letters answer the
shortest from one list. Search never asks for phrases, positions or ranks (excerpts are cut in
Python), so ``detail=none`` and no column sizes for notes, ``detail=column`` for contacts (whose
name column is searched on its own), keep the index small enough for the prefix indexes and the
compound parts indexed since folding version 2.

``search_terms`` lists the indexed words, so that a longer typed prefix can be spelt out as
an OR of whole words, which FTS5 reads lazily, newest first; a ``"wir"*`` it merges completely.

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
    "CREATE VIRTUAL TABLE contact_fts USING fts5("
    f"name, other, {TOKENIZER}, detail = column, prefix = '1 2')",
    "CREATE VIRTUAL TABLE note_fts USING fts5("
    f"body, content = '', {TOKENIZER}, detail = none, columnsize = 0, prefix = '1 2')",
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
    op.execute("DROP TABLE IF EXISTS search_terms")
    for statement in statements:
        op.execute(statement)
    op.execute("DELETE FROM settings WHERE key = 'search.fold_version'")


def upgrade() -> None:
    _replace_tables(
        (*NEW_TABLES, "CREATE TABLE search_terms (term TEXT PRIMARY KEY) WITHOUT ROWID")
    )


def downgrade() -> None:
    _replace_tables(OLD_TABLES)
