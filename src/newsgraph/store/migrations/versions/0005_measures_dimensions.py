"""Measures that mean one thing: an amount's dimension and rate base, a change's from-side time.

``amounts.dimension`` (count, money, percent, rate, measure) and ``amounts.rate`` (the base of a rate: 100k,
1k, capita, day) keep figures of different kinds out of one series; ``changes.from_time`` is the time stated
for a change's from-value itself ("down from nearly 900 in June"). All nullable: rows stored before stay
valid (their dimension is read from ``kind``) and ``newsgraph rebuild`` re-keys their measures.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03 07:30:00
"""
from collections.abc import Sequence
from typing import Union

import sqlalchemy as sa
from alembic import op

revision: str = '0005'
down_revision: Union[str, Sequence[str], None] = '0004'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('amounts') as batch:
        batch.add_column(sa.Column('dimension', sa.String(length=16), nullable=True))
        batch.add_column(sa.Column('rate', sa.String(length=16), nullable=True))
    with op.batch_alter_table('changes') as batch:
        batch.add_column(sa.Column('from_time', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('changes') as batch:
        batch.drop_column('from_time')
    with op.batch_alter_table('amounts') as batch:
        batch.drop_column('rate')
        batch.drop_column('dimension')
