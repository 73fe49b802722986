"""audit events may carry a detail: a checksum, or the reason given for the action; the
database gets its installation id

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06 10:00:00

A column added, nothing rewritten: SQLite adds it in place, so a large audit log costs
nothing. The `installation` table holds one random UUID, made here once per database: the
namespace of the identifiers its exports carry (FHIR), which the clinic's name, free to
change, cannot be.
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.add_column(sa.Column("detail", sa.Text(), nullable=True))
    installation = op.create_table(
        "installation",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_installation")),
    )
    op.bulk_insert(installation, [{"id": str(uuid.uuid4())}])


def downgrade() -> None:
    op.drop_table("installation")
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.drop_column("detail")
