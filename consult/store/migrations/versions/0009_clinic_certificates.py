"""every clinic certificate kept: consents sealed before a replacement still verify

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 11:00:00

A new table only: nothing existing is rewritten. The certificate in use now is added to it
the first time it is replaced (or read from the data folder when verifying).
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "clinic_certificate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pem", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("how", sa.String(length=20), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=True),
        sa.Column("replaced_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_clinic_certificate")),
        sa.UniqueConstraint("sha256", name=op.f("uq_clinic_certificate_sha256")),
    )


def downgrade() -> None:
    op.drop_table("clinic_certificate")
