"""Editing the plan choices of a consultation, and naming the changes in plain words."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication

from consult.domain.consultation import ChangedField, PlanField, tidy_choices
from consult.domain.plan_status import PlanStatus
from consult.domain.rules import Rules
from consult.ui.rule_texts import rule_text
from consult.ui.wizard.session import ConsultationSession

_KEEP: Any = object()


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
    if problem or preview is None or preview.final.plan.status != PlanStatus.SUGGESTED:
        return problem
    tidy = tidy_choices(session.draft.plan_choices, preview.final)
    if tidy != session.draft.plan_choices:
        return session.update(plan_choices=tidy)
    return ""


def field_name(changed: ChangedField, rules: Rules) -> str:
    """A changed plan field as the practitioner reads it ("Needle depth, Left cheek")."""

    if changed.field == PlanField.NEEDLE_DEPTH:
        zone = changed.zone
        label = rule_text(rules.zones[zone].label) if zone in rules.zones else zone
        return QCoreApplication.translate("PlanEditor", "Needle depth, {zone}").format(zone=label)
    names = {
        PlanField.SESSIONS: QCoreApplication.translate("PlanEditor", "Number of sessions"),
        PlanField.INTERVAL_WEEKS: QCoreApplication.translate(
            "PlanEditor", "Weeks between sessions"
        ),
        PlanField.DATES: QCoreApplication.translate("PlanEditor", "Session dates"),
    }
    return names[changed.field]
