"""Indexes for browsing a large base in pages (issue 21).

- articles (published, id): the newest-first index page and its total read the index in order, no sort;
- articles (source, published): the source filter;
- article_entities (entity_id, published, article_id, mention_count) replaces (entity_id, published): an
  entity's articles, one row per article, page by page, straight from the index (covering);
- entities mention_count / article_count / last_date and measures point_count / last_day: the sort orders
  of the /entities and /measures pages without sorting the table;
- quotes (speaker_entity_id, published, article_id, idx) replaces (speaker_entity_id, published): a speaker's
  quotes in page order; events (published, id) and event_parties (entity_id, event_id) replacing
  (entity_id): an entity's events, latest first, and their count from the index.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03 07:30:00
"""
from collections.abc import Sequence
from typing import Union

from alembic import op

revision: str = '0009'
down_revision: Union[str, Sequence[str], None] = '0008'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

_NEW = [
    ("ix_articles_published_id", "articles", ["published", "id"]),
    ("ix_articles_source_published", "articles", ["source", "published"]),
    ("ix_article_entities_entity_article", "article_entities", ["entity_id", "published", "article_id",
                                                                "mention_count"]),
    ("ix_entities_mention_count", "entities", ["mention_count"]),
    ("ix_entities_article_count", "entities", ["article_count"]),
    ("ix_entities_last_date", "entities", ["last_date"]),
    ("ix_measures_point_count", "measures", ["point_count"]),
    ("ix_measures_last_day", "measures", ["last_day"]),
    ("ix_quotes_speaker_order", "quotes", ["speaker_entity_id", "published", "article_id", "idx"]),
    ("ix_events_published", "events", ["published", "id"]),
    ("ix_event_parties_entity_event", "event_parties", ["entity_id", "event_id"]),
]
# prefixes of the new indexes: kept up to date on every write for nothing
_OLD = [
    ("ix_articles_published", "articles", ["published"]),
    ("ix_article_entities_entity_published", "article_entities", ["entity_id", "published"]),
    ("ix_quotes_speaker_entity_id", "quotes", ["speaker_entity_id", "published"]),
    ("ix_event_parties_entity_id", "event_parties", ["entity_id"]),
]


def upgrade() -> None:
    for name, table, cols in _NEW:
        op.create_index(name, table, cols)
    for name, table, _cols in _OLD:
        op.drop_index(name, table_name=table)


def downgrade() -> None:
    for name, table, cols in _OLD:
        op.create_index(name, table, cols)
    for name, table, _cols in _NEW:
        op.drop_index(name, table_name=table)
