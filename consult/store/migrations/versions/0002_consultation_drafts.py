"""consultation drafts, edit versions, acknowledged precautions, byte-order search columns

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 06:40:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("patient", schema=None) as batch_op:
        batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))
    with op.batch_alter_table("consultation", schema=None) as batch_op:
        batch_op.add_column(sa.Column("fitzpatrick", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("qualitative_answers", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("plan_start", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("plan_choices", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("notes", sa.Text(), server_default="", nullable=False))
        batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))
    with op.batch_alter_table("screening_answer", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("acknowledged", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
    if op.get_bind().dialect.name == "postgresql":
        # Prefix search compares by range; that needs byte order, not the locale's.
        op.alter_column("patient_search_token", "token", type_=sa.String(length=300, collation="C"))
        op.alter_column("patient", "phone_digits", type_=sa.String(length=50, collation="C"))


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.alter_column("patient", "phone_digits", type_=sa.String(length=50))
        op.alter_column("patient_search_token", "token", type_=sa.String(length=300))
    with op.batch_alter_table("screening_answer", schema=None) as batch_op:
        batch_op.drop_column("acknowledged")
    with op.batch_alter_table("consultation", schema=None) as batch_op:
        for column in (
            "version",
            "notes",
            "plan_choices",
            "plan_start",
            "qualitative_answers",
            "fitzpatrick",
        ):
            batch_op.drop_column(column)
    with op.batch_alter_table("patient", schema=None) as batch_op:
        batch_op.drop_column("version")
