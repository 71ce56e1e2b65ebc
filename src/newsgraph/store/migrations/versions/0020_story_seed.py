"""A story's first report (``stories.seed_id``), so that the id of a merged story leads to where its reports are.

A story merged into another keeps its row with ``merged_into``; since stories also split (0019), a later split
can take the merged story's reports away from the story it was merged into, and ``merged_into`` alone then
sends its id to a story that no longer holds them. The seed is the report that started the story; a merged
story's id leads to the story that holds its seed now (``merged_into`` when the seed was deleted or unknown).

An existing base gets the seeds of its live stories (their earliest report, as the story's title is chosen);
the seeds of stories merged before this revision are unknown (NULL) and keep leading by ``merged_into``.

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-05 01:45:00
"""
from collections.abc import Sequence
from typing import Union

import sqlalchemy as sa
from alembic import op

revision: str = '0020'
down_revision: Union[str, Sequence[str], None] = '0019'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    # plain ADD COLUMN without a default: no table copy
    op.add_column('stories', sa.Column('seed_id', sa.String(length=16), nullable=True))
    op.execute(
        "UPDATE stories SET seed_id = (SELECT a.id FROM articles a WHERE a.story_id = stories.id "
        "ORDER BY a.published IS NULL, a.published, a.id LIMIT 1) WHERE merged_into IS NULL")


def downgrade() -> None:
    with op.batch_alter_table('stories') as batch:
        batch.drop_column('seed_id')
