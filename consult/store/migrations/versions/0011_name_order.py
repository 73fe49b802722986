"""a patient's name order: given name first or family name first, or automatic

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06 13:00:00

One nullable column: NULL (every existing patient) keeps the automatic order, decided from the
handout language and the name's script (consult.domain.names). Nothing is rewritten.
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("patient") as batch:
        batch.add_column(sa.Column("name_order", sa.String(length=20), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("patient") as batch:
        batch.drop_column("name_order")
