"""The formats a patient's record is exported in, for the window's format choice: each a
label, a file suffix and the function that writes it. A new format (FHIR) is one more entry
in `EXPORT_FORMATS`."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

from consult.domain.rules import Rules
from consult.services.export import export_patient
from consult.store.database import Database

# The record's bytes, from the database, the rules and the patient's number.
Writer = Callable[[Database, Rules, int], bytes]


@dataclass(frozen=True)
class ExportFormat:
    id: str
    label: str
    suffix: str
    write: Writer


def _json(database: Database, rules: Rules, patient_id: int) -> bytes:
    """As `consult export` writes it."""
    data = export_patient(database, rules, patient_id)
    return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


EXPORT_FORMATS: tuple[ExportFormat, ...] = (
    ExportFormat("json", "consult JSON (the whole record)", ".json", _json),
)


def export_format(format_id: str) -> ExportFormat:
    """`KeyError` for an unknown id."""
    return {f.id: f for f in EXPORT_FORMATS}[format_id]
