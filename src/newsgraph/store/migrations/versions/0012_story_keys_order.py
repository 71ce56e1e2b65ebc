"""Stories: the candidate index is ordered by (key, day, article_id), so a capped lookup (``key_cap``) reads
each key nearest day first with a deterministic tie-break straight from the index.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03 13:30:00
"""
from collections.abc import Sequence
from typing import Union

from alembic import op

revision: str = '0012'
down_revision: Union[str, Sequence[str], None] = '0011'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    # plain index statements: no table copy, which a large base's story_keys would make slow
    op.drop_index('ix_story_keys_key_day', table_name='story_keys')
    op.create_index('ix_story_keys_key_day_article_id', 'story_keys', ['key', 'day', 'article_id'])


def downgrade() -> None:
    op.drop_index('ix_story_keys_key_day_article_id', table_name='story_keys')
    op.create_index('ix_story_keys_key_day', 'story_keys', ['key', 'day'])
