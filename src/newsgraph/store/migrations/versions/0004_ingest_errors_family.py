"""ingest_errors.family and ingest_errors.article_id: one extractor family that failed on a stored article.

Under the failure policy of schema_version "2" an article whose extractor family raised is still stored
with its other facts; the failure is a row of ``ingest_errors`` naming the family and the article (from
which ``Article.extraction_errors`` is rebuilt). Both columns are empty for items that were not stored
(unreadable input), so every existing row stays valid.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03 07:30:00
"""
from collections.abc import Sequence
from typing import Union

import sqlalchemy as sa
from alembic import op

revision: str = '0004'
down_revision: Union[str, Sequence[str], None] = '0003'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('ingest_errors', schema=None) as batch_op:
        batch_op.add_column(sa.Column('family', sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column('article_id', sa.String(length=16), nullable=True))
        batch_op.create_index(batch_op.f('ix_ingest_errors_article_id'), ['article_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('ingest_errors', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ingest_errors_article_id'))
        batch_op.drop_column('article_id')
        batch_op.drop_column('family')
