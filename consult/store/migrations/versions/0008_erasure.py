"""erasure list, practitioners deactivated, the clinic's retention period

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 10:00:00

Columns added with their defaults, one table created: nothing rewritten.
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "erasure",
        sa.Column("patient_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("erased_at", sa.DateTime(), nullable=False),
        sa.Column("erased_by", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("patient_id", name=op.f("pk_erasure")),
    )
    with op.batch_alter_table("practitioner", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("active", sa.Boolean(), server_default=sa.true(), nullable=False)
        )
    with op.batch_alter_table("clinic_settings", schema=None) as batch_op:
        batch_op.add_column(sa.Column("retention_years", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("clinic_settings", schema=None) as batch_op:
        batch_op.drop_column("retention_years")
    with op.batch_alter_table("practitioner", schema=None) as batch_op:
        batch_op.drop_column("active")
    op.drop_table("erasure")
