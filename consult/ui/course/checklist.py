"""The pre-session check: the questions the service gives (the rules' and one per adverse
event still open), each answered Yes or No. A yes to a question the rules say stops the
session shows its reason in a red banner, as the screening does; a precaution answered yes
shows its text in amber, to be acted on during the session."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from consult.domain.treatment import CheckQuestion
from consult.ui.styles import ERROR, banner_style

BLOCK = "block"  # the rules' level of a question whose yes stops the session
YES, NO = 1, 0


class _Row:
    def __init__(self, question: CheckQuestion, owner: CheckList) -> None:
        self.question = question
        text = escape(question.question)
        if question.level == BLOCK:
            # Said in words, not only in colour: a yes here stops the session.
            tag = escape(owner.tr("Stops the session"))
            text = f'<b style="color: {ERROR}">{tag}:</b> {text}'
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.yes = QRadioButton(owner.tr("Yes"))
        self.no = QRadioButton(owner.tr("No"))
        for button in (self.yes, self.no):
            button.setAccessibleName(f"{question.question} {button.text()}")
        self.group = QButtonGroup(owner)
        self.group.addButton(self.yes, YES)
        self.group.addButton(self.no, NO)

    def answer(self) -> bool | None:
        checked = self.group.checkedId()
        return None if checked < 0 else checked == YES

    def set_answer(self, answer: bool | None) -> None:
        # Unticking needs the group's exclusivity off for a moment.
        self.group.setExclusive(False)
        self.yes.setChecked(answer is True)
        self.no.setChecked(answer is False)
        self.group.setExclusive(True)


class CheckList(QGroupBox):
    """`changed` fires on every answer; `answers()` holds those given, by question id."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Pre-session check"), parent)
        self.rows: list[_Row] = []
        self.banner = QLabel()
        self.banner.setObjectName("checkBlocked")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(banner_style("error"))
        self.banner.hide()
        self.noted = QLabel()
        self.noted.setWordWrap(True)
        self.noted.setStyleSheet(banner_style("warning"))
        self.noted.hide()
        self.grid = QGridLayout()
        self.grid.setColumnStretch(0, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(self.grid)
        layout.addWidget(self.noted)

    def set_questions(self, questions: Sequence[CheckQuestion]) -> None:
        for row in self.rows:
            for widget in (row.label, row.yes, row.no):
                self.grid.removeWidget(widget)
                widget.deleteLater()
        self.rows = [_Row(question, self) for question in questions]
        for line, row in enumerate(self.rows):
            self.grid.addWidget(row.label, line, 0)
            self.grid.addWidget(row.yes, line, 1, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(row.no, line, 2, Qt.AlignmentFlag.AlignTop)
            row.group.idClicked.connect(self._answered)
        self._show_outcome()

    def row(self, question_id: str) -> _Row:
        return next(row for row in self.rows if row.question.id == question_id)

    def answers(self) -> dict[str, bool]:
        given = {row.question.id: row.answer() for row in self.rows}
        return {key: answer for key, answer in given.items() if answer is not None}

    def set_answers(self, answers: Mapping[str, bool]) -> None:
        for row in self.rows:
            row.set_answer(answers.get(row.question.id))
        self._show_outcome()

    def blocking(self) -> list[CheckQuestion]:
        """The questions answered yes that stop the session."""
        return [r.question for r in self.rows if r.answer() and r.question.level == BLOCK]

    def set_read_only(self, read_only: bool) -> None:
        for row in self.rows:
            row.yes.setEnabled(not read_only)
            row.no.setEnabled(not read_only)

    def _answered(self) -> None:
        self._show_outcome()
        self.changed.emit()

    def _show_outcome(self) -> None:
        blocks = self.blocking()
        self.banner.setText(
            "\n".join(
                self.tr("The session cannot go ahead: {text}").format(text=q.text) for q in blocks
            )
        )
        self.banner.setVisible(bool(blocks))
        noted = [r.question for r in self.rows if r.answer() and r.question.level != BLOCK]
        self.noted.setText("\n".join(q.text for q in noted))
        self.noted.setVisible(bool(noted))
