"""Text search in another order than relevance, and the entity page's co-mentions and map (issue 21):
each article row knows its rowid in SQLite's full-text index; two covering indexes.

``/articles?q=...&sort=newest`` (or ``q`` with another filter) read the ``article_id`` of every match from
FTS5's stored rows (75 ms for the 18,315 matches of "troops" at 99,900 articles) and then joined and
sorted them all (360 ms CPU). FTS5 hands out each match's rowid for free; with ``articles.fts_rowid`` the
match set is a set of integers, and the index (published, id, fts_rowid), which replaces (published,
id), gives the newest matches by reading that index backwards and testing each rowid against the set,
no table row read until a page row is found. The same holds for the title order (an index it had not
had: sorting 18,000 matches by title cost 60 ms), a source (its index replaces (source, published): the
source's articles were each read from the table, 100-240 ms) and a language (it had no index; a full
scan); ``ix_articles_fts_rowid`` looks up the articles of a short match set. PostgreSQL has no such
table (it matches ``articles.tsv``): the column stays NULL there.

The data step reads the article rowids of ``fts`` once (about a second per 100,000 articles) and writes
them to their rows.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03 13:30:00

"""
from collections.abc import Sequence
from typing import Union

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = '0013'
down_revision: Union[str, Sequence[str], None] = '0012'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

#: every indexed order and filter of /articles carries fts_rowid, so a text match is tested inside the
#: index; the first two replace (published, id) and (source, published), their prefixes
_NEW = [
    ('ix_articles_published_fts', ['published', 'id', 'fts_rowid']),
    ('ix_articles_source_fts', ['source', 'published', 'id', 'fts_rowid']),
    ('ix_articles_title_fts', ['title', 'id', 'fts_rowid']),
    ('ix_articles_language_fts', ['language', 'published', 'id', 'fts_rowid']),
    ('ix_articles_fts_rowid', ['fts_rowid']),
]
_OLD = [('ix_articles_published_id', ['published', 'id']), ('ix_articles_source_published', ['source', 'published'])]

#: the entity page's co-mentions and map read the entity links and places of its 300 latest articles;
#: from these indexes alone, not the wide rows (JSON roles, aliases, mentions): at 99,900 articles
#: co-mentions 11.5 -> 6.1 ms CPU (p50 of the 60 most mentioned entities), the map 6.1 -> 2.1 ms
_COVERING = [
    ('ix_article_entities_article_entity', 'article_entities', ['article_id', 'entity_id']),
    ('ix_places_article_point', 'places', ['article_id', 'lat', 'lon', 'name']),
]


def upgrade() -> None:
    with op.batch_alter_table('articles') as batch:
        batch.add_column(sa.Column('fts_rowid', sa.Integer(), nullable=True))
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        # articles have even rowids in fts (migration 0010)
        pairs = [{"r": int(r), "a": a} for r, a in
                 bind.execute(sa.text("SELECT rowid, article_id FROM fts WHERE rowid % 2 = 0")).all()]
        if pairs:
            bind.execute(sa.text("UPDATE articles SET fts_rowid = :r WHERE id = :a"), pairs)
    for name, cols in _NEW:
        op.create_index(name, 'articles', cols)
    for name, _cols in _OLD:
        op.drop_index(name, table_name='articles')
    for name, table, cols in _COVERING:
        op.create_index(name, table, cols)


def downgrade() -> None:
    for name, table, _cols in _COVERING:
        op.drop_index(name, table_name=table)
    for name, cols in _OLD:
        op.create_index(name, 'articles', cols)
    for name, _cols in _NEW:
        op.drop_index(name, table_name='articles')
    with op.batch_alter_table('articles') as batch:
        batch.drop_column('fts_rowid')
