"""Lay out a `PrintedDocument` as a PDF with reportlab: the look, none of the wording."""

from __future__ import annotations

import functools
import io
import itertools
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import (
    Flowable,
    Image,
    ImageAndFlowables,
    KeepInFrame,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from consult.domain import printed
from consult.domain.facemap import FaceMap, Shape, anchor
from consult.handout.figures import photo_pairs, score_chart
from consult.handout.fonts import BOLD, REGULAR, Fonts

PAGE_SIZES = {"A4": A4, "Letter": LETTER}
MARGIN = 17 * mm
FOOTER_HEIGHT = 12 * mm
INK = colors.HexColor("#1F2A30")
ACCENT = colors.HexColor("#1B6A72")
MUTED_HEX = "#5F6B70"
MUTED = colors.HexColor(MUTED_HEX)
RULE = colors.HexColor("#C9D3D6")
PALE = colors.HexColor("#EEF4F5")
# Zone shading by scar kind (see SCAR_KINDS): dents, raised scars, colour marks.
KIND_COLOURS = {
    "atrophic": colors.HexColor("#F2A65A"),
    "raised": colors.HexColor("#C2584A"),
    "flat": colors.HexColor("#9DBBE3"),
}
UNSHADED = colors.HexColor("#F5F6F6")
LOGO_MAX = (38 * mm, 20 * mm)
LETTERHEAD_MAX = 32 * mm
# Logos are scaled down before embedding: a 4000-pixel photo would not fit the size budget.
LOGO_PIXELS = (600, 320)
SIGNATURE_ROW = 11 * mm
SIGNED_ROW = 20 * mm  # a signature drawn on screen, with "signed on screen" under it


@dataclass(frozen=True)
class Rendered:
    pdf: bytes
    warnings: tuple[str, ...]


def _styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle(
        "body",
        fontName=REGULAR,
        bulletFontName=REGULAR,
        fontSize=9.6,
        leading=12.9,
        textColor=INK,
        spaceAfter=4,
    )
    small = ParagraphStyle(
        "small", parent=body, fontSize=8, leading=10, textColor=MUTED, spaceAfter=0
    )
    return {
        "body": body,
        "lead": ParagraphStyle(
            "lead", parent=body, fontName=BOLD, spaceBefore=5, spaceAfter=3, keepWithNext=1
        ),
        "note": ParagraphStyle("note", parent=body, fontSize=8.4, leading=11, textColor=MUTED),
        "bullet": ParagraphStyle(
            "bullet", parent=body, leftIndent=12, bulletIndent=2, spaceAfter=2.5
        ),
        "heading": ParagraphStyle(
            "heading",
            parent=body,
            fontName=BOLD,
            fontSize=13,
            leading=16,
            textColor=ACCENT,
            spaceBefore=9,
            spaceAfter=5,
            keepWithNext=1,
        ),
        "title": ParagraphStyle(
            "title", parent=body, fontName=BOLD, fontSize=19, leading=23, textColor=ACCENT
        ),
        "subtitle": ParagraphStyle(
            "subtitle", parent=body, fontSize=10.5, leading=14, textColor=MUTED, spaceAfter=8
        ),
        "clinic": ParagraphStyle(
            "clinic", parent=body, fontName=BOLD, fontSize=12.5, leading=15, alignment=2
        ),
        "contact": ParagraphStyle(
            "contact", parent=body, fontSize=8.6, leading=11, textColor=MUTED, alignment=2
        ),
        "label": ParagraphStyle("label", parent=body, fontSize=8.6, textColor=MUTED),
        "fact": ParagraphStyle("fact", parent=body, fontName=BOLD, fontSize=10.5, leading=13.5),
        "cell": ParagraphStyle("cell", parent=body, spaceAfter=0),
        "cell_head": ParagraphStyle("cell_head", parent=body, fontName=BOLD, spaceAfter=0),
        "term": ParagraphStyle("term", parent=body, fontName=BOLD, spaceAfter=0, keepWithNext=1),
        "where": ParagraphStyle("where", parent=body, spaceAfter=5),
        "small": small,
        "small_centre": ParagraphStyle("small_centre", parent=small, alignment=1),
        "small_right": ParagraphStyle("small_right", parent=small, alignment=2),
        "zone_label": ParagraphStyle(
            "zone_label", parent=body, fontName=BOLD, fontSize=8.5, leading=10, alignment=1
        ),
        "zone_label_small": ParagraphStyle(
            "zone_label_small", parent=body, fontName=BOLD, fontSize=6.5, leading=8, alignment=1
        ),
    }


def _table_style(commands: list[Any]) -> TableStyle:
    # Table's own font is Helvetica, which would be named (not embedded) even for empty cells.
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), *commands])


class _Builder:
    """Turns the blocks of one document into flowables, with the fonts' markup."""

    def __init__(self, fonts: Fonts, face_map: FaceMap | None, width: float) -> None:
        self.fonts = fonts
        self.face_map = face_map
        self.width = width
        self.styles = _styles()
        self.warnings: list[str] = []

    def para(self, text: str, style: str = "body", **kwargs: Any) -> Paragraph:
        return Paragraph(self.fonts.markup(text), self.styles[style], **kwargs)

    def fitted(self, text: str, style: str, width: float) -> Paragraph:
        """One line when it fits: a long name shrinks (to 70 %) before it wraps."""
        base = self.styles[style]
        size = base.fontSize
        markup = self.fonts.markup(text)
        while size > base.fontSize * 0.7:
            if Paragraph(markup, base).wrap(width, 1000)[1] <= base.leading * 1.01:
                break
            size -= 0.5
        scaled = ParagraphStyle(
            f"{style}-{size}",
            parent=base,
            fontSize=size,
            leading=base.leading * size / base.fontSize,
        )
        return Paragraph(markup, scaled)

    def _small(self, text: str) -> str:
        """Markup for small grey print inside a paragraph."""
        return (
            f'<font name="{REGULAR}" size="8" color="{MUTED_HEX}">{self.fonts.markup(text)}</font>'
        )

    def blocks(self, blocks: tuple[printed.Block, ...], width: float) -> list[Flowable]:
        out: list[Flowable] = []
        for block in blocks:
            out.extend(self.block(block, width))
        return out

    def block(self, block: printed.Block, width: float) -> list[Flowable]:
        if isinstance(block, printed.Paragraph):
            return [self.para(block.text, block.style)]
        if isinstance(block, printed.Bullets):
            mark = {"check": "☐", "ticked": "☑"}.get(block.marker, "•")
            return [self.para(item, "bullet", bulletText=mark) for item in block.items]
        if isinstance(block, printed.Definitions):
            return self.definitions(block, width)
        if isinstance(block, printed.Table):
            return [self.table(block, width)]
        if isinstance(block, printed.Figure):
            return [self.figure(block, width)]
        if isinstance(block, printed.Signatures):
            return self.signatures(block, width)
        if isinstance(block, printed.ScoreChart):
            chart = score_chart(block, width)
            return [KeepTogether([chart, self.para(block.caption, "small")]), Spacer(1, 3 * mm)]
        if isinstance(block, printed.PhotoPairs):
            return photo_pairs(block, width, self.para, self.warnings)
        raise TypeError(f"cannot print {type(block).__name__}")

    def definitions(self, block: printed.Definitions, width: float) -> list[Flowable]:
        if block.notes:
            # Paragraphs (they flow beside the diagram and on to the next page): the term,
            # then its explanation with where it was found in small grey after it.
            out: list[Flowable] = []
            asides = block.aside or ("",) * len(block.rows)
            for (term, text), note, aside in zip(block.rows, block.notes, asides, strict=True):
                heading = self.fonts.markup(term)
                if aside and aside != term:
                    heading += f" {self._small(aside)}"
                markup = f"{self.fonts.markup(text)} {self._small(note)}"
                out += [
                    Paragraph(heading, self.styles["term"]),
                    Paragraph(markup, self.styles["where"]),
                ]
            return out
        rows = [[self.para(term, "term"), self.para(text, "cell")] for term, text in block.rows]
        table = Table(rows, colWidths=[width * 0.27, width * 0.73])
        table.setStyle(
            _table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                    ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE),
                ]
            )
        )
        return [table]

    def table(self, block: printed.Table, width: float) -> Flowable:
        def cell(value: printed.Cell) -> Paragraph:
            return Paragraph(self.fonts.markup(value.text), self.styles["cell"])

        rows: list[list[Any]] = [[self.para(text, "cell_head") for text in block.header]]
        rows += [[cell(value) for value in row] for row in block.rows]
        table = Table(rows, colWidths=[width * w for w in block.widths], repeatRows=1)
        style = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), PALE),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
            ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 3.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ]
        if block.last_row_apart:
            style += [
                ("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT),
                ("BACKGROUND", (0, -1), (-1, -1), PALE),
            ]
        table.setStyle(_table_style(style))
        return table

    def figure(self, block: printed.Figure, width: float) -> Flowable:
        diagram = block.diagram
        left = width * 0.36
        right = width - left - 6 * mm
        parts: list[Flowable] = []
        if self.face_map is not None:
            parts += [
                _FaceFlowable(self.face_map, diagram, left - 4 * mm, self),
                Spacer(1, 1.5 * mm),
            ]
        for kind, text in diagram.legend:
            parts.append(_LegendLine(KIND_COLOURS[kind], self.para(text, "small"), left - 4 * mm))
        parts.append(Spacer(1, 2))
        parts.append(self.para(diagram.caption, "small"))
        picture = _Stack(parts, left - 4 * mm)
        # The explanations flow beside the picture and, when long, on under it.
        return ImageAndFlowables(
            picture,
            self.blocks(block.beside, right),
            imageLeftPadding=0,
            imageRightPadding=6 * mm,
            imageSide="left",
        )

    def signatures(self, block: printed.Signatures, width: float) -> list[Flowable]:
        name, signature, date = block.fields
        out: list[Flowable] = []
        marks: tuple[printed.SignedMark | None, ...] = block.signed or (None,) * len(block.parties)
        for (role, printed_name), mark in zip(block.parties, marks, strict=True):
            gap = 6 * mm
            # Name, signature and date, each on its own line with a gap between the lines.
            rows = [
                [
                    self.para(name, "small"),
                    "",
                    self.para(signature, "small"),
                    "",
                    self.para(date, "small"),
                ],
                [self.para(printed_name, "cell") if printed_name else "", "", "", "", ""],
            ]
            share = width - 2 * gap
            row_height = SIGNATURE_ROW
            if mark is not None:
                row_height = SIGNED_ROW
                rows[1][2] = self._signed(mark, share * 0.34, SIGNED_ROW)
                rows[1][4] = self.para(mark.date, "cell")
                if mark.detail:
                    rows[1][0] = [self.para(printed_name, "cell"), self.para(mark.detail, "small")]
            table = Table(
                rows,
                colWidths=[share * 0.44, gap, share * 0.34, gap, share * 0.22],
                rowHeights=[None, row_height],
            )
            table.setStyle(
                _table_style(
                    [
                        ("VALIGN", (0, 1), (-1, 1), "BOTTOM"),
                        ("LINEBELOW", (0, 1), (0, 1), 0.6, INK),
                        ("LINEBELOW", (2, 1), (2, 1), 0.6, INK),
                        ("LINEBELOW", (4, 1), (4, 1), 0.6, INK),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ]
                )
            )
            out.append(KeepTogether([self.para(role, "lead"), table, Spacer(1, 4 * mm)]))
        return out

    def _signed(
        self, mark: printed.SignedMark, width: float, height: float
    ) -> Flowable | list[Flowable]:
        if mark.strokes:
            return _StrokesFlowable(mark.strokes, mark.note, width, height, self)
        typed = self.para(mark.typed, "cell")
        return [typed, self.para(mark.note, "small")]


class _StrokesFlowable(Flowable):
    """A signature drawn on screen, as reportlab paths: each stroke a run of segments whose
    width follows the pen's pressure; the note (signed on screen) in small print under it."""

    def __init__(
        self,
        strokes: tuple[tuple[tuple[float, float, float], ...], ...],
        note: str,
        width: float,
        height: float,
        builder: _Builder,
    ) -> None:
        super().__init__()
        self.strokes = strokes
        self.note = builder.para(note, "small")
        self.width = width
        self.height = height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        _, note_height = self.note.wrap(self.width, self.height)
        self.note.drawOn(canvas, 0, 0)
        # The pad's shape (3:1) kept, fitted into the space above the note.
        box_h = self.height - note_height - 1
        box_w = min(self.width, box_h * 3)
        canvas.saveState()
        canvas.setStrokeColor(INK)
        canvas.setLineCap(1)
        canvas.setLineJoin(1)
        for stroke in self.strokes:
            points = [(x * box_w, note_height + 1 + (1 - y) * box_h, p) for x, y, p in stroke]
            if len(points) == 1:
                x, y, p = points[0]
                canvas.circle(x, y, _pen_width(p) / 2, stroke=0, fill=1)
                continue
            for (x1, y1, p1), (x2, y2, p2) in itertools.pairwise(points):
                canvas.setLineWidth(_pen_width((p1 + p2) / 2))
                path = canvas.beginPath()
                path.moveTo(x1, y1)
                path.lineTo(x2, y2)
                canvas.drawPath(path, stroke=1, fill=0)
        canvas.restoreState()


def _pen_width(pressure: float) -> float:
    """Line width in points for a pen pressure 0..1 (0.5, a mouse, draws 1.1 points)."""
    return 0.4 + 1.4 * pressure


class _Stack(Flowable):
    """Flowables drawn one under another as one unsplittable picture (face, legend, caption),
    with the sizing calls `ImageAndFlowables` makes of an image."""

    def __init__(self, parts: list[Flowable], width: float) -> None:
        super().__init__()
        self.parts, self.width = parts, width
        self.heights: list[float] = []

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.heights = [part.wrap(self.width, available_height)[1] for part in self.parts]
        self.height = sum(self.heights)
        return self.width, self.height

    def _restrictSize(self, width: float, height: float) -> tuple[float, float]:
        return self.width, self.height

    def _unRestrictSize(self) -> None:
        pass

    def draw(self) -> None:
        y = self.height
        for part, height in zip(self.parts, self.heights, strict=True):
            y -= height
            part.drawOn(self.canv, 0, y)


class _LegendLine(Flowable):
    """A colour square and the kind of scar it stands for."""

    def __init__(self, colour: colors.Color, text: Paragraph, width: float) -> None:
        super().__init__()
        self.colour, self.text, self.width = colour, text, width

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        _, self.text_height = self.text.wrap(self.width - 5 * mm, available_height)
        self.height = max(self.text_height, 3.2 * mm) + 1.5
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFillColor(self.colour)
        canvas.setStrokeColor(MUTED)
        canvas.setLineWidth(0.3)
        top = self.height - 1
        canvas.rect(0, top - 3 * mm, 3 * mm, 3 * mm, fill=1, stroke=1)
        self.text.drawOn(canvas, 5 * mm, self.height - self.text_height - 1)


def _draw_line(canvas: Any, line: Paragraph, x: float, baseline: float, width: float) -> None:
    """Draw a one-line Paragraph (through the fonts' markup) with its baseline at `baseline`."""
    line.wrap(width, 1000)
    style = line.style
    line.drawOn(canvas, x, baseline - (style.leading - style.fontSize) - style.fontSize * 0.2)


class _FaceFlowable(Flowable):
    """The face map drawn from the shared geometry, zones shaded, counts on top."""

    def __init__(
        self, face_map: FaceMap, diagram: printed.FaceDiagram, width: float, builder: _Builder
    ) -> None:
        super().__init__()
        self.face_map, self.diagram, self.builder = face_map, diagram, builder
        self.scale = width / face_map.width
        self.width = width
        self.sides = 4 * mm
        self.height = face_map.height * self.scale + self.sides

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def _path(self, shape: Shape) -> Any:
        path = self.canv.beginPath()
        height = self.face_map.height
        for subpath in shape:
            for command in subpath:
                op = command[0]
                if op == "M":
                    x, y = command[1]
                    path.moveTo(x, height - y)
                elif op == "L":
                    x, y = command[1]
                    path.lineTo(x, height - y)
                elif op == "C":
                    (x1, y1), (x2, y2), (x, y) = command[1], command[2], command[3]
                    path.curveTo(x1, height - y1, x2, height - y2, x, height - y)
                else:
                    path.close()
        return path

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.translate(0, self.sides)
        canvas.scale(self.scale, self.scale)
        # Decoration first (the face's outline is filled white), zones on top, then features.
        face, *features = self.face_map.outline
        self._decoration(face)
        for zone, shape in self.face_map.zones.items():
            kinds = self.diagram.shading.get(zone, ())
            canvas.setFillColor(KIND_COLOURS[kinds[0]] if kinds else UNSHADED)
            canvas.setStrokeColor(MUTED if kinds else RULE)
            canvas.setLineWidth(0.6)
            canvas.drawPath(self._path(shape), fill=1, stroke=1, fillMode=0)
            # A second kind in the same zone shows as a broad border in its colour.
            if len(kinds) > 1:
                canvas.setStrokeColor(KIND_COLOURS[kinds[1]])
                canvas.setLineWidth(2.4)
                canvas.drawPath(self._path(shape), fill=0, stroke=1)
        for decoration in features:
            self._decoration(decoration)
        canvas.restoreState()
        # Labels in page units, so their size does not depend on the diagram's scale.
        for zone, label in self.diagram.labels.items():
            x, y = anchor(self.face_map, zone)
            style = "zone_label" if len(label) < 4 else "zone_label_small"
            size = self.builder.styles[style].fontSize
            _draw_line(
                canvas,
                self.builder.para(label, style),
                x * self.scale - 15 * mm,
                self.sides + (self.face_map.height - y) * self.scale - size * 0.35,
                30 * mm,
            )
        # The patient faces the reader: their right is on the left of the picture.
        _draw_line(canvas, self.builder.para(self.diagram.right, "small"), 0, 0, self.width)
        _draw_line(canvas, self.builder.para(self.diagram.left, "small_right"), 0, 0, self.width)

    def _decoration(self, decoration: Any) -> None:
        canvas = self.canv
        fill = decoration.fill is not None
        stroke = decoration.stroke is not None
        if fill:
            canvas.setFillColor(
                colors.HexColor(decoration.fill)
                if decoration.fill.startswith("#")
                else colors.white
            )
        if stroke:
            canvas.setStrokeColor(
                colors.HexColor(decoration.stroke) if decoration.stroke.startswith("#") else INK
            )
            canvas.setLineWidth(decoration.stroke_width)
        if fill or stroke:
            canvas.drawPath(
                self._path(decoration.shape), fill=int(fill), stroke=int(stroke), fillMode=0
            )


@functools.lru_cache(maxsize=4)
def _scaled_logo(path: str, modified_ns: int, size: int) -> tuple[bytes, int, int]:
    """The logo as a small JPEG; cached per file version, since every handout prints it."""
    from PIL import Image as PILImage

    with PILImage.open(path) as source:
        source.draft("RGB", LOGO_PIXELS)  # JPEG: decode at a reduced size, much faster
        picture = source.convert("RGBA")
    picture.thumbnail(LOGO_PIXELS)
    # Flattened on the paper's white and kept as JPEG, which the PDF embeds without re-encoding.
    paper = PILImage.new("RGB", picture.size, "white")
    paper.paste(picture, mask=picture.getchannel("A"))
    data = io.BytesIO()
    paper.save(data, format="JPEG", quality=90)
    return data.getvalue(), *paper.size


def _logo(path: str) -> tuple[Image | None, str]:
    """The clinic logo scaled for print, or None and the reason it was left out."""
    if not path:
        return None, ""
    from PIL import UnidentifiedImageError
    from PIL.Image import DecompressionBombError

    try:
        found = os.stat(path)
        data, pixels_w, pixels_h = _scaled_logo(path, found.st_mtime_ns, found.st_size)
    except (OSError, UnidentifiedImageError, ValueError, DecompressionBombError) as error:
        reason = (
            error.strerror if isinstance(error, OSError) and error.strerror else "not a picture"
        )
        return (
            None,
            f"The clinic logo could not be read ({reason}); the page is printed without it.",
        )
    scale = min(LOGO_MAX[0] / pixels_w, LOGO_MAX[1] / pixels_h)
    return Image(io.BytesIO(data), width=pixels_w * scale, height=pixels_h * scale), ""


def _header(
    document: printed.PrintedDocument, builder: _Builder, warnings: list[str]
) -> list[Flowable]:
    clinic = document.clinic
    width = builder.width
    logo, problem = _logo(clinic.logo_path)
    if problem:
        warnings.append(problem)
    contact_lines: list[Flowable] = []
    if clinic.name.strip():
        contact_lines.append(builder.para(clinic.name.strip(), "clinic"))
    for line in clinic.address.strip().splitlines():
        if line.strip():
            contact_lines.append(builder.para(line.strip(), "contact"))
    labels = document.contact_labels
    details = [
        f"{labels.get(key, key)}\u00a0{value.strip()}"
        for key, value in (
            ("phone", clinic.phone),
            ("email", clinic.email),
            ("website", clinic.website),
        )
        if value.strip()
    ]
    if details:
        contact_lines.append(builder.para("  ·  ".join(details), "contact"))
    out: list[Flowable] = []
    if logo is not None or contact_lines:
        # However long the address, the letterhead keeps its size: the text shrinks instead.
        contact = KeepInFrame(
            width - LOGO_MAX[0] - 4 * mm, LETTERHEAD_MAX, contact_lines, mode="shrink"
        )
        row = [logo or "", contact]
        top = Table([row], colWidths=[LOGO_MAX[0] + 4 * mm, width - LOGO_MAX[0] - 4 * mm])
        top.setStyle(
            _table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ]
            )
        )
        out += [top, Spacer(1, 5 * mm)]
    out += [builder.para(document.title, "title"), builder.para(document.subtitle, "subtitle")]
    # The patient's name takes the full width; the other facts share the next line.
    (name_label, name), *others = document.facts
    column = (width - 8 * mm) / max(1, len(others))
    rows = [
        [builder.para(name_label, "label")] + [""] * (len(others) - 1),
        [builder.fitted(name, "fact", width - 8 * mm)] + [""] * (len(others) - 1),
        [builder.para(label, "label") for label, _ in others],
        [builder.fitted(value, "fact", column - 4 * mm) for _, value in others],
    ]
    facts = Table(rows, colWidths=[column + 4 * mm] * len(others))
    facts.setStyle(
        _table_style(
            [
                ("SPAN", (0, 0), (-1, 0)),
                ("SPAN", (0, 1), (-1, 1)),
                ("BACKGROUND", (0, 0), (-1, -1), PALE),
                ("LEFTPADDING", (0, 0), (-1, -1), 4 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("TOPPADDING", (0, 0), (-1, 0), 3 * mm),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 3 * mm),
                ("TOPPADDING", (0, 2), (-1, 2), 2 * mm),
            ]
        )
    )
    out += [facts, Spacer(1, 2 * mm)]
    return out


def _one_line(builder: _Builder, text: str, width: float, style: str) -> Paragraph | None:
    """`text` on one line of `width`, shortened with an ellipsis when it is longer."""
    shape = builder.styles[style]

    def line(end: int) -> Paragraph | None:
        shown = text if end == len(text) else text[:end].rstrip() + "…"
        made = Paragraph(builder.fonts.markup(shown), shape)
        return made if made.wrap(width, 1000)[1] <= shape.leading * 1.01 else None

    if not text:
        return None
    best = line(len(text))
    low, high = 1, len(text) - 1
    while best is None and low <= high:
        # The longest start that fits, found by halving (a long name is not tried letter by letter).
        middle = (low + high) // 2
        if line(middle) is None:
            high = middle - 1
        else:
            low = middle + 1
    return best or (line(high) if high >= 1 else None)


def _numbered_canvas(
    document: printed.PrintedDocument, builder: _Builder, page_size: tuple[float, float]
) -> type:
    """A canvas that prints "Page x of y" once the page count is known, and on every page the
    patient's name, in case the pages are separated."""
    page_label = document.page_label
    width = builder.width
    footer = _one_line(builder, document.footer, width * 0.42, "small_right")
    # The name gets the middle of the line, between the page number and the phone.
    sides = max(
        pdfmetrics.stringWidth(page_label.format(page=99, pages=99), REGULAR, 8),
        min(width * 0.42, pdfmetrics.stringWidth(document.footer, REGULAR, 8)),
    )
    name_width = width - 2 * (sides + 8)
    patient = (
        _one_line(builder, document.patient, name_width, "small_centre")
        if name_width > 40
        else None
    )

    class NumberedCanvas(pdfcanvas.Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._footer(number, total)
                super().showPage()
            super().save()

        def _footer(self, number: int, total: int) -> None:
            left, y = MARGIN + 6, MARGIN * 0.6
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(left, y + 10, left + width, y + 10)
            label = builder.para(page_label.format(page=number, pages=total), "small")
            _draw_line(self, label, left, y, width)
            if footer is not None:
                _draw_line(self, footer, left + width * 0.58, y, width * 0.42)
            if patient is not None:
                _draw_line(self, patient, left + (width - name_width) / 2, y, name_width)

    return NumberedCanvas


def render(
    document: printed.PrintedDocument, fonts_folder: Path, face_map: FaceMap | None
) -> Rendered:
    """The document as PDF bytes, and warnings about anything that could not print well."""
    fonts = Fonts(fonts_folder)
    page_size = PAGE_SIZES[document.clinic.paper_size]
    # The frame of SimpleDocTemplate pads 6 points on each side.
    width = page_size[0] - 2 * MARGIN - 12
    builder = _Builder(fonts, face_map, width)
    warnings: list[str] = []
    story = _header(document, builder, warnings)
    for section in document.sections:
        story.append(builder.para(section.heading, "heading"))
        story.extend(builder.blocks(section.blocks, width))
    data = io.BytesIO()
    template = SimpleDocTemplate(
        data,
        pagesize=page_size,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN * 0.9,
        bottomMargin=MARGIN + FOOTER_HEIGHT * 0.5,
        title=document.title,
        author=document.clinic.name.strip(),
        creator="consult",
        # Otherwise every page names Helvetica, a font that is not embedded.
        initialFontName=REGULAR,
        lang=document.language,
    )
    template.build(story, canvasmaker=_numbered_canvas(document, builder, page_size))
    return Rendered(data.getvalue(), tuple(warnings + builder.warnings) + fonts.warnings())
