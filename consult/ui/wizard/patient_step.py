"""The Patient page: confirm who is in the chair and today's Fitzpatrick skin type.

The reference card lists the six types as the rules describe them; the 10-question helper
scores the questionnaire (domain) and keeps the answers with the patient.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from consult.domain.errors import DocumentError
from consult.domain.fitzpatrick import score_questionnaire
from consult.domain.model import ROMAN, age_on
from consult.domain.rules import FitzpatrickRules
from consult.services.errors import StoreError
from consult.ui.errors import explain
from consult.ui.formats import language_name, show_date
from consult.ui.rule_texts import rule_text
from consult.ui.screens import fit_on_screen, scrolling
from consult.ui.theme import set_tone
from consult.ui.wizard.page import WizardPage
from consult.ui.wizard.session import ConsultationSession


class FitzpatrickQuestionnaire(QDialog):
    """The 10 questions; `result` holds the scored type once all are answered and accepted."""

    def __init__(self, rules: FitzpatrickRules, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Fitzpatrick skin type: 10 questions"))
        self._rules = rules
        self.result_type: int | None = None
        self.answers: list[QComboBox] = []
        # Each question above its answer, in a box layout: a wrapped label beside a combo box
        # in a form layout was given too little height and lost its last line.
        questions = QVBoxLayout()
        questions.setSpacing(12)
        for number, item in enumerate(rules.items, start=1):
            box = QComboBox()
            box.addItem(self.tr("(choose)"), None)
            for score, answer in enumerate(item.answers, start=rules.answer_min):
                # By its place: the rules say "Dark brown" of eyes, hair and skin alike.
                box.addItem(rule_text(answer, f"fitzpatrick.items.{item.id}.answers"), score)
            asked = rule_text(item.question)
            box.setAccessibleName(asked)
            box.currentIndexChanged.connect(self._score)
            label = QLabel(f"{number}. {escape(asked)}")
            label.setWordWrap(True)
            label.setBuddy(box)
            pair = QVBoxLayout()
            pair.setSpacing(4)
            pair.addWidget(label)
            pair.addWidget(box, 0, Qt.AlignmentFlag.AlignLeft)
            questions.addLayout(pair)
            self.answers.append(box)
        # One width for all answers, so they line up under their questions.
        width = max(box.sizeHint().width() for box in self.answers)
        for box in self.answers:
            box.setMinimumWidth(width)
        self.outcome = QLabel(self.tr("Answer all ten questions."))
        scroll = scrolling(questions)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Use this type"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.outcome)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        fit_on_screen(self, 760, 600)

    def values(self) -> list[int | None]:
        return [box.currentData() for box in self.answers]

    def _score(self) -> None:
        values = self.values()
        ready = all(value is not None for value in values)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)
        if not ready:
            self.result_type = None
            missing = sum(value is None for value in values)
            self.outcome.setText(self.tr("%n questions still to answer.", "", missing))
            return
        result = score_questionnaire([v for v in values if v is not None], self._rules)
        self.result_type = result.skin_type
        self.outcome.setText(
            self.tr("Total {total}: skin type {numeral}.").format(
                total=result.total, numeral=ROMAN[result.skin_type - 1]
            )
        )


class PatientStep(WizardPage):
    def __init__(self, session: ConsultationSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.skin_type = QComboBox()
        self.skin_type.setAccessibleName(self.tr("Fitzpatrick skin type"))
        self.skin_type.addItem(self.tr("Choose…"), None)
        for number, numeral in enumerate(ROMAN, start=1):
            self.skin_type.addItem(self.tr("Type {numeral}").format(numeral=numeral), number)
        self.helper_button = QPushButton(self.tr("Ask the &10 questions…"))
        # Asked when the clinic has several practitioners: printed on the handout.
        self.practitioner = QComboBox()
        self.practitioner.setAccessibleName(self.tr("Practitioner seeing the patient"))
        self.practitioner_label = QLabel(self.tr("Seen b&y:"))
        self.practitioner_label.setBuddy(self.practitioner)
        self.message = QLabel()
        set_tone(self.message, "error")
        self.message.setWordWrap(True)
        card = QGroupBox(self.tr("Reference: Fitzpatrick skin types"))
        card_layout = QFormLayout(card)
        descriptions = self.session.rules.fitzpatrick.type_descriptions
        for number, numeral in enumerate(ROMAN, start=1):
            text = QLabel(escape(rule_text(descriptions.get(number, ""))))
            text.setWordWrap(True)
            card_layout.addRow(f"<b>{numeral}</b>", text)
        source = self.session.rules.sources[self.session.rules.fitzpatrick.source]
        cite = QLabel(self.tr("Source: {citation}").format(citation=escape(source.citation)))
        cite.setWordWrap(True)
        set_tone(cite, "muted")
        cite.setStyleSheet("font-size: small;")
        card_layout.addRow(cite)

        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("&Skin type today:")))
        row.itemAt(0).widget().setBuddy(self.skin_type)
        row.addWidget(self.skin_type)
        row.addWidget(self.helper_button)
        row.addStretch(1)
        seen_by = QHBoxLayout()
        seen_by.addWidget(self.practitioner_label)
        seen_by.addWidget(self.practitioner)
        seen_by.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.facts)
        layout.addLayout(seen_by)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(card)
        layout.addStretch(1)
        self.setFocusProxy(self.skin_type)
        QWidget.setTabOrder(self.practitioner, self.skin_type)  # as laid out, top down
        QWidget.setTabOrder(self.skin_type, self.helper_button)

        self.skin_type.currentIndexChanged.connect(self._type_chosen)
        self.practitioner.activated.connect(self._practitioner_chosen)
        self.helper_button.clicked.connect(self.ask_questions)

    def title(self) -> str:
        return self.tr("Patient")

    def refresh(self) -> None:
        details = self.session.patient.details
        day = self.session.draft.date
        contact = " · ".join(part for part in (details.phone, details.email) if part)
        self.facts.setText(
            self.tr(
                "<h2>{name}</h2>Born {born} ({age} years on {day})<br>{contact}"
                "<br>Handout language: {language}"
            ).format(
                name=escape(details.full_name),
                born=show_date(details.date_of_birth),
                age=age_on(details.date_of_birth, day),
                day=show_date(day),
                contact=escape(contact) or self.tr("No phone or email recorded"),
                language=escape(language_name(details.language)),
            )
        )
        chosen = self.session.draft.fitzpatrick or details.fitzpatrick
        self.skin_type.blockSignals(True)
        self.skin_type.setCurrentIndex(max(0, self.skin_type.findData(chosen)))
        self.skin_type.blockSignals(False)
        readonly = self.session.read_only
        self.skin_type.setEnabled(not readonly)
        self.helper_button.setEnabled(not readonly)
        self._show_practitioners()

    def _show_practitioners(self) -> None:
        """The clinic's practitioners, the consultation's chosen; hidden for a clinic of one
        (or none), whose name the consultation already has."""
        try:
            known = self.session.practitioners()
        except StoreError as error:
            known = []
            self.message.setText(explain(error))
        chosen = self.session.record.practitioner_id
        self.practitioner.clear()
        if chosen is None:
            self.practitioner.addItem(self.tr("(nobody named)"), None)
        for practitioner in known:
            self.practitioner.addItem(practitioner.name, practitioner.id)
        self.practitioner.setCurrentIndex(max(0, self.practitioner.findData(chosen)))
        several = len(known) > 1
        self.practitioner.setVisible(several)
        self.practitioner_label.setVisible(several)
        self.practitioner.setEnabled(not self.session.read_only)

    def _practitioner_chosen(self) -> None:
        try:
            self.session.set_practitioner(self.practitioner.currentData())
        except StoreError as error:
            self.message.setText(explain(error))
        self._show_practitioners()

    def blocker(self) -> str:
        if self.skin_type.currentData() is None:
            return self.tr(
                "Choose the Fitzpatrick skin type (I to VI): the plan and the needle depths "
                "depend on it."
            )
        return ""

    def _type_chosen(self) -> None:
        value = self.skin_type.currentData()
        if value is None:
            return
        problem = self.session.update(fitzpatrick=value)
        if not problem and self.session.patient.details.fitzpatrick != value:
            # The patient's record shows the type assessed last (patient page, search list).
            problem = self._keep_with_patient(fitzpatrick=value)
        self.message.setText(problem)

    def _keep_with_patient(self, **changes: object) -> str:
        """Save changes to the patient's details; "" or why they were not saved."""
        try:
            self.session.keep_with_patient(**changes)
        except (StoreError, DocumentError) as error:
            return explain(error)
        return ""

    def ask_questions(self) -> None:
        dialog = FitzpatrickQuestionnaire(self.session.rules.fitzpatrick, self)
        if not dialog.exec() or dialog.result_type is None:
            return
        self.use_questionnaire([v for v in dialog.values() if v is not None])

    def use_questionnaire(self, answers: list[int]) -> None:
        """Take the questionnaire's type for today and keep the answers with the patient."""
        result = score_questionnaire(answers, self.session.rules.fitzpatrick)
        problem = self._keep_with_patient(
            fitzpatrick=result.skin_type, fitzpatrick_answers=result.answers
        )
        if problem:
            self.message.setText(problem)
            return
        self.skin_type.setCurrentIndex(self.skin_type.findData(result.skin_type))
        self.message.setText(self.session.update(fitzpatrick=result.skin_type))
