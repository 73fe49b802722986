"""What the progress report says: the sessions so far and still planned, the scar scores at
each assessment (a chart and its table), and before/after photos of the same view.

The words come from `resources/handout/<lang>/progress.toml` (checked in full when read, like
the handout's); dates are written as the handout writes them. Only photos a document given to
the patient may show are printed (`printable_to_patient`); the service passes their files.
"""

from __future__ import annotations

import datetime as dt
import string
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from consult.domain.clinic import ClinicDetails
from consult.domain.handout import format_date, printable
from consult.domain.handout_texts import Texts
from consult.domain.outcomes import PhotoPair, ScoreHistory
from consult.domain.photo import PhotoRecord, PhotoView, VisitKind
from consult.domain.printed import (
    Cell,
    ChartSeries,
    Paragraph,
    PhotoPairs,
    PrintedDocument,
    ScoreChart,
    Section,
    Table,
)
from consult.domain.printed import PhotoPair as PrintedPair
from consult.domain.rules import Rules
from consult.domain.toml_tables import Table as TomlTable
from consult.domain.toml_tables import read_table, source_of

PROGRESS_FILE = "progress.toml"
GRADE_RANGE = (1, 4)  # Goodman & Baron's qualitative grades
_PLACEHOLDERS = frozenset({"done", "planned", "number", "visit", "date", "count"})
_TEXTS = {
    "header": (
        "title",
        "subtitle",
        "patient",
        "date",
        "sessions",
        "sessions_value",
        "sessions_only",
    ),
    "course": (
        "heading",
        "intro",
        "none",
        "column_session",
        "column_date",
        "column_status",
        "row_session",
        "row_extra",
        "done",
        "planned",
    ),
    "scores": (
        "heading",
        "intro",
        "none",
        "chart_caption",
        "sessions",
        "left_axis",
        "right_axis",
        "goodman_baron",
        "ecca",
        "grade",
        "column_date",
        "column_what",
        "consultation",
        "follow_up",
    ),
    "photos": (
        "heading",
        "intro",
        "none",
        "caption",
        "consultation",
        "session",
        "follow_up",
        "withheld_one",
        "withheld",
    ),
}


def _text(table: TomlTable, key: str) -> str:
    text = table.text(key)
    try:
        names = {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    except ValueError as error:
        raise table.fail(key, f"braces do not pair up ({error})") from None
    unknown = sorted(names - _PLACEHOLDERS)
    if unknown:
        raise table.fail(key, f"unknown placeholder {{{unknown[0]}}}")
    return text


def load_progress_texts(folder: Path, rules: Rules) -> dict[str, Any]:
    """Read and check `progress.toml` of one language folder: every key present, no unknown
    one, a known source for every statement about scars."""
    table = read_table(folder, PROGRESS_FILE)
    version = table.text("version")
    if version != rules.version:
        raise table.fail("version", f"{version!r} differs from the rules version {rules.version!r}")
    if table.text("language") != folder.name:
        raise table.fail("language", f"differs from its folder {folder.name!r}")
    words: dict[str, Any] = {}
    for name, keys in _TEXTS.items():
        section = table.table(name)
        words[name] = {key: _text(section, key) for key in keys}
        if name == "scores":
            paragraphs = []
            for entry in section.tables("paragraphs"):
                paragraphs.append(_text(entry, "text"))
                source_of(entry, rules.sources)
                entry.done()
            words[name]["paragraphs"] = tuple(paragraphs)
        if name == "photos":
            views = section.table("view")
            words[name]["view"] = {view: _text(views, view.value) for view in PhotoView}
            views.done()
        section.done()
    table.done()
    return words


@dataclass(frozen=True)
class ProgressInput:
    patient: str
    clinic: ClinicDetails
    history: ScoreHistory
    planned: int  # the sessions the plan (or its revision) holds; 0 without a plan
    pairs: tuple[PhotoPair, ...]
    # The file of each photo of `pairs`, by photo id; or the picture itself when the photos
    # are kept sealed (an encrypted database): never written out plain to be printed.
    files: Mapping[int, Path | bytes]
    today: dt.date
    # The photos left out because consent for their use was withdrawn (said, not shown).
    withheld: int = 0


def _picture(source: Path | bytes) -> str | bytes:
    return source if isinstance(source, bytes) else str(source)


def _course(given: ProgressInput, words: Mapping[str, str], texts: Texts) -> Section:
    sessions = given.history.sessions
    if not sessions:
        return Section(words["heading"], (Paragraph(words["none"]),))
    rows = tuple(
        (
            Cell(
                words["row_session"].format(number=s.number)
                if s.number is not None
                else words["row_extra"]
            ),
            Cell(format_date(s.date, texts)),
            Cell(words["done"] if s.done else words["planned"]),
        )
        for s in sessions
    )
    table = Table(
        (words["column_session"], words["column_date"], words["column_status"]),
        rows,
        (0.25, 0.5, 0.25),
    )
    return Section(words["heading"], (Paragraph(words["intro"]), table))


def _scores(given: ProgressInput, words: Mapping[str, Any], texts: Texts) -> Section:
    assessed = given.history.assessments
    if not assessed:
        return Section(words["heading"], (Paragraph(words["none"]),))
    grades = tuple((a.date, float(a.grade)) for a in assessed if a.grade is not None)
    series = (
        ChartSeries(
            words["goodman_baron"],
            tuple((a.date, float(a.goodman_baron_quantitative)) for a in assessed),
        ),
        ChartSeries(words["ecca"], tuple((a.date, float(a.ecca)) for a in assessed)),
        *((ChartSeries(words["grade"], grades, "right"),) if grades else ()),
    )
    chart = ScoreChart(
        series=series,
        sessions=given.history.sessions_done,
        session_label=words["sessions"],
        left_axis=words["left_axis"],
        right_axis=words["right_axis"],
        right_range=GRADE_RANGE,
        date_format={a.date: format_date(a.date, texts) for a in assessed},
        caption=words["chart_caption"],
    )
    what = {VisitKind.CONSULTATION: words["consultation"], VisitKind.FOLLOW_UP: words["follow_up"]}
    table = Table(
        (
            words["column_date"],
            words["column_what"],
            words["goodman_baron"],
            words["ecca"],
            words["grade"],
        ),
        tuple(
            (
                Cell(format_date(a.date, texts)),
                Cell(what[a.kind]),
                Cell(str(a.goodman_baron_quantitative)),
                Cell(str(a.ecca)),
                Cell(str(a.grade) if a.grade is not None else "–"),
            )
            for a in assessed
        ),
        (0.22, 0.2, 0.22, 0.18, 0.18),
    )
    blocks = (
        Paragraph(words["intro"]),
        *(Paragraph(text, "note") for text in words["paragraphs"]),
        chart,
        table,
    )
    return Section(words["heading"], blocks)


def _caption(photo: PhotoRecord, words: Mapping[str, Any], texts: Texts) -> str:
    assert photo.visit is not None  # pairs are made of photos placed at a visit
    return words["caption"].format(
        visit=words[photo.visit.kind.value],
        date=format_date(photo.visit.date, texts),
    )


def _photos(given: ProgressInput, words: Mapping[str, Any], texts: Texts) -> Section:
    withheld = (
        (
            Paragraph(
                words["withheld_one" if given.withheld == 1 else "withheld"].format(
                    count=given.withheld
                ),
                "note",
            ),
        )
        if given.withheld
        else ()
    )
    if not given.pairs:
        return Section(words["heading"], (Paragraph(words["none"]), *withheld))
    pairs = tuple(
        PrintedPair(
            words["view"][pair.view.value],
            _picture(given.files[pair.before.id]),
            _picture(given.files[pair.after.id]),
            _caption(pair.before, words, texts),
            _caption(pair.after, words, texts),
        )
        for pair in given.pairs
    )
    return Section(words["heading"], (Paragraph(words["intro"]), PhotoPairs(pairs), *withheld))


def progress_document(
    given: ProgressInput, texts: Texts, words: Mapping[str, Any]
) -> PrintedDocument:
    """The report: the same header, footer and privacy as the handout (the patient's name on
    every page, nothing else of theirs), in the language of `texts` and `words`."""
    header = words["header"]
    done = sum(1 for s in given.history.sessions if s.done)
    sessions = (
        header["sessions_value"].format(done=done, planned=given.planned)
        if given.planned
        else header["sessions_only"].format(done=done)
    )
    patient = printable(given.patient)
    phone = given.clinic.phone.strip()
    handout = texts.handout
    return PrintedDocument(
        language=texts.language,
        title=header["title"],
        subtitle=header["subtitle"],
        clinic=given.clinic,
        facts=(
            (header["patient"], patient),
            (header["date"], format_date(given.today, texts)),
            (header["sessions"], sessions),
        ),
        sections=(
            _course(given, words["course"], texts),
            _scores(given, words["scores"], texts),
            _photos(given, words["photos"], texts),
        ),
        page_label=handout["footer"]["page"],
        footer=handout["footer"]["questions"].format(phone=phone) if phone else "",
        contact_labels={key: handout["header"][key] for key in ("phone", "website", "email")},
        patient=patient,
    )
