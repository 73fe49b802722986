"""The Finish page: what will be kept, what is still missing, and Finish."""

from __future__ import annotations

from html import escape
from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from consult.domain.consultation import NOTES_MAX
from consult.domain.messages import Message
from consult.domain.plan_status import PlanStatus
from consult.domain.rules import ScreeningLevel
from consult.services.errors import StoreError
from consult.services.readiness import ProblemKind
from consult.ui.formats import show_date
from consult.ui.rule_texts import rule_text
from consult.ui.theme import set_banner, set_tone
from consult.ui.wizard.page import WizardPage
from consult.ui.wizard.plan.edit import field_name
from consult.ui.wizard.precautions import precaution_line
from consult.ui.wizard.reflection import ReflectionWarning
from consult.ui.wizard.session import ConsultationSession
from consult.ui.wording import override_value, worded


class FinishStep(WizardPage):
    finish_requested = Signal()

    def __init__(self, session: ConsultationSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("finishSummary")
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        set_tone(self.missing, "error")
        # Not a reason to hold Finish back (a handout may be sent later), but worth a look.
        self.handout_note = QLabel()
        self.handout_note.setObjectName("handoutNote")
        self.handout_note.setWordWrap(True)
        set_banner(self.handout_note, "warning")
        self.handout_note.hide()
        # Every plan warning still open, repeated here, each ticked as checked before Finish
        # (the Plan page may be long past by now).
        self.warnings = QFrame()
        self.warnings.setObjectName("planWarnings")
        set_banner(self.warnings, "warning")
        self.warning_rows = QVBoxLayout(self.warnings)
        self.warnings.hide()
        self.warning_ticks: dict[Message, QCheckBox] = {}
        self.precaution_ticks: dict[str, QCheckBox] = {}
        self._warnings_shown: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setPlaceholderText(self.tr("Notes for the record (not printed on the handout)"))
        self.notes.setMaximumHeight(120)
        self.notes.setTabChangesFocus(True)
        self.finish_button = QPushButton(self.tr("Finish and &save"))
        self.finish_button.setDefault(True)
        notes_label = QLabel(self.tr("N&otes"))
        notes_label.setBuddy(self.notes)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.warnings)
        self.reflection = ReflectionWarning(session)
        layout.addWidget(self.reflection)
        layout.addWidget(self.missing)
        layout.addWidget(self.handout_note)
        layout.addWidget(notes_label)
        layout.addWidget(self.notes)
        finish_row = QHBoxLayout()
        finish_row.addStretch(1)
        finish_row.addWidget(self.finish_button)
        layout.addLayout(finish_row)
        layout.addStretch(1)
        self.notes.textChanged.connect(self._notes_typed)
        # Typing the reason is what Finish waits for: checked again as it is typed.
        self.reflection.reason_changed.connect(self._show_missing)
        self.finish_button.clicked.connect(self._finish_clicked)
        self.setFocusProxy(self.notes)

    def title(self) -> str:
        return self.tr("Finish")

    def refresh(self) -> None:
        session = self.session
        self.notes.blockSignals(True)
        if self.notes.toPlainText() != session.draft.notes:
            self.notes.setPlainText(session.draft.notes)
        self.notes.blockSignals(False)
        self.notes.setReadOnly(session.read_only)
        self.finish_button.setVisible(not session.read_only)
        self.summary.setText(self._summary())
        self._show_warnings()
        self.reflection.refresh()
        self._show_missing()
        note = "" if session.read_only else self._handout_note()
        self.handout_note.setText(note)
        self.handout_note.setVisible(bool(note))

    def open_warnings(self) -> tuple[Message, ...]:
        """The plan's warnings still open, in the domain's words (none once final)."""
        return self.session.open_warnings()

    def _show_warnings(self) -> None:
        warnings = self.open_warnings()
        precautions = self.session.precautions_to_check()
        shown = (warnings, tuple(hit.id for hit in precautions))
        if shown != self._warnings_shown:  # rebuilt only when it changes: a tick keeps focus
            self._warnings_shown = shown
            while self.warning_rows.count():
                widget = self.warning_rows.takeAt(0).widget()
                if widget is not None:
                    widget.deleteLater()
            self.warning_ticks = {}
            self.precaution_ticks = {}
            if warnings or precautions:
                self.warning_rows.addWidget(
                    QLabel(self.tr("<b>Check each of these before you finish</b>"))
                )
            for hit in precautions:
                text = precaution_line(hit)
                tick = self._check_row(text, self.tr("Acknowledged"))
                tick.toggled.connect(lambda on, item=hit.id: self._acknowledge(item, on))
                self.precaution_ticks[hit.id] = tick
            for warning in warnings:
                tick = self._check_row(worded(warning), self.tr("Checked"))
                tick.toggled.connect(lambda on, warning=warning: self._tick(warning, on))
                self.warning_ticks[warning] = tick
            # Created after the page: first in the tab order, then the notes and Finish.
            ticks = [*self.precaution_ticks.values(), *self.warning_ticks.values()]
            for before, after in pairwise([*ticks, self.notes]):
                QWidget.setTabOrder(before, after)
            self.setFocusProxy(ticks[0] if ticks else self.notes)
        acknowledged = self.session.draft.acknowledged
        ticked = [(tick, item in acknowledged) for item, tick in self.precaution_ticks.items()]
        editor = self.session.editor
        ticked += [
            (tick, editor.is_checked(warning)) for warning, tick in self.warning_ticks.items()
        ]
        for tick, on in ticked:
            tick.blockSignals(True)
            tick.setChecked(on)
            tick.blockSignals(False)
        self.warnings.setVisible(bool(warnings or precautions))

    def _check_row(self, text: str, tick_text: str) -> QCheckBox:
        line = QLabel(text)
        line.setWordWrap(True)
        line.setTextFormat(Qt.TextFormat.PlainText)
        tick = QCheckBox(tick_text)
        tick.setAccessibleName(f"{tick_text}: {text}")
        self.warning_rows.addWidget(line)
        self.warning_rows.addWidget(tick)
        return tick

    def _tick(self, warning: Message, on: bool) -> None:
        self.session.check_warning(warning, on)
        self._show_missing()

    def _acknowledge(self, item: str, on: bool) -> None:
        """Kept in the draft, as a tick on the Screening page is (finishing checks it)."""
        ticked = set(self.session.draft.acknowledged)
        if on:
            ticked.add(item)
        else:
            ticked.discard(item)
        problem = self.session.update(acknowledged=frozenset(ticked))
        self._show_missing()
        if problem:  # a final consultation, say: the tick was not taken
            self.missing.setText(escape(problem))
            self.missing.show()

    def _finish_clicked(self) -> None:
        if not self._missing():  # the button's key works only as the button would
            self.finish_requested.emit()

    def _show_missing(self) -> None:
        missing = self._missing()
        self.missing.setText("<br>".join(escape(line) for line in missing))
        self.missing.setVisible(bool(missing))  # no gap where nothing is missing
        self.finish_button.setEnabled(not missing)

    def _handout_note(self) -> str:
        given = self.session.handout_given
        try:
            now = self.session.handout_input()
        except StoreError:
            return ""  # the Handout page says why it cannot be made
        if now is None:
            return ""
        if given is None:
            return self.tr(
                "The handout has not been printed or saved yet: the patient leaves without it "
                "unless you do (Handout page)."
            )
        if given != now:
            return self.tr(
                "The handout was printed or saved before later changes: give the patient the "
                "new one (Handout page)."
            )
        return ""

    def _notes_typed(self) -> None:
        text = self.notes.toPlainText()[:NOTES_MAX]
        self.session.update(notes=text)

    def _summary(self) -> str:
        session = self.session
        if session.read_only:
            kept = session.record.finalised_at
            head = self.tr(
                "<p><b>Final consultation</b>, kept on {date}. It is shown as it was "
                "decided and cannot be changed.</p>"
            ).format(date=show_date(kept.date()) if kept else "")
        else:
            head = self.tr(
                "<p>Finishing keeps this consultation as final, with its plan, "
                "and returns to the patient's page.</p>"
            )
        preview = session.preview
        if preview is None:
            return head
        report, plan = preview.report, preview.final.plan
        lines = [
            self.tr(
                "Goodman & Baron quantitative {gb} / {gb_max}; ECCA {ecca} / {ecca_max}; "
                "grade {grade}."
            ).format(
                gb=report.goodman_baron.total,
                gb_max=report.goodman_baron.maximum,
                ecca=report.ecca.total,
                ecca_max=report.ecca.maximum,
                grade=report.qualitative_used or "–",
            )
        ]
        if plan.status == PlanStatus.BLOCKED:
            lines.append(self.tr("Plan deferred: screening found a reason to wait."))
        elif plan.status == PlanStatus.INCOMPLETE:
            lines.append(
                self.tr(
                    "No dates yet: screening questions that could stop the plan are unanswered."
                )
            )
        elif plan.status == PlanStatus.SUGGESTED:
            if plan.test_patch is not None:
                lines.append(
                    self.tr("Test patch on {date}, read before the first session.").format(
                        date=show_date(plan.test_patch.date)
                    )
                )
            lines.append(
                self.tr("{n} sessions every {weeks} weeks: {dates}.").format(
                    n=len(plan.dates),
                    weeks=plan.interval_weeks,
                    dates=", ".join(show_date(day) for day in plan.dates),
                )
            )
        else:
            lines.append(self.tr("No microneedling sessions are planned."))
        for hit in preview.report.screening.items:
            if hit.level == ScreeningLevel.PRECAUTION:
                lines.append(self.tr("Precaution: {text}").format(text=rule_text(hit.text)))
        for override in preview.final.overrides:
            lines.append(
                self.tr("Changed {field}: {suggested} → {final} ({reason})").format(
                    field=field_name(override.changed, session.rules),
                    suggested=override_value(override.suggested),
                    final=override_value(override.final),
                    reason=override.reason or self.tr("no reason yet"),
                )
            )
        return head + "<ul>" + "".join(f"<li>{escape(line)}</li>" for line in lines) + "</ul>"

    def _missing(self) -> list[str]:
        """The editor's readiness problems, worded for the window (its one place for them)."""
        problems = self.session.readiness()
        missing = []
        waiting = len(
            [p for p in problems if p.kind in (ProblemKind.PRECAUTION, ProblemKind.WARNING)]
        )
        if waiting:
            missing.append(
                self.tr(
                    "Tick each precaution and warning above once checked (%n left).", "", waiting
                )
            )
        for problem in problems:
            if problem.kind == ProblemKind.SCREENING:
                missing.append(
                    self.tr("Answer on the Screening page: {question}").format(
                        question=rule_text(self.session.rules.screening[problem.subject].question)
                    )
                )
            elif problem.kind == ProblemKind.NO_PLAN:
                missing.append(
                    worded(problem.subject)
                    if problem.subject
                    else self.tr("The skin type is needed (Patient page).")
                )
            elif problem.kind == ProblemKind.REFLECTION:
                missing.append(
                    self.tr("Give the reason the first session is sooner than the time to reflect.")
                )
            elif problem.kind == ProblemKind.REASON:
                missing.append(
                    self.tr("Give a reason on the Plan page for the change to {field}.").format(
                        field=field_name(problem.field, self.session.rules)
                    )
                )
        return missing
