"""quotes.affiliation: the organization a titled speaker speaks for (issue 18).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03 07:10:00
"""
from collections.abc import Sequence
from typing import Union

import sqlalchemy as sa
from alembic import op

revision: str = '0003'
down_revision: Union[str, Sequence[str], None] = '0002'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    # nullable, no default: existing quotes simply have no affiliation
    op.add_column('quotes', sa.Column('affiliation', sa.String(length=16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('quotes') as batch:
        batch.drop_column('affiliation')
