"""A whole consultation through the real widgets, as a practitioner walks it, then found again
from the patient list with every value as entered; and a blocked screening, deferred."""

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog

from consult.domain.facemap import anchor
from consult.domain.model import Finding
from consult.services.facemap import load_default_face_map
from consult.ui.main_window import MainWindow
from consult.ui.patients.dialog import PatientDialog
from consult.ui.wizard.assessment_step import AssessmentStep
from consult.ui.wizard.finish_step import FinishStep
from consult.ui.wizard.handout_step import HandoutStep
from consult.ui.wizard.patient_step import PatientStep
from consult.ui.wizard.plan.step import PlanStep
from consult.ui.wizard.scores_step import ScoresStep
from consult.ui.wizard.screening_step import ScreeningStep

FINDINGS = {
    Finding("cheek_left", "rolling_moderate", 7),
    Finding("forehead", "icepick", 4),
    Finding("jaw_right", "hypertrophic_keloid", area_cm2=1.5, older_than_2_years=False),
}


@pytest.fixture
def window(qtbot, sqlite_context, monkeypatch):
    def new_patient(dialog):
        dialog.given_names.setText("Ana María")  # QTest types ASCII only
        qtbot.keyClicks(dialog.family_name, "Ortega")
        qtbot.keyClicks(dialog.date_of_birth, "18/03/1994")
        qtbot.keyClicks(dialog.phone, "+34 600 123 456")
        dialog.fitzpatrick.setCurrentIndex(dialog.fitzpatrick.findData(4))
        qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(PatientDialog, "exec", new_patient)
    made = MainWindow(sqlite_context)
    qtbot.addWidget(made)
    made.resize(1366, 768)
    made.show()
    made.new_patient_action.trigger()
    assert made.stack.currentWidget() is made.patient_view
    qtbot.mouseClick(made.patient_view.new_button, Qt.MouseButton.LeftButton)
    assert made.wizard is not None
    return made


def _next(qtbot, wizard):
    before = wizard.current
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.current == before + 1, wizard.message.text()


def _tick(qtbot, button):
    """Click a radio button or check box on its indicator, where a user clicks."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def _screen(qtbot, wizard, yes=()):
    page = wizard.page(ScreeningStep)
    for item, question in page.questions.items():
        button = question.yes if item in yes else question.no
        _tick(qtbot, button)
    return page


def _click_zone(qtbot, page, zone):
    face = load_default_face_map(page.session.rules)
    point = page.face_map.diagramToWidget(anchor(face, zone))
    qtbot.mouseClick(page.face_map, Qt.MouseButton.LeftButton, pos=point.toPoint())
    assert page.selected_zone() == zone


def _type_into(qtbot, box, text):
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def _add_type(qtbot, page, scar_id):
    """The scar type's row in the selected zone's editor, added as a user adds it."""
    if not page.type_buttons[scar_id].isVisible():
        qtbot.mouseClick(page.add_type_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.type_buttons[scar_id], Qt.MouseButton.LeftButton)
    return page.rows[scar_id]


def test_a_whole_consultation_is_kept_and_found_again(
    qtbot, window, sqlite_context, tmp_path, monkeypatch
):
    wizard = window.wizard
    _next(qtbot, wizard)  # Patient: skin type IV as entered
    assert wizard.page(PatientStep).skin_type.currentData() == 4

    screening = _screen(qtbot, wizard, yes={"herpes_history"})
    _tick(qtbot, screening.acknowledge["herpes_history"])
    _next(qtbot, wizard)

    assessment = wizard.page(AssessmentStep)
    _click_zone(qtbot, assessment, "cheek_left")
    _type_into(qtbot, _add_type(qtbot, assessment, "rolling_moderate").count, "7")
    _click_zone(qtbot, assessment, "forehead")
    _type_into(qtbot, _add_type(qtbot, assessment, "icepick").count, "4")
    _click_zone(qtbot, assessment, "jaw_right")
    keloid = _add_type(qtbot, assessment, "hypertrophic_keloid")
    _type_into(qtbot, keloid.area, "1.5")
    _tick(qtbot, keloid.older)  # younger than 2 years
    assert set(wizard.session.draft.findings) == FINDINGS
    _next(qtbot, wizard)

    scores = wizard.page(ScoresStep)
    scores.grade.setCurrentIndex(scores.grade.findData(3))
    _next(qtbot, wizard)

    plan_page = wizard.page(PlanStep)
    suggested = wizard.session.preview.report.plan.sessions.suggested
    _type_into(qtbot, plan_page.schedule.sessions, str(suggested + 1))
    assert "reason" in plan_page.blocker()
    qtbot.keyClicks(plan_page.schedule.sessions_reason, "Deep scars on both cheeks")
    _next(qtbot, wizard)

    handout = wizard.page(HandoutStep)
    qtbot.waitUntil(lambda: not handout.building, timeout=30_000)
    target = tmp_path / "handout.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    handout.save_pdf()
    assert target.read_bytes().startswith(b"%PDF")
    _next(qtbot, wizard)

    finish = wizard.page(FinishStep)
    qtbot.keyClicks(finish.notes, "Discussed downtime.")
    # The raised scar beside "no keloid tendency" is repeated, and Finish waits for a tick.
    keloid = finish.precaution_ticks["keloid_tendency"]
    assert "a raised (hypertrophic or keloid) scar is recorded" in keloid.accessibleName()
    assert not finish.finish_button.isEnabled()
    for tick in [*finish.precaution_ticks.values(), *finish.warning_ticks.values()]:
        _tick(qtbot, tick)
    qtbot.mouseClick(finish.finish_button, Qt.MouseButton.LeftButton)
    assert window.wizard is None
    assert window.stack.currentWidget() is window.patient_view

    # Found again from the patient list, every value as entered.
    window.show_patients()
    qtbot.keyClicks(window.patient_list.search, "orte")
    qtbot.keyClick(window.patient_list.search, Qt.Key.Key_Return)
    assert window.patient_view.patient.details.full_name == "Ana María Ortega"
    assert window.patient_view.flags() == ["Cold-sore history", "Keloid tendency"]
    model = window.patient_view.model
    entries = [model.record(row).kind for row in range(model.rowCount())]
    # The course it starts: its planned sessions, to its review.
    assert entries[0] == "consultation" and entries[-1] == "review"
    assert set(entries[1:-1]) == {"planned"}
    # The final consultation opens as its summary; every page is one click further.
    window.patient_view.open_button.click()
    summary = window.record_view
    assert "Consultation of" in summary.heading.text()
    assert summary.findings.rowCount() == len(FINDINGS)
    summary.pages_button.click()
    session = window.wizard.session
    assert session.read_only
    draft = session.draft
    assert set(draft.findings) == FINDINGS
    assert draft.screening.flags["herpes_history"] is True
    assert draft.acknowledged == {"herpes_history", "keloid_tendency"}  # this one on Finish
    assert draft.global_grade == 3
    assert draft.notes == "Discussed downtime."
    assert draft.plan_choices.sessions == suggested + 1
    assert draft.plan_choices.reasons == {"sessions": "Deep scars on both cheeks"}
    kept = session.record.plan
    assert kept.sessions_final == suggested + 1
    assert [(o.field, o.reason) for o in kept.overrides] == [
        ("sessions", "Deep scars on both cheeks")
    ]
    # The pages show it again, and nothing can be changed.
    window.wizard.go_to(2)
    reopened = window.wizard.page(AssessmentStep)
    _click_zone(qtbot, reopened, "jaw_right")
    assert reopened.rows["hypertrophic_keloid"].area.value() == 1.5
    assert not reopened.rows["hypertrophic_keloid"].older.isChecked()
    window.wizard.go_to(4)
    assert window.wizard.page(PlanStep).schedule.sessions.value() == suggested + 1
    assert session.update(global_grade=4) != ""
    assert sqlite_context.consultations.get(session.consultation_id).is_final


def test_a_blocked_screening_ends_in_a_deferred_plan_and_a_handout_without_dates(
    qtbot, window, sqlite_context
):
    wizard = window.wizard
    _next(qtbot, wizard)
    screening = _screen(qtbot, wizard, yes={"active_acne"})
    assert not screening.banner.isHidden()
    _next(qtbot, wizard)
    assessment = wizard.page(AssessmentStep)
    _click_zone(qtbot, assessment, "cheek_left")
    _type_into(qtbot, _add_type(qtbot, assessment, "boxcar_deep").count, "3")
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    plan_page = wizard.page(PlanStep)
    assert not plan_page.deferred.isHidden()
    _next(qtbot, wizard)
    handout = wizard.page(HandoutStep)
    qtbot.waitUntil(lambda: not handout.building, timeout=30_000)
    assert not handout.save_calendar_button.isEnabled()
    _next(qtbot, wizard)
    with qtbot.waitSignal(wizard.finished) as done:
        qtbot.mouseClick(wizard.page(FinishStep).finish_button, Qt.MouseButton.LeftButton)
    record = done.args[0]
    assert record.plan.status == "blocked"
    assert record.plan.dates == ()
    assert record.is_final
    assert dt.date.today() == record.draft.date


CRASHING_SESSION = """
import os, signal, sys, datetime as dt
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
from consult.domain.records import PatientDetails
from consult.services.context import open_context
from consult.ui.main_window import MainWindow
from consult.ui.wizard.screening_step import ScreeningStep

app = QApplication([])
context = open_context(sys.argv[1])
patient = context.patients.create(
    PatientDetails("Crash", "Test", dt.date(1990, 1, 1), fitzpatrick=2)
)
window = MainWindow(context)
window.show()
window.start_consultation(patient.id)
wizard = window.wizard
wizard.go_to(1)
page = wizard.page(ScreeningStep)
for question in page.questions.values():
    question.no.click()
page.questions["keloid_tendency"].yes.click()
wizard.go_to(0)  # a page change saves the draft
page.questions["anticoagulants"].yes.click()  # typed after the last save: may be lost
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_after_a_crash_the_next_start_offers_the_draft(qtbot, tmp_path, rules, monkeypatch):
    import subprocess
    import sys

    from PySide6.QtWidgets import QMessageBox

    from consult.services.context import open_context

    database = tmp_path / "consult.sqlite3"
    crashed = subprocess.run(
        [sys.executable, "-c", CRASHING_SESSION, str(database)], capture_output=True, timeout=120
    )
    assert crashed.returncode == -9, crashed.stderr.decode()
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda parent, title, text, *rest: asked.append(text) or QMessageBox.StandardButton.Yes,
    )
    context = open_context(str(database), rules=rules)
    try:
        window = MainWindow(context)
        qtbot.addWidget(window)
        window.offer_resume()
        assert "Crash Test" in asked[0]
        flags = window.wizard.session.draft.screening.flags
        assert flags["keloid_tendency"] is True
        assert flags["active_acne"] is False
        window.wizard.go_to(1)
        assert window.wizard.page(ScreeningStep).questions["keloid_tendency"].yes.isChecked()
        window.close()
    finally:
        context.close()
