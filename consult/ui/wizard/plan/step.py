"""The Plan page of the consultation wizard: the suggested plan, every value editable.

Each value sits beside the engine's suggestion and the reason for it, with its source. A
value changed from the suggestion asks for a short reason, kept with the plan; Next waits
for every reason. A plan that screening blocks is only deferred: nothing to edit.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from consult.domain.consultation import Override, PlanField
from consult.domain.plan import Plan
from consult.domain.plan_status import PlanStatus
from consult.services.consultations import ConsultationPreview
from consult.ui.theme import set_tone
from consult.ui.wizard.page import WizardPage
from consult.ui.wizard.plan.depths import DepthBox
from consult.ui.wizard.plan.edit import field_name
from consult.ui.wizard.plan.notes import NotesColumn
from consult.ui.wizard.plan.schedule import ScheduleBox
from consult.ui.wizard.plan.widgets import OWN_SECTIONS, Banner, SourceIndex, cited_label
from consult.ui.wizard.reflection import ReflectionWarning
from consult.ui.wizard.session import ConsultationSession
from consult.ui.wording import override_value, worded

# The narrowest page (in device-independent pixels) that shows the dates beside the depths
# and notes without squeezing either: a 1024-pixel window's, less the step list.
SIDE_BY_SIDE_WIDTH = 860


class PlanStep(WizardPage):
    def __init__(self, session: ConsultationSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.deferred = Banner("error")
        self.nothing = Banner("info")
        self.warnings = Banner("warning")
        self.changes = Banner("info")
        self.reflection = ReflectionWarning(session)
        self.schedule = ScheduleBox(session)
        self.depths = DepthBox(session)
        self.notes = NotesColumn()
        self._shown: tuple[Plan, SourceIndex] | None = None

        # The dates down one column, the depths and the notes down the other: eight dated
        # sessions and ten zones side by side fit 1280 x 800 without scrolling.
        self.side = QWidget()
        side = QVBoxLayout(self.side)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.depths)
        side.addWidget(self.notes)
        side.addStretch(1)
        self.columns = columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        columns.setSpacing(16)
        # Without values to edit, the notes take the whole width.
        columns.addWidget(self.schedule, 1, Qt.AlignmentFlag.AlignTop)
        columns.addWidget(self.side, 1)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 8, 0)
        for widget in (
            self.problem,
            self.deferred,
            self.nothing,
            self.warnings,
            self.reflection,
            self.changes,
        ):
            layout.addWidget(widget)
        layout.addLayout(columns, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.schedule.edited.connect(self._edit_taken)
        self.depths.edited.connect(self._edit_taken)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Side by side on a wide page; one above the other when narrow (200 % scaling).
        wide = event.size().width() >= SIDE_BY_SIDE_WIDTH
        self.columns.setDirection(
            QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        )
        super().resizeEvent(event)

    def title(self) -> str:
        return self.tr("Plan")

    def refresh(self) -> None:
        self._shown = None
        self._edit_taken()

    def _edit_taken(self) -> None:
        """An edit taken anywhere on the page: an earlier refusal no longer applies."""
        self.schedule.clear_errors()
        self.depths.clear_errors()
        self._show_plan()

    def blocker(self) -> str:
        preview = self.session.preview
        if preview is None:
            return self.tr("There is no plan yet: {problem}.").format(
                problem=worded(self.session.problem)
            )
        missing = [p.field for p in self.session.readiness() if p.field is not None]
        if missing:
            names = "; ".join(field_name(field, self.session.rules) for field in missing)
            return self.tr(
                "Each change to the suggested plan needs a short reason: {changes}."
            ).format(changes=names)
        return ""

    def _show_plan(self) -> None:
        self.reflection.refresh()
        preview = self.session.preview
        self.problem.setVisible(preview is None)
        if preview is None:
            self.problem.setText(
                self.tr("There is no plan yet: {problem}.").format(
                    problem=worded(self.session.problem)
                )
            )
            for widget in (
                self.deferred,
                self.nothing,
                self.warnings,
                self.changes,
                self.schedule,
                self.depths,
                self.notes,
            ):
                widget.hide()
            self._shown = None
            return
        plan = preview.final.plan
        editable = plan.status == PlanStatus.SUGGESTED
        shown = self._shown
        if shown is None or shown[0] != plan:
            # Typing a reason leaves the plan as it is: its notes need no redrawing then.
            sources = SourceIndex.of_plan(plan, self.session.rules)
            self._shown = (plan, sources)
            self._show_status(plan, sources)
            warnings = (
                list(plan.warnings)  # a final plan is a record, its dates past by now
                if self.session.read_only
                else [worded(line) for line in self.session.open_warnings()]
            )
            # Only a draft asks for a check; a final plan's warnings were noted when confirmed.
            heading = (
                self.tr("Warnings noted when confirmed")
                if self.session.read_only
                else self.tr("Check before you confirm")
            )
            self.warnings.show_lines(heading if warnings else "", warnings)
            self.notes.fill(plan, sources, general=editable)
            self.notes.show()
        sources = self._shown[1]
        self.schedule.setVisible(editable)
        self.depths.setVisible(editable and bool(plan.needle_depth))
        if editable:
            self.schedule.fill(preview, sources)
            self.depths.fill(preview, sources)
        self._show_changes(preview if editable else None)
        self.setFocusProxy(self.schedule.sessions if editable else None)
        chain = self.schedule.focus_chain() + self.depths.focus_chain()
        for widget in chain:
            # A final consultation is a record: its values and reasons are shown, not edited.
            widget.setReadOnly(self.session.read_only)
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _show_status(self, plan: Plan, sources: SourceIndex) -> None:
        """A blocked plan is deferred (red); a plan with nothing to do says so (blue)."""
        precautions = {(hit.text, hit.source) for hit in plan.precautions}
        reasons = [
            cited_label(why.text, why.source, sources, bullet=True)
            for why in plan.reasons
            if why.topic not in OWN_SECTIONS and (why.text, why.source) not in precautions
        ]
        if plan.status == PlanStatus.BLOCKED:
            self.deferred.show_lines(
                self.tr("Plan deferred"),
                [
                    self.tr("Screening found a reason not to needle now:"),
                    *reasons,
                    self.tr(
                        "The only option is to defer: the consultation will be kept with a "
                        "deferred plan and no session dates. Plan the treatment at a later "
                        "consultation, once the reasons above are resolved."
                    ),
                ],
            )
        else:
            self.deferred.show_lines("", [])
        if plan.status in (PlanStatus.SUGGESTED, PlanStatus.BLOCKED):
            self.nothing.show_lines("", [])
            return
        if plan.status == PlanStatus.INCOMPLETE:
            # The Screening page asks every question first; a draft from before may not have.
            title = self.tr("The plan waits for the screening")
            closing = self.tr(
                "Answer these questions on the Screening page: the plan is dated once they are."
            )
            self.nothing.show_lines(title, [*reasons, closing])
            return
        title = (
            self.tr("Nothing to needle")
            if plan.status == PlanStatus.NOTHING_TO_NEEDLE
            else self.tr("Nothing to treat")
        )
        closing = self.tr("The consultation will be kept without session dates.")
        self.nothing.show_lines(title, [*reasons, closing])

    def _show_changes(self, preview: ConsultationPreview | None) -> None:
        """The values changed from the suggestion, and which still need a reason."""
        overrides = preview.final.overrides if preview is not None else ()
        self.changes.show_lines(
            self.tr("Changed from the suggestion") if overrides else "",
            [self._change_line(override) for override in overrides],
        )

    def _change_line(self, override: Override) -> QLabel:
        name = field_name(override.changed, self.session.rules)
        if override.field == PlanField.DATES:
            text = self.tr("{name}: moved by hand").format(name=name)
        else:
            text = self.tr("{name}: {suggested} → {final}").format(
                name=name,
                suggested=override_value(override.suggested),
                final=override_value(override.final),
            )
        label = QLabel(text)
        if not override.reason.strip():
            label.setText(self.tr("{change} (needs a reason)").format(change=text))
            set_tone(label, "error")
        return label
