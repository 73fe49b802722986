"""The schema revisions shipped with this consult, read from the migration files themselves.

No SQLAlchemy and no Alembic here: knowing the head costs no import (Alembic alone takes about
0.3 s), so a start can tell whether a file is at the shipped schema before either is loaded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from consult.store.errors import StoreError

MIGRATIONS = Path(__file__).resolve().parent / "migrations"

_REVISION_LINE = re.compile(r'^(down_revision|revision)\s*=\s*(?:"([^"]*)"|None)', re.M)


@dataclass(frozen=True)
class Revisions:
    known: frozenset[str]
    head: str


def shipped_revisions() -> Revisions:
    known: set[str] = set()
    parents: set[str] = set()
    for script in (MIGRATIONS / "versions").glob("*.py"):
        for key, value in _REVISION_LINE.findall(script.read_text(encoding="utf-8")):
            if value:
                (known if key == "revision" else parents).add(value)
    heads = known - parents
    if len(heads) != 1:
        raise StoreError(f"this installation of consult is broken: schema heads {sorted(heads)}")
    return Revisions(frozenset(known), heads.pop())
