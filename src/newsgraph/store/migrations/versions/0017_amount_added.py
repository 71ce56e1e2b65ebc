"""An amount marked as more of the same: ``amounts.added``.

"Two more airstrikes", "another 500 troops": the size of an addition, no level of a series. The extractor
sets it (``Amount.added``); the knowledge base only reads it, where it read the report's text before. Nullable:
rows stored before stay valid, and ``newsgraph rebuild`` (its ``measures`` step) fills it from their text.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-04 11:00:00
"""
from collections.abc import Sequence
from typing import Union

import sqlalchemy as sa
from alembic import op

revision: str = '0017'
down_revision: Union[str, Sequence[str], None] = '0016'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    # plain ADD COLUMN, nullable and without a default: no table copy
    op.add_column('amounts', sa.Column('added', sa.Boolean(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('amounts') as batch:
        batch.drop_column('added')
