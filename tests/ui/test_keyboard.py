"""Every step works with the keyboard alone: Tab reaches each input, in a sensible order, and
each has an accessible name."""

import datetime as dt
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMainWindow, QWidget

from consult.domain.consultation import ConsultationDraft
from consult.domain.model import Finding, ScreeningAnswers
from consult.ui.main_window import MainWindow
from consult.ui.patients.dialog import PatientDialog
from consult.ui.settings_dialog import SettingsDialog
from consult.ui.wizard.assessment_step import AssessmentStep
from consult.ui.wizard.finish_step import FinishStep
from consult.ui.wizard.plan.step import PlanStep
from consult.ui.wizard.scores_step import ScoresStep
from consult.ui.wizard.screening_step import ScreeningStep


def _answered_no(rules):
    """Every screening question asked, answered no (a date item: never taken)."""
    asked = [item for item in rules.screening.values() if item.age_below is None]
    return ScreeningAnswers(
        {item.id: False for item in asked if item.kind == "bool"},
        {item.id: None for item in asked if item.kind == "date"},
    )


@pytest.fixture
def wizard(qtbot, sqlite_context, patient):
    window = MainWindow(sqlite_context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    draft = ConsultationDraft(
        date=dt.date.today(),
        screening=_answered_no(sqlite_context.rules),
        findings=(Finding("cheek_left", "rolling_moderate", 7),),
        global_grade=3,
    )
    record = sqlite_context.consultations.start(patient.id, draft)
    window.open_consultation(record.id)
    return window.wizard


def _tab_through(qtbot, start, presses=400):
    """The widgets Tab visits from `start`, in order, until it comes round again."""
    start.setFocus()
    qtbot.waitUntil(start.hasFocus)
    seen = []
    for _ in range(presses):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        assert widget is not None, f"focus lost after {seen[-1:]}"
        if widget is start:
            break
        seen.append(widget)
    return seen


def test_back_and_next_have_keys_and_work_from_the_keyboard(qtbot, wizard):
    assert wizard.next_button.shortcut().toString() == "Alt+N"
    assert wizard.back_button.shortcut().toString() == "Alt+B"
    assert wizard.go_to(2), wizard.message.text()
    wizard.next_button.setFocus()
    qtbot.keyClick(wizard.next_button, Qt.Key.Key_Space)
    assert wizard.current == 3
    wizard.back_button.setFocus()
    qtbot.keyClick(wizard.back_button, Qt.Key.Key_Space)
    assert wizard.current == 2


@pytest.mark.parametrize(
    ("step", "wanted"),
    [
        (ScreeningStep, lambda page: [q.yes for q in page.questions.values()]),
        (
            AssessmentStep,
            # The first zone has no findings: its scar types are offered at once.
            lambda page: [page.face_map, page.zone_list, page.type_buttons["icepick"]],
        ),
        (ScoresStep, lambda page: [page.grade, page.question_rows["contour"][1]]),
        (PlanStep, lambda page: [page.schedule.sessions, page.schedule.interval]),
    ],
)
def test_tab_reaches_every_input_of_the_page(qtbot, wizard, step, wanted):
    page = wizard.page(step)
    assert wizard.go_to(wizard.pages.index(page)), wizard.message.text()
    visited = _tab_through(qtbot, wizard.steps)
    for widget in wanted(page):
        assert widget in visited, widget.accessibleName()
        assert widget.accessibleName() or getattr(widget, "text", lambda: "")()
    assert wizard.next_button in visited


def test_the_acknowledgement_comes_right_after_the_questions_in_tab_order(qtbot, wizard):
    page = wizard.page(ScreeningStep)
    assert wizard.go_to(wizard.pages.index(page)), wizard.message.text()
    page.questions["herpes_history"].yes.click()
    box = page.acknowledge["herpes_history"]
    qtbot.waitUntil(box.isVisible)
    visited = _tab_through(qtbot, wizard.steps)
    assert visited.index(box) < visited.index(wizard.close_button)
    last_question = list(page.questions.values())[-1]
    after = visited[visited.index(box) - 1]
    assert after in (last_question.yes, last_question.no, last_question.date)


def test_finish_and_save_has_its_own_key(qtbot, wizard):
    """Alt+F opens the File menu: the Finish button must not ask for it."""
    page = wizard.page(FinishStep)
    assert wizard.go_to(wizard.pages.index(page)), wizard.message.text()
    assert page.finish_button.shortcut().toString() == "Alt+S"
    with qtbot.waitSignal(page.finish_requested):
        qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)


def _mnemonics(window: QWidget) -> list[str]:
    """The Alt letters of the buttons, labelled fields and menus visible in `window`."""
    letters = []
    texts = [b.text() for b in window.findChildren(QAbstractButton) if b.isVisible()]
    texts += [
        label.text()
        for label in window.findChildren(QLabel)
        if label.isVisible() and label.buddy() is not None
    ]
    if isinstance(window, QMainWindow):
        texts += [action.text() for action in window.menuBar().actions()]
    for text in texts:
        found = re.search(r"&([^&])", text.replace("&&", ""))
        if found:
            letters.append(found.group(1).lower())
    return letters


def _no_clash(window: QWidget) -> None:
    letters = _mnemonics(window)
    assert len(letters) == len(set(letters)), sorted(letters)


def test_no_two_controls_share_an_alt_letter(qtbot, wizard, sqlite_context):
    window = wizard.window()
    for index in range(len(wizard.pages)):
        wizard.stack.setCurrentIndex(index)
        qtbot.waitUntil(wizard.pages[index].isVisible)
        _no_clash(window)
    for dialog in (
        SettingsDialog(sqlite_context, None, first_start=True),
        PatientDialog(sqlite_context.patients),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        _no_clash(dialog)
