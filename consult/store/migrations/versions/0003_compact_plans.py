"""plans and screening answers kept compact: shared texts, one row of answers per consultation

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06 04:30:00

A plan's detail keeps its texts once in `shared_text` and its final plan only where it differs
from the suggestion (`consult.store.compact`); a detail that would not read back exactly as it
was is kept whole. The screening answers move into `consultation.screening`; an answer row
without an answer and not acknowledged, which nothing showed, is not carried over. The index of
findings by consultation goes: their unique key starts with the consultation.
Downgrade puts every plan's detail and answer back as revision 0002 kept them.
"""

import json
from collections import defaultdict
from collections.abc import Callable, Iterator
from functools import cache
from typing import Any

import sqlalchemy as sa
from alembic import op

from consult.store.compact import (
    decode_detail,
    decode_screening,
    encode_detail,
    encode_screening,
)
from consult.store.shared_texts import SharedTexts

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# Rows converted at a time: a 100,000-patient file is never read whole into memory.
BATCH = 1_000
CALENDAR_UID = "calendar_uid"

consultation = sa.table(
    "consultation",
    sa.column("id", sa.Integer),
    sa.column("plan_choices", sa.JSON),
    sa.column("screening", sa.JSON),
)
plan = sa.table(
    "plan",
    sa.column("id", sa.Integer),
    sa.column("consultation_id", sa.Integer),
    sa.column("detail", sa.JSON),
)
answer = sa.table(
    "screening_answer",
    sa.column("consultation_id", sa.Integer),
    sa.column("item_id", sa.String),
    sa.column("answer", sa.Boolean),
    sa.column("answer_date", sa.Date),
    sa.column("acknowledged", sa.Boolean),
)


def _batches(connection: sa.Connection, select: sa.Select, key: sa.ColumnElement) -> Iterator[list]:
    """The rows of `select` in order of `key` (an id), a batch at a time."""
    last = None
    while True:
        statement = select.order_by(key).limit(BATCH)
        if last is not None:
            statement = statement.where(key > last)
        rows = connection.execute(statement).all()
        if not rows:
            return
        yield rows
        last = rows[-1][0]


def _compact_choices(choices: dict[str, Any] | None) -> dict[str, Any] | None:
    """The plan edits without the fields not edited (read back as not edited)."""
    if choices is None:
        return None
    return {key: value for key, value in choices.items() if value not in (None, {})}


def _uid(choices: dict[str, Any] | None) -> str | None:
    return (choices or {}).get(CALENDAR_UID)


def _plans(connection: sa.Connection, convert: Callable[[sa.Row], dict[str, Any]]) -> None:
    rows = sa.select(plan.c.id, plan.c.detail, consultation.c.plan_choices).join_from(
        plan, consultation, plan.c.consultation_id == consultation.c.id
    )
    update = plan.update().where(plan.c.id == sa.bindparam("plan_id"))
    for batch in _batches(connection, rows, plan.c.id):
        changes = [{"plan_id": row.id, "detail": convert(row)} for row in batch]
        connection.execute(update.values(detail=sa.bindparam("detail")), changes)


def upgrade() -> None:
    connection = op.get_bind()
    op.create_table(
        "shared_text",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shared_text")),
        sa.UniqueConstraint("digest", name=op.f("uq_shared_text_digest")),
    )
    with op.batch_alter_table("consultation", schema=None) as batch_op:
        batch_op.add_column(sa.Column("screening", sa.JSON(), server_default="{}", nullable=False))
    shared = SharedTexts(connection)

    rows = sa.select(consultation.c.id, consultation.c.plan_choices)
    update = consultation.update().where(consultation.c.id == sa.bindparam("consultation_id"))
    for batch in _batches(connection, rows, consultation.c.id):
        # Ordered by item id: the order in which revision 0002 read them back on SQLite.
        answers = connection.execute(
            sa.select(answer)
            .where(answer.c.consultation_id.between(batch[0].id, batch[-1].id))
            .order_by(answer.c.consultation_id, answer.c.item_id)
        ).all()
        # Rows unpacked in one loop: 2.5 million answers for 100,000 patients, and grouping
        # them by attribute took four times as long.
        by_consultation: dict[int, dict[str, tuple]] = defaultdict(dict)
        for consultation_id, item, given, day, acknowledged in answers:
            by_consultation[consultation_id][item] = (given, day, bool(acknowledged))
        changes = [
            {
                "consultation_id": row.id,
                "screening": encode_screening(by_consultation.get(row.id, {}), shared.id_of),
                "plan_choices": _compact_choices(row.plan_choices),
            }
            for row in batch
        ]
        connection.execute(
            update.values(
                screening=sa.bindparam("screening"), plan_choices=sa.bindparam("plan_choices")
            ),
            changes,
        )
    op.drop_table("screening_answer")

    texts, parse = shared.given(), cache(json.loads)  # parsed once: only compared here

    def compact(row: sa.Row) -> dict[str, Any]:
        uid = _uid(row.plan_choices)
        kept = encode_detail(row.detail, uid, shared.id_of)
        return kept if decode_detail(kept, uid, texts, parse) == row.detail else row.detail

    _plans(connection, compact)
    with op.batch_alter_table("finding", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_finding_consultation_id"))


def downgrade() -> None:
    connection = op.get_bind()
    with op.batch_alter_table("finding", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_finding_consultation_id"), ["consultation_id"], unique=False
        )

    # Few texts, each kept once: all of them fit in memory.
    texts = {
        row.id: row.text for row in connection.execute(sa.text("SELECT id, text FROM shared_text"))
    }
    _plans(connection, lambda row: decode_detail(row.detail, _uid(row.plan_choices), texts))
    op.create_table(
        "screening_answer",
        sa.Column("consultation_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.String(length=60), nullable=False),
        sa.Column("answer", sa.Boolean(), nullable=True),
        sa.Column("answer_date", sa.Date(), nullable=True),
        sa.Column("acknowledged", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.ForeignKeyConstraint(
            ["consultation_id"],
            ["consultation.id"],
            name=op.f("fk_screening_answer_consultation_id_consultation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("consultation_id", "item_id", name=op.f("pk_screening_answer")),
    )
    rows = sa.select(consultation.c.id, consultation.c.screening)
    for batch in _batches(connection, rows, consultation.c.id):
        answers = [
            {
                "consultation_id": row.id,
                "item_id": item,
                "answer": given,
                "answer_date": day,
                "acknowledged": acknowledged,
            }
            for row in batch
            for item, (given, day, acknowledged) in decode_screening(row.screening, texts).items()
        ]
        if answers:
            connection.execute(answer.insert(), answers)
    with op.batch_alter_table("consultation", schema=None) as batch_op:
        batch_op.drop_column("screening")
    op.drop_table("shared_text")
