"""Writes `resources/schema/consult.assessment-1.schema.json`, the published JSON Schema of the
assessment document, from its one declaration (`consult/domain/document_shape.py`) and the
rules' ids.

Usage: python packaging/write_schema.py

Run it after changing the document's shape or the rules' zones, scar types, screening items or
questionnaire, and commit the file: tests/domain/test_document_schema.py fails while it is
stale.
"""

from __future__ import annotations

from consult.config import resource_path
from consult.domain.document_shape import json_schema_text
from consult.services.rules import load_default_rules

SCHEMA_FILE = ("schema", "consult.assessment-1.schema.json")


def main() -> None:
    target = resource_path(*SCHEMA_FILE)
    target.write_text(json_schema_text(load_default_rules()), encoding="utf-8")
    print(target)


if __name__ == "__main__":
    main()
