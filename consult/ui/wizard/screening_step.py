"""The Screening page: the checklist from the rules, and what the answers mean.

The questions are asked in the rules' sections, one box each, with what stops the plan first
in each box and tagged so. A blocking answer shows a red banner with its reason (the plan is
then deferred); each precaution that applies shows in amber with a tick to acknowledge it.
What decides is the domain's `screen()`, read from the session's preview.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QCheckBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from consult.domain.model import ScreeningAnswers
from consult.domain.rules import ScreeningItem, ScreeningLevel, ScreeningSection
from consult.domain.screening import ScreeningResult
from consult.ui.date_field import DateField
from consult.ui.rule_texts import rule_text
from consult.ui.theme import active_theme, set_banner, set_tone
from consult.ui.wizard.page import WizardPage
from consult.ui.wizard.precautions import derived_why, precaution_line, precaution_text
from consult.ui.wizard.session import ConsultationSession

YES, NO, CURRENT = 1, 0, 2
SIDE_BY_SIDE_WIDTH = 900  # below, the questions wrap to three lines and more


class _Question:
    """One checklist row: Yes / No (or Last dose on … / Taking it now / Never for a date
    item)."""

    def __init__(self, item: ScreeningItem, page: ScreeningStep) -> None:
        self.item = item
        asked = rule_text(item.question)
        question = escape(asked)
        if item.level == ScreeningLevel.BLOCK:
            # Said in words, not only in colour: a yes here stops the plan.
            tag = escape(QCoreApplication.translate("ScreeningStep", "Stops the plan"))
            question = f'<b style="color: {active_theme().error}">{tag}:</b> {question}'
            self.label = QLabel(question)
            self.label.setAccessibleName(
                f"{QCoreApplication.translate('ScreeningStep', 'Stops the plan')}: {asked}"
            )
        else:
            self.label = QLabel(question)
        self.label.setObjectName(
            "blockQuestion" if item.level == ScreeningLevel.BLOCK else "question"
        )
        self.label.setWordWrap(True)
        self.yes = QRadioButton(
            QCoreApplication.translate("ScreeningStep", "Yes")
            if item.kind == "bool"
            else QCoreApplication.translate("ScreeningStep", "Last dose")
        )
        self.no = QRadioButton(
            QCoreApplication.translate("ScreeningStep", "No")
            if item.kind == "bool"
            else QCoreApplication.translate("ScreeningStep", "Never")
        )
        self.group = QButtonGroup(page)
        self.group.addButton(self.yes, YES)
        self.group.addButton(self.no, NO)
        self.date: DateField | None = None
        self.current: QRadioButton | None = None
        if item.kind == "date":
            # Still taking it is an answer of its own, not a last dose of today (DECISIONS 7.9).
            self.current = QRadioButton(
                QCoreApplication.translate("ScreeningStep", "Taking it now")
            )
            self.group.addButton(self.current, CURRENT)
            # Typed as a date of birth is; blank until given, never after the consultation.
            self.date = DateField(
                QCoreApplication.translate("ScreeningStep", "{q} date of the last dose").format(
                    q=asked
                ),
                QCoreApplication.translate(
                    "ScreeningStep", "The last dose cannot be after the consultation ({date})."
                ),
            )
            self.date.setEnabled(False)
        for button in self.buttons():
            button.setAccessibleName(f"{asked} {button.text()}")

    def buttons(self) -> list[QRadioButton]:
        return [self.yes, self.no] + ([self.current] if self.current is not None else [])

    def unanswered(self) -> bool:
        return self.group.checkedId() == -1


class ScreeningStep(WizardPage):
    def __init__(self, session: ConsultationSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.banner = QLabel()
        self.banner.setObjectName("blockBanner")
        self.banner.setWordWrap(True)
        set_banner(self.banner, "error")
        self.banner.hide()
        self.precautions_box = QVBoxLayout()
        self.acknowledge: dict[str, QCheckBox] = {}
        self._shown: tuple[tuple[str, ...], int] | None = None
        self.questions: dict[str, _Question] = {}
        self.message = QLabel()
        set_tone(self.message, "error")
        self.message.setWordWrap(True)

        rules = session.rules
        order = {section: position for position, section in enumerate(rules.screening_sections)}
        asked = [item for item in rules.screening.values() if item.age_below is None]
        # In the rules' sections, in their order; in each, what stops the plan first.
        asked.sort(key=lambda item: (order[item.section], item.level != ScreeningLevel.BLOCK))
        # One box per section, each with a button answering No to what is left in it.
        self.sections: dict[str, list[_Question]] = {}
        self.none_buttons: dict[str, QPushButton] = {}
        self.section_boxes: dict[str, QFrame] = {}
        column = QVBoxLayout()
        legend = QLabel(
            self.tr(
                "A yes to a question marked <b>Stops the plan</b> defers treatment; "
                "any other yes is a precaution to acknowledge."
            )
        )
        legend.setWordWrap(True)
        set_tone(legend, "muted")
        column.addWidget(legend)
        grids: list[QGridLayout] = []
        widths = {1: 90, 2: 90}  # Yes (Last dose), No (Never)
        for section_id, section in rules.screening_sections.items():
            items = [item for item in asked if item.section == section_id]
            if not items:  # only derived questions (age from the date of birth): nothing to ask
                continue
            grid = self._section_box(section, items, column, widths)
            grids.append(grid)
        # The same answer columns in every box, so Yes and No line up down the page.
        for grid in grids:
            for index, width in widths.items():
                grid.setColumnMinimumWidth(index, width)
        column.addStretch(1)
        checklist = QWidget()
        checklist.setLayout(column)
        self.checklist = scroll = QScrollArea()
        scroll.setWidget(checklist)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)

        outcome = QVBoxLayout()
        outcome.addWidget(self.banner)
        outcome.addLayout(self.precautions_box)
        outcome.addWidget(self.message)
        outcome.addStretch(1)
        side = QWidget()
        side.setLayout(outcome)
        side.setMinimumWidth(340)
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.columns.addWidget(scroll, 3)
        self.columns.addWidget(side, 2)
        session.changed.connect(self._show_outcome)
        first = next(iter(self.questions.values()), None)
        if first is not None:
            self.setFocusProxy(first.yes)

    def title(self) -> str:
        return self.tr("Screening")

    def _section_box(
        self,
        section: ScreeningSection,
        items: list[ScreeningItem],
        column: QVBoxLayout,
        widths: dict[int, int],
    ) -> QGridLayout:
        """The box of one section: its title and None of these, then its questions."""
        box = QFrame()
        box.setObjectName("screeningSection")
        box.setStyleSheet(
            f"QFrame#screeningSection {{ border: 1px solid {active_theme().rule};"
            " border-radius: 4px; }"
        )
        self.section_boxes[section.id] = box
        column.addWidget(box)
        grid = QGridLayout(box)
        grid.setColumnStretch(0, 1)
        title = rule_text(section.title)
        heading = QLabel(f"<b>{escape(title)}</b>")
        # Made before its questions: Tab reaches it first, then the section's first Yes.
        none = QPushButton(self.tr("None of these"))
        none.setAccessibleName(self.tr("None of these: {section}").format(section=title))
        none.setToolTip(self.tr("Answer No to each question of this section not answered yet"))
        none.clicked.connect(lambda _=False, section=section.id: self.none_of(section))
        self.none_buttons[section.id] = none
        self.sections[section.id] = []
        grid.addWidget(heading, 0, 0)
        grid.addWidget(none, 0, 1, 1, 2, alignment=Qt.AlignmentFlag.AlignLeft)
        left = Qt.AlignmentFlag.AlignLeft
        for item in items:
            question = _Question(item, self)
            self.questions[item.id] = question
            self.sections[section.id].append(question)
            line = grid.rowCount()
            grid.addWidget(question.label, line, 0)
            grid.addWidget(question.yes, line, 1, alignment=left)
            grid.addWidget(question.no, line, 2, alignment=left)
            question.group.idClicked.connect(self._answered)
            if question.date is not None:
                # Under Last dose, not beside it: a column as wide as a date between every
                # Yes and No would take that room from the questions.
                grid.addWidget(question.date, line + 1, 1, 1, 2, alignment=left)
                # How the date was read, or why it was refused, under the date.
                grid.addWidget(question.date.note, line + 2, 1, 1, 2)
                question.date.edited.connect(self._answered)
            if question.current is not None:
                grid.addWidget(question.current, line + 3, 1, 1, 2, alignment=left)
            shown = {1: [question.yes], 2: [question.no]}
            for index, widgets in shown.items():
                for widget in widgets:
                    if widget is not None:
                        widths[index] = max(widths[index], widget.sizeHint().width())
        return grid

    def fit_width(self, width: int) -> None:
        # The outcome beside the checklist when the questions keep room to read, else below,
        # the checklist then at its full height: the page scrolls, not a box inside it.
        wide = width >= SIDE_BY_SIDE_WIDTH
        self.columns.setDirection(
            QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        )
        grid = self.checklist.widget().layout()
        content = grid.totalHeightForWidth(width) if grid.hasHeightForWidth() else -1
        self.checklist.setMinimumHeight(
            0 if wide else max(content, self.checklist.widget().sizeHint().height())
        )

    def refresh(self) -> None:
        answers = self.session.draft.screening
        for item_id, question in self.questions.items():
            question.group.setExclusive(False)
            if question.date is not None:
                question.date.set_latest(self.session.draft.date)
                if question.current is not None and item_id in answers.current:
                    question.current.setChecked(True)
                elif item_id in answers.dates:
                    last = answers.dates[item_id]
                    question.yes.setChecked(last is not None)
                    question.no.setChecked(last is None)
                    question.date.set_date(last)
                # Else "Last dose" with no date yet, or one refused: kept as typed.
                question.date.setEnabled(question.yes.isChecked())
                question.date.set_read_only(self.session.read_only)
            else:
                flag = answers.flags.get(item_id)
                question.yes.setChecked(flag is True)
                question.no.setChecked(flag is False)
            question.group.setExclusive(True)
            for button in question.buttons():
                button.setEnabled(not self.session.read_only)
        for button in self.none_buttons.values():
            button.setEnabled(not self.session.read_only)
        self._show_outcome()

    def blocker(self) -> str:
        result = self.session.screening()
        if result.unanswered:
            questions = [
                rule_text(self.session.rules.screening[item].question) for item in result.unanswered
            ]
            if len(questions) == 1:
                return self.tr("Answer each screening question: {item}").format(item=questions[0])
            # All of them would fill the page: how many, and where to start.
            return self.tr(
                "Answer each screening question: {n} are not answered yet, the first “{item}”"
            ).format(n=len(questions), item=questions[0])
        waiting = [
            rule_text(hit.text)
            for hit in result.items
            if hit.level == ScreeningLevel.PRECAUTION
            and hit.id not in self.session.draft.acknowledged
        ]
        if waiting and not result.blocked:
            return self.tr("Tick each precaution to acknowledge it: {items}").format(
                items=" ".join(waiting)
            )
        return ""

    def _answers(self) -> ScreeningAnswers:
        flags: dict[str, bool] = {}
        dates: dict[str, dt.date | None] = {}
        current: set[str] = set()
        for item_id, question in self.questions.items():
            answer = question.group.checkedId()
            if answer == -1:
                continue
            if answer == CURRENT:
                if question.date is not None:
                    question.date.setEnabled(False)
                current.add(item_id)
            elif question.date is not None:
                question.date.setEnabled(answer == YES)
                given = question.date.date()
                if answer == YES and given is None:
                    continue  # answered once a date is given that can be read
                dates[item_id] = given if answer == YES else None
            else:
                flags[item_id] = answer == YES
        return ScreeningAnswers(flags, dates, frozenset(current))

    def _answered(self) -> None:
        self.message.setText(self.session.update(screening=self._answers()))

    def none_of(self, section: str) -> None:
        """Answer No (Never, for a date) to each question of the section not answered yet;
        an answer given, "Last dose" waiting for its date included, stays."""
        if self.session.read_only:
            return
        for question in self.sections.get(section, []):
            if question.unanswered():
                question.no.setChecked(True)
        self._answered()

    def _show_outcome(self) -> None:
        result = self.session.screening()
        blocks = [hit for hit in result.items if hit.level == ScreeningLevel.BLOCK]
        if blocks:
            self.banner.setText(
                self.tr("<b>Plan stops here: treatment is deferred.</b><br>")
                + "<br>".join(escape(precaution_text(hit)) for hit in blocks)
            )
        self.banner.setVisible(bool(blocks))
        shown = (tuple(precaution_line(hit) for hit in result.items), len(result.unanswered))
        if shown != self._shown:  # rebuilt only when it changes: a tick keeps its focus
            self._shown = shown
            self._show_precautions(result)
        acknowledged = self.session.draft.acknowledged
        for item, box in self.acknowledge.items():
            box.blockSignals(True)
            box.setChecked(item in acknowledged)
            box.blockSignals(False)
            box.setEnabled(not self.session.read_only)

    def _show_precautions(self, result: ScreeningResult) -> None:
        while self.precautions_box.count():
            widget = self.precautions_box.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.acknowledge = {}
        for hit in result.items:
            if hit.level != ScreeningLevel.PRECAUTION:
                continue
            frame = QFrame()
            frame.setObjectName("precaution")
            set_banner(frame, "warning")
            text = QLabel(escape(precaution_text(hit)))
            text.setWordWrap(True)
            text.setToolTip(self.tr("Source: {source}").format(source=hit.source))
            box = QCheckBox(self.tr("Acknowledged"))
            box.setAccessibleName(self.tr("Acknowledge: {text}").format(text=rule_text(hit.text)))
            box.toggled.connect(lambda on, item=hit.id: self._acknowledge(item, on))
            column = QVBoxLayout(frame)
            column.addWidget(text)
            why = derived_why(hit)
            if why:  # not answered yes, yet it applies: say what shows it
                derived = QLabel(f"<i>{escape(why)}</i>")
                derived.setObjectName("derivedWhy")
                derived.setWordWrap(True)
                column.addWidget(derived)
            column.addWidget(box)
            self.acknowledge[hit.id] = box
            self.precautions_box.addWidget(frame)
        # Created after the page: put them in the tab order right after the last question,
        # not after the wizard's buttons.
        previous: QWidget = self._last_question_widget()
        for box in self.acknowledge.values():
            QWidget.setTabOrder(previous, box)
            previous = box
        if result.unanswered:
            left = QLabel(self.tr("%n questions not answered yet.", "", len(result.unanswered)))
            left.setObjectName("unanswered")
            self.precautions_box.addWidget(left)
        elif not result.items:
            self.precautions_box.addWidget(
                QLabel(self.tr("Nothing found that stops or changes the plan."))
            )

    def _last_question_widget(self) -> QWidget:
        # Yes, its date, No, Taking it now: the last of the row.
        return list(self.questions.values())[-1].buttons()[-1]

    def _acknowledge(self, item: str, on: bool) -> None:
        ticked = set(self.session.draft.acknowledged)
        if on:
            ticked.add(item)
        else:
            ticked.discard(item)
        self.message.setText(self.session.update(acknowledged=frozenset(ticked)))
