"""Small pieces of the plan editor: banners, reason fields, depth boxes and source references.

Sources are numbered in the order the page first cites them; each reference carries the
citation and its evidence tag as a tooltip, and the page lists them all at the end.
"""

from __future__ import annotations

import html
import math
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from consult.domain.consultation import REASON_MAX, ChangedField
from consult.domain.plan import Plan
from consult.domain.rules import Rules
from consult.ui.rule_texts import rule_text
from consult.ui.theme import active_theme, set_banner, set_tone
from consult.ui.wording import engine_text, worded

# Reason topics shown beside the values they explain, and those the page gives their own
# section (the same lines as the plan's adjuncts and precautions).
BESIDE_VALUES = ("sessions", "interval", "dates", "test_patch", "depth")
OWN_SECTIONS = ("adjunct", "precaution")


def evidence_meaning(tag: str) -> str:
    """What an evidence tag of `sources.toml` says about a source, in plain words."""
    meanings = {
        "V": QCoreApplication.translate("PlanEditor", "verified in the source"),
        "S": QCoreApplication.translate("PlanEditor", "secondary source (clinic or vendor pages)"),
        "M": QCoreApplication.translate(
            "PlanEditor", "recalled from the paper, not checked in full"
        ),
        "D": QCoreApplication.translate(
            "PlanEditor", "derived by the consult team, not a guideline"
        ),
    }
    return meanings.get(tag, tag)


class SourceIndex:
    """The sources a plan cites, numbered in the order the page shows them."""

    def __init__(self, rules: Rules, source_ids: Iterable[str]) -> None:
        self.rules = rules
        self.numbers: dict[str, int] = {}
        for source in source_ids:
            self.numbers.setdefault(source, len(self.numbers) + 1)

    @classmethod
    def of_plan(cls, plan: Plan, rules: Rules) -> SourceIndex:
        """Numbered in reading order: the values' reasons, the others, adjuncts, precautions."""
        ids = [r.source for r in plan.reasons if r.topic in BESIDE_VALUES]
        ids += [r.source for r in plan.reasons if r.topic not in BESIDE_VALUES + OWN_SECTIONS]
        ids += [a.source for a in plan.adjuncts] + [p.source for p in plan.precautions]
        return cls(rules, ids)

    def tag(self, source: str) -> str:
        known = self.rules.sources.get(source)
        return known.evidence if known else "?"

    def reference(self, source: str) -> str:
        """The short reference shown after a line, as rich text: [number, evidence tag]."""
        return (
            f'<span style="color:{active_theme().muted}">\u00a0[{self.numbers.get(source, "?")}'
            f"\u00a0·\u00a0{html.escape(self.tag(source))}]</span>"
        )

    def tooltip(self, source: str) -> str:
        known = self.rules.sources.get(source)
        if known is None:
            return QCoreApplication.translate(
                "PlanEditor", "Source {id} (not in the sources list)"
            ).format(id=source)
        lines = [
            QCoreApplication.translate("PlanEditor", "Source {number}: {citation}").format(
                number=self.numbers.get(source, "?"), citation=rule_text(known.citation)
            ),
            QCoreApplication.translate("PlanEditor", "Evidence {tag}: {meaning}").format(
                tag=known.evidence, meaning=evidence_meaning(known.evidence)
            ),
        ]
        if known.note:
            lines.append(rule_text(known.note))
        return "\n".join(lines)


def cited_label(text: str, source: str, sources: SourceIndex, bullet: bool = False) -> QLabel:
    """A line of the plan followed by its source reference; the citation as a tooltip. A
    rules text (a reason the engine gave) is shown in the window's language."""
    shown = html.escape(engine_text(text))
    label = QLabel(f"{'• ' if bullet else ''}{shown}{sources.reference(source)}")
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setToolTip(sources.tooltip(source))
    label.setAccessibleDescription(sources.tooltip(source))
    return label


def editor_grid(box: QWidget) -> QGridLayout:
    """The grid every box of the plan editor uses: name, value, suggestion. The name and the
    value take the width they need and the suggestion the rest, so that it fits on one line
    where it can (the boxes stand side by side, each row counts at 1280 x 800)."""
    grid = QGridLayout(box)
    grid.setHorizontalSpacing(12)
    grid.setVerticalSpacing(4)
    grid.setColumnStretch(2, 1)
    return grid


def reveal(widget: QWidget) -> None:
    """Show a child just added to a layout of a widget that may already be shown (such a
    child stays hidden otherwise). A widget whose layout is not on a widget yet has no
    parent: showing it would open it as a window of its own and take the focus away."""
    if widget.parentWidget() is not None:
        widget.show()


def muted_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    set_tone(label, "muted")
    return label


def error_label() -> QLabel:
    """A refusal shown in red beside the values it concerns; hidden while empty."""
    label = QLabel()
    label.setWordWrap(True)
    set_tone(label, "error")
    label.setAccessibleName(QCoreApplication.translate("PlanEditor", "Refused change"))
    label.hide()
    return label


def warning_label() -> QLabel:
    """A warning shown in amber beside the value it concerns; hidden while empty."""
    label = QLabel()
    label.setWordWrap(True)
    set_banner(label, "warning")
    label.setStyleSheet("padding: 2px 6px;")
    label.hide()
    return label


def show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def show_refusal(label: QLabel, problem: str) -> None:
    """An edit the rules refused, with their reason (its dates as the window writes them)."""
    show_error(
        label,
        QCoreApplication.translate("PlanEditor", "Not changed: {reason}.").format(
            reason=worded(problem)
        ),
    )


class Banner(QFrame):
    """A coloured box with a bold title and lines of text: red, amber or blue."""

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{kind}Banner")
        set_banner(self, kind)
        # The layout's margins pad it; the theme's banners are padded for a single label.
        self.setStyleSheet(f"QFrame#{self.objectName()} {{ border-radius: 4px; padding: 0px; }}")
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold;")
        self.title.setWordWrap(True)
        self.lines = QVBoxLayout()
        self.lines.setSpacing(4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.title)
        layout.addLayout(self.lines)
        self.hide()

    def show_lines(self, title: str, lines: Iterable[QLabel | str]) -> None:
        """Show the banner with these lines; an empty title and no lines hide it."""
        while self.lines.count():
            item = self.lines.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()
                item.widget().deleteLater()
        self.title.setText(title)
        self.title.setVisible(bool(title))
        count = 0
        for line in lines:
            label = line if isinstance(line, QLabel) else QLabel(line)
            label.setWordWrap(True)
            self.lines.addWidget(label)
            reveal(label)
            count += 1
        self.setVisible(bool(title) or count > 0)


class ReasonEdit(QLineEdit):
    """The short reason for one change to the suggested plan; highlighted while empty."""

    reason_edited = Signal(str, str)  # the field's key, text

    def __init__(self, field: ChangedField, subject: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setPlaceholderText(QCoreApplication.translate("PlanEditor", "Why this change?"))
        self.setMaxLength(REASON_MAX)
        self.setAccessibleName(
            QCoreApplication.translate("PlanEditor", "Reason for the change: {subject}").format(
                subject=subject
            )
        )
        # Once a reason is typed the placeholder is gone: the caption still says what it is.
        self.caption = muted_label(QCoreApplication.translate("PlanEditor", "Reason"))
        self.caption.setBuddy(self)
        self.caption.hide()
        self.textEdited.connect(lambda text: self.reason_edited.emit(self.field.key, text))
        self.textChanged.connect(self._mark)
        self._tabbed_out = False
        self.hide()

    def follows(self, editor: QWidget) -> None:
        """`editor` is the value this reason comes right after. A typed value is taken as Tab
        leaves the editor, so the field appears once the focus has passed it: it is then
        brought here, where a keyboard user expects to land."""
        editor.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and isinstance(event, QFocusEvent):
            # Only for the edit taken while this focus change is handled.
            self._tabbed_out = event.reason() == Qt.FocusReason.TabFocusReason
            QTimer.singleShot(0, self, self._forget_tab)
        return False

    def _forget_tab(self) -> None:
        self._tabbed_out = False

    def show_reason(self, needed: bool, text: str) -> None:
        """Show the field when the value differs from the suggestion, with the kept reason."""
        appearing = needed and self.isHidden()
        if self.text() != text:
            self.setText(text)
        self.setVisible(needed)
        self.caption.setVisible(needed)
        self._mark()
        if appearing and self._tabbed_out:
            self._tabbed_out = False
            QTimer.singleShot(0, self, self._take_focus)  # once the focus change has ended

    def _take_focus(self) -> None:
        self.setFocus(Qt.FocusReason.TabFocusReason)
        area = self.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if area is not None:  # the page scrolls to it, as it does for Tab
            area.ensureWidgetVisible(self)

    def _mark(self) -> None:
        if self.text().strip():
            set_banner(self, "")
            self.setStyleSheet("")
            self.setToolTip(
                QCoreApplication.translate(
                    "PlanEditor", "Kept with the plan as the reason for this change"
                )
            )
        else:
            set_banner(self, "warning")
            self.setStyleSheet("QLineEdit { border-radius: 2px; padding: 2px; }")
            self.setToolTip(
                QCoreApplication.translate(
                    "PlanEditor", "A change to the suggestion needs a short reason"
                )
            )


class DepthSpinBox(QDoubleSpinBox):
    """A needle depth in mm, shown without trailing zeros; the arrows step onto round values
    (with 0.25 mm steps, 0.6 goes to 0.75 or 0.5), typing takes any depth to the thousandth."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDecimals(3)
        self.setSingleStep(0.05)
        self.setSuffix(QCoreApplication.translate("PlanEditor", " mm"))
        self.setKeyboardTracking(False)
        self.setAccelerated(True)

    def textFromValue(self, value: float) -> str:
        return self.locale().toString(value, "g", 6)

    def stepBy(self, steps: int) -> None:
        step = self.singleStep()
        units = self.value() / step
        # Off the grid, the first step lands on the neighbouring grid value.
        base = math.floor(units + 1e-6) if steps > 0 else math.ceil(units - 1e-6)
        self.setValue((base + steps) * step)


def weeks_or_days(days: int) -> str:
    """A gap between two sessions as it is easiest to read: whole weeks, or days."""
    if days == 7:
        return QCoreApplication.translate("PlanEditor", "1 week")
    if days % 7 == 0:
        return QCoreApplication.translate("PlanEditor", "{count} weeks").format(count=days // 7)
    return QCoreApplication.translate("PlanEditor", "{count} days").format(count=days)


def show_mm(value: float) -> str:
    return QCoreApplication.translate("PlanEditor", "{depth} mm").format(
        depth=QLocale().toString(value, "g", 6)
    )


class NoteList(QWidget):
    """Lines of the plan's reasons, each with its source reference."""

    def __init__(self, muted: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.muted = muted
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(4)

    def show_notes(self, notes: Iterable[tuple[str, str]], sources: SourceIndex) -> None:
        """Show (text, source) lines; none hides the list."""
        while self.layout_.count():
            item = self.layout_.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()
                item.widget().deleteLater()
        count = 0
        for text, source in notes:
            label = cited_label(text, source, sources)
            if self.muted:
                set_tone(label, "muted")
            self.layout_.addWidget(label)
            reveal(label)
            count += 1
        self.setVisible(count > 0)
