"""retractions: the audit table of `newsgraph delete` (issue 15).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 07:45:00
"""
from collections.abc import Sequence
from typing import Union

import sqlalchemy as sa
from alembic import op

revision: str = '0007'
down_revision: Union[str, Sequence[str], None] = '0006'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        'retractions',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('article_id', sa.String(length=16), nullable=False),
        sa.Column('title', sa.Text(), nullable=True),
        sa.Column('url', sa.Text(), nullable=True),
        sa.Column('published', sa.String(length=10), nullable=True),
        sa.Column('reason', sa.Text(), nullable=True),
        sa.Column('client', sa.Text(), nullable=False),
        sa.Column('at', sa.String(length=32), nullable=False),
        sa.Column('removed', sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_retractions')),
    )
    op.create_index(op.f('ix_retractions_article_id'), 'retractions', ['article_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_retractions_article_id'), table_name='retractions')
    op.drop_table('retractions')
