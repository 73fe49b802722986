"""The patient-facing texts of the printed documents, per language (`resources/handout/<lang>/`).

A language folder is checked in full when it is read: every key the builder needs, a text for
every scar type, zone, adjunct and screening item the rules hold, and a known source for every
statement about treatment. A missing or misspelt key raises `RulesError` naming file and key, so
a translation cannot silently drop a paragraph.
"""

from __future__ import annotations

import datetime as dt
import string
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from consult.domain.consent import PHOTO_USES
from consult.domain.errors import RulesError
from consult.domain.languages import HANDOUT_FILE
from consult.domain.rules import SCAR_KINDS, Rules, ScreeningLevel
from consult.domain.toml_tables import Table, read_table, source_of

FILES = (HANDOUT_FILE, "consent.toml")
# The names the builder fills in; a misspelt one would fail only when a handout is printed.
PLACEHOLDERS = frozenset(
    {
        "page",
        "pages",
        "phone",
        "places",
        "area",
        "sessions",
        "interval",
        "number",
        "count",
        "date",
        "areas",
        "first_session",
        "relation",
        "version",
    }
)


@dataclass(frozen=True)
class Sourced:
    """A statement about treatment and the id of the source it rests on."""

    text: str
    source: str


@dataclass(frozen=True)
class Step:
    """One line of the day-by-day aftercare: when, and what to do."""

    when: str
    text: str
    source: str


class LocalFormats(Protocol):
    """How the documents' language writes a date and a decimal number. The printing layer
    supplies it (Babel's locale data), so the texts hold no month names of their own."""

    def date(self, day: dt.date) -> str:
        """The date in full, as a patient reads it: "1 December 2026", "1. Dezember 2026"."""
        ...

    def number(self, value: float) -> str:
        """A decimal number with the language's separator: "1.5", "1,5"."""
        ...


@dataclass(frozen=True)
class Texts:
    """The checked texts of one language: `handout` and `consent`, as nested mappings, and
    how that language writes dates and numbers."""

    language: str
    handout: Mapping[str, Any]
    consent: Mapping[str, Any]
    formats: LocalFormats


# A spec says what each key holds; `_each(ids, spec)` asks for one entry per id.
Reader = Callable[[Table, str], Any]


def _placeholders_known(table: Table, key: str, text: str) -> str:
    try:
        names = {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    except ValueError as error:
        raise table.fail(key, f"braces do not pair up ({error})") from None
    unknown = sorted(names - PLACEHOLDERS)
    if unknown:
        raise table.fail(key, f"unknown placeholder {{{unknown[0]}}}")
    return text


def _text(table: Table, key: str) -> str:
    return _placeholders_known(table, key, table.text(key))


def _whole(table: Table, key: str) -> int:
    value = table.whole(key, minimum=0)
    assert value is not None  # required
    return value


def _texts(count: int | None = None) -> Reader:
    def read(table: Table, key: str) -> tuple[str, ...]:
        values = table.texts(key)
        if count is not None and len(values) != count:
            raise table.fail(key, f"must list {count} texts")
        return values

    return read


def _sourced(sources: Mapping[str, Any]) -> Reader:
    def read(table: Table, key: str) -> Sourced:
        entry = table.table(key)
        value = Sourced(_text(entry, "text"), source_of(entry, sources))
        entry.done()
        return value

    return read


def _sourced_list(sources: Mapping[str, Any], steps: bool = False) -> Reader:
    def read(table: Table, key: str) -> tuple[Sourced | Step, ...]:
        items: list[Sourced | Step] = []
        for entry in table.tables(key):
            text, source = _text(entry, "text"), source_of(entry, sources)
            items.append(
                Step(_text(entry, "when"), text, source) if steps else Sourced(text, source)
            )
            entry.done()
        return tuple(items)

    return read


def _each(ids: Collection[str], spec: Mapping[str, Any] | Reader) -> Reader:
    def read(table: Table, key: str) -> dict[str, Any]:
        section = table.table(key)
        result = {}
        for item in ids:
            if item not in section.data:
                raise section.fail(item, "missing")
            result[item] = _read(section, item, spec)
        section.done()
        return result

    return read


def _read(table: Table, key: str, spec: Mapping[str, Any] | Reader) -> Any:
    if callable(spec):
        return spec(table, key)
    section = table.table(key)
    result = {name: _read(section, name, inner) for name, inner in spec.items()}
    section.done()
    return result


def _handout_spec(rules: Rules) -> dict[str, Any]:
    sources = rules.sources
    sourced, sourced_list = _sourced(sources), _sourced_list(sources)
    patient_precautions = [
        item.id
        for item in rules.screening.values()
        if item.level == ScreeningLevel.PRECAUTION and item.patient_facing
    ]
    blocks = [item.id for item in rules.screening.values() if item.level == ScreeningLevel.BLOCK]
    # Date items a patient may still be taking: their own wording (isotretinoin now).
    current_precautions = [
        item.id for item in rules.screening.values() if item.kind == "date" and item.patient_facing
    ]
    return {
        "header": dict.fromkeys(
            (
                "title",
                "subtitle",
                "title_skin",
                "subtitle_skin",
                "title_aftercare",
                "subtitle_aftercare",
                "session_date",
                "patient",
                "date",
                "practitioner",
                "practitioner_blank",
                "phone",
                "website",
                "email",
            ),
            _text,
        ),
        "footer": {"page": _text, "questions": _text},
        "skin_today": {
            **dict.fromkeys(
                (
                    "heading",
                    "intro",
                    "none",
                    "where",
                    "diagram_caption",
                    "diagram_left",
                    "diagram_right",
                    "area",
                ),
                _text,
            ),
            "kinds": _each(SCAR_KINDS, _text),
        },
        "zone": _each(rules.zones, _text),
        "scar_type": _each(
            rules.scar_types,
            # `clinical`: the practitioner's name for it, abbreviations spelt out.
            {"name": _text, "clinical": _text, "text": _text, "source": _source_id(sources)},
        ),
        "how_it_helps": {"heading": _text, "paragraphs": sourced_list},
        "expect": {"heading": _text, "paragraphs": sourced_list, "adjuncts_intro": _text},
        "skin_care": {
            "heading": _text,
            "paragraphs": sourced_list,
            "adjuncts_intro": _text,
            "call": sourced,
        },
        "adjunct": _each([a.id for a in rules.plan.adjuncts], sourced),
        "plan": {
            **dict.fromkeys(
                (
                    "heading",
                    "sessions",
                    "one_session",
                    "interval",
                    "column_session",
                    "column_date",
                    "column_what",
                    "row_session",
                    "row_first",
                    "row_next",
                    "row_review",
                    "row_review_date",
                    "row_review_what",
                    "row_test_patch",
                    "row_test_patch_what",
                    "deferred_heading",
                    "deferred",
                    "deferred_after",
                ),
                _text,
            ),
            **dict.fromkeys(
                ("check", "none_planned", "flat_marks", "nothing_to_needle", "nothing_to_treat"),
                sourced,
            ),
        },
        "block": _each(blocks, _text),
        "care": {
            **dict.fromkeys(
                ("heading", "for_you", "before_heading", "after_heading", "call_heading"), _text
            ),
            "before": sourced_list,
            "after": _sourced_list(sources, steps=True),
            "call": sourced_list,
            "pih_risk": sourced,
        },
        "precaution": _each(patient_precautions, _text),
        "precaution_current": _each(current_precautions, _text),
        "calendar": {
            **dict.fromkeys(("summary", "test_patch_summary", "description", "reminder"), _text),
            "reminder_days_before": _whole,
            "source": _source_id(sources),
        },
    }


def _consent_spec(rules: Rules) -> dict[str, Any]:
    sourced_list = _sourced_list(rules.sources)
    return {
        "header": {"title": _text, "subtitle": _text},
        "procedure": {"heading": _text, "paragraphs": sourced_list},
        "benefits": {"heading": _text, "paragraphs": sourced_list},
        "risks": {
            "heading": _text,
            "common_heading": _text,
            "common": sourced_list,
            "rare_heading": _text,
            "rare": sourced_list,
        },
        "alternatives": {"heading": _text, "paragraphs": sourced_list},
        "treatment": dict.fromkeys(("heading", "areas", "test_patch", "on_hold", "none"), _text),
        "precautions": {"heading": _text, "none": _text},
        "agreement": {
            "heading": _text,
            "statements": _texts(),
            **dict.fromkeys(
                ("patient", "guardian", "practitioner", "name", "signature", "date"), _text
            ),
        },
        "signed": dict.fromkeys(("drawn", "typed", "relationship", "record"), _text),
        "photo_use": {
            **dict.fromkeys(
                ("title", "subtitle", "heading", "intro", "granted", "refused", *PHOTO_USES),
                _text,
            ),
            "statements": _texts(),
        },
    }


def _source_id(sources: Mapping[str, Any]) -> Reader:
    def read(table: Table, key: str) -> str:
        return source_of(table, sources, key)

    return read


def _read_file(folder: Path, name: str, spec: Mapping[str, Any], rules: Rules) -> dict[str, Any]:
    table = read_table(folder, name)
    version = table.text("version")
    if version != rules.version:
        raise table.fail("version", f"{version!r} differs from the rules version {rules.version!r}")
    language = table.text("language")
    if language != folder.name:
        raise table.fail("language", f"{language!r} differs from its folder {folder.name!r}")
    result = {key: _read(table, key, inner) for key, inner in spec.items()}
    table.done()
    return result


def load_texts(folder: Path, rules: Rules, formats: LocalFormats) -> Texts:
    """Read and check one language folder (`resources/handout/en`) against the rules; dates
    and numbers are written with `formats`."""
    if not folder.is_dir():
        raise RulesError(str(folder), "", "no such language folder")
    return Texts(
        language=folder.name,
        handout=_read_file(folder, FILES[0], _handout_spec(rules), rules),
        consent=_read_file(folder, FILES[1], _consent_spec(rules), rules),
        formats=formats,
    )
