"""Conflicts kept in a table (issue 21): /conflicts reads a page of it instead of comparing every pair of
points of every series on each request (pairs grow with the square of a series' length: at 100,000
articles that did not finish in a request's time).

The rows are derived from ``points`` by :func:`newsgraph.kb.conflict_rows.store_conflicts` (the same rules
as :func:`newsgraph.kb.conflicts.conflicts`): ingest refreshes the series it adds points to, the
``measures`` rebuild step all of them, and a point's deletion removes its rows (ON DELETE CASCADE). This
migration fills the table once with the code of its day: a data step, so it imports that function.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03 11:00:00

"""
from collections.abc import Sequence
from typing import Union

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = '0011'
down_revision: Union[str, Sequence[str], None] = '0010'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        'conflicts',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('measure', sa.Text(), nullable=False),
        sa.Column('pos', sa.Integer(), nullable=False),
        sa.Column('a_id', sa.Integer(), nullable=False),
        sa.Column('b_id', sa.Integer(), nullable=False),
        sa.Column('a_low', sa.Float(), nullable=False),
        sa.Column('a_high', sa.Float(), nullable=False),
        sa.Column('b_low', sa.Float(), nullable=False),
        sa.Column('b_high', sa.Float(), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['a_id'], ['points.id'], name=op.f('fk_conflicts_a_id_points'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['b_id'], ['points.id'], name=op.f('fk_conflicts_b_id_points'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_conflicts')),
    )
    op.create_index('ix_conflicts_measure_pos', 'conflicts', ['measure', 'pos'])
    op.create_index('ix_conflicts_a_id', 'conflicts', ['a_id'])
    op.create_index('ix_conflicts_b_id', 'conflicts', ['b_id'])
    from newsgraph.kb.conflict_rows import store_conflicts

    store_conflicts(op.get_bind(), marks=False)  # the marks come with migration 0016


def downgrade() -> None:
    op.drop_table('conflicts')
