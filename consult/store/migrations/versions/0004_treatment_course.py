"""the treatment course: sessions with their check, consumable lots, addenda, adverse events,
follow-up assessments and plan revisions

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06 08:00:00

A session recorded before this revision keeps what it had: its free-text device becomes its
device model, its product and lot become a lot of kind "other" (no expiry was asked then, so
`consult lots` still finds it), a finalised one is finalised at the moment it was recorded.
Downgrade puts them back as revision 0003 kept them; what 0003 had no place for (the check, the
other lots, the new tables) is dropped.
"""

import sqlalchemy as sa
from alembic import op

from consult.store.shared_texts import SharedTexts, load_texts

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

LOT_KINDS = ("cartridge", "anaesthetic", "serum", "other")
TEXT_COLUMNS = ("device_model_text", "needles_text", "anaesthetic_text")

old_session = sa.table(
    "treatment_session",
    sa.column("id", sa.Integer),
    sa.column("device", sa.String),
    sa.column("product", sa.String),
    sa.column("lot", sa.String),
    sa.column("finalised", sa.Boolean),
    sa.column("created_at", sa.DateTime),
    sa.column("device_model_text", sa.Integer),
    sa.column("other_lot_id", sa.Integer),
    sa.column("finalised_at", sa.DateTime),
)
lot = sa.table(
    "consumable_lot",
    sa.column("id", sa.Integer),
    sa.column("number", sa.String),
    sa.column("kind", sa.String),
    sa.column("expiry", sa.Date),
    sa.column("product", sa.String),
)


def _binary(length: int) -> sa.String:
    return sa.String(length).with_variant(sa.String(length, collation="C"), "postgresql")


def _lot_where(column: str) -> sa.TextClause:
    return sa.text(f"{column} IS NOT NULL")


def upgrade() -> None:
    op.create_table(
        "consumable_lot",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", _binary(100), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("expiry", sa.Date(), nullable=True),
        sa.Column("product", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consumable_lot")),
        sa.UniqueConstraint(
            "number", "kind", "expiry", "product", name=op.f("uq_consumable_lot_number")
        ),
    )
    if op.get_bind().dialect.name == "sqlite":
        _rebuild_on_sqlite()
    else:
        _alter_on_postgresql()
    for kind in LOT_KINDS:
        column = f"{kind}_lot_id"
        where = _lot_where(column)
        op.create_index(
            f"ix_treatment_session_{column}",
            "treatment_session",
            [column],
            unique=False,
            sqlite_where=where,
            postgresql_where=where,
        )
    op.create_table(
        "session_addendum",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("practitioner_id", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("field", sa.String(length=200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["practitioner_id"],
            ["practitioner.id"],
            name=op.f("fk_session_addendum_practitioner_id_practitioner"),
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["treatment_session.id"],
            name=op.f("fk_session_addendum_session_id_treatment_session"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_session_addendum")),
    )
    op.create_index(
        op.f("ix_session_addendum_session_id"), "session_addendum", ["session_id"], unique=False
    )
    op.create_table(
        "adverse_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("type", sa.String(length=30), nullable=False),
        sa.Column("onset", sa.Date(), nullable=False),
        sa.Column("severity", sa.String(length=20), nullable=False),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("resolved_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["patient_id"], ["patient.id"], name=op.f("fk_adverse_event_patient_id_patient")
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["treatment_session.id"],
            name=op.f("fk_adverse_event_session_id_treatment_session"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_adverse_event")),
    )
    op.create_index(
        op.f("ix_adverse_event_patient_id"), "adverse_event", ["patient_id"], unique=False
    )
    op.create_table(
        "follow_up",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("consultation_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("practitioner_id", sa.Integer(), nullable=True),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("findings", sa.JSON(), nullable=False),
        sa.Column("global_grade", sa.Integer(), nullable=True),
        sa.Column("goodman_baron_quantitative", sa.Integer(), nullable=False),
        sa.Column("ecca", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["consultation_id"],
            ["consultation.id"],
            name=op.f("fk_follow_up_consultation_id_consultation"),
        ),
        sa.ForeignKeyConstraint(
            ["patient_id"], ["patient.id"], name=op.f("fk_follow_up_patient_id_patient")
        ),
        sa.ForeignKeyConstraint(
            ["practitioner_id"],
            ["practitioner.id"],
            name=op.f("fk_follow_up_practitioner_id_practitioner"),
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["treatment_session.id"],
            name=op.f("fk_follow_up_session_id_treatment_session"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_up")),
    )
    op.create_index(op.f("ix_follow_up_patient_id"), "follow_up", ["patient_id"], unique=False)
    op.create_table(
        "plan_revision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("consultation_id", sa.Integer(), nullable=False),
        sa.Column("practitioner_id", sa.Integer(), nullable=True),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("sessions_total", sa.Integer(), nullable=False),
        sa.Column("interval_weeks", sa.Integer(), nullable=False),
        sa.Column("remaining_dates", sa.JSON(), nullable=False),
        sa.Column("depths_mm", sa.JSON(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["consultation_id"],
            ["consultation.id"],
            name=op.f("fk_plan_revision_consultation_id_consultation"),
        ),
        sa.ForeignKeyConstraint(
            ["practitioner_id"],
            ["practitioner.id"],
            name=op.f("fk_plan_revision_practitioner_id_practitioner"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_revision")),
    )
    op.create_index(
        op.f("ix_plan_revision_consultation_id"), "plan_revision", ["consultation_id"], unique=False
    )


def _new_columns() -> list[sa.Column]:
    """The columns 0004 adds to a session, in the order they are added."""
    return [
        sa.Column("kind", sa.String(length=10), server_default="session", nullable=False),
        sa.Column("number", sa.Integer(), nullable=True),
        sa.Column("practitioner_id", sa.Integer(), nullable=True),
        sa.Column("finalised_at", sa.DateTime(), nullable=True),
        sa.Column("pre_check", sa.JSON(), nullable=True),
        *(sa.Column(c, sa.Integer(), nullable=True) for c in TEXT_COLUMNS),
        sa.Column("anaesthetic_minutes", sa.Integer(), nullable=True),
        *(sa.Column(f"{kind}_lot_id", sa.Integer(), nullable=True) for kind in LOT_KINDS),
        sa.Column("depth_reasons", sa.JSON(), nullable=True),
        sa.Column("speed", sa.Integer(), nullable=True),
        sa.Column("endpoint", sa.String(length=30), server_default="", nullable=False),
        sa.Column("adjuncts", sa.JSON(), nullable=True),
        sa.Column("pain", sa.Integer(), nullable=True),
        sa.Column("aftercare_given", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("patch_zone", sa.String(length=40), nullable=True),
        sa.Column("patch_read_on", sa.Date(), nullable=True),
        sa.Column("patch_result", sa.String(length=20), nullable=True),
    ]


def _new_links() -> list[tuple[str, str, str]]:
    """(name, column, table) of the links 0004 adds, in a fixed order."""
    return [
        ("fk_treatment_session_practitioner_id_practitioner", "practitioner_id", "practitioner"),
        *((f"fk_treatment_session_{c}_shared_text", c, "shared_text") for c in TEXT_COLUMNS),
        *(
            (f"fk_treatment_session_{k}_lot_id_consumable_lot", f"{k}_lot_id", "consumable_lot")
            for k in LOT_KINDS
        ),
    ]


def _rebuild_on_sqlite() -> None:
    """The table made anew with its columns and links in a fixed order, the rows copied.

    Not Alembic's batch mode: it writes the links of a rebuilt table in the order of a Python
    set, so two databases at this revision could differ in their schema text, and a restore
    (which compares it with the schema the migrations make) would refuse one of them.
    """
    op.create_table(
        "_treatment_session_0004",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("consultation_id", sa.Integer(), nullable=True),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("device", sa.String(length=200), nullable=False),
        sa.Column("depth_mm", sa.JSON(), nullable=False),
        sa.Column("passes", sa.Integer(), nullable=True),
        sa.Column("reaction", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        *_new_columns(),
        sa.ForeignKeyConstraint(
            ["consultation_id"],
            ["consultation.id"],
            name="fk_treatment_session_consultation_id_consultation",
        ),
        sa.ForeignKeyConstraint(
            ["patient_id"], ["patient.id"], name="fk_treatment_session_patient_id_patient"
        ),
        *(
            sa.ForeignKeyConstraint([column], [f"{table}.id"], name=name)
            for name, column, table in _new_links()
        ),
        sa.PrimaryKeyConstraint("id", name="pk_treatment_session"),
    )
    kept = "id, patient_id, consultation_id, date, device, depth_mm, passes, reaction, notes"
    op.execute(f"INSERT INTO _treatment_session_0004 ({kept}) SELECT {kept} FROM treatment_session")
    _carry_over(sa.table("_treatment_session_0004", *_targets()))
    op.drop_index("ix_treatment_session_patient_id", table_name="treatment_session")
    op.drop_table("treatment_session")
    op.rename_table("_treatment_session_0004", "treatment_session")
    op.create_index(
        "ix_treatment_session_patient_id", "treatment_session", ["patient_id"], unique=False
    )


def _alter_on_postgresql() -> None:
    for column in _new_columns():
        op.add_column("treatment_session", column)
    for name, column, table in _new_links():
        op.create_foreign_key(name, "treatment_session", table, [column], ["id"])
    _carry_over(sa.table("treatment_session", *_targets()))
    for column in ("product", "lot", "finalised", "created_at"):
        op.drop_column("treatment_session", column)


def _targets() -> list[sa.ColumnClause]:
    return [
        sa.column("id", sa.Integer),
        sa.column("device_model_text", sa.Integer),
        sa.column("other_lot_id", sa.Integer),
        sa.column("finalised_at", sa.DateTime),
    ]


def _carry_over(target: sa.TableClause) -> None:
    """The sessions recorded before: device text, product and lot, finalised or not."""
    connection = op.get_bind()
    shared = SharedTexts(connection)
    rows = connection.execute(
        sa.select(
            old_session.c.id,
            old_session.c.device,
            old_session.c.product,
            old_session.c.lot,
            old_session.c.finalised,
            old_session.c.created_at,
        )
    ).all()
    for row in rows:
        values: dict = {"finalised_at": row.created_at if row.finalised else None}
        if row.device.strip():
            values["device_model_text"] = shared.id_of(row.device)
        if row.lot.strip() or row.product.strip():
            values["other_lot_id"] = connection.execute(
                sa.insert(lot)
                .values(number=row.lot, kind="other", expiry=None, product=row.product)
                .returning(lot.c.id)
            ).scalar_one()
        connection.execute(sa.update(target).where(target.c.id == row.id).values(**values))


def downgrade() -> None:
    for table in ("plan_revision", "follow_up", "adverse_event", "session_addendum"):
        op.drop_table(table)
    for kind in LOT_KINDS:
        op.drop_index(f"ix_treatment_session_{kind}_lot_id", table_name="treatment_session")
    with op.batch_alter_table("treatment_session", schema=None) as batch_op:
        batch_op.add_column(sa.Column("product", sa.String(200), server_default="", nullable=False))
        batch_op.add_column(sa.Column("lot", sa.String(100), server_default="", nullable=False))
        batch_op.add_column(
            sa.Column("finalised", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch_op.add_column(sa.Column("created_at", sa.DateTime(), nullable=True))
    connection = op.get_bind()
    rows = connection.execute(
        sa.select(
            old_session.c.id,
            old_session.c.device_model_text,
            old_session.c.other_lot_id,
            old_session.c.finalised_at,
        )
    ).all()
    texts = load_texts(connection, [r.device_model_text for r in rows if r.device_model_text])
    for row in rows:
        values: dict = {
            "finalised": row.finalised_at is not None,
            "created_at": row.finalised_at or sa.func.current_timestamp(),
            "device": texts.get(row.device_model_text, ""),
        }
        if row.other_lot_id is not None:
            kept = connection.execute(
                sa.select(lot.c.number, lot.c.product).where(lot.c.id == row.other_lot_id)
            ).one()
            values |= {"lot": kept.number, "product": kept.product}
        connection.execute(
            sa.update(old_session).where(old_session.c.id == row.id).values(**values)
        )
    with op.batch_alter_table("treatment_session", schema=None) as batch_op:
        batch_op.alter_column("created_at", existing_type=sa.DateTime(), nullable=False)
        for kind in LOT_KINDS:
            batch_op.drop_constraint(
                f"fk_treatment_session_{kind}_lot_id_consumable_lot", type_="foreignkey"
            )
        for column in ("device_model_text", "needles_text", "anaesthetic_text"):
            batch_op.drop_constraint(
                f"fk_treatment_session_{column}_shared_text", type_="foreignkey"
            )
        batch_op.drop_constraint(
            "fk_treatment_session_practitioner_id_practitioner", type_="foreignkey"
        )
        for column in (
            "patch_result",
            "patch_read_on",
            "patch_zone",
            "aftercare_given",
            "pain",
            "adjuncts",
            "endpoint",
            "speed",
            "depth_reasons",
            *(f"{kind}_lot_id" for kind in LOT_KINDS),
            "anaesthetic_minutes",
            "anaesthetic_text",
            "needles_text",
            "device_model_text",
            "pre_check",
            "finalised_at",
            "practitioner_id",
            "number",
            "kind",
        ):
            batch_op.drop_column(column)
    op.drop_table("consumable_lot")
