"""When a consultation can be finished: the one definition, as typed problems.

The Finish page lists these problems and the consultation service refuses to finish while any
is left, so the window and the record can never disagree on what "ready" means. Each problem
carries a kind and what it is about; the window and the service word it, each in one place.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from enum import StrEnum

from consult.domain.consent import reflection_short
from consult.domain.consultation import ChangedField, FinalPlan, unacknowledged
from consult.domain.messages import Message, identity
from consult.domain.plan_status import PlanStatus
from consult.domain.screening import ScreeningResult


class ProblemKind(StrEnum):
    NO_PLAN = "no_plan"  # no plan can be made yet: `subject` says why (the skin type, say)
    SCREENING = "screening"  # a question that could stop the plan unanswered: its item id
    PRECAUTION = "precaution"  # a precaution not acknowledged: `subject` is its item id
    WARNING = "warning"  # a plan warning not checked: `subject` is the warning (a message)
    # A change to the suggestion without a reason: `subject` is the field's key, `field` it.
    REASON = "reason"
    # The first session sooner after the consent was signed than the rules' time to reflect,
    # with no reason given: `subject` is the warning (a message).
    REFLECTION = "reflection"


@dataclass(frozen=True)
class Problem:
    """One thing that keeps a consultation from being finished."""

    kind: ProblemKind
    subject: str
    field: ChangedField | None = None


def open_warnings(final: FinalPlan, today: dt.date) -> tuple[Message, ...]:
    """What to check before the plan is confirmed: the engine's warnings, and a first session
    already past (a draft resumed days later still plans from its own date). The Plan page
    shows them and Finish asks for each to be checked."""
    warnings = list(final.plan.warnings)
    dates = final.plan.dates
    if dates and dates[0] < today:
        warnings.append(Message("warning.first_session_past", day=dates[0]))
    return tuple(warnings)


def reflection_warning(
    final: FinalPlan, consent_signed_on: dt.date | None, days: int
) -> Message | None:
    """The warning when the plan's first session comes fewer than `days` (the rules' time to
    reflect, [D]) after the consent was signed; None without a signed consent or sessions."""
    first = final.plan.dates[0] if final.plan.dates else None
    if consent_signed_on is None or not reflection_short(consent_signed_on, first, days):
        return None
    return Message("warning.reflection_short", day=first, days=days, signed=consent_signed_on)


def readiness(
    screening: ScreeningResult,
    final: FinalPlan,
    acknowledged: Collection[str],
    checked_warnings: Collection[str] | None,
    today: dt.date,
    reflection: Message | None = None,
    reflection_reason: str = "",
) -> tuple[Problem, ...]:
    """What is still missing before the consultation can be kept as final.

    Every screening question that could stop the plan must be answered (the Screening page
    asks for them before Next; a record finished without them would hold a plan that was
    never screened). A plan with sessions needs every precaution acknowledged (derived ones
    included) and every open warning checked; every change to the suggestion needs a reason.
    `checked_warnings` holds the identities (`messages.identity`) of the warnings checked;
    None for a caller that shows no warnings to check (the demo generator): those are then
    not asked. A `reflection` warning (see `reflection_warning`) needs its reason.
    """
    problems = [Problem(ProblemKind.SCREENING, item) for item in screening.unanswered_blocks]
    if final.plan.status == PlanStatus.SUGGESTED:
        problems += [
            Problem(ProblemKind.PRECAUTION, item)
            for item in unacknowledged(screening, frozenset(acknowledged))
        ]
    if checked_warnings is not None:
        problems += [
            Problem(ProblemKind.WARNING, warning)
            for warning in open_warnings(final, today)
            if identity(warning) not in checked_warnings
        ]
    problems += [Problem(ProblemKind.REASON, f.key, f) for f in final.missing_reasons]
    if reflection is not None and not reflection_reason.strip():
        problems.append(Problem(ProblemKind.REFLECTION, reflection))
    return tuple(problems)
