"""Touch mode: fingertip-sized targets everywhere, chosen in Settings or by the touch screen,
and a whole consultation walked by tapping alone."""

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QWidget,
)

from consult.domain.consultation import ConsultationDraft
from consult.domain.facemap import anchor
from consult.domain.model import Finding
from consult.services.facemap import load_default_face_map
from consult.ui import touch
from consult.ui.main_window import MainWindow
from consult.ui.settings_dialog import SettingsDialog
from consult.ui.wizard.assessment_step import AssessmentStep
from consult.ui.wizard.finish_step import FinishStep
from consult.ui.wizard.handout_step import HandoutStep
from consult.ui.wizard.patient_step import PatientStep
from consult.ui.wizard.plan.step import PlanStep
from consult.ui.wizard.scores_step import ScoresStep
from consult.ui.wizard.screening_step import ScreeningStep

TARGET = 40


@pytest.fixture
def touch_mode(qapp, monkeypatch):
    """The window in touch mode, as CONSULT_TOUCH=1 asks; back to normal afterwards."""
    monkeypatch.setenv(touch.TOUCH_ENV, "1")
    touch.apply_touch_choice()
    assert touch.touch_mode()
    yield
    touch.set_touch_mode(False)


def tap(qtbot, widget: QWidget, area: QRect | None = None) -> None:
    """A fingertip on `widget` (or on `area` of it): brought into view as a swipe would,
    checked to be at least TARGET pixels each way and on screen, then clicked in its centre."""
    area = area or widget.rect()
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea) and parent.widget().isAncestorOf(widget):
            parent.ensureWidgetVisible(widget, 0, 0)
        parent = parent.parentWidget()
    assert widget.isVisible() and widget.isEnabled(), widget.accessibleName() or widget
    assert area.width() >= TARGET and area.height() >= TARGET, (
        f"{type(widget).__name__} {widget.accessibleName() or getattr(widget, 'text', str)()!r}"
        f" is {area.width()} x {area.height()}"
    )
    visible = widget.visibleRegion().boundingRect()
    assert visible.contains(area.center()), f"{widget} is not in view"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=area.center())


def tap_row(qtbot, view: QAbstractItemView, row: int) -> None:
    """A fingertip on a row of a list or table."""
    rect = view.visualRect(view.model().index(row, 0))
    rect.setWidth(view.viewport().width())
    tap(qtbot, view.viewport(), rect)


def tap_zone(qtbot, page: AssessmentStep, zone: str) -> None:
    """A fingertip on the zone's region of the face map."""
    point = page.face_map.diagramToWidget(anchor(load_default_face_map(page.session.rules), zone))
    area = QRect(point.toPoint() - QPoint(TARGET // 2, TARGET // 2), QSize(TARGET, TARGET))
    assert page.face_map.rect().contains(area)
    tap(qtbot, page.face_map, area)
    assert page.selected_zone() == zone


def next_page(qtbot, wizard) -> None:
    before = wizard.current
    tap(qtbot, wizard.next_button)
    assert wizard.current == before + 1, wizard.message.text()


def test_every_kind_of_target_grows_to_a_fingertip_and_back(qtbot, qapp):
    from consult.ui.theme import THEMES, apply_theme

    apply_theme(qapp, THEMES["light"])  # as at the window's start
    widgets = [QPushButton("OK"), QRadioButton("Yes"), QCheckBox("Done"), QComboBox()]
    widgets.append(QSpinBox())
    holder = QWidget()
    qtbot.addWidget(holder)
    for widget in widgets:
        widget.setParent(holder)
    before = [widget.sizeHint().height() for widget in widgets]
    assert min(before) < TARGET
    touch.set_touch_mode(True)
    try:
        for widget in widgets:
            assert widget.sizeHint().height() >= TARGET, type(widget).__name__
        assert qapp.style().pixelMetric(qapp.style().PixelMetric.PM_IndicatorWidth) >= 20
    finally:
        touch.set_touch_mode(False)
    assert [widget.sizeHint().height() for widget in widgets] == before


@pytest.mark.parametrize("framed", [False, True])
def test_a_tap_anywhere_on_a_tick_box_row_ticks_it(qtbot, touch_mode, framed):
    """Framed: a style sheet on the parent, as around a precaution."""
    holder = QWidget()
    qtbot.addWidget(holder)
    if framed:
        holder.setStyleSheet("QWidget { background: #fff4e0; }")
    box = QCheckBox("Acknowledged", holder)
    box.resize(400, box.sizeHint().height())
    holder.show()
    far_right = QPoint(390, box.height() // 2)
    qtbot.mousePress(box, Qt.MouseButton.LeftButton, pos=far_right)
    qtbot.mouseMove(box, far_right + QPoint(-3, 2))
    qtbot.mouseRelease(box, Qt.MouseButton.LeftButton, pos=far_right + QPoint(-3, 2))
    assert box.isChecked()


def test_a_spin_box_has_its_arrows_side_by_side_each_a_fingertip_wide(qtbot, touch_mode):
    from PySide6.QtWidgets import QStyle, QStyleOptionSpinBox

    box = QSpinBox()
    qtbot.addWidget(box)
    box.resize(box.sizeHint())
    option = QStyleOptionSpinBox()
    box.initStyleOption(option)
    rect = {
        sub: box.style().subControlRect(QStyle.ComplexControl.CC_SpinBox, option, sub, box)
        for sub in (QStyle.SubControl.SC_SpinBoxUp, QStyle.SubControl.SC_SpinBoxDown)
    }
    up, down = rect[QStyle.SubControl.SC_SpinBoxUp], rect[QStyle.SubControl.SC_SpinBoxDown]
    assert up.width() >= TARGET and up.height() >= TARGET
    assert down.right() < up.left()  # side by side, not stacked
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=up.center())
    assert box.value() == 1


@pytest.mark.parametrize(
    ("choice", "forced", "touch_screen", "wanted"),
    [
        (touch.AUTOMATIC, "", False, False),
        (touch.AUTOMATIC, "", True, True),
        (touch.ON, "", False, True),
        (touch.OFF, "", True, False),
        (touch.OFF, "1", False, True),
        (touch.ON, "0", True, False),
    ],
)
def test_touch_mode_follows_the_touch_screen_the_setting_and_the_variable(
    monkeypatch, choice, forced, touch_screen, wanted
):
    monkeypatch.setenv(touch.TOUCH_ENV, forced)
    monkeypatch.setattr(touch, "touch_screen_present", lambda: touch_screen)
    touch.choose_touch(choice)
    assert touch.touch_choice() == choice
    assert touch.touch_wanted() is wanted


def test_settings_switch_touch_mode_at_once_and_keep_it(qtbot, sqlite_context, monkeypatch):
    monkeypatch.delenv(touch.TOUCH_ENV, raising=False)
    window = MainWindow(sqlite_context)
    qtbot.addWidget(window)
    window.show()
    next_button = window.patient_list.new_button
    assert next_button.height() < TARGET
    dialog = SettingsDialog(sqlite_context, window)
    qtbot.addWidget(dialog)
    combo = dialog.touch_combo
    assert combo.currentData() == touch.AUTOMATIC
    combo.setCurrentIndex(combo.findData(touch.ON))
    try:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert touch.touch_mode()
        qtbot.waitUntil(lambda: next_button.height() >= TARGET)  # no restart
        assert touch.touch_choice() == touch.ON
        assert SettingsDialog(sqlite_context, window).touch_combo.currentData() == touch.ON
    finally:
        touch.set_touch_mode(False)


@pytest.mark.parametrize("size", [(1024, 768), (1280, 800)])
@pytest.mark.parametrize("touching", [False, True])
def test_the_assessment_fits_without_scrolling(qtbot, sqlite_context, patient, size, touching):
    """Three types and a raised scar in a zone: every row, the photos and the buttons in
    view at once, in touch mode too."""
    draft = ConsultationDraft(
        date=dt.date.today(),
        findings=(
            Finding("cheek_left", "rolling_moderate", 7),
            Finding("cheek_left", "boxcar_deep", 2),
            Finding("cheek_left", "icepick", 4),
            Finding("cheek_left", "hypertrophic_keloid", area_cm2=1.5),
        ),
    )
    record = sqlite_context.consultations.start(patient.id, draft)
    touch.set_touch_mode(touching)
    try:
        window = MainWindow(sqlite_context)
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        window.open_consultation(record.id)
        wizard = window.wizard
        page = wizard.page(AssessmentStep)
        wizard.stack.setCurrentIndex(wizard.pages.index(page))  # whatever is unanswered
        page.zone_list.setCurrentRow(list(sqlite_context.rules.zones).index("cheek_left"))
        view = wizard.stack.currentWidget()
        qtbot.waitUntil(lambda: page.height() <= view.viewport().height())
        assert not view.verticalScrollBar().isVisible()
        assert not view.horizontalScrollBar().isVisible()
        assert page.splitter.orientation() == Qt.Orientation.Horizontal
        for scar_id in page.shown_types():
            row = page.rows[scar_id].widget
            assert row.visibleRegion().boundingRect() == row.rect(), scar_id
        for widget in (page.add_type_button, page.add_photo_button, wizard.next_button):
            assert widget.visibleRegion().boundingRect() == widget.rect()
    finally:
        touch.set_touch_mode(False)


def test_a_whole_consultation_by_tapping_alone(
    qtbot, touch_mode, sqlite_context, patient, tmp_path, monkeypatch
):
    window = MainWindow(sqlite_context)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)

    # The patient, from the recently seen patients.
    listed = window.patient_list
    qtbot.waitUntil(lambda: listed.model.rowCount() > 0)
    assert listed.model.record(0).id == patient.id
    tap_row(qtbot, listed.table, 0)
    assert window.stack.currentWidget() is window.patient_view
    tap(qtbot, window.patient_view.new_button)
    wizard = window.wizard
    assert wizard is not None
    for row in range(wizard.steps.count()):
        assert wizard.steps.visualItemRect(wizard.steps.item(row)).height() >= TARGET
    next_page(qtbot, wizard)
    assert wizard.page(PatientStep).session.patient.id == patient.id

    # Screening: a cold-sore history, acknowledged; "None of these" for the rest.
    screening = wizard.page(ScreeningStep)
    for button in screening.none_buttons.values():
        tap(qtbot, button)
    tap(qtbot, screening.questions["herpes_history"].yes)
    acknowledge = screening.acknowledge["herpes_history"]
    qtbot.waitUntil(acknowledge.isVisible)
    tap(qtbot, acknowledge)
    assert screening.blocker() == ""
    next_page(qtbot, wizard)

    # Assessment: zones on the face, types from the list, counts with the steppers.
    assessment = wizard.page(AssessmentStep)
    qtbot.waitUntil(assessment.face_map.labelsReady, timeout=30_000)
    tap_zone(qtbot, assessment, "cheek_left")
    tap(qtbot, assessment.type_buttons["rolling_moderate"])
    for _ in range(7):
        tap(qtbot, assessment.rows["rolling_moderate"].stepper.more)
    tap(qtbot, assessment.add_type_button)
    tap(qtbot, assessment.type_buttons["icepick"])
    for _ in range(3):
        tap(qtbot, assessment.rows["icepick"].stepper.more)
    tap(qtbot, assessment.rows["icepick"].stepper.fewer)
    tap_zone(qtbot, assessment, "jaw_right")
    tap(qtbot, assessment.type_buttons["hypertrophic_keloid"])
    keloid = assessment.rows["hypertrophic_keloid"]
    for _ in range(3):
        tap(qtbot, keloid.stepper.more)
    tap(qtbot, keloid.older)  # younger than 2 years
    assert set(wizard.session.draft.findings) == {
        Finding("cheek_left", "rolling_moderate", 7),
        Finding("cheek_left", "icepick", 2),
        Finding("jaw_right", "hypertrophic_keloid", area_cm2=1.5, older_than_2_years=False),
    }
    next_page(qtbot, wizard)

    # Scores: the qualitative grade from the three questions, confirmed.
    scores = wizard.page(ScoresStep)
    for question in ("contour", "obvious_at_50_cm", "flattens"):
        tap(qtbot, scores.question_rows[question][1])  # yes
    assert "grade 3" in scores.helper_result.text()
    tap(qtbot, scores.use_helper)
    assert wizard.session.draft.global_grade == 3
    next_page(qtbot, wizard)

    # The plan as suggested, then the handout saved as a PDF.
    assert wizard.page(PlanStep).blocker() == ""
    next_page(qtbot, wizard)
    handout = wizard.page(HandoutStep)
    qtbot.waitUntil(lambda: not handout.building, timeout=30_000)
    target = tmp_path / "handout.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    tap(qtbot, handout.save_pdf_button)
    assert target.read_bytes().startswith(b"%PDF")
    next_page(qtbot, wizard)

    # Finish: each precaution ticked, then kept.
    finish = wizard.page(FinishStep)
    for tick in [*finish.precaution_ticks.values(), *finish.warning_ticks.values()]:
        tap(qtbot, tick)
    with qtbot.waitSignal(wizard.finished) as done:
        tap(qtbot, finish.finish_button)
    record = done.args[0]
    assert record.is_final
    assert record.draft.global_grade == 3
    assert record.draft.screening.flags["herpes_history"] is True
    assert window.wizard is None


@pytest.mark.parametrize("colours", ["dark", "high-contrast", "light"])
def test_touch_mode_stays_on_when_the_colours_change(qtbot, touch_mode, colours):
    """A theme brings its own style (Fusion for dark): the touch layer goes over it."""
    from consult.ui.theme import THEMES, apply_theme

    button = QPushButton("OK")
    qtbot.addWidget(button)
    app = QApplication.instance()
    try:
        apply_theme(app, THEMES[colours])
        assert touch.touch_mode()
        assert button.sizeHint().height() >= TARGET
        check = QCheckBox("Pregnant")
        qtbot.addWidget(check)
        assert check.sizeHint().height() >= TARGET
    finally:
        apply_theme(app, THEMES["light"])
