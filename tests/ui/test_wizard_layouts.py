"""Every page of the consultation wizard at 1024 x 768, 1280 x 800 and 1920 x 1080, in English,
in German (the longest words) and in French (the longest step name), in the light and dark
colours and in touch mode: nothing cut, nothing scrolling sideways. The Plan page of the worst
case (8 sessions, findings on every zone) fits 1280 x 800 without scrolling."""

import datetime as dt

import pytest
from layout_checks import layout_problems, settle, vertical_scrolling

from consult.domain.consultation import ConsultationDraft, PlanChoices
from consult.domain.model import Finding, ScreeningAnswers
from consult.ui.main_window import MainWindow
from consult.ui.theme import THEMES, apply_theme
from consult.ui.touch import set_touch_mode
from consult.ui.wizard.handout_step import HandoutStep
from consult.ui.wizard.plan.step import PlanStep

SIZES = ((1024, 768), (1280, 800), (1920, 1080))
PLAN_FITS = (1280, 800)
MOST_SESSIONS = 8  # grade 4's most


def worst_case(rules) -> ConsultationDraft:
    """Grade 4 with deep scars on every zone, 8 sessions: the longest plan page."""
    asked = [item for item in rules.screening.values() if item.age_below is None]
    answers = ScreeningAnswers(
        {item.id: False for item in asked if item.kind == "bool"},
        {item.id: None for item in asked if item.kind == "date"},
    )
    return ConsultationDraft(
        date=dt.date.today(),
        global_grade=4,
        screening=answers,
        findings=tuple(Finding(zone, "boxcar_deep", 5) for zone in rules.zones),
        plan_choices=PlanChoices(
            sessions=MOST_SESSIONS, reasons={"sessions": "Deep boxcar scars on every zone"}
        ),
    )


@pytest.fixture
def looking(qapp):
    """The window's look: "light", "dark" (Fusion and its palette) or "touch" (light)."""

    def look(mode: str) -> None:
        apply_theme(qapp, THEMES["dark" if mode == "dark" else "light"])
        set_touch_mode(mode == "touch")

    yield look
    set_touch_mode(False)
    apply_theme(qapp, THEMES["light"])


@pytest.mark.parametrize(
    ("language", "mode"),
    [
        ("en_GB", "light"),
        ("de_DE", "light"),
        ("fr_FR", "light"),
        ("en_GB", "dark"),
        ("en_GB", "touch"),
        ("de_DE", "touch"),
    ],
)
def test_every_wizard_page_fits_each_window_size(
    qtbot, sqlite_context, patient, speaking, looking, language, mode
):
    speaking(language)
    looking(mode)
    draft = worst_case(sqlite_context.rules)
    assert len(draft.findings) == len(sqlite_context.rules.zones)
    record = sqlite_context.consultations.start(patient.id, draft)
    window = MainWindow(sqlite_context)
    qtbot.addWidget(window)
    window.show()
    window.open_consultation(record.id)
    wizard = window.wizard
    assert wizard is not None
    problems = []
    for index, page in enumerate(wizard.pages):
        assert index == 0 or wizard.go_to(index), wizard.message.text()
        if isinstance(page, HandoutStep):
            qtbot.waitUntil(lambda page=page: page.files is not None, timeout=30_000)
        for size in SIZES:
            window.resize(*size)
            qtbot.waitUntil(lambda size=size: window.size().toTuple() == size)
            settle(window)
            seen = f"{page.title()} at {size[0]}x{size[1]}"
            problems += [f"{seen}: {problem}" for problem in layout_problems(window)]
            if isinstance(page, PlanStep):
                assert page.schedule.date_rows and len(page.schedule.date_rows) == MOST_SESSIONS
                assert len(page.depths.rows) == len(sqlite_context.rules.zones)
                # Touch mode's taller rows may scroll: never sideways.
                if size == PLAN_FITS and mode != "touch":
                    scrolling = vertical_scrolling(window)
                    problems += [f"{seen}: {area} scrolls" for area in scrolling]
    assert problems == []


def test_the_handout_buttons_take_a_second_row_in_a_narrow_window(
    qtbot, sqlite_context, patient, speaking
):
    speaking("fr_FR")  # the longest buttons
    record = sqlite_context.consultations.start(patient.id, worst_case(sqlite_context.rules))
    window = MainWindow(sqlite_context)
    qtbot.addWidget(window)
    window.show()
    window.open_consultation(record.id)
    wizard = window.wizard
    assert wizard is not None
    page = wizard.page(HandoutStep)
    assert wizard.go_to(wizard.pages.index(page)), wizard.message.text()
    qtbot.waitUntil(lambda: page.files is not None, timeout=30_000)
    print_top = page.print_button.y()
    window.resize(800, 600)
    qtbot.waitUntil(lambda: window.size().toTuple() == (800, 600))
    settle(window)

    assert layout_problems(window) == []
    assert page.sign_consent_button.y() > print_top  # on a row of its own under Print
