"""the treatment course: sessions with their kit (device, needles, anaesthetic, consumable
lots), procedure and check, addenda, adverse events, follow-up assessments and plan revisions

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06 08:00:00

A session row is compact (`consult.store.models.TreatmentSession`): what it was done with is a
`session_kit` row, its procedure and depths are shared texts, its signature is counted in
microseconds from the start of its date.

A session recorded before this revision keeps what it had: its free-text device is its kit's
device and device model, its product and lot a lot of kind "other" (no expiry was asked then,
so `consult lots` still finds it), its passes and depths its procedure and depths; a finalised
one is finalised at the moment it was recorded.
Downgrade puts them back as revision 0003 kept them; what 0003 had no place for (the check, the
other lots, the new tables) is dropped.
"""

import datetime as dt
import json
from collections.abc import Iterator
from typing import Any

import sqlalchemy as sa
from alembic import op

from consult.store.compact import json_text
from consult.store.shared_texts import SharedTexts, load_texts

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

LOT_KINDS = ("cartridge", "anaesthetic", "serum", "other")
KIT_TEXTS = ("device", "device_model", "needles", "anaesthetic")
# The columns of revision 0003 that 0004 keeps in other forms.
OLD_COLUMNS = ("device", "depth_mm", "passes", "product", "lot", "finalised", "created_at")
# Sessions carried over at a time.
BATCH = 1_000
MICROSECOND = dt.timedelta(microseconds=1)

old_session = sa.table(
    "treatment_session",
    sa.column("id", sa.Integer),
    sa.column("date", sa.Date),
    sa.column("device", sa.String),
    sa.column("depth_mm", sa.JSON),
    sa.column("passes", sa.Integer),
    sa.column("product", sa.String),
    sa.column("lot", sa.String),
    sa.column("finalised", sa.Boolean),
    sa.column("created_at", sa.DateTime),
    sa.column("kit_id", sa.Integer),
    sa.column("procedure_text", sa.Integer),
    sa.column("depths_text", sa.Integer),
    sa.column("finalised_us", sa.BigInteger),
)
lot = sa.table(
    "consumable_lot",
    sa.column("id", sa.Integer),
    sa.column("number", sa.String),
    sa.column("kind", sa.String),
    sa.column("expiry", sa.Date),
    sa.column("product", sa.String),
)
kit = sa.table(
    "session_kit",
    sa.column("id", sa.Integer),
    *(sa.column(name, sa.String) for name in KIT_TEXTS),
    *(sa.column(f"{kind}_lot_id", sa.Integer) for kind in LOT_KINDS),
)


def _binary(length: int) -> sa.String:
    return sa.String(length).with_variant(sa.String(length, collation="C"), "postgresql")


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
    op.create_table(
        "session_kit",
        sa.Column("id", sa.Integer(), nullable=False),
        *(sa.Column(name, sa.String(length=200), nullable=False) for name in KIT_TEXTS),
        *(sa.Column(f"{kind}_lot_id", sa.Integer(), nullable=True) for kind in LOT_KINDS),
        *(
            sa.ForeignKeyConstraint(
                [f"{kind}_lot_id"],
                ["consumable_lot.id"],
                name=op.f(f"fk_session_kit_{kind}_lot_id_consumable_lot"),
            )
            for kind in LOT_KINDS
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_session_kit")),
    )
    if op.get_bind().dialect.name == "sqlite":
        _rebuild_on_sqlite()
    else:
        _alter_on_postgresql()
    op.create_index(
        op.f("ix_treatment_session_kit_id"), "treatment_session", ["kit_id"], unique=False
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


def _new_columns(nullable: bool) -> list[sa.Column]:
    """The columns 0004 adds to a session, in the order they are added."""
    return [
        sa.Column("number", sa.Integer(), nullable=True),
        sa.Column("practitioner_id", sa.Integer(), nullable=True),
        sa.Column("finalised_us", sa.BigInteger(), nullable=True),
        sa.Column("kit_id", sa.Integer(), nullable=True),
        sa.Column("procedure_text", sa.Integer(), nullable=nullable),
        sa.Column("depths_text", sa.Integer(), nullable=True),
        sa.Column("pain", sa.Integer(), nullable=True),
    ]


def _new_links() -> list[tuple[str, str, str]]:
    """(name, column, table) of the links 0004 adds, in a fixed order."""
    return [
        ("fk_treatment_session_practitioner_id_practitioner", "practitioner_id", "practitioner"),
        ("fk_treatment_session_kit_id_session_kit", "kit_id", "session_kit"),
        ("fk_treatment_session_procedure_text_shared_text", "procedure_text", "shared_text"),
        ("fk_treatment_session_depths_text_shared_text", "depths_text", "shared_text"),
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
        *_new_columns(nullable=False),
        sa.Column("reaction", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("extra", sa.JSON(none_as_null=True), nullable=True),
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
    copied = ("id", "patient_id", "consultation_id", "date", "reaction", "notes")
    columns = (*copied, *_Carrier.COLUMNS)
    # The driver's own executemany with plain tuples: SQLAlchemy's per-row parameter handling
    # took a fifth of this revision's time on 444,000 sessions. The date is written as
    # SQLAlchemy writes a Date on SQLite (ISO, as read).
    insert = (
        f"INSERT INTO _treatment_session_0004 ({', '.join(columns)}) "
        f"VALUES ({', '.join('?' for _ in columns)})"
    )
    connection = op.get_bind()
    carrier = _Carrier(connection)
    for rows in _old_sessions(connection):
        values = []
        for row in rows:
            carried = carrier.values(row)
            values.append(
                (
                    row.id,
                    row.patient_id,
                    row.consultation_id,
                    row.date.isoformat(),
                    row.reaction,
                    row.notes,
                    *(carried[name] for name in _Carrier.COLUMNS),
                )
            )
        connection.exec_driver_sql(insert, values)
    op.drop_index("ix_treatment_session_patient_id", table_name="treatment_session")
    op.drop_table("treatment_session")
    op.rename_table("_treatment_session_0004", "treatment_session")
    op.create_index(
        "ix_treatment_session_patient_id", "treatment_session", ["patient_id"], unique=False
    )


def _alter_on_postgresql() -> None:
    for column in _new_columns(nullable=True):
        op.add_column("treatment_session", column)
    op.add_column("treatment_session", sa.Column("extra", sa.JSON(none_as_null=True)))
    for name, column, table in _new_links():
        op.create_foreign_key(name, "treatment_session", table, [column], ["id"])
    connection = op.get_bind()
    carrier = _Carrier(connection)
    c = old_session.c
    update = (
        sa.update(old_session)
        .where(c.id == sa.bindparam("session_id"))
        .values({name: sa.bindparam(name) for name in _Carrier.COLUMNS})
    )
    for rows in _old_sessions(connection):
        connection.execute(update, [{"session_id": r.id} | carrier.values(r) for r in rows])
    op.alter_column("treatment_session", "procedure_text", nullable=False)
    for column in OLD_COLUMNS:
        op.drop_column("treatment_session", column)


def _old_sessions(connection: sa.Connection) -> Iterator[list[sa.Row]]:
    """The sessions as revision 0003 kept them, a batch at a time: a large file is never
    read whole into memory."""
    old = old_session.c
    # The depths as stored: decoding them is left to `_Carrier`.
    depths = sa.type_coerce(old.depth_mm, sa.Text).label("depth_mm")
    columns = [old.id, old.date, depths]
    columns += [old[name] for name in OLD_COLUMNS if name != "depth_mm"]
    columns += [sa.column(name) for name in ("patient_id", "consultation_id", "reaction", "notes")]
    last = 0
    while rows := connection.execute(
        sa.select(*columns)
        .select_from(old_session)
        .where(old.id > last)
        .order_by(old.id)
        .limit(BATCH)
    ).all():
        yield rows
        last = rows[-1].id


class _Carrier:
    """The new columns of each session recorded before: its kit (device text, product and
    lot), its procedure (passes), its depths and its signature."""

    COLUMNS = ("kit_id", "procedure_text", "depths_text", "finalised_us")

    def __init__(self, connection: sa.Connection) -> None:
        self._connection = connection
        self._shared = SharedTexts(connection)
        self._lots: dict[tuple[str, str], int] = {}
        self._kits: dict[tuple[Any, ...], int] = {}
        self._procedures: dict[int | None, int] = {}
        self._depth_ids: dict[str, int | None] = {}

    def _lot(self, number: str, product: str) -> int:
        found = self._lots.get((number, product))
        if found is None:
            found = self._lots[(number, product)] = self._connection.execute(
                sa.insert(lot)
                .values(number=number, kind="other", expiry=None, product=product)
                .returning(lot.c.id)
            ).scalar_one()
        return found

    def _kit(self, values: tuple[Any, ...]) -> int | None:
        found = self._kits.get(values)
        if found is None and any(values):
            names = [*KIT_TEXTS, *(f"{kind}_lot_id" for kind in LOT_KINDS)]
            found = self._kits[values] = self._connection.execute(
                sa.insert(kit).values(dict(zip(names, values, strict=True))).returning(kit.c.id)
            ).scalar_one()
        return found

    def values(self, row: sa.Row) -> dict[str, Any]:
        other = None
        if row.lot.strip() or row.product.strip():
            other = self._lot(row.lot, row.product)
        model = row.device if row.device.strip() else ""
        signed = None
        if row.finalised:
            signed = (row.created_at - _midnight(row.date)) // MICROSECOND
        return {
            "kit_id": self._kit((row.device, model, "", "", None, None, None, other)),
            "procedure_text": self._procedure(row.passes),
            "depths_text": self._depths(row.depth_mm),
            "finalised_us": signed,
        }

    def _procedure(self, passes: int | None) -> int:
        found = self._procedures.get(passes)
        if found is None:
            procedure = {
                "kind": "session",
                "check": [],
                "yes": [],
                "anaesthetic_minutes": None,
                "passes": passes,
                "speed": None,
                "endpoint": "",
                "aftercare_given": False,
            }
            found = self._procedures[passes] = self._shared.id_of(json_text(procedure))
        return found

    def _depths(self, kept: str | dict[str, Any]) -> int | None:
        """The depths' shared text, from the JSON as stored (SQLite gives its text, which many
        sessions repeat: each is decoded once) or as the driver decoded it (PostgreSQL)."""
        key = kept if isinstance(kept, str) else json_text(kept)
        if key not in self._depth_ids:
            depths = json.loads(kept) if isinstance(kept, str) else kept
            self._depth_ids[key] = self._shared.id_of(json_text(depths)) if depths else None
        return self._depth_ids[key]


def _midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time())


def downgrade() -> None:
    for table in ("plan_revision", "follow_up", "adverse_event", "session_addendum"):
        op.drop_table(table)
    op.drop_index(op.f("ix_treatment_session_kit_id"), table_name="treatment_session")
    with op.batch_alter_table("treatment_session", schema=None) as batch_op:
        batch_op.add_column(sa.Column("device", sa.String(200), server_default="", nullable=False))
        batch_op.add_column(sa.Column("depth_mm", sa.JSON(), server_default="{}", nullable=False))
        batch_op.add_column(sa.Column("passes", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("product", sa.String(200), server_default="", nullable=False))
        batch_op.add_column(sa.Column("lot", sa.String(100), server_default="", nullable=False))
        batch_op.add_column(
            sa.Column("finalised", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch_op.add_column(sa.Column("created_at", sa.DateTime(), nullable=True))
    connection = op.get_bind()
    c = old_session.c
    used_texts = sa.union(sa.select(c.procedure_text), sa.select(c.depths_text))
    texts = load_texts(connection, {i for i in connection.execute(used_texts).scalars() if i})
    kits = {row.id: row for row in connection.execute(sa.select(kit))}
    lots = {
        row.id: row
        for row in connection.execute(
            sa.select(lot.c.id, lot.c.number, lot.c.product).where(lot.c.kind == "other")
        )
    }
    update = (
        sa.update(old_session)
        .where(c.id == sa.bindparam("session_id"))
        .values({name: sa.bindparam(name) for name in OLD_COLUMNS})
    )
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    last = 0
    while rows := connection.execute(
        sa.select(c.id, c.date, c.kit_id, c.procedure_text, c.depths_text, c.finalised_us)
        .where(c.id > last)
        .order_by(c.id)
        .limit(BATCH)
    ).all():
        values = []
        for row in rows:
            used = kits.get(row.kit_id)
            other = lots.get(used.other_lot_id) if used is not None else None
            signed = None
            if row.finalised_us is not None:
                signed = _midnight(row.date) + row.finalised_us * MICROSECOND
            values.append(
                {
                    "session_id": row.id,
                    "finalised": signed is not None,
                    "created_at": signed or now,
                    "device": (used.device_model or used.device) if used is not None else "",
                    "depth_mm": json.loads(texts[row.depths_text]) if row.depths_text else {},
                    "passes": json.loads(texts[row.procedure_text])["passes"],
                    "lot": other.number if other is not None else "",
                    "product": other.product if other is not None else "",
                }
            )
        connection.execute(update, values)
        last = rows[-1].id
    with op.batch_alter_table("treatment_session", schema=None) as batch_op:
        batch_op.alter_column("created_at", existing_type=sa.DateTime(), nullable=False)
        for name, _column, _table in reversed(_new_links()):
            batch_op.drop_constraint(name, type_="foreignkey")
        for column in ("extra", *(c.name for c in reversed(_new_columns(nullable=True)))):
            batch_op.drop_column(column)
    op.drop_table("session_kit")
    op.drop_table("consumable_lot")
