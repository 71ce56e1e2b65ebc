"""Events: ``modality`` (how the report presents the event) and ``spans`` (further tellings), issue 19.

Existing rows get the modality their booleans imply (negated, else hypothetical, else asserted); ``spans``
stays NULL for them and reads back as an empty list.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03 07:20:00
"""
from collections.abc import Sequence
from typing import Union

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = '0006'
down_revision: Union[str, Sequence[str], None] = '0005'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('events') as batch:
        batch.add_column(sa.Column('modality', sa.String(length=16), nullable=True))
        batch.add_column(sa.Column('spans', sa.JSON(), nullable=True))
    op.execute(
        "UPDATE events SET modality = CASE WHEN negated THEN 'negated' "
        "WHEN hypothetical THEN 'hypothetical' ELSE 'asserted' END"
    )


def downgrade() -> None:
    with op.batch_alter_table('events') as batch:
        batch.drop_column('spans')
        batch.drop_column('modality')
