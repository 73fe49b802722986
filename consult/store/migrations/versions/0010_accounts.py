"""accounts: who signs in, their role; the idle lock; a draft's owner

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06 13:00:00

New table and nullable (or defaulted) columns only: nothing existing is rewritten. A
database from before accounts has none; its first start sets up the admin.
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "account",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=40), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("pin_hash", sa.String(length=200), nullable=True),
        sa.Column("practitioner_id", sa.Integer(), nullable=True),
        sa.Column("active", sa.Boolean(), server_default=sa.true(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("failures", sa.Integer(), server_default="0", nullable=False),
        sa.Column("last_failure_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["practitioner_id"],
            ["practitioner.id"],
            name=op.f("fk_account_practitioner_id_practitioner"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account")),
        sa.UniqueConstraint("username", name=op.f("uq_account_username")),
    )
    with op.batch_alter_table("clinic_settings") as batch:
        batch.add_column(
            sa.Column("idle_lock_minutes", sa.Integer(), server_default="5", nullable=False)
        )
        batch.add_column(sa.Column("plain_by_choice", sa.Text(), nullable=True))
    with op.batch_alter_table("consultation") as batch:
        batch.add_column(sa.Column("drafted_by", sa.String(length=40), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("consultation") as batch:
        batch.drop_column("drafted_by")
    with op.batch_alter_table("clinic_settings") as batch:
        batch.drop_column("plain_by_choice")
        batch.drop_column("idle_lock_minutes")
    op.drop_table("account")
