"""The Patient, Screening, Scores and Finish pages, and moving between pages."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from consult.domain.clinic import ClinicDetails
from consult.domain.consultation import ConsultationDraft, PlanChoices
from consult.domain.model import Finding, ScreeningAnswers
from consult.domain.records import PatientDetails
from consult.ui.wizard.finish_step import FinishStep
from consult.ui.wizard.patient_step import FitzpatrickQuestionnaire, PatientStep
from consult.ui.wizard.scores_step import ScoresStep
from consult.ui.wizard.screening_step import ScreeningStep
from consult.ui.wizard.session import ConsultationSession
from consult.ui.wizard.wizard import ConsultationWizard

TODAY = dt.date.today()
FINDINGS = (Finding("cheek_left", "rolling_moderate", 7), Finding("forehead", "icepick", 3))
# Every block item answered no: a plan is "incomplete" until they are (DECISIONS.md 7.4).
BLOCKS_NO = dict.fromkeys(
    (
        "active_acne",
        "active_infection",
        "active_cold_sore",
        "active_sunburn",
        "pregnant_or_breastfeeding",
        "radiotherapy_last_3_months",
        "skin_cancer_in_area",
    ),
    False,
)


def _answer_all_no(page):
    for question in page.questions.values():
        question.no.click()


def test_patient_page_needs_a_skin_type_and_the_questionnaire_gives_one(qtbot, sqlite_context):
    patient = sqlite_context.patients.create(
        PatientDetails("Lee", "Park", dt.date(1990, 1, 1))  # no skin type yet
    )
    record = sqlite_context.consultations.start(patient.id)
    session = ConsultationSession(sqlite_context, patient, record)
    page = PatientStep(session)
    qtbot.addWidget(page)
    page.refresh()
    assert "skin type" in page.blocker()
    assert session.preview is None
    page.use_questionnaire([3] * 10)  # total 30: type V
    assert session.draft.fitzpatrick == 5
    assert page.blocker() == ""
    assert session.preview is not None
    kept = sqlite_context.patients.get(patient.id).details
    assert kept.fitzpatrick == 5
    assert kept.fitzpatrick_answers.answers == (3,) * 10


@pytest.mark.parametrize("size", [(760, 600), (683, 384), (360, 384)])
def test_the_ten_questions_show_whole_at_any_size(qtbot, rules, size):
    dialog = FitzpatrickQuestionnaire(rules.fitzpatrick)
    qtbot.addWidget(dialog)
    dialog.resize(*size)
    dialog.show()
    qtbot.waitExposed(dialog)
    questions = [label for label in dialog.findChildren(QLabel) if label.text()[:1].isdigit()]
    assert len(questions) == 10

    def clipped():
        # A wrapped label lower than its text needs at its width loses lines.
        return [q.text() for q in questions if q.height() < q.heightForWidth(q.width())]

    qtbot.waitUntil(lambda: not clipped())


def test_a_blocking_answer_shows_the_red_banner(qtbot, make_session):
    session = make_session()
    page = ScreeningStep(session)
    qtbot.addWidget(page)
    page.refresh()
    assert "Answer each screening question" in page.blocker()
    _answer_all_no(page)
    assert page.blocker() == ""
    assert page.banner.isHidden()
    page.questions["active_acne"].yes.click()
    assert not page.banner.isHidden()
    assert "Active inflammatory acne" in page.banner.text()
    assert session.preview.final.plan.status == "blocked"


def test_a_precaution_needs_a_tick(qtbot, make_session):
    session = make_session()
    page = ScreeningStep(session)
    qtbot.addWidget(page)
    page.refresh()
    _answer_all_no(page)
    page.questions["herpes_history"].yes.click()
    assert "herpes_history" in page.acknowledge
    assert "acknowledge" in page.blocker()
    page.acknowledge["herpes_history"].click()
    assert session.draft.acknowledged == {"herpes_history"}
    assert page.blocker() == ""


def test_isotretinoin_is_answered_with_a_date(qtbot, make_session):
    session = make_session(ConsultationDraft(date=TODAY))
    page = ScreeningStep(session)
    qtbot.addWidget(page)
    page.refresh()
    question = page.questions["isotretinoin_last_dose"]
    _answer_all_no(page)
    assert session.draft.screening.dates == {"isotretinoin_last_dose": None}
    question.yes.click()
    # "Last dose" alone records no date: the question waits for one, no precaution is made up.
    assert "isotretinoin_last_dose" not in session.draft.screening.dates
    assert question.date.text() == "choose the date"
    assert "isotretinoin_last_dose" not in page.acknowledge
    assert "Isotretinoin" in page.blocker()
    question.date.setDate(TODAY + dt.timedelta(days=14))  # a last dose still to come: refused
    assert question.date.date().toPython() == TODAY
    question.date.setDate(question.date.minimumDate())  # blank again
    page.show()
    question.date.setFocus()  # Tab passing through chooses nothing
    qtbot.keyClick(question.date, Qt.Key.Key_Tab)
    assert "isotretinoin_last_dose" not in session.draft.screening.dates
    qtbot.keyClick(question.date, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # Next's key
    assert "isotretinoin_last_dose" not in session.draft.screening.dates
    question.date.setFocus()
    qtbot.keyClick(question.date, Qt.Key.Key_Down)  # a key meant for it starts from today
    assert question.date.date().toPython() < TODAY
    assert "isotretinoin_last_dose" in page.acknowledge
    question.date.setDate(TODAY - dt.timedelta(days=30))
    assert session.draft.screening.dates["isotretinoin_last_dose"] == TODAY - dt.timedelta(days=30)
    assert "isotretinoin_last_dose" in page.acknowledge


def test_scores_show_the_totals_and_the_helper_points_to_a_grade(qtbot, make_session):
    session = make_session(ConsultationDraft(date=TODAY, findings=FINDINGS))
    page = ScoresStep(session)
    qtbot.addWidget(page)
    page.refresh()
    report = session.preview.report
    assert page.goodman_baron.text() == f"{report.goodman_baron.total} / 84"
    assert page.ecca.text() == f"{report.ecca.total} / 540"
    assert "grade 4" in page.suggested.text()
    label, yes, _no, _group = page.question_rows["flattens"]
    assert label.isHidden()  # asked only when the earlier answers lead to it
    page.question_rows["contour"][1].click()
    page.question_rows["obvious_at_50_cm"][1].click()
    assert not label.isHidden()
    yes.click()
    assert "grade 3" in page.helper_result.text()
    # The questions' grade is the suggestion now (DECISIONS.md 7.7): the plan uses it.
    assert session.preview.report.qualitative_suggested == 3
    assert session.preview.report.qualitative_used == 3
    assert page.disagree.isHidden()
    page.grade.setCurrentIndex(page.grade.findData(3))
    assert page.disagree.isHidden()
    assert session.draft.global_grade == 3
    assert session.preview.report.qualitative_used == 3
    assert session.draft.qualitative_answers == {
        "contour": True,
        "obvious_at_50_cm": True,
        "flattens": True,
    }


def test_scale_definitions_are_one_click_away(qtbot, make_session, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    page = ScoresStep(make_session())
    qtbot.addWidget(page)
    page.refresh()
    page.explain("ECCA", page.session.rules.ecca.explanation, page.session.rules.ecca.source)
    assert "weight" in shown[0] and "Source:" in shown[0]


def test_finish_lists_what_is_missing_then_keeps_the_consultation(qtbot, make_session):
    draft = ConsultationDraft(
        date=TODAY,
        findings=FINDINGS,
        global_grade=3,
        screening=ScreeningAnswers({**BLOCKS_NO, "herpes_history": True}),
        plan_choices=PlanChoices(sessions=4),
    )
    session = make_session(draft)
    wizard = ConsultationWizard(session)
    qtbot.addWidget(wizard)
    page = wizard.page(FinishStep)
    page.refresh()
    assert "Acknowledge" in page.missing.text()
    assert "reason" in page.missing.text()
    assert not page.finish_button.isEnabled()
    session.update(
        acknowledged=frozenset({"herpes_history"}),
        plan_choices=PlanChoices(sessions=4, reasons={"sessions": "short of time"}),
    )
    page.refresh()
    assert page.finish_button.isEnabled()
    with qtbot.waitSignal(wizard.finished) as done:
        page.finish_button.click()
    record = done.args[0]
    assert record.is_final
    assert record.plan.sessions_final == 4
    assert record.plan.overrides[0].reason == "short of time"


def test_every_page_change_saves_the_draft(qtbot, make_session, sqlite_context):
    session = make_session()
    wizard = ConsultationWizard(session)
    qtbot.addWidget(wizard)
    screening = wizard.page(ScreeningStep)
    assert wizard.go_to(1)
    screening.questions["active_acne"].no.click()
    assert sqlite_context.consultations.get(session.consultation_id).draft.screening.flags == {}
    assert wizard.go_to(0)  # back: allowed, and saved
    saved = sqlite_context.consultations.get(session.consultation_id).draft
    assert saved.screening.flags == {"active_acne": False}
    wizard.go_to(1)
    assert screening.questions["active_acne"].no.isChecked()  # Back lost nothing


def test_next_is_refused_with_the_pages_reason(qtbot, make_session):
    wizard = ConsultationWizard(make_session())
    qtbot.addWidget(wizard)
    wizard.go_to(1)
    assert not wizard.go_to(2)  # block questions unanswered
    assert "Answer each screening question" in wizard.message.text()
    assert wizard.current == 1


def test_going_back_to_change_the_grade_drops_dates_set_by_hand(make_session):
    session = make_session(
        ConsultationDraft(
            date=TODAY,
            findings=FINDINGS,
            global_grade=3,
            screening=ScreeningAnswers(BLOCKS_NO),
        )
    )
    dates = session.preview.final.plan.dates
    moved = (*dates[:-1], dates[-1] + dt.timedelta(days=7))
    depth = {"forehead": 0.6}
    assert (
        session.update(
            plan_choices=PlanChoices(
                dates=moved, depths_mm=depth, reasons={"dates": "holiday", "x": "y"}
            )
        )
        == ""
    )
    assert session.update(global_grade=4) == ""  # 6 sessions now: the 5 dates cannot stay
    assert session.draft.plan_choices.dates is None
    assert session.draft.plan_choices.depths_mm == depth
    assert "dates" not in session.draft.plan_choices.reasons
    assert len(session.preview.final.plan.dates) == 6
    assert session.update(findings=FINDINGS[:1]) == ""  # forehead: nothing left to needle
    assert session.draft.plan_choices.depths_mm == {}


def test_a_final_consultation_shows_the_dates_decided_then(make_session, sqlite_context):
    session = make_session(ConsultationDraft(date=TODAY, findings=FINDINGS, global_grade=3))
    final = session.finalise()
    sqlite_context.clinic.save(ClinicDetails(working_days=(5,)))  # Saturdays only, since
    again = ConsultationSession(
        sqlite_context, session.patient, sqlite_context.consultations.get(final.id)
    )
    assert again.preview.final.plan.dates == final.plan.dates
    assert again.preview.final.depths_mm == final.plan.depths_mm


def test_the_draft_is_saved_soon_after_typing_stops(qtbot, make_session, sqlite_context):
    session = make_session()
    wizard = ConsultationWizard(session)
    qtbot.addWidget(wizard)
    wizard.go_to(1)
    wizard.page(ScreeningStep).questions["pih_history"].yes.click()

    def saved():
        kept = sqlite_context.consultations.get(session.consultation_id).draft
        return kept.screening.flags == {"pih_history": True}

    assert not saved()
    qtbot.waitUntil(saved, timeout=10_000)


def test_a_refused_step_leaves_the_shown_page_highlighted(qtbot, make_session):
    wizard = ConsultationWizard(make_session())
    qtbot.addWidget(wizard)
    wizard.go_to(1)
    wizard.steps.setCurrentRow(4)  # a click on "Plan" with the screening unanswered
    assert wizard.current == 1
    qtbot.waitUntil(lambda: wizard.steps.currentRow() == 1)


def test_a_final_consultation_can_be_browsed_even_with_questions_left(qtbot, make_session):
    session = make_session(ConsultationDraft(date=TODAY, findings=FINDINGS, global_grade=3))
    session.finalise()  # the screening was never filled in
    wizard = ConsultationWizard(session)
    qtbot.addWidget(wizard)
    assert wizard.go_to(6)


def test_who_sees_the_patient_is_chosen_on_the_patient_page(qtbot, sqlite_context):
    souza = sqlite_context.practitioners.add("Dr Ana Souza")
    bakker = sqlite_context.practitioners.add("Dr Lotte Bakker")
    patient = sqlite_context.patients.create(
        PatientDetails("Lee", "Park", dt.date(1990, 1, 1), fitzpatrick=2)
    )
    record = sqlite_context.consultations.start(patient.id, practitioner_id=souza.id)
    session = ConsultationSession(sqlite_context, patient, record)
    page = PatientStep(session)
    qtbot.addWidget(page)
    page.refresh()
    page.show()
    box = page.practitioner
    assert box.isVisible()
    assert [box.itemText(i) for i in range(box.count())] == ["Dr Ana Souza", "Dr Lotte Bakker"]
    assert box.currentText() == "Dr Ana Souza"
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Down)  # the keyboard chooses as a click does
    assert sqlite_context.consultations.get(record.id).practitioner_id == bakker.id
    assert box.currentText() == "Dr Lotte Bakker"


def test_a_clinic_of_one_is_not_asked_who_sees_the_patient(qtbot, make_session, sqlite_context):
    sqlite_context.practitioners.add("Dr Ana Souza")
    page = PatientStep(make_session())
    qtbot.addWidget(page)
    page.refresh()
    page.show()
    assert not page.practitioner.isVisible()


def test_a_reason_given_for_holding_next_back_goes_once_dealt_with(qtbot, make_session):
    session = make_session()
    wizard = ConsultationWizard(session)
    qtbot.addWidget(wizard)
    screening = wizard.page(ScreeningStep)
    assert wizard.go_to(wizard.pages.index(screening))
    _answer_all_no(screening)
    screening.questions["herpes_history"].yes.click()
    assert not wizard.go_to(wizard.current + 1)
    assert wizard.message.text().startswith("Tick each precaution")
    screening.acknowledge["herpes_history"].click()
    assert wizard.message.isHidden()
    assert wizard.go_to(wizard.current + 1)


def test_scores_drop_the_missing_skin_type_message_once_it_is_chosen(qtbot, sqlite_context):
    patient = sqlite_context.patients.create(PatientDetails("Lee", "Park", dt.date(1990, 1, 1)))
    record = sqlite_context.consultations.start(
        patient.id, ConsultationDraft(date=TODAY, findings=FINDINGS)
    )
    session = ConsultationSession(sqlite_context, patient, record)
    page = ScoresStep(session)
    qtbot.addWidget(page)
    page.refresh()
    assert "skin type" in page.problem.text()
    session.update(fitzpatrick=4)
    assert page.problem.text() == ""
    assert page.goodman_baron.text() != "–"


def test_the_skin_type_chosen_is_kept_with_the_patient(qtbot, sqlite_context):
    patient = sqlite_context.patients.create(PatientDetails("Lee", "Park", dt.date(1990, 1, 1)))
    record = sqlite_context.consultations.start(patient.id)
    session = ConsultationSession(sqlite_context, patient, record)
    page = PatientStep(session)
    qtbot.addWidget(page)
    page.refresh()
    page.skin_type.setCurrentIndex(page.skin_type.findData(4))
    assert session.draft.fitzpatrick == 4
    assert sqlite_context.patients.get(patient.id).details.fitzpatrick == 4
