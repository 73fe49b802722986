"""The window words the domain's messages from their codes: only the dates read differently
from the CLI's words."""

import datetime as dt

from consult.domain.consultation import ChangedField, Override, PlanField
from consult.domain.errors import DocumentError
from consult.domain.messages import ENGLISH, Message, plain, word
from consult.ui.formats import show_date
from consult.ui.wording import override_value, worded


def test_window_and_cli_words_differ_only_in_the_dates(qapp):
    day = dt.date(2026, 12, 1)
    message = Message("plan.gap_below_floor", number=2, day=day, days=10, previous=1, floor=3)
    cli = word(message, ENGLISH, plain)
    assert "2026-12-01" in cli
    assert worded(message) == cli.replace("2026-12-01", show_date(day))
    assert worded("a problem worded elsewhere") == "a problem worded elsewhere"


def test_changed_dates_are_shown_from_the_values_not_from_text(qapp):
    days = (dt.date(2026, 12, 1), dt.date(2027, 1, 5))
    override = Override(ChangedField(PlanField.DATES), days, days, "")
    assert override_value(override.final) == f"{show_date(days[0])}, {show_date(days[1])}"
    assert override_value(1.5) == "1.5 mm"
    assert override_value(4) == "4"


def test_the_window_words_a_refused_field_from_its_code(qapp):
    from consult.domain.document_shape import EARLIEST, LATEST
    from consult.domain.errors import DocumentError
    from consult.ui.errors import explain

    error = DocumentError(
        "plan_start", Message("document.between", earliest=EARLIEST, latest=LATEST)
    )
    assert str(error) == "plan_start: must be between 1900-01-01 and 2199-12-31"
    assert explain(error) == (
        f"Plan start: must be between {show_date(EARLIEST)} and {show_date(LATEST)}."
    )


def test_the_window_words_a_course_refusal_with_its_dates(qapp, rules):
    from consult.domain.treatment import Lot, SessionDraft
    from consult.ui.course.widgets import refusal

    day = dt.date(2026, 12, 1)
    expired = dt.date(2026, 11, 30)
    draft = SessionDraft(
        date=day,
        check=dict.fromkeys(rules.course.checks, False),
        lots={"cartridge": Lot("CART-1", expired)},
    )
    try:
        draft.validate(rules, None)
    except DocumentError as error:
        shown = refusal(error)
    assert shown.startswith(
        f"Lot CART-1 expired on {show_date(expired)}, before the session on {show_date(day)}"
    )
