"""Search on PostgreSQL: the folded documents of the SQLite index, as tsvectors.

``contact_search`` and ``note_search`` hold the same words as ``contact_fts`` and ``note_fts``
(see ``beziehung.core.search.postgresql``): GIN indexes answer which rows hold a word, a
B-tree on the notes' sort key (time in minutes, then id) serves "newest first". The words are
folded in Python and stored without a text search parser or dictionary, so no extension is
created and a role without CREATE rights on the database can run this revision.

The tables are made empty; removing the stored folding version makes the next start fill
them (``search.ensure_current``). Nothing changes on SQLite.

Revision ID: 0010
Revises: 0008
"""

from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

TABLES = (
    "CREATE TABLE contact_search ("
    " contact_id INTEGER NOT NULL,"
    " name_words TSVECTOR NOT NULL,"
    " all_words TSVECTOR NOT NULL,"
    " CONSTRAINT pk_contact_search PRIMARY KEY (contact_id),"
    " CONSTRAINT fk_contact_search_contact_id_contacts FOREIGN KEY (contact_id)"
    " REFERENCES contacts (id) ON DELETE CASCADE)",
    "CREATE INDEX ix_contact_search_name_words ON contact_search USING gin (name_words)",
    "CREATE INDEX ix_contact_search_all_words ON contact_search USING gin (all_words)",
    "CREATE TABLE note_search ("
    " note_id INTEGER NOT NULL,"
    " sort_key BIGINT NOT NULL,"
    " words TSVECTOR NOT NULL,"
    " CONSTRAINT pk_note_search PRIMARY KEY (note_id),"
    " CONSTRAINT fk_note_search_note_id_notes FOREIGN KEY (note_id)"
    " REFERENCES notes (id) ON DELETE CASCADE)",
    "CREATE INDEX ix_note_search_words ON note_search USING gin (words)",
    "CREATE INDEX ix_note_search_sort_key ON note_search (sort_key)",
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for statement in TABLES:
        op.execute(statement)
    op.execute("DELETE FROM settings WHERE key = 'search.fold_version'")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TABLE IF EXISTS note_search")
    op.execute("DROP TABLE IF EXISTS contact_search")
    op.execute("DELETE FROM settings WHERE key = 'search.fold_version'")
