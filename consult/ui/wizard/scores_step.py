"""The Scores page: Goodman & Baron quantitative, ECCA, and the qualitative grade.

The numbers are worked out by the domain from the findings; this page shows them with what
they mean (each scale's definition one click away), asks the qualitative helper's three
questions, and takes the grade the practitioner confirms.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from consult.domain.scores import Score, grade_from_answers, questions_needed
from consult.ui.rule_texts import rule_text
from consult.ui.theme import set_banner, set_tone
from consult.ui.wizard.page import WizardPage
from consult.ui.wizard.session import ConsultationSession

YES, NO = 1, 0


class ScoresStep(WizardPage):
    def __init__(self, session: ConsultationSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        rules = session.rules
        self.goodman_baron = QLabel()
        self.goodman_baron.setObjectName("goodmanBaronScore")
        self.goodman_baron_rows = QLabel()
        self.ecca = QLabel()
        self.ecca.setObjectName("eccaScore")
        self.ecca_rows = QLabel()
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        set_tone(self.problem, "error")

        scores = QHBoxLayout()
        for title, total, rows, explain in (
            (
                self.tr("Goodman && Baron quantitative"),
                self.goodman_baron,
                self.goodman_baron_rows,
                lambda: self.explain(
                    self.tr("Goodman & Baron quantitative score"),
                    rule_text(rules.goodman_baron.explanation),
                    rules.goodman_baron.source,
                ),
            ),
            (
                self.tr("ECCA"),
                self.ecca,
                self.ecca_rows,
                lambda: self.explain(
                    self.tr("ECCA"), rule_text(rules.ecca.explanation), rules.ecca.source
                ),
            ),
        ):
            box = QGroupBox(title)
            column = QVBoxLayout(box)
            total.setStyleSheet("font-size: 22pt; font-weight: bold;")
            column.addWidget(total)
            rows.setWordWrap(True)
            set_tone(rows, "muted")
            column.addWidget(rows)
            button = QPushButton(self.tr("What does it measure?"))
            button.setAccessibleName(self.tr("Definition of {scale}").format(scale=title))
            button.clicked.connect(explain)
            column.addWidget(button)
            column.addStretch(1)
            scores.addWidget(box)

        grade_box = QGroupBox(self.tr("Goodman && Baron qualitative grade"))
        grid = QGridLayout(grade_box)
        self.question_rows: dict[str, tuple[QLabel, QRadioButton, QRadioButton, QButtonGroup]] = {}
        for row, question in enumerate(rules.qualitative.questions):
            asked = rule_text(question.question)
            label = QLabel(f"{row + 1}. {escape(asked)}")
            label.setWordWrap(True)
            yes, no = QRadioButton(self.tr("Yes")), QRadioButton(self.tr("No"))
            yes.setAccessibleName(f"{asked} {self.tr('Yes')}")
            no.setAccessibleName(f"{asked} {self.tr('No')}")
            group = QButtonGroup(self)
            group.addButton(yes, YES)
            group.addButton(no, NO)
            group.idClicked.connect(self._answered)
            grid.addWidget(label, row, 0)
            grid.addWidget(yes, row, 1, alignment=Qt.AlignmentFlag.AlignLeft)
            grid.addWidget(no, row, 2, alignment=Qt.AlignmentFlag.AlignLeft)
            self.question_rows[question.id] = (label, yes, no, group)
        grid.setColumnStretch(0, 1)
        self.helper_result = QLabel()
        self.use_helper = QPushButton(self.tr("&Use this grade"))
        self.use_helper.clicked.connect(self._use_helper_grade)
        self.suggested = QLabel()
        self.suggested.setWordWrap(True)
        self.grade = QComboBox()
        self.grade.setAccessibleName(self.tr("Confirmed grade"))
        self.grade.addItem("", None)
        for grade in rules.qualitative.grades:
            self.grade.addItem(
                self.tr("{grade}: {label}").format(grade=grade.grade, label=rule_text(grade.label)),
                grade.grade,
            )
        self.meaning = QLabel()
        self.meaning.setWordWrap(True)
        set_tone(self.meaning, "muted")
        # The answers and the grade planned on disagree: said before the plan is made on it.
        self.disagree = QLabel()
        self.disagree.setObjectName("gradeDisagrees")
        self.disagree.setWordWrap(True)
        set_banner(self.disagree, "warning")
        self.disagree.hide()
        define = QPushButton(self.tr("What do the grades mean?"))
        define.clicked.connect(self._explain_grades)
        base = len(rules.qualitative.questions)
        helper_row = QHBoxLayout()
        helper_row.addWidget(self.helper_result)
        helper_row.addWidget(self.use_helper)
        helper_row.addStretch(1)
        grid.addLayout(helper_row, base, 0, 1, 3)
        grid.addWidget(self.suggested, base + 1, 0, 1, 3)
        confirm = QHBoxLayout()
        label = QLabel(self.tr("&Grade you confirm:"))
        label.setBuddy(self.grade)
        confirm.addWidget(label)
        confirm.addWidget(self.grade)
        confirm.addWidget(define)
        confirm.addStretch(1)
        grid.addLayout(confirm, base + 2, 0, 1, 3)
        grid.addWidget(self.meaning, base + 3, 0, 1, 3)
        grid.addWidget(self.disagree, base + 4, 0, 1, 3)

        layout = QVBoxLayout(self)
        layout.addWidget(self.problem)
        layout.addLayout(scores)
        layout.addWidget(grade_box)
        layout.addStretch(1)
        self.grade.currentIndexChanged.connect(self._grade_chosen)
        session.changed.connect(self._show_scores)
        first = next(iter(self.question_rows.values()), None)
        if first is not None:
            self.setFocusProxy(first[1])

    def title(self) -> str:
        return self.tr("Scores")

    def refresh(self) -> None:
        answers = self.session.draft.qualitative_answers
        for key, (_label, yes, no, group) in self.question_rows.items():
            group.setExclusive(False)
            yes.setChecked(answers.get(key) is True)
            no.setChecked(answers.get(key) is False)
            group.setExclusive(True)
            for button in (yes, no):
                button.setEnabled(not self.session.read_only)
        self.grade.blockSignals(True)
        self.grade.setCurrentIndex(max(0, self.grade.findData(self.session.draft.global_grade)))
        self.grade.blockSignals(False)
        self.grade.setEnabled(not self.session.read_only)
        self._show_scores()

    def explain(self, title: str, text: str, source_id: str) -> None:
        source = self.session.rules.sources[source_id]
        QMessageBox.information(
            self,
            title,
            self.tr("{text}\n\nSource: {citation}").format(
                text=text, citation=rule_text(source.citation)
            ),
        )

    def _explain_grades(self) -> None:
        rules = self.session.rules.qualitative
        text = "\n\n".join(
            f"{g.grade} {rule_text(g.label)}: {rule_text(g.meaning)}" for g in rules.grades
        )
        self.explain(
            self.tr("Goodman & Baron grades"),
            f"{rule_text(rules.explanation)}\n\n{text}",
            rules.source,
        )

    def _answered(self) -> None:
        answers: dict[str, bool | None] = {}
        for key, (_label, _yes, _no, group) in self.question_rows.items():
            checked = group.checkedId()
            answers[key] = None if checked == -1 else checked == YES
        self.problem.setText(self.session.update(qualitative_answers=answers))
        self._show_scores()

    def _use_helper_grade(self) -> None:
        grade = grade_from_answers(self.session.draft.qualitative_answers)
        if grade is not None:
            self.grade.setCurrentIndex(self.grade.findData(grade))

    def _grade_chosen(self) -> None:
        self.problem.setText(self.session.update(global_grade=self.grade.currentData()))

    def _show_scores(self) -> None:
        answers = self.session.draft.qualitative_answers
        needed = questions_needed(answers)
        for key, (label, yes, no, _group) in self.question_rows.items():
            for widget in (label, yes, no):
                widget.setVisible(key in needed)
        helper = grade_from_answers(answers)
        self.use_helper.setVisible(
            helper is not None
            and helper != self.session.draft.global_grade
            and not self.session.read_only
        )
        self.helper_result.setText(
            self.tr("<b>The answers point to grade {grade}.</b>").format(grade=helper)
            if helper
            else self.tr("Answer the questions to be pointed to a grade.")
        )
        preview = self.session.preview
        if preview is None:
            self.problem.setText(self.session.problem)
            for label in (self.goodman_baron, self.ecca):
                label.setText("–")
            return
        self.problem.setText("")  # a plan can be made now (the skin type was missing, say)
        report = preview.report
        self.goodman_baron.setText(f"{report.goodman_baron.total} / {report.goodman_baron.maximum}")
        self.goodman_baron_rows.setText(self._rows(report.goodman_baron))
        self.ecca.setText(f"{report.ecca.total} / {report.ecca.maximum}")
        self.ecca_rows.setText(self._rows(report.ecca))
        grades = {g.grade: g for g in self.session.rules.qualitative.grades}
        suggested = report.qualitative_suggested
        self.suggested.setText(
            self.tr("Suggested from the scar types recorded: grade {grade} ({label}).").format(
                grade=suggested, label=rule_text(grades[suggested].label)
            )
            if suggested
            else self.tr("No scars recorded, so no grade is suggested.")
        )
        self.grade.setItemText(
            0,
            self.tr("Use the suggestion from the scar types ({grade})").format(grade=suggested)
            if suggested
            else self.tr("Not set"),
        )
        used = report.qualitative_used
        self.meaning.setText(
            self.tr("The plan uses grade {grade}: {meaning}").format(
                grade=used, meaning=rule_text(grades[used].meaning)
            )
            if used
            else ""
        )
        if self.session.draft.global_grade is None:
            disagree = self.tr(
                "Your answers point to grade {helper}, but the plan uses grade {used}. Press "
                "“Use this grade”, or confirm the grade you judge right."
            )
        else:
            disagree = self.tr(
                "Your answers point to grade {helper}; the plan uses grade {used}, the grade "
                "you confirmed."
            )
        self.disagree.setText(disagree.format(helper=helper, used=used))
        self.disagree.setVisible(
            bool(helper and used and helper != used and not self.session.read_only)
        )

    def _rows(self, score: Score) -> str:
        lines = [
            self.tr("{label}: {amount} → {points}").format(
                label=rule_text(line.label),
                amount=f"{line.amount:g}",
                points=self.tr("%n points", "", line.points),
            )
            for line in score.lines
            if line.amount
        ]
        return "<br>".join(escape(line) for line in lines) or self.tr("No scars recorded.")
