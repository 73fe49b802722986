"""The consultation being edited: the draft as typed, the engine's view of it, and saving.

Every page of the wizard works on one `ConsultationSession`. A page changes the draft with
`update(...)`; the session recomputes the engine's preview (scores, screening, plan) at once
and emits `changed`, so every page shows the same, current picture. The draft is saved to the
database by `save()` (the wizard calls it on every page change) and nothing typed is held
anywhere else, so Back never loses input.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, Signal

from consult.domain.consultation import (
    ConsultationDraft,
    ConsultationRecord,
    PlanChoices,
    depth_field,
)
from consult.domain.errors import DocumentError, PlanError
from consult.domain.handout import HandoutInput
from consult.domain.records import PatientRecord
from consult.domain.screening import ScreeningResult
from consult.services.consultations import ConsultationPreview, preview_of, screening_of
from consult.services.context import AppContext
from consult.services.errors import StoreError


class ConsultationSession(QObject):
    """One consultation in the wizard; `changed` fires after every edit and every save."""

    changed = Signal()
    saved = Signal()

    def __init__(
        self,
        context: AppContext,
        patient: PatientRecord,
        record: ConsultationRecord,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        # The clinic's working days (Settings) place the session dates.
        self.rules = context.consultations.planning_rules()
        self.patient = patient
        self.record = record
        self.draft: ConsultationDraft = record.draft
        self.preview: ConsultationPreview | None = None
        # Why there is no preview (the skin type is missing, an edit the rules refuse).
        self.problem: str = ""
        # What the handout printed or saved last said (this visit only): Finish tells when
        # the patient has none yet, or one made before later changes.
        self.handout_given: HandoutInput | None = None
        self._refresh_preview()

    @property
    def consultation_id(self) -> int:
        return self.record.id

    @property
    def read_only(self) -> bool:
        """A final consultation is a record of what was decided: shown, never edited."""
        return self.record.is_final

    @property
    def dirty(self) -> bool:
        """Whether the draft differs from what was last saved."""
        return self.draft != self.record.draft

    def update(self, **changes: Any) -> str:
        """Apply edits to the draft (ConsultationDraft fields) and recompute the preview.

        Returns "" when the edit was taken, or the reason it was refused (an edit the rules
        refuse, a date closer than the minimum interval): the draft is then left as it was.
        """
        if self.read_only:
            return self.tr("This consultation is final and is kept as it was decided.")
        candidate = replace(self.draft, **changes)
        try:
            candidate.check(self.rules)
            try:
                preview, problem = self._preview_of(candidate)
            except PlanError:
                if "plan_choices" in changes:
                    raise
                # New findings or a new grade no longer fit the dates or depths set by hand
                # earlier: those go (with their reasons), the rest of the edits stay.
                candidate = replace(candidate, plan_choices=self._fitted(candidate))
                preview, problem = self._preview_of(candidate)
        except (DocumentError, PlanError) as error:
            return str(error)
        self.draft, self.preview, self.problem = candidate, preview, problem
        self.changed.emit()
        return ""

    def _preview_of(self, draft: ConsultationDraft) -> tuple[ConsultationPreview | None, str]:
        """The engine's view of a draft; without a skin type there is none yet, and why.
        A plan edit the rules refuse raises `PlanError`."""
        try:
            return preview_of(draft, self.patient, self.rules), ""
        except DocumentError as error:
            if error.path != "fitzpatrick":
                raise
            return None, error.problem

    def _fitted(self, draft: ConsultationDraft) -> PlanChoices:
        """The draft's plan choices without hand-set dates, and without depths for zones that
        have nothing left to needle."""
        choices = draft.plan_choices
        plain = replace(draft, plan_choices=replace(choices, dates=None, depths_mm={}))
        preview, _problem = self._preview_of(plain)
        zones = {d.zone for d in preview.final.plan.needle_depth} if preview else set()
        depths = {zone: mm for zone, mm in choices.depths_mm.items() if zone in zones}
        kept = {"sessions", "interval_weeks", *(depth_field(zone) for zone in depths)}
        reasons = {key: text for key, text in choices.reasons.items() if key in kept}
        return replace(choices, dates=None, depths_mm=depths, reasons=reasons)

    def _refresh_preview(self) -> None:
        try:
            self.preview, self.problem = self._preview_of(self.draft)
        except (DocumentError, PlanError) as error:  # a saved draft the rules now refuse
            self.preview, self.problem = None, str(error)
        kept = self.record.plan
        if self.read_only and self.preview is not None and kept is not None:
            # A final consultation shows the dates and depths decided then, even when the
            # working days or the rules have changed since.
            final = self.preview.final
            plan = replace(final.plan, dates=kept.dates, start=kept.start)
            self.preview = replace(
                self.preview, final=replace(final, plan=plan, depths_mm=dict(kept.depths_mm))
            )

    def handout_input(self) -> HandoutInput | None:
        """What the patient's handout would print now; None without a plan yet. Raises
        `StoreError` when the clinic's details cannot be read."""
        if self.preview is None:
            return None
        from consult.services.handout import consultation_handout_input  # reportlab: late

        clinic = self.context.clinic.get()
        return consultation_handout_input(self.preview, clinic, self.practitioner_name())

    def practitioner_name(self) -> str:
        """The name printed on the documents: the consultation's practitioner, if one is set
        and can be read (else the documents leave a line to write it on)."""
        chosen = self.record.practitioner_id
        if chosen is None:
            return ""
        try:
            known = self.context.practitioners.list()
        except StoreError:
            return ""
        return next((p.name for p in known if p.id == chosen), "")

    def screening(self) -> ScreeningResult:
        """What the screening answers mean now (known even before the skin type is)."""
        if self.preview is not None:
            return self.preview.report.screening
        return screening_of(self.draft, self.patient, self.rules)

    def save(self) -> None:
        """Save the draft (raises `StoreError`, `ConflictError` included, for the window)."""
        if self.read_only or not self.dirty:
            return
        self.record = self.context.consultations.save_draft(
            self.record.id, self.draft, self.record.version
        )
        self.draft = self.record.draft
        self.saved.emit()

    def set_practitioner(self, practitioner_id: int | None) -> None:
        """Who sees the patient, kept at once (raises `StoreError` for the window)."""
        if self.read_only or practitioner_id == self.record.practitioner_id:
            return
        self.save()  # what was typed first, so the versions follow each other
        self.record = self.context.consultations.set_practitioner(
            self.record.id, practitioner_id, self.record.version
        )
        self.changed.emit()

    def finalise(self) -> ConsultationRecord:
        """Keep the consultation as final (raises `PlanError` with what is missing)."""
        self.record = self.context.consultations.finalise(
            self.record.id, self.draft, self.record.version
        )
        self.draft = self.record.draft
        self.saved.emit()
        return self.record
