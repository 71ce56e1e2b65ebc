"""A quote's modality (``quotes.modality``): asserted, negated or hypothetical.

Round 18 keeps what someone declined or refused to say ("declined to say whether the talks would resume") as a
stored quote with modality ``negated``, never listed, searched, counted or exported as words said. Rows stored
before this revision have no modality (NULL), which reads as asserted, the value every one of them had.

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-05 18:50:00
"""
from collections.abc import Sequence
from typing import Union

import sqlalchemy as sa
from alembic import op

revision: str = '0021'
down_revision: Union[str, Sequence[str], None] = '0020'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    # plain ADD COLUMN without a default: no table copy; NULL reads as asserted
    op.add_column('quotes', sa.Column('modality', sa.String(length=16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('quotes') as batch:
        batch.drop_column('modality')
