"""A series' page from one index range (issue 21): each point says whether it is in a stored conflict
(``points.conflicted``), each measure how many stored conflicts it has (``measures.conflict_count``), and
``ix_points_series`` holds every column the page reads of its points.

At 99,900 articles the page probed the conflicts of every point of the series (two index seeks each) and
counted the series' conflicts on each request, reading the points' rows from all over the table: 50-120
ms CPU for a series of 1,000-2,300 points whose pages were not in memory. Both marks are kept by
:func:`newsgraph.kb.conflict_rows.mark_conflicts` wherever the stored conflicts change; this migration fills
them once from the ``conflicts`` table, in plain SQL (no code of today).

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-03 22:45:00
"""
from collections.abc import Sequence
from typing import Union

import sqlalchemy as sa
from alembic import op

revision: str = '0016'
down_revision: Union[str, Sequence[str], None] = '0015'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

_COLUMNS = ["measure", "last_day", "before", "day", "published", "article_id", "start", "value", "approx", "low",
            "high", "time", "as_of_publication", "conflicted", "id"]


def upgrade() -> None:
    # plain ADD COLUMN with a constant default: no table copy, which a large base's points would make slow
    op.add_column('measures', sa.Column('conflict_count', sa.Integer(), server_default='0', nullable=False))
    op.add_column('points', sa.Column('conflicted', sa.Boolean(), server_default=sa.false(), nullable=False))
    # correlated EXISTS (two index probes per point): PostgreSQL ran "id IN (SELECT a_id FROM conflicts)" with
    # a million conflicts as a scan of them per point, for over ten minutes at 99,900 articles
    op.execute("UPDATE points SET conflicted = true WHERE EXISTS (SELECT 1 FROM conflicts WHERE conflicts.a_id = "
               "points.id) OR EXISTS (SELECT 1 FROM conflicts WHERE conflicts.b_id = points.id)")
    op.execute("UPDATE measures SET conflict_count = (SELECT count(*) FROM conflicts WHERE conflicts.measure = "
               "measures.key) WHERE key IN (SELECT measure FROM conflicts)")
    op.create_index('ix_points_series', 'points', _COLUMNS)


def downgrade() -> None:
    op.drop_index('ix_points_series', table_name='points')
    with op.batch_alter_table('points') as batch:
        batch.drop_column('conflicted')
    with op.batch_alter_table('measures') as batch:
        batch.drop_column('conflict_count')
