"""Make the patient's printed documents: handout PDF, calendar file and consent form.

Everything is built in memory first; files are written only when all of it succeeded, each
through a temporary file, so a failure never leaves a partial document at the path asked for.
"""

from __future__ import annotations

import logging
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from consult.config import cache_dir, resource_path
from consult.domain.clinic import ClinicDetails
from consult.domain.errors import DocumentError, RulesError
from consult.domain.facemap import FaceMap
from consult.domain.handout import (
    AftercareInput,
    HandoutInput,
    aftercare_document,
    consent_document,
    handout_document,
)
from consult.domain.handout_texts import Texts, load_texts
from consult.domain.languages import FALLBACK_LANGUAGE, available_languages, pick_language
from consult.domain.messages import Message
from consult.domain.rules import Rules, ScreeningLevel
from consult.domain.text import escaped
from consult.handout.fonts import keep_parsed_fonts_in
from consult.handout.locales import printed_formats
from consult.handout.pdf import render
from consult.services.assessment import AssessmentReport, assess_text
from consult.services.errors import UnusablePath
from consult.services.facemap import load_default_face_map
from consult.services.files import write_all_private
from consult.services.rules import load_default_rules
from consult.services.saved_clinic import saved_clinic

# The consultation service brings the store (SQLAlchemy): `consult handout` needs neither.
if TYPE_CHECKING:
    from consult.services.access import SignedIn
    from consult.services.consultations import ConsultationPreview

log = logging.getLogger(__name__)

# Whether the documents built now are for printing. A FHIR export rebuilds the handout only to
# attach it: what would print badly for the patient is no news to whoever exports the record.
_FOR_PRINTING: ContextVar[bool] = ContextVar("for_printing", default=True)


@contextmanager
def not_for_printing() -> Iterator[None]:
    """Within it, the documents built (on this thread) do not report what would print badly:
    they are attached to an export, not printed. `HandoutFiles.warnings` still holds it."""
    token = _FOR_PRINTING.set(False)
    try:
        yield
    finally:
        _FOR_PRINTING.reset(token)


def _report_printing(warnings: tuple[str, ...] | list[str]) -> None:
    if _FOR_PRINTING.get():
        for warning in warnings:
            log.warning("%s", warning)


@dataclass(frozen=True)
class HandoutFiles:
    """The documents of one consultation, as bytes, and what did not print well."""

    pdf: bytes
    language: str
    ics: bytes | None = None
    consent: bytes | None = None
    warnings: tuple[str, ...] = ()


def check_printable(report: AssessmentReport, rules: Rules) -> None:
    """Refuse, naming the field, a document whose handout would mislead: a question that could
    stop the plan left unanswered, or no grade confirmed by the practitioner."""
    unanswered = [
        item
        for item in report.screening.unanswered
        if rules.screening[item].level == ScreeningLevel.BLOCK
    ]
    if unanswered:
        raise DocumentError(
            f"screening.{unanswered[0]}", Message("document.not_answered_for_handout")
        )
    if report.assessment.global_grade is None:
        raise DocumentError("global_grade", Message("document.grade_for_handout"))


def handout_input(
    report: AssessmentReport, clinic: ClinicDetails | None, practitioner: str = ""
) -> HandoutInput:
    """The handout of an assessed document: the suggested plan, as `consult assess` shows it."""
    return HandoutInput(
        assessment=report.assessment,
        screening=report.screening,
        plan=report.plan,
        clinic=clinic or ClinicDetails(),
        practitioner=practitioner,
    )


def consultation_handout_input(
    preview: ConsultationPreview, clinic: ClinicDetails | None, practitioner: str = ""
) -> HandoutInput:
    """The handout of a consultation as confirmed: the plan with the practitioner's edits
    (sessions, interval, dates), not the engine's suggestion."""
    return replace(handout_input(preview.report, clinic, practitioner), plan=preview.final.plan)


def document_handout(
    text: str,
    db: str | None,
    practitioner: str = "",
    *,
    calendar: bool = False,
    consent: bool = False,
    signed_in: SignedIn | None = None,
) -> HandoutFiles:
    """`consult handout`: the documents of an assessment document (JSON text), with the clinic
    saved in the database `db` names (opened for `signed_in`), read without creating or
    migrating anything. Raises
    `DocumentError` for a document whose handout would mislead."""
    rules = load_default_rules()
    report = assess_text(text, rules)
    check_printable(report, rules)
    given = handout_input(report, saved_clinic(db, rules, signed_in), practitioner)
    return HandoutMaker(rules).build(given, calendar=calendar, consent=consent)


class HandoutMaker:
    """Builds the documents; texts, face map and fonts are read once and reused."""

    def __init__(self, rules: Rules) -> None:
        self.rules = rules
        self._texts: dict[str, Texts] = {}
        self._face_map: FaceMap | None = None
        self.fonts = resource_path("fonts")
        keep_parsed_fonts_in(cache_dir() / "fonts")

    def texts(self, language: str) -> Texts:
        """The texts in `language`, or in English when there are none in it yet, or when a
        translation is broken or behind the rules (English is checked by the test suite)."""
        chosen = pick_language(language, available_languages(resource_path("handout")))
        if chosen not in self._texts:
            try:
                self._texts[chosen] = load_texts(
                    resource_path("handout", chosen), self.rules, printed_formats(chosen)
                )
            except RulesError as error:
                if chosen == FALLBACK_LANGUAGE:
                    raise
                log.warning("handout texts %r unusable, English used instead: %s", chosen, error)
                self._texts[chosen] = self.texts(FALLBACK_LANGUAGE)
        return self._texts[chosen]

    @property
    def face_map(self) -> FaceMap:
        if self._face_map is None:
            self._face_map = load_default_face_map(self.rules)
        return self._face_map

    def build(
        self, given: HandoutInput, *, calendar: bool = False, consent: bool = False
    ) -> HandoutFiles:
        """The handout PDF, and on request the session calendar and the consent form."""
        texts = self.texts(given.assessment.patient.language)
        handout = render(handout_document(given, self.rules, texts), self.fonts, self.face_map)
        warnings = list(handout.warnings)
        consent_pdf = None
        if consent:
            form = render(consent_document(given, self.rules, texts), self.fonts, None)
            consent_pdf = form.pdf
            warnings += [w for w in form.warnings if w not in warnings]
        ics = None
        # No sessions, no calendar: an iCalendar file must hold at least one event.
        if calendar and given.plan.dates:
            # icalendar takes longer to import than the handout takes to build: only on request.
            from consult.handout.calendar import session_calendar

            ics = session_calendar(
                given.plan.dates,
                texts.handout["calendar"],
                given.clinic,
                # A document without the plan's id (see the README) gets a new one.
                plan_uid=given.assessment.calendar_uid or str(uuid.uuid4()),
                stamp=given.assessment.date,
                test_patch=given.plan.test_patch.date if given.plan.test_patch else None,
            )
        _report_printing(warnings)
        return HandoutFiles(handout.pdf, texts.language, ics, consent_pdf, tuple(warnings))

    def aftercare(self, given: AftercareInput) -> HandoutFiles:
        """The handout's aftercare alone, in the patient's handout language, printed again
        after a session; no face map, calendar or consent form."""
        texts = self.texts(given.language)
        sheet = render(aftercare_document(given, texts), self.fonts, None)
        _report_printing(sheet.warnings)
        return HandoutFiles(sheet.pdf, texts.language, warnings=tuple(sheet.warnings))


def check_outputs(paths: list[Path]) -> None:
    """Refuse, before anything is built, outputs that cannot be written or that collide."""
    seen: set[Path] = set()
    for path in paths:
        try:
            resolved = path.expanduser().resolve()
            if resolved in seen:
                raise UnusablePath(path, "the same file is asked for twice")
            seen.add(resolved)
            folder = escaped(str(resolved.parent))
            if resolved.is_dir():
                raise UnusablePath(path, "is a folder; give a file name")
            if not resolved.parent.is_dir():
                raise UnusablePath(path, f"the folder {folder} does not exist")
            if not os.access(resolved.parent, os.W_OK):
                raise UnusablePath(path, f"the folder {folder} cannot be written to")
        except (OSError, ValueError) as error:  # a name too long, a NUL in it
            reason = getattr(error, "strerror", None) or "not a usable file name"
            raise UnusablePath(path, f"cannot be used ({reason})") from None


def write_outputs(outputs: list[tuple[Path, bytes]]) -> None:
    """Write the files (private to the user): all of them whole, or none (a file already at
    one of the paths then keeps its old content)."""
    write_all_private([(path.expanduser(), data) for path, data in outputs])
