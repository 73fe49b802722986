"""The progress report of a patient: read on the caller's thread (`progress_input`), built
anywhere (`build_progress`), through the handout's pipeline, fonts, branding and privacy."""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING

from consult.config import resource_path
from consult.domain.clinic import ClinicDetails
from consult.domain.languages import FALLBACK_LANGUAGE
from consult.domain.outcomes import before_after, withheld_for_consent
from consult.domain.progress import (
    PROGRESS_FILE,
    ProgressInput,
    load_progress_texts,
    progress_document,
)
from consult.handout.pdf import render
from consult.services.handout import HandoutFiles, HandoutMaker

if TYPE_CHECKING:
    from consult.services.context import AppContext

log = logging.getLogger(__name__)


def progress_input(
    context: AppContext, patient_id: int, today: dt.date | None = None
) -> tuple[ProgressInput, str]:
    """What the report of `patient_id` shows, and the patient's handout language. Raises
    `NotFound` for an unknown patient."""
    patient = context.patients.get(patient_id)
    history = context.outcomes.score_history(patient_id)
    summary = context.course.course_summary(patient_id)
    photos = context.photos.for_patient(patient_id)
    pairs = before_after(photos)
    shown = [photo for pair in pairs for photo in (pair.before, pair.after)]
    files = {photo.id: context.photos.printable(photo) for photo in shown}
    given = ProgressInput(
        patient=patient.details.full_name,
        clinic=context.clinic.get() or ClinicDetails(),
        history=history,
        planned=summary.planned,
        pairs=pairs,
        files=files,
        today=today or dt.date.today(),
        withheld=withheld_for_consent(photos),
    )
    return given, patient.details.language


def build_progress(maker: HandoutMaker, given: ProgressInput, language: str) -> HandoutFiles:
    """The report as a PDF, in `language` when its texts are there, else in English."""
    texts = maker.texts(language)
    if not (resource_path("handout", texts.language) / PROGRESS_FILE).is_file():
        texts = maker.texts(FALLBACK_LANGUAGE)
    words = load_progress_texts(resource_path("handout", texts.language), maker.rules)
    report = render(progress_document(given, texts, words), maker.fonts, None)
    for warning in report.warnings:
        log.warning("%s", warning)
    return HandoutFiles(report.pdf, texts.language, warnings=tuple(report.warnings))
