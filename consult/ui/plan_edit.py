"""Editing the plan choices of a consultation, and naming the changes in plain words."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication

from consult.domain.consultation import FinalPlan, PlanChoices
from consult.domain.plan import SUGGESTED
from consult.domain.rules import Rules
from consult.ui.wizard.session import ConsultationSession

DEPTH_FIELD = "needle_depth_mm."
_KEEP: Any = object()


def depth_field(zone: str) -> str:
    return f"{DEPTH_FIELD}{zone}"


def tidy_choices(choices: PlanChoices, final: FinalPlan) -> PlanChoices:
    """Forget the edits that no longer differ from the suggestion, with their reasons, so a
    reason never silently covers a later, different change."""
    changed = {override.field for override in final.overrides}
    return PlanChoices(
        sessions=choices.sessions if "sessions" in changed else None,
        interval_weeks=choices.interval_weeks if "interval_weeks" in changed else None,
        dates=choices.dates if "dates" in changed else None,
        depths_mm={z: d for z, d in choices.depths_mm.items() if depth_field(z) in changed},
        reasons={key: text for key, text in choices.reasons.items() if key in changed},
    )


def edit_plan(
    session: ConsultationSession, plan_start: dt.date | None = _KEEP, **choices: Any
) -> str:
    """Change the draft's plan choices (PlanChoices fields) and, if given, the start date.

    Returns "" or the reason the rules refuse the edit (the draft is then unchanged).
    """
    changes: dict[str, Any] = {"plan_choices": replace(session.draft.plan_choices, **choices)}
    if plan_start is not _KEEP:
        changes["plan_start"] = plan_start
    problem = session.update(**changes)
    preview = session.preview
    if problem or preview is None or preview.final.plan.status != SUGGESTED:
        return problem
    tidy = tidy_choices(session.draft.plan_choices, preview.final)
    if tidy != session.draft.plan_choices:
        return session.update(plan_choices=tidy)
    return ""


def field_name(field: str, rules: Rules) -> str:
    """A changed plan field as the practitioner reads it ("Needle depth, Left cheek")."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("PlanEditor", text)

    if field.startswith(DEPTH_FIELD):
        zone = field.removeprefix(DEPTH_FIELD)
        label = rules.zones[zone].label if zone in rules.zones else zone
        return tr("Needle depth, {zone}").format(zone=label)
    names = {
        "sessions": tr("Number of sessions"),
        "interval_weeks": tr("Weeks between sessions"),
        "dates": tr("Session dates"),
    }
    return names.get(field, field)
