"""``/articles?q=...&entity=...`` at 100,000 articles (issue 21): each entity link knows its article's rowid
in SQLite's full-text index, and the index (entity_id, fts_rowid) gives an entity's articles as fts rowids.

The text's matches and the entity's articles were intersected by one index seek per article of the
smaller side (the entity's covering index, or the articles' order index): a frequent word and a frequent
entity (18,000 and 80,000 articles at 99,900) cost 50-150 ms CPU, most of it counting the total. With the
entity's fts rowids in one index range, SQLite tests each of them against the match set FTS5 hands out (no
stored row of either table read): 3-16 ms for the same pairs.

``article_entities.fts_rowid`` is a copy of ``articles.fts_rowid`` (an article's fts rowid never changes
once stored). The store writes it with the link; a trigger fills it for any other writer that inserts a
link without it (the identity rebuild re-inserts every link). PostgreSQL matches ``articles.tsv`` and has
no fts table: the column stays NULL there.

The data step reads each article's fts rowid off the index (published, id, fts_rowid) and writes it to
the article's links through their primary key (article_id, idx): about a minute per 100,000 articles.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03 16:30:00

"""
from collections.abc import Sequence
from typing import Union

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = '0014'
down_revision: Union[str, Sequence[str], None] = '0013'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

#: a link inserted without its fts rowid (by a writer other than the store's insert) gets its article's
TRIGGER = (
    "CREATE TRIGGER IF NOT EXISTS article_entities_fts_rowid AFTER INSERT ON article_entities "
    "FOR EACH ROW WHEN NEW.fts_rowid IS NULL BEGIN "
    "UPDATE article_entities SET fts_rowid = (SELECT a.fts_rowid FROM articles a WHERE a.id = NEW.article_id) "
    "WHERE article_id = NEW.article_id AND idx = NEW.idx; END"
)


def upgrade() -> None:
    with op.batch_alter_table('article_entities') as batch:
        batch.add_column(sa.Column('fts_rowid', sa.Integer(), nullable=True))
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        pairs = [{"r": r, "a": a} for a, r in
                 bind.execute(sa.text("SELECT id, fts_rowid FROM articles WHERE fts_rowid IS NOT NULL")).all()]
        if pairs:
            bind.execute(sa.text("UPDATE article_entities SET fts_rowid = :r WHERE article_id = :a"), pairs)
        op.execute(TRIGGER)
    op.create_index('ix_article_entities_entity_fts', 'article_entities', ['entity_id', 'fts_rowid'])
    if bind.dialect.name == "sqlite" and bind.execute(sa.text(
            "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'")).first():
        # a base with planner statistics (ANALYZE) needs them for the new index too: without, SQLite
        # takes it for far more selective than it is and reads an entity's page through it (entity
        # page at 99,900 articles: CPU p95 23 -> 146 ms)
        op.execute("ANALYZE ix_article_entities_entity_fts")


def downgrade() -> None:
    op.drop_index('ix_article_entities_entity_fts', table_name='article_entities')
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS article_entities_fts_rowid")
    with op.batch_alter_table('article_entities') as batch:
        batch.drop_column('fts_rowid')
