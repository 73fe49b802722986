"""The wizard's Qt adapter over the consultation editor (`services.editing`).

Every page of the wizard works on one `ConsultationSession`. The editor owns the draft, the
engine's preview, readiness and saving; the session only turns the editor's changes into Qt
signals, so every page shows the same, current picture, and words a refusal for the window.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from consult.domain.consultation import ConsultationDraft, ConsultationRecord
from consult.domain.handout import HandoutInput
from consult.domain.messages import Message
from consult.domain.photo import PhotoRecord
from consult.domain.practitioner import PractitionerRecord
from consult.domain.records import PatientRecord
from consult.domain.rules import Rules
from consult.domain.screening import ScreeningHit, ScreeningResult
from consult.services.consultations import ConsultationPreview
from consult.services.context import AppContext
from consult.services.editing import Change, ConsultationEditor
from consult.services.readiness import Problem

if TYPE_CHECKING:
    from consult.services.handout import HandoutFiles  # reportlab: imported when printing


class ConsultationSession(QObject):
    """One consultation in the wizard; `changed` fires after every edit, `saved` after every
    save."""

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
        # The services behind the editor, for the window around the wizard; pages ask the
        # editor (through this adapter) only.
        self.context = context
        self.editor = ConsultationEditor(context, patient, record)
        self.editor.subscribe(self._editor_changed)

    def _editor_changed(self, change: Change) -> None:
        if change is Change.SAVED:
            self.saved.emit()
        else:
            self.changed.emit()

    # What the pages read, as the editor holds it.
    @property
    def rules(self) -> Rules:
        return self.editor.rules

    @property
    def patient(self) -> PatientRecord:
        return self.editor.patient

    @patient.setter
    def patient(self, patient: PatientRecord) -> None:
        self.editor.patient = patient

    @property
    def record(self) -> ConsultationRecord:
        return self.editor.record

    @property
    def draft(self) -> ConsultationDraft:
        return self.editor.draft

    @property
    def preview(self) -> ConsultationPreview | None:
        return self.editor.preview

    @property
    def problem(self) -> str:
        return self.editor.problem

    @property
    def handout_given(self) -> HandoutInput | None:
        return self.editor.handout_given

    @handout_given.setter
    def handout_given(self, given: HandoutInput | None) -> None:
        self.editor.handout_given = given

    @property
    def consultation_id(self) -> int:
        return self.editor.consultation_id

    @property
    def read_only(self) -> bool:
        return self.editor.read_only

    @property
    def dirty(self) -> bool:
        return self.editor.dirty

    def update(self, **changes: Any) -> str:
        """Edit the draft (see `ConsultationEditor.update`): "" or why it was refused."""
        if self.read_only:
            return self.tr("This consultation is final and is kept as it was decided.")
        return self.editor.update(**changes)

    def screening(self) -> ScreeningResult:
        return self.editor.screening()

    def open_warnings(self) -> tuple[Message, ...]:
        return self.editor.open_warnings()

    def check_warning(self, warning: Message, checked: bool) -> None:
        self.editor.check_warning(warning, checked)

    def precautions_to_check(self) -> tuple[ScreeningHit, ...]:
        return self.editor.precautions_to_check()

    def readiness(self) -> tuple[Problem, ...]:
        return self.editor.readiness()

    def reflection_warning(self) -> Message | None:
        return self.editor.reflection_warning()

    @property
    def reflection_reason(self) -> str:
        return self.editor.reflection_reason

    def set_reflection_reason(self, reason: str) -> str:
        return self.editor.set_reflection_reason(reason)

    def consent_predates_plan(self) -> bool:
        return self.editor.consent_predates_plan()

    def consent_signed(self) -> None:
        self.editor.consent_signed()

    def handout_input(self) -> HandoutInput | None:
        return self.editor.handout_input()

    def handout_builder(self, given: HandoutInput) -> Callable[[], HandoutFiles]:
        return self.editor.handout_builder(given)

    def practitioners(self) -> list[PractitionerRecord]:
        return self.editor.practitioners()

    def keep_with_patient(self, **changes: Any) -> None:
        self.editor.keep_with_patient(**changes)

    def photos(self, zone: str) -> list[PhotoRecord]:
        return self.editor.photos(zone)

    def add_photo(
        self, source: Path, zone: str, taken_at: dt.datetime | None = None
    ) -> PhotoRecord:
        (added,) = self.editor.add_photos([self.editor.closeup(source, zone, taken_at)])
        return added

    def photo_content(self, photo: PhotoRecord) -> bytes:
        return self.editor.photo_content(photo)

    def photo_thumbnail_content(self, photo: PhotoRecord) -> bytes:
        return self.editor.photo_thumbnail_content(photo)

    def practitioner_name(self) -> str:
        return self.editor.practitioner_name()

    def save(self) -> None:
        self.editor.save()

    def set_practitioner(self, practitioner_id: int | None) -> None:
        self.editor.set_practitioner(practitioner_id)

    def finalise(self) -> ConsultationRecord:
        return self.editor.finish()
