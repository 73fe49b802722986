"""A record that cannot change reads as text: a final consultation's pages and a signed
session show their values as labels, not as white, focusable or greyed inputs."""

import datetime as dt

from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from consult.domain.consultation import ConsultationDraft, PlanChoices
from consult.domain.model import Finding, ScreeningAnswers
from consult.ui.wizard.finish_step import FinishStep
from consult.ui.wizard.patient_step import PatientStep
from consult.ui.wizard.plan.step import PlanStep
from consult.ui.wizard.session import ConsultationSession
from consult.ui.wizard.wizard import ConsultationWizard

FINDINGS = (Finding("cheek_left", "rolling_moderate", 7), Finding("forehead", "icepick", 3))
INPUTS = (QLineEdit, QAbstractSpinBox, QComboBox, QPlainTextEdit)
CHECK = "Check before you confirm"


def _all_no(rules) -> ScreeningAnswers:
    asked = [item for item in rules.screening.values() if item.age_below is None]
    return ScreeningAnswers(
        {item.id: False for item in asked if item.kind == "bool"},
        {item.id: None for item in asked if item.kind == "date"},
    )


def _fields_seen(page: QWidget) -> list[QWidget]:
    """The inputs a person sees on the page (shown and taking room)."""
    return [
        widget
        for widget in page.findChildren(QWidget)
        if isinstance(widget, INPUTS) and widget.isVisible() and not widget.size().isEmpty()
    ]


def _labels(page: QWidget) -> list[str]:
    return [label.text() for label in page.findChildren(QLabel) if label.isVisibleTo(page)]


def _wizard(qtbot, session):
    wizard = ConsultationWizard(session)
    qtbot.addWidget(wizard)
    wizard.resize(1280, 800)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def _draft(rules) -> ConsultationDraft:
    return ConsultationDraft(
        date=dt.date.today(),
        findings=FINDINGS,
        global_grade=3,
        screening=_all_no(rules),
        notes="Prefers morning sessions.",
        # More sessions than usual, with the reason: a warning the Plan page shows.
        plan_choices=PlanChoices(sessions=8, reasons={"sessions": "deep scars"}),
    )


def test_a_final_consultation_shows_its_values_as_text(qtbot, make_session, sqlite_context, rules):
    session = make_session(_draft(rules))
    draft_wizard = _wizard(qtbot, session)
    draft_wizard.go_to(4)
    plan = draft_wizard.page(PlanStep)
    assert CHECK in _labels(plan)  # a draft asks for the check
    assert _fields_seen(plan)
    for warning in session.open_warnings():
        session.check_warning(warning, True)  # as on the Finish page
    final = session.finalise()
    draft_wizard.close()

    again = ConsultationSession(sqlite_context, session.patient, final)
    wizard = _wizard(qtbot, again)
    for index, page in enumerate(wizard.pages):
        wizard.go_to(index)
        assert _fields_seen(page) == [], page.title()
    assert "Type III" in _labels(wizard.page(PatientStep))
    assert "Prefers morning sessions." in _labels(wizard.page(FinishStep))
    wizard.go_to(4)
    shown = _labels(wizard.page(PlanStep))
    assert CHECK not in shown
    assert "8" in shown  # the sessions decided, as text
    # Nothing is to be done in a record: no greyed action ("None of these", "Add photo…").
    for index, page in enumerate(wizard.pages):
        wizard.go_to(index)
        greyed = [
            button.text()
            for button in page.findChildren(QPushButton)
            if button.isVisibleTo(page) and not button.isEnabled()
        ]
        assert greyed == [], page.title()
