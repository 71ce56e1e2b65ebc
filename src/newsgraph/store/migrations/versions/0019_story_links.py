"""Stories with a bar that rises with how busy the pair's window is: ``story_links`` (the dated pairs over
their bar), ``story_features.candidates`` (each report's candidate count, which raises its pairs' bar) and
``story_splits`` (a story that lost a link and fell apart, with the reason, as ``story_merges`` records merges).

A report arriving later raises the candidate counts of the reports in its window, so a stored link can fall
under its bar and a story can split: the links must be kept to know that. A base written before has none,
so this migration assigns its stories again from the stored story features (a data step with the code of
its day, as 0011 is): story ids change, the partition becomes the one ``newsgraph rebuild`` gives.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-04 23:00:00
"""
from collections.abc import Sequence
from typing import Union

import sqlalchemy as sa
from alembic import op

revision: str = '0019'
down_revision: Union[str, Sequence[str], None] = '0018'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    # plain ADD COLUMN with a constant default: no table copy
    op.add_column('story_features', sa.Column('candidates', sa.Integer(), nullable=False, server_default='0'))
    op.create_table(
        'story_links',
        sa.Column('a_id', sa.String(length=16), nullable=False),
        sa.Column('b_id', sa.String(length=16), nullable=False),
        sa.Column('score', sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(['a_id'], ['articles.id'], name='fk_story_links_a_id_articles', ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['b_id'], ['articles.id'], name='fk_story_links_b_id_articles', ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('a_id', 'b_id', name='pk_story_links'),
    )
    op.create_index('ix_story_links_b_id', 'story_links', ['b_id'])
    op.create_table(
        'story_splits',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('story_id', sa.Integer(), nullable=False),
        sa.Column('new_id', sa.Integer(), nullable=False),
        sa.Column('article_id', sa.String(length=16), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('at', sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint('id', name='pk_story_splits'),
    )
    op.create_index('ix_story_splits_story_id', 'story_splits', ['story_id'])
    op.create_index('ix_story_splits_new_id', 'story_splits', ['new_id'])
    from newsgraph.kb.stories import replay_stories

    replay_stories(op.get_bind(), seeds=False)  # stories.seed_id comes with 0020


def downgrade() -> None:
    op.drop_table('story_splits')
    op.drop_table('story_links')
    with op.batch_alter_table('story_features') as batch:
        batch.drop_column('candidates')
