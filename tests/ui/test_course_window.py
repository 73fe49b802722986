"""The patient page as the course, a finished consultation's summary, the follow-up walk with
its comparison and plan revision, and the lot search, as a practitioner uses them."""

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog

from consult.domain.treatment import AdverseEventDetails
from consult.ui.followup.revision import RevisionDialog
from consult.ui.followup.walk import COMPARISON, SCORES, FollowUpWalk
from consult.ui.formats import show_date
from consult.ui.main_window import MainWindow
from consult.ui.patients.consultation import ConsultationView
from consult.ui.patients.listing import LOT_DELAY_MS, PatientListView
from consult.ui.patients.page import PatientView


@pytest.fixture
def window(qtbot, sqlite_context):
    made = MainWindow(sqlite_context)
    qtbot.addWidget(made)
    made.resize(1280, 800)
    made.show()
    return made


def _entries(view):
    return [view.model.record(r) for r in range(view.model.rowCount())]


def _select(view, kind):
    row = next(r for r, e in enumerate(_entries(view)) if e.kind == kind)
    view.table.selectRow(row)
    return view.model.record(row)


def test_the_page_shows_planned_vs_done_the_next_due_date_and_the_last_depths(
    qtbot, sqlite_context, make_course
):
    patient, consultation, _ = make_course(sqlite_context, sessions=3)
    view = PatientView(sqlite_context)
    qtbot.addWidget(view)
    view.show_patient(patient.id)
    planned = consultation.plan.sessions_final
    assert f"3 of {planned} sessions done" in view.progress.text()
    # Due on its planned date, or the plan's interval after the last session if that is later.
    last = max(s.draft.date for s in sqlite_context.course.sessions(patient.id))
    interval = dt.timedelta(weeks=consultation.plan.interval_final_weeks)
    due = max(consultation.plan.dates[3], last + interval)
    assert view.next_due.text().startswith(f"Next: session 4, due {show_date(due)}")
    zones = sqlite_context.rules.zones
    for zone in consultation.plan.depths_mm:
        assert zones[zone].label in view.depths.text()
    kinds = [e.kind for e in _entries(view)]
    assert kinds[:4] == ["consultation", "session", "session", "session"]
    assert kinds[4 : planned + 1] == ["planned"] * (planned - 3)
    assert view.model.index(4, 2).data() == ("Planned" if due >= dt.date.today() else "Due")
    assert view.model.index(4, 0).data() == show_date(due)
    assert kinds[-1] == "review"
    assert view.open_events() == ""
    assert not view.prompt.isVisible()


def test_an_open_adverse_event_shows_as_a_badge(qtbot, sqlite_context, make_course):
    patient, *_ = make_course(sqlite_context, sessions=1)
    session = sqlite_context.course.sessions(patient.id)[0]
    sqlite_context.course.record_adverse_event(
        patient.id,
        AdverseEventDetails("pih", session.draft.date + dt.timedelta(days=3), "mild", session.id),
    )
    view = PatientView(sqlite_context)
    qtbot.addWidget(view)
    view.show_patient(patient.id)
    assert view.open_events() == "1 open adverse event"
    row = _select(view, "adverse_event")
    assert view.model.index(_entries(view).index(row), 2).data() == "Open"


def test_each_entry_opens_its_own_record(qtbot, sqlite_context, make_course):
    patient, consultation, _ = make_course(sqlite_context, sessions=1)
    draft = sqlite_context.consultations.start(patient.id)
    view = PatientView(sqlite_context)
    qtbot.addWidget(view)
    view.show_patient(patient.id)
    session = _select(view, "session")
    with qtbot.waitSignal(view.session_opened) as opened:
        view.open_button.click()
    assert opened.args == [session.record_id]
    view.table.selectRow(0)
    with qtbot.waitSignal(view.summary_opened) as opened:
        view.open_button.click()
    assert opened.args == [consultation.id]
    drafts = [r for r, e in enumerate(_entries(view)) if e.kind == "consultation" and e.draft]
    view.table.selectRow(drafts[0])
    with qtbot.waitSignal(view.consultation_opened) as opened:
        view.open_button.click()
    assert opened.args == [draft.id]
    _select(view, "review")
    assert not view.open_button.isEnabled()


def test_a_final_consultation_opens_as_a_summary_and_its_handout_is_saved_again(
    qtbot, sqlite_context, make_course, window, tmp_path, monkeypatch
):
    patient, consultation, _ = make_course(sqlite_context)
    window.open_patient(patient.id)
    window.patient_view.table.selectRow(0)
    window.patient_view.open_button.click()
    summary = window.record_view
    assert isinstance(summary, ConsultationView)
    assert window.wizard is None
    assert summary.findings.rowCount() == 2
    assert f"ECCA <b>{consultation.scores.ecca}</b>" in summary.scores.text()
    qtbot.waitUntil(lambda: summary.files is not None, timeout=30_000)
    target = tmp_path / "again.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    summary.save_button.click()
    assert target.read_bytes().startswith(b"%PDF")
    summary.back_button.click()
    assert window.stack.currentWidget() is window.patient_view
    assert window.record_view is None


def _walk(window, patient):
    window.open_patient(patient.id)
    window.patient_view.follow_up_button.click()
    walk = window.record_view
    assert isinstance(walk, FollowUpWalk)
    return walk


def test_a_follow_up_shows_the_change_in_both_scores(qtbot, sqlite_context, make_course, window):
    patient, consultation, _ = make_course(sqlite_context, sessions=2)
    walk = _walk(window, patient)
    editor = walk.findings
    editor.select("cheek_left")
    assert editor.boxes["rolling_moderate"].value() == 14  # started from the consultation
    editor.boxes["rolling_moderate"].setValue(6)
    editor.select("forehead")
    editor.boxes["boxcar_shallow"].setValue(2)
    qtbot.mouseClick(walk.next_button, Qt.MouseButton.LeftButton)
    assert walk.step == SCORES
    scores, _ = sqlite_context.course.follow_up_scores(editor.findings(), None)
    assert f"ECCA <b>{scores.ecca}</b>" in walk.scores.text()
    walk.grade.setCurrentIndex(walk.grade.findData(2))
    qtbot.mouseClick(walk.next_button, Qt.MouseButton.LeftButton)
    assert walk.step == COMPARISON
    before = consultation.scores
    shown = walk.comparison
    gb = scores.goodman_baron_quantitative - before.goodman_baron_quantitative
    ecca = scores.ecca - before.ecca
    assert gb < 0 and ecca < 0
    assert shown.change_of("Goodman & Baron quantitative") == f"{gb:+g}"
    assert shown.change_of("ECCA") == f"{ecca:+g}"
    assert shown.change_of("Goodman & Baron grade") == f"{2 - before.qualitative_used:+g}"
    assert shown.change_of("Scars: Left cheek") == "-8"
    assert not shown.prompt.isVisible()

    # Back on the course page, the follow-up is there and opens on its comparison.
    walk.back_button.click()
    page = window.patient_view
    follow_up = _select(page, "follow_up")
    page.open_button.click()
    again = window.record_view
    assert again.step == COMPARISON
    assert again.result.record.id == follow_up.record_id
    assert again.comparison.change_of("ECCA") == f"{ecca:+g}"


def test_a_follow_up_takes_its_date_and_practitioner_and_refuses_a_day_before_the_consultation(
    qtbot, sqlite_context, make_course, window
):
    patient, consultation, practitioner = make_course(sqlite_context, sessions=1)
    walk = _walk(window, patient)
    walk.next()
    assert walk.date.date() == dt.date.today()  # today unless changed
    assert walk.practitioner.currentData() is None  # from the page: nobody chosen yet
    # The day before the consultation is refused, with the reason; nothing is saved.
    walk.date.set_date(consultation.draft.date - dt.timedelta(days=1))
    walk.next()
    assert walk.step == SCORES
    assert "Date: must not be before the consultation date" in walk.problem.text()
    assert sqlite_context.course.follow_ups(patient.id) == []
    # A day after today cannot even be read as the date.
    walk.date.edit.setText((dt.date.today() + dt.timedelta(days=2)).isoformat())
    walk.next()
    assert walk.step == SCORES and "after today" in walk.problem.text()

    day = consultation.draft.date + dt.timedelta(days=60)
    walk.date.set_date(day)
    walk.practitioner.setCurrentIndex(walk.practitioner.findData(practitioner.id))
    walk.next()
    assert walk.step == COMPARISON, walk.problem.text()
    (saved,) = sqlite_context.course.follow_ups(patient.id)
    assert saved.details.date == day
    assert saved.details.practitioner_id == practitioner.id
    assert saved.details.session_id is None


def test_a_follow_up_started_from_a_session_is_linked_to_it(
    qtbot, sqlite_context, make_course, window, monkeypatch
):
    from consult.ui.course.session_view import SessionDialog

    patient, _consultation, practitioner = make_course(sqlite_context, sessions=1)
    (session,) = sqlite_context.course.sessions(patient.id)
    window.open_patient(patient.id)

    def follow_up(dialog):
        assert dialog.follow_up_button.isEnabled()
        dialog.follow_up_button.click()
        return dialog.result()

    monkeypatch.setattr(SessionDialog, "exec", follow_up)
    _select(window.patient_view, "session")
    window.patient_view.open_button.click()
    walk = window.record_view
    assert isinstance(walk, FollowUpWalk)
    assert walk.session_id == session.id
    walk.next()
    assert walk.practitioner.currentData() == practitioner.id  # the session's, first
    walk.next()
    assert walk.step == COMPARISON, walk.problem.text()
    (saved,) = sqlite_context.course.follow_ups(patient.id)
    assert saved.details.session_id == session.id
    assert saved.details.practitioner_id == practitioner.id


def test_a_new_session_offers_a_follow_up_only_once_saved(qtbot, sqlite_context, make_course):
    from consult.ui.course.session_view import SessionDialog

    patient, _consultation, _practitioner = make_course(sqlite_context)
    dialog = SessionDialog(sqlite_context, patient)
    qtbot.addWidget(dialog)
    assert not dialog.follow_up_button.isEnabled()


def test_no_change_after_two_sessions_prompts_and_the_plan_is_revised(
    qtbot, sqlite_context, make_course, window, monkeypatch
):
    patient, consultation, _ = make_course(sqlite_context, sessions=2)
    walk = _walk(window, patient)
    walk.next()
    walk.next()
    assert walk.step == COMPARISON
    prompt = sqlite_context.rules.course.no_change.text
    assert walk.comparison.prompt.text() == prompt and walk.comparison.prompt.isVisible()

    def answer(dialog):
        assert "Sessions done so far: 2" in [
            label.text() for label in dialog.findChildren(type(dialog.dates))
        ]
        dialog.sessions.setValue(4)
        dialog.save()  # no reason yet: refused, said beside the fields
        assert "reason" in dialog.problem.text()
        qtbot.keyClicks(dialog.reason, "No change: subcision added")
        dialog.save()
        assert dialog.result() == QDialog.DialogCode.Accepted
        return dialog.result()

    monkeypatch.setattr(RevisionDialog, "exec", answer)
    qtbot.mouseClick(walk.comparison.revise_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.patient_view
    page = window.patient_view
    assert "2 of 4 sessions done" in page.progress.text()
    assert "Plan revised" in [e.label for e in _entries(page)]
    assert page.prompt.text() == prompt  # the last follow-up still said so
    kept = sqlite_context.consultations.get(consultation.id).plan
    assert kept.sessions_final == consultation.plan.sessions_final  # the original is kept


def test_searching_a_lot_finds_its_patients(qtbot, sqlite_context, make_course):
    first, *_ = make_course(sqlite_context, sessions=2)
    second, *_ = make_course(sqlite_context, sessions=1, name=("Bo", "Lind"))
    make_course(sqlite_context, name=("Cy", "Park"))
    view = PatientListView(None)
    qtbot.addWidget(view)
    view.set_service(sqlite_context.patients, sqlite_context.course)
    # Typed by hand: another case, spaces around it; looked up once typing pauses.
    with qtbot.waitSignal(view.lot_searched):
        qtbot.keyClicks(view.search, " cart-77 ")
    assert [view.model.record(r).id for r in range(view.model.rowCount())] == [
        first.id,
        second.id,
    ]
    assert view.status.text() == "Lot CART-77: used in 3 sessions of 2 patients, listed first."
    with qtbot.waitSignal(view.opened) as opened:
        qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert opened.args == [first.id]
    view.search.clear()
    # A name cannot be a lot: answered at once, and no lot is looked up.
    with qtbot.assertNotEmitted(view.lot_searched, wait=LOT_DELAY_MS * 2):
        qtbot.keyClicks(view.search, "lind")
        assert view.status.text() == "1 found."


def test_a_lot_is_looked_up_once_typing_pauses_not_at_each_keystroke(
    qtbot, sqlite_context, make_course, monkeypatch
):
    make_course(sqlite_context, sessions=1)
    view = PatientListView(None)
    qtbot.addWidget(view)
    view.set_service(sqlite_context.patients, sqlite_context.course)
    asked = []
    looked_up = sqlite_context.course.find_lot
    monkeypatch.setattr(
        sqlite_context.course, "find_lot", lambda text: asked.append(text) or looked_up(text)
    )
    with qtbot.waitSignal(view.lot_searched):
        qtbot.keyClicks(view.search, "CART-77")
        assert view.status.text() == "No patient matches “CART-77”."  # names, at once
    assert asked == ["CART-77"]
    assert view.status.text().startswith("Lot CART-77: used in 1 session")


def test_a_plan_revision_opens_read_only_beside_the_plan_as_decided(
    qtbot, sqlite_context, make_course, window, monkeypatch
):
    from consult.ui.followup.revision_view import RevisionRecordDialog

    patient, consultation, practitioner = make_course(sqlite_context, sessions=2)
    course = sqlite_context.course
    first = course.propose_revision(patient.id, dt.date.today(), 5, 6, "Slower healing")
    course.revise_plan(patient.id, first)
    second = course.propose_revision(patient.id, dt.date.today(), 4, 5, "Healing well again")
    course.revise_plan(patient.id, dataclasses.replace(second, practitioner_id=practitioner.id))
    window.open_patient(patient.id)
    page = window.patient_view
    revisions = [e for e in _entries(page) if e.kind == "revision"]
    assert len(revisions) == 2  # the earlier revision is kept on the timeline too

    shown = []
    monkeypatch.setattr(RevisionRecordDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    latest = max(revisions, key=lambda e: e.record_id)
    page.table.selectRow(_entries(page).index(latest))
    assert page.open_button.isEnabled()
    page.open_button.click()
    (dialog,) = shown
    qtbot.addWidget(dialog)
    plan = consultation.plan
    values = dialog.values
    assert values["Date"] == (show_date(dt.date.today()), show_date(consultation.draft.date))
    assert values["By"][0] == "Dr Silva"
    assert values["Sessions in all"] == ("4 sessions", f"{len(plan.dates)} sessions")
    assert values["Interval"] == ("every 5 weeks", f"every {plan.interval_final_weeks} weeks")
    assert values["Reason"][0] == "Healing well again"
    remaining = sqlite_context.course.revision_view(patient.id, latest.record_id)
    assert values["Dates"][0].count(",") == len(remaining.revision.details.remaining_dates) - 1
    assert show_date(plan.dates[0]) in values["Dates"][1]
    assert "Left cheek" in values["Depths"][0] and "Left cheek" in values["Depths"][1]
    # Nothing in it can be edited: labels and a Close button only.
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QSpinBox

    assert not dialog.findChildren(QLineEdit) + dialog.findChildren(QPlainTextEdit)
    assert not dialog.findChildren(QSpinBox)


def test_the_number_list_offers_only_the_numbers_not_yet_used(qtbot, sqlite_context, make_course):
    from consult.ui.course.session_view import SessionDialog

    patient, consultation, _practitioner = make_course(sqlite_context, sessions=3)
    dialog = SessionDialog(sqlite_context, patient)
    qtbot.addWidget(dialog)
    offered = [dialog.number.itemData(i) for i in range(dialog.number.count())]
    assert offered == [*range(4, len(consultation.plan.dates) + 1), None]
    assert dialog.number.currentData() == 4
    (first, *_rest) = sqlite_context.course.sessions(patient.id)
    opened = SessionDialog(sqlite_context, patient, first.id)
    qtbot.addWidget(opened)
    # A saved session keeps its own number among those offered.
    assert opened.number.currentData() == first.draft.number == 1


def test_a_follow_up_from_a_session_starts_from_the_last_follow_up_and_its_rows_stay_at_the_top(
    qtbot, sqlite_context, make_course, window, monkeypatch
):
    from consult.domain.model import Finding
    from consult.domain.treatment import FollowUpDetails
    from consult.ui.course.session_view import SessionDialog

    patient, consultation, _practitioner = make_course(sqlite_context, sessions=2)
    first, second = sqlite_context.course.sessions(patient.id)
    seen = (Finding("cheek_left", "rolling_moderate", 9),)
    sqlite_context.course.record_follow_up(
        patient.id,
        FollowUpDetails(first.draft.date + dt.timedelta(days=7), consultation.id, seen),
    )
    window.open_patient(patient.id)

    def follow_up(dialog):
        dialog.follow_up_button.click()
        return dialog.result()

    monkeypatch.setattr(SessionDialog, "exec", follow_up)
    page = window.patient_view
    row = next(
        r for r, e in enumerate(_entries(page)) if e.kind == "session" and e.record_id == second.id
    )
    page.table.selectRow(row)
    page.open_button.click()
    walk = window.record_view
    assert isinstance(walk, FollowUpWalk) and walk.session_id == second.id
    walk.findings.select("cheek_left")
    assert walk.findings.boxes["rolling_moderate"].value() == 9  # as last seen, not 14
    walk.findings.select("forehead")
    assert walk.findings.boxes["boxcar_shallow"].value() == 0
    walk.next()
    assert walk.step == SCORES
    # Rows together under the date, however tall the page: no gap floats them apart.
    walk.resize(1200, 1400)
    qtbot.waitUntil(lambda: walk.notes.isVisible())
    date_bottom = walk.date.mapTo(walk, walk.date.rect().bottomLeft()).y()
    notes_top = walk.notes.mapTo(walk, walk.notes.rect().topLeft()).y()
    assert notes_top - date_bottom < 200
