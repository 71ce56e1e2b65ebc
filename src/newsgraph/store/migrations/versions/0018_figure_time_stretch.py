"""How far a figure's time stretches: ``amounts.running_total``, ``amounts.time_end`` and the same on
``changes`` (with ``changes.from_time_end``).

"400,000 killed since 2011" is a total running from 2011 to the report's day; "between mid-April and August
27" a stretch that ends on August 27. The extractor sets these fields; the knowledge base only reads them,
where it read the report's text before. Nullable: rows stored before stay valid, and ``newsgraph rebuild``
(its ``measures`` step) fills them from their text.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-04 14:30:00
"""
from collections.abc import Sequence
from typing import Union

import sqlalchemy as sa
from alembic import op

revision: str = '0018'
down_revision: Union[str, Sequence[str], None] = '0017'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

_COLUMNS = {
    'amounts': (('running_total', sa.Boolean()), ('time_end', sa.Text())),
    'changes': (('running_total', sa.Boolean()), ('time_end', sa.Text()), ('from_time_end', sa.Text())),
}


def upgrade() -> None:
    # plain ADD COLUMN, nullable and without a default: no table copy
    for table, cols in _COLUMNS.items():
        for name, type_ in cols:
            op.add_column(table, sa.Column(name, type_, nullable=True))


def downgrade() -> None:
    for table, cols in _COLUMNS.items():
        with op.batch_alter_table(table) as batch:
            for name, _type in reversed(cols):
                batch.drop_column(name)
