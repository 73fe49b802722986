"""consents signed on screen: the signed PDF, its form version, answers and status

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07 10:00:00

A new table only: nothing existing is rewritten.
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "signed_consent",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("consultation_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("form_version", sa.String(length=40), nullable=False),
        sa.Column("language", sa.String(length=20), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=False),
        sa.Column("signed_at", sa.DateTime(), nullable=False),
        sa.Column("patient_name", sa.String(length=200), nullable=False),
        sa.Column("guardian_name", sa.String(length=200), nullable=False),
        sa.Column("guardian_relationship", sa.String(length=200), nullable=False),
        sa.Column("practitioner_name", sa.String(length=200), nullable=False),
        sa.Column("typed", sa.Boolean(), nullable=False),
        sa.Column("answers", sa.JSON(), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("status_reason", sa.Text(), nullable=False),
        sa.Column("status_changed_at", sa.DateTime(), nullable=True),
        sa.Column("reflection_reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["consultation_id"],
            ["consultation.id"],
            name=op.f("fk_signed_consent_consultation_id_consultation"),
        ),
        sa.ForeignKeyConstraint(
            ["patient_id"], ["patient.id"], name=op.f("fk_signed_consent_patient_id_patient")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signed_consent")),
    )
    op.create_index(
        op.f("ix_signed_consent_patient_id"), "signed_consent", ["patient_id"], unique=False
    )
    op.create_index(op.f("ix_signed_consent_sha256"), "signed_consent", ["sha256"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_signed_consent_sha256"), table_name="signed_consent")
    op.drop_index(op.f("ix_signed_consent_patient_id"), table_name="signed_consent")
    op.drop_table("signed_consent")
