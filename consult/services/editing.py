"""Editing one consultation: the draft as typed, the engine's view of it, readiness and saving.

The editor is plain Python: the wizard's Qt adapter listens to it and turns its changes into
signals. An edit recomputes the engine's preview (scores, screening, plan) once; edits the
rules refuse are refused whole, and new findings that no longer fit dates or depths set by
hand earlier drop those (with their reasons) and keep the rest. Saving and finishing are one
transaction each, through the consultation service.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace
from enum import Enum, auto
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from consult.domain.consent import ConsentKind, ConsentRecord, latest, predates_plan
from consult.domain.consultation import (
    ConsultationDraft,
    ConsultationRecord,
    FinalPlan,
    PlanChoices,
    PlanField,
    apply_choices,
    assessment_of,
    depth_field,
)
from consult.domain.errors import PATH_MAX, DocumentError, PlanError
from consult.domain.handout import HandoutInput
from consult.domain.messages import Message, identity
from consult.domain.photo import PhotoRecord, PhotoView, VisitKind
from consult.domain.plan_status import PlanStatus
from consult.domain.practitioner import PractitionerRecord
from consult.domain.records import PatientRecord
from consult.domain.rules import ScreeningLevel
from consult.domain.screening import ScreeningHit, ScreeningResult
from consult.domain.text import escaped
from consult.services.assessment import AssessmentReport, assess
from consult.services.consultations import ConsultationPreview, screening_of
from consult.services.errors import StoreError
from consult.services.photo_files import PhotoImport, exif_taken_at
from consult.services.readiness import (
    Problem,
    ProblemKind,
    open_warnings,
    readiness,
    reflection_warning,
)

if TYPE_CHECKING:
    from consult.services.context import AppContext
    from consult.services.handout import HandoutFiles


class Change(Enum):
    EDITED = auto()  # the draft or the preview changed
    SAVED = auto()  # the draft was written to the database


class ConsultationEditor:
    """One consultation being edited; listeners hear of every edit and every save."""

    def __init__(
        self,
        context: AppContext,
        patient: PatientRecord,
        record: ConsultationRecord,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        self._context = context
        self._today = today
        self._listeners: list[Callable[[Change], None]] = []
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
        self._photos: list[PhotoRecord] | None = None  # read on first use
        self._signed: ConsentRecord | None = None
        self._signed_read = False
        self._load_preview()

    def subscribe(self, listener: Callable[[Change], None]) -> None:
        self._listeners.append(listener)

    def _tell(self, change: Change) -> None:
        for listener in self._listeners:
            listener(change)

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
        A final consultation takes no edit (see `read_only`).
        """
        if self.read_only:
            raise PlanError(Message("plan.final_kept"))
        candidate = replace(self.draft, **changes)
        try:
            candidate.check(self.rules)
            report, problem = self._report_of(candidate)
            final = None
            if report is not None:
                try:
                    final = self._final_of(candidate, report)
                except PlanError:
                    if "plan_choices" in changes:
                        raise
                    # New findings or a new grade no longer fit the dates or depths set by
                    # hand earlier: those go (with their reasons), the rest of the edits stay.
                    candidate = replace(candidate, plan_choices=_fitted(candidate, report))
                    final = self._final_of(candidate, report)
        except DocumentError as error:
            return _field_problem(error)
        except PlanError as error:
            return error.message  # its code and parameters, for the window to word
        self.draft, self.problem = candidate, problem
        self.preview = ConsultationPreview(report, final) if report and final else None
        # A warning the edit changed (or took away) is no longer the one checked.
        still_open = {identity(warning) for warning in self.open_warnings()}
        if not self.draft.checked_warnings <= still_open:
            kept = self.draft.checked_warnings & still_open
            self.draft = replace(self.draft, checked_warnings=kept)
        self._tell(Change.EDITED)
        return ""

    def _report_of(self, draft: ConsultationDraft) -> tuple[AssessmentReport | None, str]:
        """The engine's assessment of a draft; without a skin type there is none yet, and why."""
        try:
            return assess(assessment_of(draft, self.patient), self.rules), ""
        except DocumentError as error:
            if error.path != "fitzpatrick":
                raise
            return None, error.problem

    def _final_of(self, draft: ConsultationDraft, report: AssessmentReport) -> FinalPlan:
        """The plan with the draft's choices applied; raises `PlanError` for a refused edit."""
        return apply_choices(
            report.assessment,
            report.screening,
            report.plan,
            report.qualitative_suggested,
            draft.plan_choices,
            self.rules,
        )

    def _load_preview(self) -> None:
        try:
            report, self.problem = self._report_of(self.draft)
            final = self._final_of(self.draft, report) if report is not None else None
        except (DocumentError, PlanError) as error:  # a saved draft the rules now refuse
            self.preview = None
            self.problem = (
                _field_problem(error) if isinstance(error, DocumentError) else error.message
            )
            return
        self.preview = ConsultationPreview(report, final) if report and final else None
        kept = self.record.plan
        if self.read_only and self.preview is not None and kept is not None:
            # A final consultation shows the dates and depths decided then, even when the
            # working days or the rules have changed since.
            final = self.preview.final
            plan = final.plan._replace(dates=kept.dates, start=kept.start)
            self.preview = replace(
                self.preview, final=replace(final, plan=plan, depths_mm=dict(kept.depths_mm))
            )

    def screening(self) -> ScreeningResult:
        """What the screening answers mean now (known even before the skin type is)."""
        if self.preview is not None:
            return self.preview.report.screening
        return screening_of(self.draft, self.patient, self.rules)

    def open_warnings(self) -> tuple[Message, ...]:
        """The plan's warnings still open, in the domain's words (none once final)."""
        if self.read_only or self.preview is None:
            return ()
        return open_warnings(self.preview.final, self._today())

    @property
    def checked_warnings(self) -> frozenset[str]:
        """The identities of the warnings checked, kept with the draft."""
        return self.draft.checked_warnings

    def is_checked(self, warning: Message) -> bool:
        return identity(warning) in self.draft.checked_warnings

    def check_warning(self, warning: Message, checked: bool = True) -> None:
        """The practitioner has (or has not) checked one of the open warnings; the tick is
        saved with the draft, by the warning's identity."""
        if self.read_only:
            return
        key = frozenset({identity(warning)})
        ticked = self.draft.checked_warnings
        self.draft = replace(self.draft, checked_warnings=ticked | key if checked else ticked - key)
        self._tell(Change.EDITED)

    def precautions_to_check(self) -> tuple[ScreeningHit, ...]:
        """The precautions to acknowledge on Finish: those derived from what was recorded
        after the Screening page (a raised scar beside "no keloid tendency"), and any other
        not ticked yet. Only a plan with sessions needs them, as finishing does."""
        preview = self.preview
        if self.read_only or preview is None or preview.final.plan.status != PlanStatus.SUGGESTED:
            return ()
        acknowledged = self.draft.acknowledged
        return tuple(
            hit
            for hit in preview.report.screening.items
            if hit.level == ScreeningLevel.PRECAUTION
            and (hit.derived_from or hit.id not in acknowledged)
        )

    def readiness(self) -> tuple[Problem, ...]:
        """What is still missing before Finish (nothing for a final consultation)."""
        if self.read_only:
            return ()
        if self.preview is None:
            return (Problem(ProblemKind.NO_PLAN, self.problem),)
        return readiness(
            self.preview.report.screening,
            self.preview.final,
            self.draft.acknowledged,
            self.checked_warnings,
            self._today(),
            self.reflection_warning(),
            self.reflection_reason,
        )

    def _consent_signed_on(self) -> dt.date | None:
        """When this consultation's consent was signed on screen (None: not yet, or on
        paper), read once and again after each signing (`consent_signed`)."""
        newest = self._consent()
        return newest.answers.signed_on if newest else None

    def _consent(self) -> ConsentRecord | None:
        """This consultation's newest valid treatment consent, read once and again after
        each signing."""
        if not self._signed_read:
            signed = [
                r
                for r in self._context.consents.consents(self.patient.id)
                if r.valid and r.consultation_id == self.record.id
            ]
            self._signed = latest(signed, ConsentKind.TREATMENT)
            self._signed_read = True
        return self._signed

    def consent_predates_plan(self) -> bool:
        """This consultation's signed consent printed other session dates than the plan has
        now: the Handout page says so (signing again is the practitioner's call)."""
        if self.preview is None:
            return False
        newest = self._consent()
        return newest is not None and predates_plan(newest, self.preview.final.plan.dates)

    def reflection_warning(self) -> Message | None:
        """The first session sooner after signing than the rules' time to reflect: the Plan
        and Finish pages show it and ask for the reason."""
        if self.read_only or self.preview is None:
            return None
        days = self._context.rules.course.consent.reflection_days
        return reflection_warning(self.preview.final, self._consent_signed_on(), days)

    @property
    def reflection_reason(self) -> str:
        """Why the first session is sooner than the time to reflect, kept with the draft."""
        return self.draft.reflection_reason

    def set_reflection_reason(self, reason: str) -> str:
        """Why the first session is sooner than the time to reflect; saved with the draft,
        and kept with the consent when the consultation is finished. Returns "" when taken,
        or why it was refused (too long, a character a database cannot keep)."""
        if self.read_only or reason == self.draft.reflection_reason:
            return ""
        candidate = replace(self.draft, reflection_reason=reason)
        try:
            candidate.check(self.rules)
        except DocumentError as error:
            return _field_problem(error)
        self.draft = candidate
        self._tell(Change.EDITED)
        return ""

    def consent_signed(self) -> None:
        """A consent was signed for this consultation: the warning is worked out again."""
        self._signed_read = False
        self._tell(Change.EDITED)

    def handout_input(self) -> HandoutInput | None:
        """What the patient's handout would print now; None without a plan yet. Raises
        `StoreError` when the clinic's details cannot be read."""
        if self.preview is None:
            return None
        from consult.services.handout import consultation_handout_input  # reportlab: late

        clinic = self._context.clinic.get()
        return consultation_handout_input(self.preview, clinic, self.practitioner_name())

    def handout_builder(self, given: HandoutInput) -> Callable[[], HandoutFiles]:
        """The consultation's documents (handout, calendar, consent) for `given`, as work that
        may run off the calling thread; the document maker is made here, once per process."""
        return partial(self._context.handouts.build, given, calendar=True, consent=True)

    def practitioner_name(self) -> str:
        """The name printed on the documents: the consultation's practitioner, if one is set
        and can be read (else the documents leave a line to write it on)."""
        chosen = self.record.practitioner_id
        if chosen is None:
            return ""
        try:
            known = self._context.practitioners.list()
        except StoreError:
            return ""
        return next((p.name for p in known if p.id == chosen), "")

    def save(self) -> None:
        """Save the draft (raises `StoreError`, `ConflictError` included, for the window)."""
        if self.read_only or not self.dirty:
            return
        self.record = self._context.consultations.save_draft(
            self.record.id, self.draft, self.record.version
        )
        self.draft = self.record.draft
        self._tell(Change.SAVED)

    def set_practitioner(self, practitioner_id: int | None) -> None:
        """Who sees the patient, kept at once with what was typed, in one transaction (raises
        `StoreError` for the window)."""
        if self.read_only or practitioner_id == self.record.practitioner_id:
            return
        self.record = self._context.consultations.set_practitioner(
            self.record.id,
            practitioner_id,
            self.record.version,
            self.draft if self.dirty else None,
        )
        self.draft = self.record.draft
        self._tell(Change.EDITED)

    def practitioners(self) -> list[PractitionerRecord]:
        """The clinic's practitioners, to choose who sees the patient: those active, and the
        one the consultation names (raises `StoreError`)."""
        return self._context.practitioners.offered(self.record.practitioner_id)

    def keep_with_patient(self, **changes: Any) -> None:
        """Save changes to the patient's details (the skin type assessed last, the
        questionnaire's answers); raises `StoreError` or `DocumentError`."""
        patient = self.patient
        self.patient = self._context.patients.edit(
            patient.id, replace(patient.details, **changes), patient.version
        )

    def photos(self, zone: str) -> list[PhotoRecord]:
        """This consultation's photos of `zone`; the patient's photos are read once."""
        if self._photos is None:
            self._photos = [
                photo
                for photo in self._context.photos.for_patient(self.patient.id)
                if photo.consultation_id == self.record.id
            ]
        return [photo for photo in self._photos if photo.zone == zone]

    def closeup(self, source: Path, zone: str, taken_at: dt.datetime | None = None) -> PhotoImport:
        """A close-up of `zone` at this consultation, to import (`add_photos`). Without a
        date taken (`taken_at`, else the camera's), it is the consultation's day: a photo
        added on the consultation's page was taken at it."""
        if taken_at is None and exif_taken_at(source) is None:
            taken_at = dt.datetime.combine(self.draft.date, dt.time())
        visit = (VisitKind.CONSULTATION, self.record.id)
        return PhotoImport(source, PhotoView.CLOSEUP, zone, visit, taken_at=taken_at)

    def add_photos(self, items: Sequence[PhotoImport]) -> list[PhotoRecord]:
        """Import photos, all or none (raises `DocumentError`, `StoreError`)."""
        added = self._context.photos.import_photos(self.patient.id, items)
        if self._photos is not None:
            self._photos.extend(photo for photo in added if photo.consultation_id == self.record.id)
        return added

    def photo_content(self, photo: PhotoRecord) -> bytes:
        """The photo's bytes (opened when sealed)."""
        return self._context.photos.content(photo)

    def photo_thumbnail_content(self, photo: PhotoRecord) -> bytes:
        return self._context.photos.thumbnail_content(photo)

    def finish(self) -> ConsultationRecord:
        """Keep the consultation as final, in one transaction (raises `PlanError` with what
        is missing: the service checks the same `readiness`)."""
        self.record = self._context.consultations.finalise(
            self.record.id,
            self.draft,
            self.record.version,
            self.draft.checked_warnings,
            self.reflection_reason if self.reflection_warning() is not None else "",
        )
        self.draft = self.record.draft
        self._tell(Change.SAVED)
        return self.record


def _field_problem(error: DocumentError) -> Message:
    """A draft's refused field as one message naming the field, as `str(error)` reads."""
    return Message("document.field", field=escaped(error.path, PATH_MAX), problem=error.message)


def _fitted(draft: ConsultationDraft, report: AssessmentReport) -> PlanChoices:
    """The draft's plan choices without hand-set dates, and without depths (nor their reasons)
    for zones that have nothing left to needle."""
    choices = draft.plan_choices
    zones = {d.zone for d in report.plan.needle_depth}
    depths = {zone: mm for zone, mm in choices.depths_mm.items() if zone in zones}
    kept = {PlanField.SESSIONS, PlanField.INTERVAL_WEEKS, *(depth_field(z).key for z in depths)}
    reasons = {key: text for key, text in choices.reasons.items() if key in kept}
    return replace(choices, dates=None, depths_mm=depths, reasons=reasons)
