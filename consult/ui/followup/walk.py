"""The follow-up walk: the face map (started from the consultation's counts), then the scores
and the grade, then, once saved, the comparison with the consultation and the way to revise
the plan. A saved follow-up opens on its comparison."""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from consult.domain.errors import DocumentError
from consult.domain.treatment import FollowUpDetails
from consult.services.errors import StoreError
from consult.ui.date_field import DateField
from consult.ui.followup.comparison import ComparisonView
from consult.ui.followup.findings import FindingsEditor
from consult.ui.followup.revision import RevisionDialog
from consult.ui.formats import show_date
from consult.ui.rule_texts import rule_text
from consult.ui.theme import set_tone
from consult.ui.wording import worded

if TYPE_CHECKING:
    from consult.domain.consultation import ConsultationRecord
    from consult.domain.records import PatientRecord
    from consult.domain.treatment import SessionRecord
    from consult.services.context import AppContext
    from consult.services.course import FollowUpResult

FINDINGS, SCORES, COMPARISON = range(3)


class FollowUpWalk(QWidget):
    """Emits `back_requested(patient_id)` to return to the course, `saved` once recorded."""

    back_requested = Signal(int)
    saved = Signal()

    def __init__(
        self,
        context: AppContext,
        patient: PatientRecord,
        baseline: ConsultationRecord,
        result: FollowUpResult | None = None,
        parent: QWidget | None = None,
        *,
        session: SessionRecord | None = None,
    ) -> None:
        """`session`: the session it is started from (linked to it, its practitioner first
        chosen); None from the patient page."""
        super().__init__(parent)
        self._context = context
        self.patient = patient
        self.baseline = baseline
        self.session_id = session.id if session is not None else None
        self.result: FollowUpResult | None = None
        rules = context.rules
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.back_button = QPushButton(self.tr("← &Course"))
        self.previous_button = QPushButton(self.tr("&Back"))
        self.next_button = QPushButton(self.tr("&Next"))
        self.next_button.setDefault(True)
        self.problem = QLabel()
        set_tone(self.problem, "error")
        self.problem.setWordWrap(True)
        self.problem.hide()

        # From a session, the counts start from the last follow-up of this consultation, if
        # any: the scars as last seen, so only what changed since is edited.
        last = None
        if session is not None:
            earlier = [
                f
                for f in context.course.follow_ups(patient.id)
                if f.details.consultation_id == baseline.id
            ]
            last = max(earlier, key=lambda f: (f.details.date, f.id), default=None)
        if last is not None:
            self.findings = FindingsEditor(rules, last.details.findings)
            started = self.tr(
                "The counts start from the follow-up of {date}: change what differs now."
            ).format(date=show_date(last.details.date))
        else:
            self.findings = FindingsEditor(rules, baseline.draft.findings)
            started = self.tr(
                "The counts start from the consultation of {date}: change what differs now."
            ).format(date=show_date(baseline.draft.date))
        hint = QLabel(started)
        hint.setWordWrap(True)
        set_tone(hint, "muted")
        findings_page = QWidget()
        findings_column = QVBoxLayout(findings_page)
        findings_column.setContentsMargins(0, 0, 0, 0)
        findings_column.addWidget(hint)
        findings_column.addWidget(self.findings, 1)

        self.scores = QLabel()
        self.scores.setObjectName("followUpScores")
        self.scores.setWordWrap(True)
        self.grade = QComboBox()
        self.grade.setAccessibleName(self.tr("Goodman & Baron grade"))
        for grade in rules.qualitative.grades:
            self.grade.addItem(f"{grade.grade} · {rule_text(grade.label)}", grade.grade)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("What the patient and you see now (optional)"))
        self.notes.setMaximumHeight(160)
        # When and by whom: today by default, never after it nor before the consultation.
        self.date = DateField(
            self.tr("Follow-up date"), self.tr("It cannot be after today ({date}).")
        )
        self.date.set_date(dt.date.today())
        self.practitioner = QComboBox()
        self.practitioner.setAccessibleName(self.tr("Practitioner"))
        self.practitioner.addItem(self.tr("Not chosen"), None)
        kept = session.draft.practitioner_id if session is not None else None
        for practitioner in context.practitioners.offered(kept):
            self.practitioner.addItem(practitioner.name, practitioner.id)
        if session is not None:
            self.practitioner.setCurrentIndex(
                max(0, self.practitioner.findData(session.draft.practitioner_id))
            )
        date_column = QVBoxLayout()
        date_column.setSpacing(2)
        date_column.addWidget(self.date)
        date_column.addWidget(self.date.note)
        scores_page = QWidget()
        scores_column = QVBoxLayout(scores_page)
        scores_column.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        scores_column.addLayout(form)
        # The rows stay together at the top; the room below is left empty.
        scores_column.addStretch(1)
        date_label = QLabel(self.tr("&Date:"))
        date_label.setBuddy(self.date.edit)
        form.addRow(date_label, date_column)
        practitioner_label = QLabel(self.tr("&Practitioner:"))
        practitioner_label.setBuddy(self.practitioner)
        form.addRow(practitioner_label, self.practitioner)
        form.addRow(self.tr("Scores now:"), self.scores)
        form.addRow(self.tr("&Grade:"), self.grade)
        form.addRow(self.tr("N&otes:"), self.notes)

        self.comparison = ComparisonView(rules)
        self.steps = QStackedWidget()
        for page in (findings_page, scores_page, self.comparison):
            self.steps.addWidget(page)

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.heading, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.problem, 1)
        bottom.addStretch(1)
        bottom.addWidget(self.previous_button)
        bottom.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.steps, 1)
        layout.addLayout(bottom)

        self.back_button.clicked.connect(lambda: self.back_requested.emit(patient.id))
        self.previous_button.clicked.connect(self._previous)
        self.next_button.clicked.connect(self.next)
        self.findings.changed.connect(self._findings_changed)
        self.grade.currentIndexChanged.connect(self._show_scores)
        self.comparison.revise_requested.connect(self.revise)
        self._grade_chosen = False
        self.grade.activated.connect(self._chose_grade)
        self._findings_changed()
        if result is not None:
            self._show_result(result)
        else:
            self._go(FINDINGS)

    @property
    def step(self) -> int:
        return self.steps.currentIndex()

    def _go(self, step: int) -> None:
        self.steps.setCurrentIndex(step)
        self.problem.hide()
        name = self.patient.details.full_name
        titles = {
            FINDINGS: self.tr("<h2>Follow-up of {name}: 1 of 2, the scars now</h2>"),
            SCORES: self.tr("<h2>Follow-up of {name}: 2 of 2, scores and grade</h2>"),
            COMPARISON: self.tr("<h2>Follow-up of {name}: compared with the consultation</h2>"),
        }
        self.heading.setText(titles[step].format(name=escape(name)))
        self.previous_button.setVisible(step == SCORES)
        self.next_button.setVisible(step != COMPARISON)
        self.next_button.setText(
            self.tr("Save and &compare") if step == SCORES else self.tr("&Next")
        )

    def _previous(self) -> None:
        self._go(FINDINGS)

    def next(self) -> None:
        if self.step == FINDINGS:
            self._go(SCORES)
        elif self.step == SCORES:
            self.save()

    def _chose_grade(self) -> None:
        self._grade_chosen = True

    def _findings_changed(self) -> None:
        """The grade follows the findings' suggestion until the practitioner chooses one."""
        if not self._grade_chosen:
            _scores, suggested = self._context.course.follow_up_scores(
                self.findings.findings(), None
            )
            index = self.grade.findData(suggested)
            self.grade.blockSignals(True)
            self.grade.setCurrentIndex(index if index >= 0 else -1)
            self.grade.blockSignals(False)
        self._show_scores()

    def chosen_grade(self) -> int | None:
        value = self.grade.currentData()
        return int(value) if value is not None else None

    def _show_scores(self) -> None:
        scores, suggested = self._context.course.follow_up_scores(
            self.findings.findings(), self.chosen_grade()
        )
        text = self.tr("Goodman & Baron quantitative <b>{gb}</b> · ECCA <b>{ecca}</b>").format(
            gb=scores.goodman_baron_quantitative, ecca=scores.ecca
        )
        if suggested is not None:
            text += "<br>" + self.tr("The scars found suggest grade {grade}.").format(
                grade=suggested
            )
        self.scores.setText(text)

    def save(self) -> None:
        day = self.date.date()
        if day is None:
            self._say(self.date.problem() or self.tr("Enter the date of the follow-up."))
            return
        details = FollowUpDetails(
            date=day,
            consultation_id=self.baseline.id,
            findings=self.findings.findings(),
            global_grade=self.chosen_grade(),
            session_id=self.session_id,
            practitioner_id=self.practitioner.currentData(),
            notes=self.notes.toPlainText(),
        )
        try:
            result = self._context.course.record_follow_up(self.patient.id, details)
        except DocumentError as error:
            problem = worded(error.problem)
            if error.path == "date":
                problem = self.tr("Date: {problem}").format(problem=problem)
            self._say(problem)
            return
        except StoreError as error:
            self._say(str(error))
            return
        self._show_result(result)
        self.saved.emit()

    def _show_result(self, result: FollowUpResult) -> None:
        self.result = result
        # A revision made from here is by the follow-up's practitioner, first.
        details = result.record.details
        self.date.set_date(details.date)
        self.practitioner.setCurrentIndex(
            max(0, self.practitioner.findData(details.practitioner_id))
        )
        self.comparison.show_comparison(
            self.tr("Follow-up of {date} beside the consultation of {then}.").format(
                date=show_date(result.record.details.date),
                then=show_date(self.baseline.draft.date),
            ),
            result.comparison,
            result.prompt,
        )
        self._go(COMPARISON)

    def revise(self) -> None:
        """The plan revised with a reason (the original kept); the course page shows it."""
        summary = self._context.course.course_summary(self.patient.id)
        try:
            dialog = RevisionDialog(
                self._context.course,
                self.patient.id,
                summary.done,
                self._context.rules.plan.interval.floor_weeks,
                self,
                practitioners=[
                    (p.id, p.name)
                    for p in self._context.practitioners.offered(self.practitioner.currentData())
                ],
                practitioner_id=self.practitioner.currentData(),
            )
        except DocumentError as error:
            self._say(worded(error.problem))
            return
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._say("")
            self.back_requested.emit(self.patient.id)

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
