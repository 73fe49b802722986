"""The pre-session check: the questions the service gives (the rules' and one per adverse
event still open), each answered Yes or No. What an answer means is said once, beside its
question: a yes that stops the session in red, as the screening does; a precaution in amber,
to be acted on during the session; and where a yes goes ahead only with a reason (an adverse
event still there), a field for it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from consult.domain.treatment import SHORT_MAX, CheckQuestion
from consult.ui.course.widgets import error_label, show_text
from consult.ui.rule_texts import rule_text
from consult.ui.theme import active_theme, set_banner
from consult.ui.wording import worded

BLOCK = "block"  # the rules' level of a question whose yes stops the session
YES, NO = 1, 0


class _Row:
    def __init__(self, question: CheckQuestion, owner: CheckList) -> None:
        self.question = question
        asked = rule_text(worded(question.question))
        text = escape(asked)
        if question.level == BLOCK:
            # Said in words, not only in colour: a yes here stops the session.
            tag = escape(QCoreApplication.translate("CheckList", "Stops the session"))
            text = f'<b style="color: {active_theme().error}">{tag}:</b> {text}'
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.yes = QRadioButton(QCoreApplication.translate("CheckList", "Yes"))
        self.no = QRadioButton(QCoreApplication.translate("CheckList", "No"))
        for button in (self.yes, self.no):
            button.setAccessibleName(f"{asked} {button.text()}")
        self.group = QButtonGroup(owner)
        self.group.addButton(self.yes, YES)
        self.group.addButton(self.no, NO)
        # What a yes means, under the question; the reason a yes needs; a refusal.
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        set_banner(self.note, "error" if question.level == BLOCK else "warning")
        self.note.hide()
        self.reason = QLineEdit()
        self.reason.setMaxLength(SHORT_MAX)
        self.reason.setPlaceholderText(
            QCoreApplication.translate("CheckList", "Why the session goes ahead")
        )
        self.reason.setAccessibleName(
            QCoreApplication.translate(
                "CheckList", "Why the session goes ahead: {question}"
            ).format(question=asked)
        )
        self.reason.hide()
        self.error = error_label()

    def answer(self) -> bool | None:
        checked = self.group.checkedId()
        return None if checked < 0 else checked == YES

    def set_answer(self, answer: bool | None) -> None:
        # Unticking needs the group's exclusivity off for a moment.
        self.group.setExclusive(False)
        self.yes.setChecked(answer is True)
        self.no.setChecked(answer is False)
        self.group.setExclusive(True)

    def show_outcome(self, owner: CheckList) -> None:
        yes = self.answer() is True
        text = ""
        if yes and self.question.level == BLOCK:
            text = QCoreApplication.translate(
                "CheckList", "The session cannot go ahead: {text}"
            ).format(text=rule_text(self.question.text))
        elif yes:
            text = rule_text(self.question.text)
        show_text(self.note, text)
        self.reason.setVisible(yes and self.question.needs_reason)

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.label, self.yes, self.no, self.note, self.reason, self.error)


class CheckList(QGroupBox):
    """`changed` fires on every answer; `answers()` holds those given, by question id, and
    `reasons()` why a yes that needs one goes ahead."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Pre-session check"), parent)
        self.rows: list[_Row] = []
        self.grid = QGridLayout()
        self.grid.setColumnStretch(0, 1)
        QVBoxLayout(self).addLayout(self.grid)

    def set_questions(self, questions: Sequence[CheckQuestion]) -> None:
        for row in self.rows:
            for widget in row.widgets():
                self.grid.removeWidget(widget)
                widget.deleteLater()
        self.rows = [_Row(question, self) for question in questions]
        for line, row in enumerate(self.rows):
            top = 4 * line
            self.grid.addWidget(row.label, top, 0)
            self.grid.addWidget(row.yes, top, 1, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(row.no, top, 2, Qt.AlignmentFlag.AlignTop)
            for offset, widget in enumerate((row.note, row.reason, row.error), start=1):
                self.grid.addWidget(widget, top + offset, 0)
            row.group.idClicked.connect(self._answered)
        self._show_outcome()

    def row(self, question_id: str) -> _Row:
        return next(row for row in self.rows if row.question.id == question_id)

    def answers(self) -> dict[str, bool]:
        given = {row.question.id: row.answer() for row in self.rows}
        return {key: answer for key, answer in given.items() if answer is not None}

    def reasons(self) -> dict[str, str]:
        """The reasons typed, for the questions answered yes that need one."""
        return {
            row.question.id: row.reason.text().strip()
            for row in self.rows
            if row.answer() and row.question.needs_reason and row.reason.text().strip()
        }

    def set_answers(self, answers: Mapping[str, bool], reasons: Mapping[str, str]) -> None:
        for row in self.rows:
            row.set_answer(answers.get(row.question.id))
            row.reason.setText(reasons.get(row.question.id, ""))
        self._show_outcome()

    def blocking(self) -> list[CheckQuestion]:
        """The questions answered yes that stop the session."""
        return [r.question for r in self.rows if r.answer() and r.question.level == BLOCK]

    def show_refusal(self, question_id: str, text: str) -> bool:
        """Show a refusal beside its question, unless the note there already says it (a
        block answered yes); False when no question has that id."""
        found = [row for row in self.rows if row.question.id == question_id]
        if not found:
            return False
        row = found[0]
        if not (row.note.isVisibleTo(self) and row.question.level == BLOCK):
            show_text(row.error, text)
        return True

    def clear_refusals(self) -> None:
        for row in self.rows:
            show_text(row.error, "")

    def set_read_only(self, read_only: bool) -> None:
        for row in self.rows:
            row.yes.setEnabled(not read_only)
            row.no.setEnabled(not read_only)
            row.reason.setReadOnly(read_only)

    def _answered(self) -> None:
        self._show_outcome()
        self.changed.emit()

    def _show_outcome(self) -> None:
        for row in self.rows:
            row.show_outcome(self)
