"""A printed document as plain data: sections of paragraphs, lists and tables.

The domain decides what a document says (`handout.py`); a renderer (`consult/handout`) decides
only how it looks. Every text here is plain (no markup): the renderer escapes it.
"""

# Named tuples, not frozen dataclasses, and without `from __future__ import annotations`
# (a named tuple would compile every text annotation): `consult handout` makes these classes
# at every start, and a dataclass compiles its methods (about 0.5 ms a class).
import datetime as dt
from collections.abc import Mapping
from types import MappingProxyType
from typing import NamedTuple

from consult.domain.clinic import ClinicDetails


class Paragraph(NamedTuple):
    text: str
    # "body", "lead" (a bold first line) or "note" (small, grey).
    style: str = "body"


class Bullets(NamedTuple):
    items: tuple[str, ...]
    # "bullet", "check" (an empty box to tick, on a form) or "ticked" (a box ticked on screen).
    marker: str = "bullet"


class Definitions(NamedTuple):
    """Terms with their explanation: the scar types found, the aftercare day by day."""

    rows: tuple[tuple[str, str], ...]
    # Small print after each explanation (where a scar type was found), if any.
    notes: tuple[str, ...] = ()
    # Small print after each term (the clinical name beside the plain one), if any.
    aside: tuple[str, ...] = ()


class Cell(NamedTuple):
    text: str


class Table(NamedTuple):
    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    # Relative column widths.
    widths: tuple[float, ...]
    # The last row stands apart (the review point after the sessions).
    last_row_apart: bool = False


class FaceDiagram(NamedTuple):
    """The face map with each zone shaded by the kind of scar found there."""

    # The kinds of scar found in each zone, the one that shapes the plan most first.
    shading: Mapping[str, tuple[str, ...]]
    labels: Mapping[str, str]
    legend: tuple[tuple[str, str], ...]
    caption: str
    left: str
    right: str


class Figure(NamedTuple):
    """A diagram with blocks beside it."""

    diagram: FaceDiagram
    beside: tuple["Block", ...]


class SignedMark(NamedTuple):
    """A signature given on screen, drawn in its field: strokes of (x, y, pressure) points
    (0 to 1, y downwards), or a typed name; `note` says which, `date` when."""

    strokes: tuple[tuple[tuple[float, float, float], ...], ...]
    typed: str
    date: str
    note: str
    # A guardian's relationship to the patient, printed under the name.
    detail: str = ""


class Signatures(NamedTuple):
    """Signature lines: one row per party, each with name, signature and date fields."""

    parties: tuple[tuple[str, str], ...]  # (role, name printed in advance or "")
    fields: tuple[str, str, str]  # labels: name, signature, date
    # Signed on screen: one mark per party, in the same order (empty: lines to sign on paper).
    signed: tuple[SignedMark, ...] = ()


class ChartSeries(NamedTuple):
    label: str
    points: tuple[tuple[dt.date, float], ...]
    # "left": on the scores' axis; "right": on the grade's (1 to 4).
    axis: str = "left"


class ScoreChart(NamedTuple):
    """Scores over time, with the session dates marked."""

    series: tuple[ChartSeries, ...]
    sessions: tuple[dt.date, ...]
    session_label: str
    left_axis: str
    right_axis: str
    right_range: tuple[int, int]
    # The dates as printed under the axis (each point's date).
    date_format: Mapping[dt.date, str]
    caption: str


class PhotoPair(NamedTuple):
    """Two photos of the same view side by side: before, after."""

    heading: str
    before: str | bytes  # the file, or the picture itself (a sealed photo, opened)
    after: str | bytes
    before_caption: str
    after_caption: str


class PhotoPairs(NamedTuple):
    pairs: tuple[PhotoPair, ...]


Block = Paragraph | Bullets | Definitions | Table | Figure | Signatures | ScoreChart | PhotoPairs


class Section(NamedTuple):
    heading: str
    blocks: tuple[Block, ...]


class PrintedDocument(NamedTuple):
    language: str
    title: str
    subtitle: str
    clinic: ClinicDetails
    # Label and value pairs under the title: the patient, the date, the practitioner.
    facts: tuple[tuple[str, str], ...]
    sections: tuple[Section, ...]
    page_label: str  # "Page {page} of {pages}"
    footer: str  # "Questions? Call us on …", or "" without a clinic phone
    contact_labels: Mapping[str, str] = MappingProxyType({})
    # The patient's name, printed in the footer of every page in case the pages are separated.
    patient: str = ""
