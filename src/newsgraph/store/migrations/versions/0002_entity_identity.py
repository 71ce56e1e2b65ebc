"""Identity across reports (issue 16): reference actor and votes on entities, redirects, judgements.

An existing base upgrades here and then re-derives its entities with ``newsgraph rebuild``.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-03 07:50:00
"""
from collections.abc import Sequence
from typing import Union

import sqlalchemy as sa
from alembic import op

revision: str = '0002'
down_revision: Union[str, Sequence[str], None] = '0001'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('entities', schema=None) as batch_op:
        batch_op.add_column(sa.Column('actor', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('roles_coded', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('evidence', sa.JSON(), nullable=True))
        batch_op.create_index(batch_op.f('ix_entities_actor'), ['actor'], unique=False)
    op.create_table('entity_redirects',
    sa.Column('old_id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('new_id', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('old_id', name=op.f('pk_entity_redirects'))
    )
    op.create_table('judgements',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=False),
    sa.Column('other_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('other_name', sa.Text(), nullable=True),
    sa.Column('type', sa.String(length=16), nullable=False),
    sa.Column('by', sa.Text(), nullable=False),
    sa.Column('at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_judgements'))
    )
    with op.batch_alter_table('judgements', schema=None) as batch_op:
        batch_op.create_index('ix_judgements_entity_id', ['entity_id'], unique=False)


def downgrade() -> None:
    op.drop_table('judgements')
    op.drop_table('entity_redirects')
    with op.batch_alter_table('entities', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_entities_actor'))
        batch_op.drop_column('evidence')
        batch_op.drop_column('roles_coded')
        batch_op.drop_column('actor')
