"""The outcome chart on the patient page: the three scores at each assessment, the sessions
marked, values on hover and in a table; QtCharts loaded only when the chart is asked for. The
page's progress report and compare buttons."""

import datetime as dt
import io
import subprocess
import sys

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QFileDialog

from consult.domain.model import Finding
from consult.domain.treatment import FollowUpDetails
from consult.ui.formats import show_date
from consult.ui.main_window import MainWindow
from consult.ui.patients.outcomes import Column, OutcomeTableModel, _msecs
from consult.ui.patients.page import PatientView
from consult.ui.photos.compare import CompareDialog


@pytest.fixture
def course(sqlite_context, make_course):
    """A consultation, two sessions and two follow-ups: three assessments."""
    patient, consultation, _ = make_course(sqlite_context, sessions=2)
    start = consultation.draft.date
    for weeks, count, grade in ((6, 10, 3), (10, 4, 2)):
        sqlite_context.course.record_follow_up(
            patient.id,
            FollowUpDetails(
                date=start + dt.timedelta(weeks=weeks),
                consultation_id=consultation.id,
                findings=(Finding("cheek_left", "rolling_moderate", count),),
                global_grade=grade,
            ),
        )
    return patient, consultation


def test_the_chart_shows_three_assessments_and_the_sessions(qtbot, sqlite_context, course):
    patient, consultation = course
    view = PatientView(sqlite_context)
    qtbot.addWidget(view)
    view.show_patient(patient.id)
    assert view.outcomes is None  # not made until asked for

    view.outcome_button.click()

    panel = view.outcomes
    assert panel is not None and not panel.isHidden()
    history = sqlite_context.outcomes.score_history(patient.id)
    gb = panel.series["Goodman & Baron"]
    scores = [a.goodman_baron_quantitative for a in history.assessments]
    assert [p.y() for p in gb.points()] == scores
    assert [p.y() for p in panel.series["ECCA"].points()] == [a.ecca for a in history.assessments]
    assert [p.y() for p in panel.series["Grade"].points()] == [3, 3, 2]
    assert [p.x() for p in panel.sessions.points()] == [_msecs(d) for d in history.sessions_done]
    assert len(panel.sessions.points()) == 2
    # Hovering a point says its date and the three scores; a session mark says which one.
    first = history.assessments[0]
    tip = panel.tooltip("ECCA", gb.points()[0])
    assert tip == (
        f"Consultation, {show_date(first.date)}\nGoodman & Baron "
        f"{consultation.scores.goodman_baron_quantitative}\nECCA {consultation.scores.ecca}\n"
        "Grade 3"
    )
    session = panel.tooltip("", QPointF(_msecs(history.sessions_done[1]), 0))
    assert session == f"Session 2, {show_date(history.sessions_done[1])}"
    # The table: three assessments and two sessions, by date.
    model = panel.model
    entries = [model.index(r, Column.ENTRY).data() for r in range(model.rowCount())]
    assert entries == ["Consultation", "Session 1", "Follow-up", "Session 2", "Follow-up"]
    assert model.index(4, Column.GRADE).data() == "2"
    assert model.index(1, Column.ECCA).data() == ""

    view.outcome_button.click()
    assert panel.isHidden()


def test_the_table_model_passes_the_model_tester(qtmodeltester, sqlite_context, course):
    patient, _ = course
    model = OutcomeTableModel()
    model.set_history(sqlite_context.outcomes.score_history(patient.id))
    qtmodeltester.check(model)


def test_opening_the_window_and_a_patient_does_not_import_qtcharts():
    code = (
        "import sys\n"
        "import consult.ui.main_window, consult.ui.patients.page\n"
        "assert 'PySide6.QtCharts' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_the_report_button_saves_the_progress_report(
    qtbot, sqlite_context, course, tmp_path, monkeypatch
):
    patient, _ = course
    window = MainWindow(sqlite_context)
    qtbot.addWidget(window)
    window.show()
    window.open_patient(patient.id)
    target = tmp_path / "progress.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))

    window.patient_view.report_button.click()

    qtbot.waitUntil(lambda: target.exists(), timeout=30_000)
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(target.read_bytes())).pages)
    assert "Your progress" in text and "Ana Silva" in text
    qtbot.waitUntil(lambda: "Progress report saved" in window.statusBar().currentMessage())


def test_the_compare_button_opens_the_compare_view(qtbot, sqlite_context, course, monkeypatch):
    patient, _ = course
    window = MainWindow(sqlite_context)
    qtbot.addWidget(window)
    window.open_patient(patient.id)
    opened = []
    monkeypatch.setattr(CompareDialog, "exec", lambda dialog: opened.append(dialog) or 0)

    window.patient_view.compare_button.click()

    assert len(opened) == 1
    assert opened[0].canvas.missing[0] == "No photos of this patient to compare yet."
