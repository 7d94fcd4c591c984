"""claim match form

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29 16:50:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade():
    # The matcher's analysis of the claim's text, stored when the claim is written (claims.matching.prepared).
    # Claims written before have none: the matcher analyses their text when it loads them.
    with op.batch_alter_table('claim', schema=None) as batch_op:
        batch_op.add_column(sa.Column('match_form', sa.Text(), nullable=True))


def downgrade():
    with op.batch_alter_table('claim', schema=None) as batch_op:
        batch_op.drop_column('match_form')
