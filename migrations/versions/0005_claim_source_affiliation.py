"""claim source affiliation

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29 09:10:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('claim', schema=None) as batch_op:
        batch_op.add_column(sa.Column('source_affiliation', sa.String(length=300), nullable=True))


def downgrade():
    with op.batch_alter_table('claim', schema=None) as batch_op:
        batch_op.drop_column('source_affiliation')
