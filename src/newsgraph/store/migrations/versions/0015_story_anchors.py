"""Stories: an undated report joins the story of the one report it links to best by content, a dated one
first (``story_anchors``), so it can no longer bridge two dated stories years apart.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-03 17:05:00
"""
from collections.abc import Sequence
from typing import Union

import sqlalchemy as sa
from alembic import op

revision: str = '0015'
down_revision: Union[str, Sequence[str], None] = '0014'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        'story_anchors',
        sa.Column('article_id', sa.String(length=16), nullable=False),
        sa.Column('partner_id', sa.String(length=16), nullable=False),
        sa.Column('partner_dated', sa.Boolean(), nullable=False),
        sa.Column('score', sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name='fk_story_anchors_article_id_articles',
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('article_id'),
    )
    op.create_index('ix_story_anchors_partner_id', 'story_anchors', ['partner_id'])


def downgrade() -> None:
    op.drop_index('ix_story_anchors_partner_id', table_name='story_anchors')
    op.drop_table('story_anchors')
