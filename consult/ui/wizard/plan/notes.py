"""The plan editor's side column: why this plan, treatments to consider, precautions and the
sources cited, each source with its citation and evidence tag."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QToolButton, QVBoxLayout, QWidget

from consult.domain.plan import Plan
from consult.ui.rule_texts import rule_text
from consult.ui.theme import active_theme
from consult.ui.wizard.plan.widgets import (
    BESIDE_VALUES,
    OWN_SECTIONS,
    NoteList,
    SourceIndex,
    evidence_meaning,
)
from consult.ui.wizard.precautions import derived_why, precaution_text


class NoteBox(QGroupBox):
    """A titled list of cited lines, hidden when it has none."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        # The lines read as the plan's own words here, not as small print.
        self.notes = NoteList(muted=False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notes)

    def show_notes(self, notes: list[tuple[str, str]], sources: SourceIndex) -> None:
        self.notes.show_notes(notes, sources)
        self.setVisible(bool(notes))


class SourcesBox(QWidget):
    """The numbered sources the page refers to, with their evidence tags, opened on demand:
    each line's reference already names its source in a tooltip, and the full list would
    push the plan past the screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.toggle = QToolButton()
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setToolTip(self.tr("Show or hide the full citation of every source"))
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Small print: the references in the lines above are what is read first.
        font = self.text.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        self.text.setFont(font)
        self.text.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toggle)
        layout.addWidget(self.text)
        self.toggle.toggled.connect(self._open)

    def _open(self, shown: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.text.setVisible(shown)

    def show_sources(self, sources: SourceIndex) -> None:
        entries = []
        for source, number in sources.numbers.items():
            known = sources.rules.sources.get(source)
            citation = rule_text(known.citation) if known else source
            tag = sources.tag(source)
            entries.append(
                f"<p style='margin-bottom:6px'>[{number}] {html.escape(citation)}<br>"
                f"<span style='color:{active_theme().muted}'>"
                + html.escape(
                    self.tr("Evidence {tag}: {meaning}").format(
                        tag=tag, meaning=evidence_meaning(tag)
                    )
                )
                + "</span></p>"
            )
        self.text.setText("".join(entries))
        self.toggle.setText(self.tr("Sources ({count})").format(count=len(entries)))
        self.setVisible(bool(entries))


class NotesColumn(QWidget):
    """Everything about the plan that is read rather than edited."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.why = NoteBox(self.tr("Why this plan"))
        self.adjuncts = NoteBox(self.tr("Also consider"))
        self.precautions = NoteBox(self.tr("Precautions"))
        self.sources = SourcesBox()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for box in (self.why, self.adjuncts, self.precautions, self.sources):
            layout.addWidget(box)
        layout.addStretch(1)

    def fill(self, plan: Plan, sources: SourceIndex, general: bool) -> None:
        """Show the plan's notes; `general` shows the reasons not placed elsewhere (a plan
        that is not suggested shows its reasons in the page's banner instead)."""
        placed = BESIDE_VALUES + OWN_SECTIONS
        why = [(r.text, r.source) for r in plan.reasons if r.topic not in placed]
        self.why.show_notes(why if general else [], sources)
        self.adjuncts.show_notes([(a.text, a.source) for a in plan.adjuncts], sources)
        # A derived precaution says why it applies, dates as the window writes them.
        precautions = [
            (" ".join(filter(None, (precaution_text(hit), derived_why(hit)))), hit.source)
            for hit in plan.precautions
        ]
        self.precautions.show_notes(precautions, sources)
        self.sources.show_sources(sources)
