"""Texts kept once (`shared_text`) and referred to by id from plans and screening answers."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from types import MappingProxyType

from sqlalchemy import Connection, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from consult.store.models import SharedText

_TABLE = SharedText.__table__


class SharedTexts:
    """Gives each text its id, adding the texts not kept yet, within one transaction.

    Ids are remembered for this transaction only: one rolled back may have taken an id that
    a later one gives to another text.
    """

    def __init__(self, connection: Connection | Session) -> None:
        self._connection = connection
        self._ids: dict[str, int] = {}
        self._texts: dict[int, str] = {}

    def id_of(self, text: str) -> int:
        found = self._ids.get(text)
        if found is None:
            digest = hashlib.sha256(text.encode()).hexdigest()
            found = self._find(digest)
            if found is None:
                # Two rooms on one PostgreSQL server may add the same text at once: the second
                # waits for the first, adds nothing and reads the first one's row.
                dialect = postgresql if self._dialect() == "postgresql" else sqlite
                self._connection.execute(
                    dialect.insert(_TABLE).values(digest=digest, text=text).on_conflict_do_nothing()
                )
                found = self._find(digest)
                assert found is not None, "a text just added cannot be read back"
            self._ids[text] = found
            self._texts[found] = text
        return found

    def _find(self, digest: str) -> int | None:
        return self._connection.scalar(select(_TABLE.c.id).where(_TABLE.c.digest == digest))

    def _dialect(self) -> str:
        if isinstance(self._connection, Session):
            return self._connection.get_bind().dialect.name
        return self._connection.dialect.name

    def given(self) -> Mapping[int, str]:
        """The texts handed out so far, by id (a view: it grows with them)."""
        return MappingProxyType(self._texts)


def load_texts(connection: Connection | Session, ids: Iterable[int]) -> dict[int, str]:
    """The texts with these ids."""
    wanted = sorted(set(ids))
    texts: dict[int, str] = {}
    # A few hundred at a time stays below every driver's limit on bound values.
    for start in range(0, len(wanted), 500):
        rows = connection.execute(
            select(_TABLE.c.id, _TABLE.c.text).where(_TABLE.c.id.in_(wanted[start : start + 500]))
        )
        texts.update({row.id: row.text for row in rows})
    return texts
