"""The plan editor's needle depths: one value per zone to needle, beside its suggestion."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QWidget

from consult.domain.consultation import depth_field
from consult.domain.plan import DEPTH_DEEPER_THAN_USUAL, DEPTH_USUAL, ZoneDepth, check_depth
from consult.services.consultations import ConsultationPreview
from consult.ui.rule_texts import rule_text
from consult.ui.wizard.plan.edit import edit_plan, field_name
from consult.ui.wizard.plan.widgets import (
    DepthSpinBox,
    NoteList,
    ReasonEdit,
    SourceIndex,
    editor_grid,
    error_label,
    muted_label,
    reveal,
    show_error,
    show_mm,
    show_refusal,
    warning_label,
)
from consult.ui.wizard.session import ConsultationSession

# Bounds of what can be typed, not advice: outside the zone's usual range the plan warns.
DEPTH_INPUT_MM = (0.05, 3.0)
ROWS_PER_ZONE = 3  # the value, a warning, the reason
# Depths are kept to the thousandth of a millimetre (0.625 mm is the middle of a range).
DEPTH_DECIMALS = 3


class DepthRow:
    """The widgets of one zone: its name, the depth, the suggestion and the reason."""

    def __init__(self, box: DepthBox, depth: ZoneDepth) -> None:
        self.box = box
        rules = box.session.rules
        zone = rules.zones[depth.zone]
        name = rule_text(zone.label)
        self.zone = depth.zone
        self.label = QLabel(name)
        self.spin = DepthSpinBox()
        self.spin.setRange(*DEPTH_INPUT_MM)
        self.spin.setSingleStep(rules.plan.depth.step_mm)  # the pen's steps
        self.spin.setAccessibleName(
            QCoreApplication.translate("DepthBox", "Needle depth, {zone}").format(zone=name)
        )
        self.label.setBuddy(self.spin)
        self.hint = muted_label()
        # A depth outside the usual range, said beside it (the page's warnings repeat it).
        self.warning = warning_label()
        self.reason = ReasonEdit(
            depth_field(depth.zone), field_name(depth_field(depth.zone), rules)
        )
        self.reason.follows(self.spin)

    def show(self, depth: ZoneDepth, final_mm: float) -> None:
        self.spin.blockSignals(True)
        self.spin.setValue(final_mm)
        self.spin.blockSignals(False)
        hint = QCoreApplication.translate(
            "DepthBox", "Suggested {depth} · usual {low} to {high}"
        ).format(
            depth=show_mm(depth.suggested_mm),
            low=show_mm(depth.low_mm),
            high=show_mm(depth.high_mm),
        )
        if depth.accepted_max_mm is not None and depth.accepted_max_mm > depth.high_mm:
            hint += QCoreApplication.translate("DepthBox", " · up to {most} with a reason").format(
                most=show_mm(depth.accepted_max_mm)
            )
        self.hint.setText(hint)
        self.spin.setAccessibleDescription(self.hint.text())
        checked = check_depth(self.box.session.rules.zones[self.zone], final_mm)
        warning = ""
        if checked.status == DEPTH_DEEPER_THAN_USUAL:
            warning = QCoreApplication.translate(
                "DepthBox", "Deeper than the usual range: give the reason below."
            )
        elif checked.status != DEPTH_USUAL:
            warning = QCoreApplication.translate(
                "DepthBox", "Outside the usual range: give the reason below."
            )
        self.warning.setText(warning)
        self.warning.setVisible(bool(warning))

    def widgets(self) -> list[QWidget]:
        return [self.label, self.spin, self.hint, self.warning, self.reason, self.reason.caption]


class DepthBox(QGroupBox):
    """Needle depth per zone, each beside its suggestion and, once changed, its reason."""

    edited = Signal()  # an edit was taken: the page shows the new plan

    def __init__(self, session: ConsultationSession, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Needle depth"), parent)
        self.session = session
        self.rows: list[DepthRow] = []
        self.grid = editor_grid(self)
        self.sources = SourceIndex(session.rules, ())
        self.notes = NoteList()
        self.error = error_label()
        self.grid.addWidget(self.error, 0, 1, 1, 2)
        self.grid.addWidget(self.notes, 1, 1, 1, 2)

    def focus_chain(self) -> list[QWidget]:
        return [widget for row in self.rows for widget in (row.spin, row.reason)]

    def fill(self, preview: ConsultationPreview, sources: SourceIndex) -> None:
        self.sources = sources
        plan = preview.final.plan
        if [row.zone for row in self.rows] != [d.zone for d in plan.needle_depth]:
            self._make_rows(plan.needle_depth)
        changed = {override.changed for override in preview.final.overrides}
        kept = self.session.draft.plan_choices.reasons
        for row, depth in zip(self.rows, plan.needle_depth, strict=True):
            row.show(depth, preview.final.depths_mm[row.zone])
            row.reason.show_reason(row.reason.field in changed, kept.get(row.reason.field.key, ""))
        self.notes.show_notes(
            ((why.text, why.source) for why in plan.reasons if why.topic == "depth"), sources
        )

    def clear_errors(self) -> None:
        show_error(self.error, "")

    def _make_rows(self, depths: tuple[ZoneDepth, ...]) -> None:
        for row in self.rows:
            for widget in row.widgets():
                self.grid.removeWidget(widget)
                widget.hide()
                widget.deleteLater()
        self.grid.removeWidget(self.notes)
        self.grid.removeWidget(self.error)
        self.rows = [DepthRow(self, depth) for depth in depths]
        for number, row in enumerate(self.rows):
            # The zone's value on one line, a depth outside its usual range on the next, then
            # the reason for changing it.
            line = ROWS_PER_ZONE * number
            for column, widget in enumerate((row.label, row.spin, row.hint)):
                self.grid.addWidget(widget, line, column)
                reveal(widget)
            self.grid.addWidget(row.warning, line + 1, 1, 1, 2)
            row.warning.setVisible(bool(row.warning.text()))  # in the grid: never a window
            self.grid.addWidget(row.reason.caption, line + 2, 0)
            self.grid.addWidget(row.reason, line + 2, 1, 1, 2)
            row.spin.valueChanged.connect(
                lambda value, zone=row.zone: self._depth_edited(zone, value)
            )
            row.reason.reason_edited.connect(self._reason_edited)
        self.grid.addWidget(self.error, ROWS_PER_ZONE * len(self.rows), 1, 1, 2)
        self.grid.addWidget(self.notes, ROWS_PER_ZONE * len(self.rows) + 1, 1, 1, 2)

    def _depth_edited(self, zone: str, value: float) -> None:
        preview = self.session.preview
        assert preview is not None, "depths are shown only with a plan"
        suggested = next(d.suggested_mm for d in preview.final.plan.needle_depth if d.zone == zone)
        depths = dict(self.session.draft.plan_choices.depths_mm)
        depth = round(value, DEPTH_DECIMALS)
        if math.isclose(depth, suggested, abs_tol=10**-DEPTH_DECIMALS / 2):
            depths.pop(zone, None)
        else:
            depths[zone] = depth
        self._done(edit_plan(self.session, depths_mm=depths))

    def _reason_edited(self, field: str, text: str) -> None:
        reasons = {**self.session.draft.plan_choices.reasons, field: text}
        self._done(edit_plan(self.session, reasons=reasons))

    def _done(self, problem: str) -> None:
        self.clear_errors()
        if problem:
            show_refusal(self.error, problem)
            if self.session.preview is not None:
                self.fill(self.session.preview, self.sources)
            return
        self.edited.emit()
