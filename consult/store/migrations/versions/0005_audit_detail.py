"""audit events may carry a detail: a checksum, or the reason given for the action; the
database gets its installation id

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06 10:00:00

Columns added, nothing rewritten: SQLite adds them in place, so a large audit log costs
nothing. `clinic_settings.installation_id` is a random UUID made once per database: the
namespace of the identifiers its exports carry (FHIR), which the clinic's name, free to
change, cannot be. The settings row already there, if any, gets one here; a row made later
gets one from the model when it is made.
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
    with op.batch_alter_table("clinic_settings", schema=None) as batch_op:
        batch_op.add_column(sa.Column("installation_id", sa.String(length=36), nullable=True))
    settings = sa.table(
        "clinic_settings", sa.column("id", sa.Integer), sa.column("installation_id")
    )
    connection = op.get_bind()
    for (row_id,) in connection.execute(sa.select(settings.c.id)).all():
        connection.execute(
            settings.update()
            .where(settings.c.id == row_id)
            .values(installation_id=str(uuid.uuid4()))
        )


def downgrade() -> None:
    with op.batch_alter_table("clinic_settings", schema=None) as batch_op:
        batch_op.drop_column("installation_id")
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.drop_column("detail")
