"""Messages the domain gives (refusals, warnings): a code and its parameters, worded later.

A `Message` is also its English wording (a `str`), so records, logs and exports that keep the
readable text keep exactly the words they always had; the window and the CLI read `code` and
`params` and word it themselves, each in one place (`consult.ui.wording`, `consult.cli`), so
a translation needs only another set of templates.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any

# Templates keyed by code, in English: the source language a translation starts from (as
# Qt's source strings are). Parameters are filled by `word`; a `{depth}` is a number of mm.
ENGLISH: Mapping[str, str] = {
    # A problem worded elsewhere (a text check's own words): shown as it is.
    "text": "{text}",
    # Documents and drafts
    "document.between": "must be between {earliest} and {latest}",
    "document.unknown_screening_item": "unknown screening item {item}",
    "document.grade_1_to_4": "must be a whole number 1 to 4",
    "document.skin_type_1_to_6": "must be a skin type 1 to 6",
    "document.before_consultation": "must not be before the consultation date",
    "document.characters_at_most": "must be at most {limit} characters",
    "document.yes_no_unanswered": "must be yes, no or unanswered",
    "document.whole_number": "must be a whole number",
    "document.sessions_0_to_52": "must be 0 to 52",
    "document.depth_above_0": "must be a depth in mm above 0",
    "document.reason_text": "must be text of {limit} or fewer",
    "document.skin_type_needed": "the skin type is needed to plan (I to VI)",
    # Plan edits the rules refuse
    "plan.date_count": "{given} dates were given for {count} sessions",
    "plan.first_before": "the first session cannot be before {first}",
    "plan.gap_below_floor": (
        "session {number} on {day} is {days} days after session {previous}: sessions must be "
        "at least {floor} weeks apart so the skin can recover"
    ),
    "plan.zone_not_needled": "{zone} has no scars to needle, so it has no needle depth",
    "plan.interval_below_floor": "sessions must be at least {floor} weeks apart",
    "plan.negative_sessions": "the number of sessions cannot be negative",
    # Needle depths (`check_depth`)
    "depth.not_above_0": "{zone}: a depth must be above 0 mm.",
    "depth.refused": (
        "{zone}: {depth} mm is deeper than the {accepted} mm accepted at most "
        "(usual range {low} to {high} mm)."
    ),
    "depth.deeper_than_usual": (
        "{zone}: {depth} mm is deeper than the usual range ({low} to {high} mm); "
        "accepted up to {accepted} mm with a reason."
    ),
    "depth.outside_usual": "{zone}: {depth} mm is outside the usual {low} to {high} mm.",
    # Plan warnings
    "warning.interval_short": (
        "{weeks} weeks between sessions is shorter than the usual {low} to {high}: "
        "allow the skin to recover."
    ),
    "warning.interval_long": (
        "{weeks} weeks between sessions is longer than the usual {low} to {high}."
    ),
    "warning.sessions_outside": (
        "{count} sessions is outside the suggested {low} to {high} for grade {grade}."
    ),
    "warning.first_session_past": (
        "Session 1 falls on {day}, before today: choose a new start date."
    ),
}


def plain(value: Any) -> str:
    """A parameter as the English record writes it: dates as 2026-12-08, numbers shortest."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def word(message: Message, templates: Mapping[str, str], render: Callable[[Any], str]) -> str:
    """`message` in the words of `templates`, each parameter written by `render`; a code the
    templates lack falls back to English (a translation may lag behind)."""
    template = templates.get(message.code) or ENGLISH[message.code]
    return template.format_map({key: render(value) for key, value in message.params.items()})


class Message(str):
    """A code and its parameters; as a `str`, its English wording."""

    code: str
    params: Mapping[str, Any]

    def __new__(cls, code: str, **params: Any) -> Message:
        text = ENGLISH[code].format_map({key: plain(value) for key, value in params.items()})
        made = super().__new__(cls, text)
        made.code = code
        made.params = MappingProxyType(params)
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        # Rebuilt from its code and parameters, not from its text (as str would be).
        return (_rebuild, (self.code, dict(self.params)))


def _rebuild(code: str, params: dict[str, Any]) -> Message:
    return Message(code, **params)


def as_message(problem: str) -> Message:
    """A problem as a message: itself, or text worded elsewhere under the code `text`."""
    return problem if isinstance(problem, Message) else Message("text", text=problem)
