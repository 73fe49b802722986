"""The Plan page: the suggestion shown beside editable values, a reason asked for every change,
dates closer than the minimum interval refused, and a blocked screening only deferred."""

import datetime as dt
from dataclasses import replace

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QDateEdit,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QWidget,
)

from consult.domain.consultation import ConsultationDraft, PlanChoices
from consult.domain.model import Finding, ScreeningAnswers
from consult.domain.records import PatientDetails
from consult.services.rules import load_default_rules
from consult.ui.formats import show_date
from consult.ui.wizard.plan.step import PlanStep
from consult.ui.wizard.session import ConsultationSession

DAY = dt.date(2026, 11, 24)  # a Tuesday
START = dt.date(2026, 12, 8)  # 14 days on: time to reflect on consent (DECISIONS 7.1)
FINDINGS = (Finding("cheek_left", "rolling_moderate", 7), Finding("forehead", "icepick", 3))
SUGGESTED_DATES = [
    dt.date(2026, 12, 8),
    dt.date(2027, 1, 5),
    dt.date(2027, 2, 2),
    dt.date(2027, 3, 2),
    dt.date(2027, 3, 30),
]


RULES = load_default_rules()


def answered_no(rules) -> ScreeningAnswers:
    """Every screening question asked, answered no (a date item: never taken): a plan has
    dates only once each question that could stop it is answered."""
    asked = [item for item in rules.screening.values() if item.age_below is None]
    return ScreeningAnswers(
        {item.id: False for item in asked if item.kind == "bool"},
        {item.id: None for item in asked if item.kind == "date"},
    )


def graded_draft(**fields) -> ConsultationDraft:
    fields.setdefault("screening", answered_no(RULES))
    fields.setdefault("findings", FINDINGS)
    return ConsultationDraft(date=DAY, global_grade=3, **fields)


@pytest.fixture
def open_page(qtbot):
    """Show the Plan page of a session as the wizard does (refresh, then shown)."""

    def open_(session: ConsultationSession) -> PlanStep:
        page = PlanStep(session)
        qtbot.addWidget(page)
        page.resize(1100, 600)
        page.refresh()
        page.show()
        qtbot.waitExposed(page)
        return page

    return open_


def named(page: QWidget, kind: type, name: str):
    found = [w for w in page.findChildren(kind) if w.accessibleName() == name]
    assert len(found) == 1, f"{name!r}: {len(found)} found"
    return found[0]


def shown_dates(page: PlanStep) -> list[dt.date]:
    return [editor.date().toPython() for _, editor, _ in page.schedule.date_rows]


def visible_text(widget: QWidget) -> str:
    return "\n".join(
        label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)
    )


def type_into(qtbot, box: QAbstractSpinBox, text: str, then: Qt.Key = Qt.Key.Key_Return) -> None:
    """Replace a spin box's text as a user would, then press Enter (or `then`, Tab say)."""
    box.setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), text)
    qtbot.keyClick(QApplication.focusWidget() or box, then)  # no focus in an inactive window


def activate(qtbot, page: QWidget) -> None:
    """The page as the active window, so that focus and Tab behave as on screen."""
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)


def test_a_suggested_plan_shows_its_values_beside_the_suggestion(open_page, make_session, rules):
    page = open_page(make_session(graded_draft()))

    sessions = named(page, QSpinBox, "Number of sessions")
    assert sessions.value() == 5
    assert "Suggested 5 · usual 4 to 6 for grade 3" in page.schedule.sessions_hint.text()
    assert named(page, QSpinBox, "Weeks between sessions").value() == 4
    assert "usual 4 to 6" in page.schedule.interval_hint.text()
    assert named(page, QDateEdit, "Plan starts on").date().toPython() == START
    assert "14 days after the consultation" in page.schedule.start_hint.text()
    assert shown_dates(page) == SUGGESTED_DATES
    assert named(page, QDateEdit, "Date of session 2").date().toPython() == SUGGESTED_DATES[1]
    # The middle of the usual range, rounded down to the pen's 0.25 mm step.
    assert named(page, QDoubleSpinBox, "Needle depth, Left cheek").value() == 1.25
    assert named(page, QDoubleSpinBox, "Needle depth, Forehead").value() == 0.5
    assert named(page, QDoubleSpinBox, "Needle depth, Left cheek").text() == "1.25 mm"
    assert not page.schedule.test_patch_date.isVisible()
    text = visible_text(page)
    assert "consider subcision" in text  # an adjunct
    assert "Grade 3: 5 sessions 4 weeks apart" in text  # the reason beside the count
    # The sources, cited in full one click away.
    assert rules.sources["vempati_2023"].citation not in text
    page.notes.sources.toggle.click()
    assert rules.sources["vempati_2023"].citation in visible_text(page)
    # Each line's source: its citation and evidence tag one hover away.
    subcision = next(
        label for label in page.findChildren(QLabel) if "consider subcision" in label.text()
    )
    assert rules.sources["vempati_2023"].citation in subcision.toolTip()
    assert "Evidence V" in subcision.toolTip()
    assert not [
        edit
        for edit in page.findChildren(QLineEdit)
        if edit.isVisible() and edit.placeholderText() == "Why this change?"
    ]
    assert page.blocker() == ""
    assert page.deferred.isHidden()


def test_a_changed_session_count_asks_for_a_reason_and_keeps_it(open_page, make_session, qtbot):
    session = make_session(graded_draft())
    page = open_page(session)
    sessions = named(page, QSpinBox, "Number of sessions")

    sessions.setFocus()
    qtbot.keyClick(sessions, Qt.Key.Key_Up)

    assert session.draft.plan_choices.sessions == 6
    assert len(shown_dates(page)) == 6
    reason = named(page, QLineEdit, "Reason for the change: Number of sessions")
    assert reason.isVisible()
    assert reason.placeholderText() == "Why this change?"
    assert "Number of sessions: 5 → 6 (needs a reason)" in visible_text(page.changes)
    assert page.blocker() == (
        "Each change to the suggested plan needs a short reason: Number of sessions."
    )

    qtbot.keyClicks(reason, "Deep rolling scars")

    assert page.blocker() == ""
    assert session.draft.plan_choices.reasons == {"sessions": "Deep rolling scars"}
    assert "(needs a reason)" not in visible_text(page.changes)

    # Back to the suggestion: no change left, so no reason asked for or kept.
    qtbot.keyClick(sessions, Qt.Key.Key_Down)
    assert session.draft.plan_choices.sessions is None
    assert session.draft.plan_choices.reasons == {}
    assert not reason.isVisible()
    assert shown_dates(page) == SUGGESTED_DATES


def test_a_changed_depth_asks_for_a_reason_for_that_zone(open_page, make_session, qtbot):
    session = make_session(graded_draft())
    page = open_page(session)
    depth = named(page, QDoubleSpinBox, "Needle depth, Left cheek")

    type_into(qtbot, depth, "1")

    assert session.draft.plan_choices.depths_mm == {"cheek_left": 1.0}
    assert session.preview.final.depths_mm["cheek_left"] == 1.0
    assert "Needle depth, Left cheek" in page.blocker()
    reason = named(page, QLineEdit, "Reason for the change: Needle depth, Left cheek")
    assert reason.isVisible()
    qtbot.keyClicks(reason, "Thin skin over the cheekbone")
    assert session.draft.plan_choices.reasons == {
        "needle_depth_mm.cheek_left": "Thin skin over the cheekbone"
    }
    assert page.blocker() == ""


def test_the_arrows_step_a_depth_onto_round_values(open_page, make_session, qtbot):
    session = make_session(graded_draft())
    page = open_page(session)
    forehead = named(page, QDoubleSpinBox, "Needle depth, Forehead")

    forehead.setFocus()
    qtbot.keyClick(forehead, Qt.Key.Key_Up)  # the pen's 0.25 mm steps

    assert forehead.value() == 0.75
    assert session.draft.plan_choices.depths_mm == {"forehead": 0.75}


def test_a_depth_outside_the_usual_range_is_taken_with_an_amber_warning(
    open_page, make_session, qtbot
):
    session = make_session(graded_draft())
    page = open_page(session)

    type_into(qtbot, named(page, QDoubleSpinBox, "Needle depth, Forehead"), "1.25")

    assert page.warnings.isVisible()
    assert "Forehead: 1.25 mm is outside the usual 0.5 to 0.75 mm." in visible_text(page.warnings)


def test_a_date_closer_than_the_minimum_interval_is_refused_with_the_reason(
    open_page, make_session
):
    session = make_session(graded_draft())
    page = open_page(session)
    second = named(page, QDateEdit, "Date of session 2")

    second.setDate(QDate(2026, 12, 15))  # 7 days after the first session

    error = page.schedule.dates_error
    assert error.isVisible()
    assert "7 days after session 1" in error.text()
    assert "at least 2 weeks apart" in error.text()
    assert "on 15 Dec 2026" in error.text()  # written as the window writes dates
    assert session.draft.plan_choices.dates is None
    assert second.date().toPython() == SUGGESTED_DATES[1]
    assert shown_dates(page) == SUGGESTED_DATES


def test_a_refusal_goes_once_another_edit_is_taken(open_page, make_session, qtbot):
    page = open_page(make_session(graded_draft()))
    named(page, QDateEdit, "Date of session 2").setDate(QDate(2026, 12, 15))
    assert page.schedule.dates_error.isVisible()
    type_into(qtbot, named(page, QDoubleSpinBox, "Needle depth, Forehead"), "0.4")
    assert not page.schedule.dates_error.isVisible()


def test_the_reason_field_reached_by_tab_is_scrolled_into_view(open_page, make_session, qtbot):
    page = open_page(make_session(graded_draft()))
    page.resize(700, 380)  # 1366 x 768 at 200 %: the depths are below the fold
    activate(qtbot, page)
    name = "Needle depth, Left cheek"
    type_into(qtbot, named(page, QDoubleSpinBox, name), "1", then=Qt.Key.Key_Tab)
    reason = named(page, QLineEdit, f"Reason for the change: {name}")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is reason)
    area = next(a for a in page.findChildren(QScrollArea) if a.isAncestorOf(reason))
    shown = area.viewport().rect()
    top_left = reason.mapTo(area.viewport(), reason.rect().topLeft())
    bottom_right = reason.mapTo(area.viewport(), reason.rect().bottomRight())
    assert shown.contains(top_left) and shown.contains(bottom_right)


def test_a_moved_date_is_kept_and_asks_for_a_reason(open_page, make_session, qtbot):
    session = make_session(graded_draft())
    page = open_page(session)

    named(page, QDateEdit, "Date of session 2").setDate(QDate(2027, 1, 12))

    assert session.draft.plan_choices.dates[1] == dt.date(2027, 1, 12)
    assert shown_dates(page)[1] == dt.date(2027, 1, 12)
    assert page.schedule.dates_error.isHidden()
    assert "5 weeks after session 1" in page.schedule.date_rows[1][2].text()
    assert "suggested 5 Jan 2027" in page.schedule.date_rows[1][2].text()
    reason = named(page, QLineEdit, "Reason for the change: Session dates")
    assert reason.isVisible()
    assert "Session dates" in page.blocker()
    qtbot.keyClicks(reason, "Patient away at Christmas")
    assert session.draft.plan_choices.reasons == {"dates": "Patient away at Christmas"}


def test_a_new_interval_or_start_replaces_dates_moved_by_hand(open_page, make_session, qtbot):
    session = make_session(graded_draft())
    page = open_page(session)
    named(page, QDateEdit, "Date of session 2").setDate(QDate(2027, 1, 12))
    qtbot.keyClicks(named(page, QLineEdit, "Reason for the change: Session dates"), "Holiday")

    interval = named(page, QSpinBox, "Weeks between sessions")
    interval.setFocus()
    qtbot.keyClick(interval, Qt.Key.Key_Up)

    choices = session.draft.plan_choices
    assert (choices.interval_weeks, choices.dates) == (5, None)
    assert "dates" not in choices.reasons
    assert shown_dates(page)[:2] == [START, dt.date(2027, 1, 12)]
    assert not named(page, QLineEdit, "Reason for the change: Session dates").isVisible()

    named(page, QDateEdit, "Plan starts on").setDate(QDate(2026, 12, 1))
    assert session.draft.plan_start == dt.date(2026, 12, 1)
    assert shown_dates(page)[0] == dt.date(2026, 12, 1)


def test_an_interval_outside_the_usual_range_shows_an_amber_warning(open_page, make_session, qtbot):
    session = make_session(graded_draft())
    page = open_page(session)

    type_into(qtbot, named(page, QSpinBox, "Weeks between sessions"), "8")

    assert session.draft.plan_choices.interval_weeks == 8
    assert "8 weeks between sessions is longer than the usual 4 to 6." in visible_text(
        page.warnings
    )
    assert "Weeks between sessions" in page.blocker()


def test_a_blocked_screening_offers_only_to_defer(open_page, make_session):
    draft = graded_draft(screening=ScreeningAnswers(flags={"active_acne": True}))
    page = open_page(make_session(draft))

    assert page.deferred.isVisible()
    banner = visible_text(page.deferred)
    assert "Plan deferred" in banner
    assert "Active inflammatory acne" in banner
    assert "kept with a deferred plan and no session dates" in banner
    editable = [
        widget
        for widget in page.findChildren(QAbstractSpinBox) + page.findChildren(QLineEdit)
        if widget.isVisible() and widget.isEnabled() and not widget.isReadOnly()
    ]
    assert editable == []
    assert page.blocker() == ""


def test_nothing_recorded_says_there_is_nothing_to_treat(open_page, make_session):
    page = open_page(make_session(ConsultationDraft(date=DAY, screening=answered_no(RULES))))

    assert "Nothing to treat" in visible_text(page.nothing)
    assert not [w for w in page.findChildren(QAbstractSpinBox) if w.isVisible()]


def test_without_a_skin_type_the_page_says_why_there_is_no_plan(open_page, sqlite_context):
    patient = sqlite_context.patients.create(
        PatientDetails(given_names="Lea", family_name="Roth", date_of_birth=dt.date(1990, 1, 2))
    )
    record = sqlite_context.consultations.start(patient.id, graded_draft())
    page = open_page(ConsultationSession(sqlite_context, patient, record))

    assert page.problem.isVisible()
    assert "the skin type is needed to plan" in page.problem.text()
    assert "the skin type is needed to plan" in page.blocker()
    assert not [w for w in page.findChildren(QAbstractSpinBox) if w.isVisible()]


def test_edits_come_back_after_refresh_and_after_reopening(
    open_page, make_session, sqlite_context, patient, qtbot
):
    session = make_session(graded_draft())
    page = open_page(session)
    sessions = named(page, QSpinBox, "Number of sessions")
    sessions.setFocus()
    qtbot.keyClick(sessions, Qt.Key.Key_Up)
    qtbot.keyClicks(named(page, QLineEdit, "Reason for the change: Number of sessions"), "More")
    type_into(qtbot, named(page, QDoubleSpinBox, "Needle depth, Left cheek"), "1")
    depth_reason = "Reason for the change: Needle depth, Left cheek"
    qtbot.keyClicks(named(page, QLineEdit, depth_reason), "Thin skin")

    def check(shown: PlanStep) -> None:
        assert named(shown, QSpinBox, "Number of sessions").value() == 6
        assert len(shown_dates(shown)) == 6
        assert named(shown, QDoubleSpinBox, "Needle depth, Left cheek").value() == 1.0
        reason = named(shown, QLineEdit, "Reason for the change: Number of sessions")
        assert (reason.isVisible(), reason.text()) == (True, "More")
        assert named(shown, QLineEdit, depth_reason).text() == "Thin skin"
        assert shown.blocker() == ""

    page.refresh()  # Back, then Next again
    check(page)
    session.save()
    reopened = ConsultationSession(
        sqlite_context, patient, sqlite_context.consultations.get(session.consultation_id)
    )
    check(open_page(reopened))


def test_the_keyboard_walks_the_values_in_order(open_page, make_session, qtbot):
    page = open_page(make_session(graded_draft()))
    activate(qtbot, page)
    page.setFocus()  # as the wizard does when it shows the page
    order = []
    # Tab also walks the parts of a date (day, month, year): count each field once.
    for _ in range(40):
        focused = QApplication.focusWidget()
        parent = focused.parentWidget()
        owner = parent if isinstance(parent, QAbstractSpinBox) else focused
        if not order or order[-1] != owner.accessibleName():
            order.append(owner.accessibleName())
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert order[:10] == [
        "Number of sessions",
        "Weeks between sessions",
        "Plan starts on",
        *(f"Date of session {n}" for n in range(1, 6)),
        "Needle depth, Forehead",
        "Needle depth, Left cheek",
    ]


@pytest.mark.parametrize(
    ("kind", "name", "typed"),
    [
        (QSpinBox, "Number of sessions", "4"),
        (QSpinBox, "Weeks between sessions", "6"),
        (QDoubleSpinBox, "Needle depth, Forehead", "0.4"),
    ],
)
def test_a_value_typed_then_left_with_tab_lands_on_its_reason(
    open_page, make_session, qtbot, kind, name, typed
):
    """The reason appears as Tab takes the typed value: the focus goes to it, not past it."""
    page = open_page(make_session(graded_draft()))
    activate(qtbot, page)
    type_into(qtbot, named(page, kind, name), typed, then=Qt.Key.Key_Tab)
    reason = named(page, QLineEdit, f"Reason for the change: {name}")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is reason)
    qtbot.keyClicks(reason, "Thin skin")
    assert "Thin skin" in page.session.draft.plan_choices.reasons.values()
    qtbot.keyClick(reason, Qt.Key.Key_Tab)  # and on from there
    assert QApplication.focusWidget() is not reason


def test_tab_through_unchanged_values_never_stops_on_a_hidden_reason(
    open_page, make_session, qtbot
):
    page = open_page(make_session(graded_draft()))
    activate(qtbot, page)
    sessions = named(page, QSpinBox, "Number of sessions")
    sessions.setFocus()
    qtbot.keyClick(sessions.lineEdit(), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not sessions.lineEdit())
    focused = QApplication.focusWidget()
    parent = focused.parentWidget()
    owner = parent if isinstance(parent, QAbstractSpinBox) else focused
    assert owner.accessibleName() == "Weeks between sessions"


def test_a_final_consultation_shows_its_plan_read_only(open_page, make_session, qtbot):
    session = make_session(
        graded_draft(plan_choices=PlanChoices(sessions=6, reasons={"sessions": "Deep scars"}))
    )
    session.finalise()
    page = open_page(session)

    sessions = named(page, QSpinBox, "Number of sessions")
    reason = named(page, QLineEdit, "Reason for the change: Number of sessions")
    assert (sessions.value(), reason.text()) == (6, "Deep scars")
    editors = page.findChildren(QAbstractSpinBox) + page.findChildren(QLineEdit)
    assert all(editor.isReadOnly() for editor in editors if editor.isVisible())
    sessions.setFocus()
    qtbot.keyClick(sessions, Qt.Key.Key_Up)
    assert sessions.value() == 6
    assert session.draft.plan_choices.sessions == 6


def test_a_darker_skin_type_chosen_elsewhere_lowers_the_depths_shown(open_page, make_session):
    session = make_session(graded_draft())
    page = open_page(session)

    assert session.update(fitzpatrick=5) == ""  # on the Patient page
    page.refresh()

    cheek = named(page, QDoubleSpinBox, "Needle depth, Left cheek")
    assert cheek.value() == 1.0
    assert cheek.accessibleDescription().startswith("Suggested 1 mm")
    assert "Fitzpatrick V. Higher risk of dark marks (PIH)" in visible_text(page.notes)


def test_a_narrow_page_puts_the_notes_under_the_values(open_page, make_session, qtbot):
    page = open_page(make_session(graded_draft()))
    # The dates in one column, the depths and notes in the other.
    assert page.side.geometry().left() > page.schedule.geometry().right()

    page.resize(680, 500)  # 1366 × 768 at 200 % scaling, less the step list

    qtbot.waitUntil(lambda: page.side.geometry().top() > page.schedule.geometry().bottom())
    assert page.notes.geometry().top() > page.depths.geometry().bottom()


def test_a_draft_planned_from_a_past_day_says_to_choose_a_new_start(open_page, make_session):
    draft = replace(graded_draft(), date=dt.date.today() - dt.timedelta(days=60))
    session = make_session(draft)  # resumed two months later
    page = open_page(session)
    first = session.preview.final.plan.dates[0]
    assert page.warnings.isVisible()
    said = f"Session 1 falls on {show_date(first)}, before today"
    assert said in visible_text(page.warnings)


def _with_yes(*items: str) -> ScreeningAnswers:
    answers = answered_no(RULES)
    return ScreeningAnswers({**answers.flags, **dict.fromkeys(items, True)}, answers.dates)


def test_a_test_patch_is_its_own_line_with_its_own_date(open_page, make_session, qtbot):
    session = make_session(graded_draft(screening=_with_yes("keloid_tendency")))
    page = open_page(session)
    patch = session.preview.final.plan.test_patch
    assert patch is not None
    schedule = page.schedule
    assert schedule.test_patch_date.isVisible()
    assert schedule.test_patch_date.text() == show_date(START)  # on the start date
    assert "full sessions from 5 Jan 2027, 4 weeks on" in schedule.test_patch_info.text()
    # Session 1 only once the patch has been read; its reason sits beside the dates.
    assert shown_dates(page)[0] == dt.date(2027, 1, 5)
    assert "Test patch on the start date" in visible_text(schedule)
    # A new start moves the patch, and the sessions with it.
    named(page, QDateEdit, "Plan starts on").setDate(QDate(2026, 12, 15))
    assert schedule.test_patch_date.text() == show_date(dt.date(2026, 12, 15))
    assert shown_dates(page)[0] == dt.date(2027, 1, 12)
    assert page.blocker() == ""


def test_a_darker_skin_with_dark_marks_before_starts_with_a_test_patch(open_page, make_session):
    session = make_session(graded_draft(screening=_with_yes("pih_history"), fitzpatrick=5))
    page = open_page(session)
    assert page.schedule.test_patch_date.isVisible()
    session.update(fitzpatrick=3)
    page.refresh()
    assert not page.schedule.test_patch_date.isVisible()
    assert shown_dates(page)[0] == START


def test_a_cheek_deeper_than_usual_asks_for_a_reason_and_warns(open_page, make_session, qtbot):
    session = make_session(graded_draft())
    page = open_page(session)
    name = "Needle depth, Left cheek"
    cheek = named(page, QDoubleSpinBox, name)
    row = next(row for row in page.depths.rows if row.zone == "cheek_left")
    assert "usual 1 mm to 1.5 mm · up to 2 mm with a reason" in row.hint.text()
    assert not row.warning.isVisible()

    type_into(qtbot, cheek, "1.75")

    assert session.draft.plan_choices.depths_mm == {"cheek_left": 1.75}
    assert row.warning.isVisible()
    assert "Deeper than the usual range" in row.warning.text()
    assert "deeper than the usual range" in visible_text(page.warnings)
    assert name in page.blocker()
    reason = named(page, QLineEdit, f"Reason for the change: {name}")
    assert reason.isVisible()
    qtbot.keyClicks(reason, "Deep rolling scars, thick skin")
    assert page.blocker() == ""

    type_into(qtbot, cheek, "2.25")  # beyond what is accepted even with a reason
    assert session.draft.plan_choices.depths_mm == {"cheek_left": 1.75}
    assert cheek.value() == 1.75
    assert "2 mm accepted at most" in page.depths.error.text()
    assert page.depths.error.isVisible()


def test_a_plan_with_screening_unanswered_waits_for_it(open_page, make_session):
    answers = answered_no(RULES)
    flags = {item: no for item, no in answers.flags.items() if item != "active_sunburn"}
    page = open_page(make_session(graded_draft(screening=ScreeningAnswers(flags, answers.dates))))
    assert page.nothing.isVisible()
    banner = visible_text(page.nothing)
    assert "The plan waits for the screening" in banner
    assert "Active sunburn" in banner
    assert not page.schedule.isVisible()
    assert not page.depths.isVisible()
    assert shown_dates(page) == [] or not page.schedule.isVisible()


def test_a_derived_precaution_says_why_on_the_plan(open_page, make_session):
    last = DAY - dt.timedelta(days=30)
    answers = answered_no(RULES)
    screening = ScreeningAnswers(answers.flags, {"isotretinoin_last_dose": last})
    raised = Finding("jaw_left", "hypertrophic_keloid", area_cm2=1.5)
    page = open_page(make_session(graded_draft(screening=screening, findings=(*FINDINGS, raised))))
    notes = visible_text(page.notes.precautions)
    assert "Derived from the record: a raised (hypertrophic or keloid) scar is recorded." in notes
    assert f"(last dose {show_date(last)})" in notes  # written as the window writes dates
    assert page.schedule.test_patch_date.isVisible()  # a keloid tendency, derived or not
