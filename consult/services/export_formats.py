"""The formats a patient's record is exported in, for the window's format choice: each a
label, a file suffix and the function that writes it: consult's JSON, and FHIR R5 and R4B
Bundles for another system to import."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from consult.domain.rules import Rules
from consult.services.access import CurrentUser
from consult.services.export import export_patient
from consult.services.fhir import R4B, R5, fhir_bundle
from consult.services.handout import not_for_printing
from consult.store.database import Database

# The record's bytes, from the database, the rules, the patient's number and who asks (the
# writers refuse anyone who may not open clinical records).
Writer = Callable[[Database, Rules, int, CurrentUser], bytes]


@dataclass(frozen=True)
class ExportFormat:
    id: str
    label: str
    suffix: str
    write: Writer

    def file_name(self, patient_id: int) -> str:
        """The name offered for the file: the format in it, so that a JSON and a FHIR
        export of one patient do not take each other's place."""
        kind = "" if self.id == "json" else f"-{self.id}"
        return f"patient-{patient_id}{kind}{self.suffix}"


def _text(data: object) -> bytes:
    """JSON as `consult export` writes it."""
    return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def _json(database: Database, rules: Rules, patient_id: int, current: CurrentUser) -> bytes:
    return _text(export_patient(database, rules, patient_id, current=current))


def _fhir(
    version: str, database: Database, rules: Rules, patient_id: int, current: CurrentUser
) -> bytes:
    with not_for_printing():  # the handouts are attached, not printed: nothing to warn of
        return _text(fhir_bundle(database, rules, patient_id, version, current=current))


EXPORT_FORMATS: tuple[ExportFormat, ...] = (
    ExportFormat("json", "consult JSON (the whole record)", ".json", _json),
    ExportFormat(
        R5, "FHIR R5 Bundle (for another health record system)", ".json", partial(_fhir, R5)
    ),
    ExportFormat(R4B, "FHIR R4B Bundle (for systems not yet on R5)", ".json", partial(_fhir, R4B)),
)


def export_format(format_id: str) -> ExportFormat:
    """`KeyError` for an unknown id."""
    return {f.id: f for f in EXPORT_FORMATS}[format_id]
