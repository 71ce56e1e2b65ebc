"""Stories: articles.story_id and the stories, story_features, story_keys and story_merges tables.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 07:30:00
"""
from collections.abc import Sequence
from typing import Union

import sqlalchemy as sa
from alembic import op

revision: str = '0008'
down_revision: Union[str, Sequence[str], None] = '0007'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.add_column(sa.Column('story_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_articles_story_id'), ['story_id'], unique=False)
    op.create_table('stories',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('first_day', sa.String(length=10), nullable=True),
    sa.Column('last_day', sa.String(length=10), nullable=True),
    sa.Column('article_count', sa.Integer(), nullable=False),
    sa.Column('outlet_count', sa.Integer(), nullable=False),
    sa.Column('merged_into', sa.Integer(), nullable=True),
    sa.Column('updated_at', sa.String(length=32), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stories'))
    )
    with op.batch_alter_table('stories', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stories_last_day'), ['last_day'], unique=False)
    op.create_table('story_features',
    sa.Column('article_id', sa.String(length=16), nullable=False),
    sa.Column('day', sa.String(length=10), nullable=True),
    sa.Column('outlet', sa.Text(), nullable=True),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_story_features_article_id_articles'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('article_id', name=op.f('pk_story_features'))
    )
    op.create_table('story_keys',
    sa.Column('key', sa.Text(), nullable=False),
    sa.Column('article_id', sa.String(length=16), nullable=False),
    sa.Column('day', sa.String(length=10), nullable=True),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_story_keys_article_id_articles'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('key', 'article_id', name=op.f('pk_story_keys'))
    )
    with op.batch_alter_table('story_keys', schema=None) as batch_op:
        batch_op.create_index('ix_story_keys_key_day', ['key', 'day'], unique=False)
        batch_op.create_index('ix_story_keys_article_id', ['article_id'], unique=False)
    op.create_table('story_merges',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('into_id', sa.Integer(), nullable=False),
    sa.Column('from_id', sa.Integer(), nullable=False),
    sa.Column('article_id', sa.String(length=16), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('score', sa.Float(), nullable=True),
    sa.Column('at', sa.String(length=32), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_story_merges'))
    )
    with op.batch_alter_table('story_merges', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_story_merges_into_id'), ['into_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_story_merges_from_id'), ['from_id'], unique=False)


def downgrade() -> None:
    op.drop_table('story_merges')
    op.drop_table('story_keys')
    op.drop_table('story_features')
    op.drop_table('stories')
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_articles_story_id'))
        batch_op.drop_column('story_id')
