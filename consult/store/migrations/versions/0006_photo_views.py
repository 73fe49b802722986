"""photos have a view, a visit (consultation, session or follow-up), where their date taken
came from, the lighting, and a consent per use kept with its history; they can be retired

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06 10:30:00

A photo imported before this revision was dated by its import: its import time is its date
taken ("imported"), and its view is a close-up when it had a zone, else the front. Its
marketing consent, the only use asked then, becomes a `photo_consent` row granted at its
import; the column goes. Downgrade puts the marketing consent back (the latest row of that
use) and drops the rest.
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# Who the carried-over consents were recorded by: nobody was named before this revision.
BEFORE = "before per-use consent (0006)"

# The columns both revisions have, in 0005's order.
KEPT = ("id", "patient_id", "consultation_id", "path", "sha256", "zone", "taken_at")
photo = sa.table(
    "photo",
    *(sa.column(name, sa.DateTime if name == "taken_at" else None) for name in KEPT),
    sa.column("marketing_consent", sa.Boolean),
    sa.column("view", sa.String),
    sa.column("taken_from", sa.String),
    sa.column("lighting", sa.String),
    sa.column("imported_at", sa.DateTime),
)
photo_consent = sa.table(
    "photo_consent",
    sa.column("id", sa.Integer),
    sa.column("photo_id", sa.Integer),
    sa.column("use", sa.String),
    sa.column("granted", sa.Boolean),
    sa.column("at", sa.DateTime),
    sa.column("by", sa.String),
)


NEW_COLUMNS = (
    "session_id",
    "follow_up_id",
    "view",
    "taken_from",
    "lighting",
    "imported_at",
    "retired_at",
    "retired_by",
)


def _photo_table(name: str, new: bool) -> None:
    """The photo table as revision 0006 (`new`) or 0005 has it, created under `name`."""
    columns = [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("consultation_id", sa.Integer(), nullable=True),
        sa.Column("path", sa.String(length=500), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("zone", sa.String(length=40), nullable=False),
        sa.Column("taken_at", sa.DateTime(), nullable=False),
    ]
    constraints = [
        sa.PrimaryKeyConstraint("id", name=op.f("pk_photo")),
        sa.ForeignKeyConstraint(
            ["consultation_id"],
            ["consultation.id"],
            name=op.f("fk_photo_consultation_id_consultation"),
        ),
        sa.ForeignKeyConstraint(
            ["patient_id"], ["patient.id"], name=op.f("fk_photo_patient_id_patient")
        ),
    ]
    if new:
        columns += _new_columns()
        constraints += _new_foreign_keys()
    else:
        columns.append(sa.Column("marketing_consent", sa.Boolean(), nullable=False))
    op.create_table(name, *columns, *constraints)


def _new_columns() -> list[sa.Column]:
    return [
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("follow_up_id", sa.Integer(), nullable=True),
        sa.Column("view", sa.String(length=20), nullable=False),
        sa.Column("taken_from", sa.String(length=20), nullable=False),
        sa.Column("lighting", sa.String(length=20), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("retired_at", sa.DateTime(), nullable=True),
        sa.Column("retired_by", sa.String(length=200), nullable=True),
    ]


# The visit's foreign keys: (column, table it refers to).
VISIT_KEYS = (("session_id", "treatment_session"), ("follow_up_id", "follow_up"))


def _new_foreign_keys() -> list[sa.ForeignKeyConstraint]:
    return [
        sa.ForeignKeyConstraint([column], [f"{table}.id"], name=op.f(f"fk_photo_{column}_{table}"))
        for column, table in VISIT_KEYS
    ]


def _sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def _rebuild(new: bool, values: dict[str, sa.ColumnElement]) -> None:
    """SQLite adds no constraint in place: the table is made again and the rows copied.
    Made here, not by Alembic's batch mode, whose copy lists the foreign keys in an order
    that changes from run to run (a backup compares the schema's text)."""
    scratch = "_photo_0006"
    _photo_table(scratch, new)
    columns = [*KEPT, *values]
    source = sa.select(*(photo.c[name] for name in KEPT), *values.values())
    target = sa.table(scratch, *(sa.column(name) for name in columns))
    op.execute(target.insert().from_select(columns, source))
    op.drop_index(op.f("ix_photo_patient_id"), table_name="photo")
    op.drop_table("photo")
    op.rename_table(scratch, "photo")
    op.create_index(op.f("ix_photo_patient_id"), "photo", ["patient_id"], unique=False)


def _create_consent_table() -> None:
    op.create_table(
        "photo_consent",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("photo_id", sa.Integer(), nullable=False),
        sa.Column("use", sa.String(length=30), nullable=False),
        sa.Column("granted", sa.Boolean(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("by", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["photo_id"], ["photo.id"], name=op.f("fk_photo_consent_photo_id_photo")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_photo_consent")),
    )
    op.create_index(op.f("ix_photo_consent_photo_id"), "photo_consent", ["photo_id"], unique=False)


def upgrade() -> None:
    connection = op.get_bind()
    # Few rows (one per photo with marketing consent): read before the column goes.
    consented = connection.execute(
        sa.select(photo.c.id, photo.c.taken_at).where(photo.c.marketing_consent == sa.true())
    ).all()
    view = sa.case((photo.c.zone != "", "closeup"), else_="front")
    if _sqlite():
        _rebuild(
            True,
            {
                "view": view,
                "taken_from": sa.literal("imported"),
                "lighting": sa.literal("unknown"),
                "imported_at": photo.c.taken_at,
            },
        )
    else:
        for column in _new_columns():
            column.nullable = True
            op.add_column("photo", column)
        op.execute(
            photo.update().values(
                view=view, taken_from="imported", lighting="unknown", imported_at=photo.c.taken_at
            )
        )
        for name in ("view", "taken_from", "lighting", "imported_at"):
            op.alter_column("photo", name, nullable=False)
        for column, table in VISIT_KEYS:
            op.create_foreign_key(
                op.f(f"fk_photo_{column}_{table}"), "photo", table, [column], ["id"]
            )
        op.drop_column("photo", "marketing_consent")
    _create_consent_table()
    if consented:
        op.bulk_insert(
            photo_consent,
            [
                {"photo_id": row.id, "use": "marketing", "granted": True, "at": row.taken_at}
                | {"by": BEFORE}
                for row in consented
            ],
        )


def downgrade() -> None:
    connection = op.get_bind()
    latest: dict[int, bool] = {}
    for photo_id, granted in connection.execute(
        sa.select(photo_consent.c.photo_id, photo_consent.c.granted)
        .where(photo_consent.c.use == "marketing")
        .order_by(photo_consent.c.at, photo_consent.c.id)
    ):
        latest[photo_id] = granted
    op.drop_index(op.f("ix_photo_consent_photo_id"), table_name="photo_consent")
    op.drop_table("photo_consent")
    if _sqlite():
        _rebuild(False, {"marketing_consent": sa.false()})
    else:
        for name in ("fk_photo_follow_up_id_follow_up", "fk_photo_session_id_treatment_session"):
            op.drop_constraint(name, "photo", type_="foreignkey")
        for name in reversed(NEW_COLUMNS):
            op.drop_column("photo", name)
        op.add_column(
            "photo",
            sa.Column("marketing_consent", sa.Boolean(), nullable=False, server_default=sa.false()),
        )
    granted = [photo_id for photo_id, yes in latest.items() if yes]
    if granted:
        table = sa.table("photo", sa.column("id"), sa.column("marketing_consent"))
        op.execute(table.update().where(table.c.id.in_(granted)).values(marketing_consent=True))
