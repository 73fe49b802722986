"""Screenshots of the window, made from demo data, for the README and for reviewing the pages.

Usage: python packaging/screenshots.py [--wizard] [--sizes] [--mode light|dark|touch] OUTDIR

The window speaks the language of the locale (LANG=fr_FR.UTF-8 for French), as it does at
its start; --wizard saves the consultation wizard's pages only, as kept for each translation
in packaging/screenshots/<language>/. CONSULT_TOUCH=1 takes them in touch mode.

--sizes saves every page of the wizard only, at each of the window sizes it must fit (1024 x
768, 1280 x 800, 1920 x 1080), as wizard-<n>-<step>-<W>x<H>-<mode>.png. --mode (light by
default) sets CONSULT_THEME and CONSULT_TOUCH before the window starts, as a user's choice
of theme or touch mode would, and names the files with it.

A temporary demo database of a few hundred invented patients (fixed seed) is made in a
temporary CONSULT_HOME, so the user's own data folder is never touched; the window runs
offscreen at 1366 x 768. It saves the patient list with a search typed, a patient's page,
every page of the consultation wizard for a demo patient with findings on several zones, a
precaution and a grade 3 plan, the Settings dialog, the course's record views (a new
session, a signed one, a test patch, adverse events), then a demo patient's course: the
course page, a finished consultation's summary, the follow-up walk and its comparison, and a
lot number searched. Only the files' names are printed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from consult.domain.consultation import ConsultationDraft, ConsultationRecord
    from consult.services.context import AppContext
    from consult.ui.main_window import MainWindow
    from consult.ui.wizard.assessment_step import AssessmentStep

PATIENTS = 300
SEED = 7
SIZE = (1366, 768)
DIALOG = (1280, 760)  # a session's record view
SEARCH = "mar"
WAIT_SECONDS = 60.0
CLINIC = {
    "name": "Northside Skin Clinic",
    "address": "12 Harbour Street\nBristol BS1 4RW",
    "phone": "+44 117 496 0000",
    "email": "hello@northside-skin.example",
    "website": "northside-skin.example",
}
PRACTITIONERS = ("Dr Helen Okafor", "Sam Reyes, nurse practitioner")
# The window sizes every wizard page must fit: small laptop or tablet, laptop, desktop.
FIT_SIZES = ((1024, 768), (1280, 800), (1920, 1080))
# What each --mode sets before the window starts; the variables it does not set are cleared.
MODES = {
    "light": {"CONSULT_THEME": "light"},
    "dark": {"CONSULT_THEME": "dark"},
    "touch": {"CONSULT_THEME": "light", "CONSULT_TOUCH": "1"},
}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python packaging/screenshots.py", description="Screenshots of the window."
    )
    parser.add_argument("--wizard", action="store_true", help="the wizard's pages only")
    parser.add_argument(
        "--sizes",
        action="store_true",
        help="the wizard's pages only, at 1024x768, 1280x800 and 1920x1080",
    )
    parser.add_argument("--mode", choices=sorted(MODES), default="light")
    parser.add_argument("outdir", type=Path)
    args = parser.parse_args(argv)
    out = args.outdir.resolve()
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="consult-screenshots-") as home:
        # Before consult is imported: everything it writes goes to the temporary folder.
        os.environ["CONSULT_HOME"] = home
        os.environ.pop("CONSULT_DB", None)
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        for variable in {name for mode in MODES.values() for name in mode}:
            os.environ.pop(variable, None)
        os.environ.update(MODES[args.mode])
        sizes = FIT_SIZES if args.sizes else None
        _take_all(_Camera(out), args.wizard or args.sizes, sizes, args.mode)
    return 0


class _Camera:
    """Saves numbered PNGs and prints their names (never what they show)."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.number = 0

    def save(self, widget: QWidget, name: str) -> None:
        _settle()
        self.number += 1
        path = self.out / f"{self.number:02d}-{name}.png"
        if not widget.grab().save(str(path)):
            raise SystemExit(f"screenshots: {path.name} could not be written")
        print(path.name)

    def save_as(self, widget: QWidget, name: str) -> None:
        """Saved under `name`, unnumbered: the pictures of one page at each size sort
        together."""
        _settle()
        path = self.out / f"{name}.png"
        if not widget.grab().save(str(path)):
            raise SystemExit(f"screenshots: {path.name} could not be written")
        print(path.name)


def _take_all(
    camera: _Camera,
    wizard_only: bool,
    sizes: tuple[tuple[int, int], ...] | None = None,
    mode: str = "light",
) -> None:
    from PySide6.QtCore import QThreadPool
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from consult.services.context import open_context
    from consult.ui.app import follow_language_direction
    from consult.ui.fonts import add_shipped_fonts
    from consult.ui.i18n import install_translations, window_locale
    from consult.ui.main_window import MainWindow
    from consult.ui.settings_dialog import SettingsDialog
    from consult.ui.theme import follow_theme
    from consult.ui.touch import apply_touch_choice

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("consult")
    language = window_locale()
    install_translations(app, language)
    follow_language_direction(app, language)
    follow_theme(app)  # CONSULT_THEME=dark for the dark pages
    apply_touch_choice()  # CONSULT_TOUCH=1: touch mode
    add_shipped_fonts()  # as the window does: the demo's Korean and Chinese names
    context = open_context()
    try:
        practitioner_id = _fill(context)
        chosen = _interesting(context)
        window = MainWindow(context)
        window.resize(*SIZE)
        window.show()
        _wait_until(window.isVisible, "the window")

        if not wizard_only:
            QTest.keyClicks(window.patient_list.search, SEARCH)
            camera.save(window, "patient-list")
        window.open_patient(chosen.patient_id)
        if not wizard_only:
            camera.save(window, "patient-page")
        # Today's consultation, as typed again from the chosen one.
        draft = replace(chosen.draft, date=dt.date.today(), plan_start=None)
        record = context.consultations.start(chosen.patient_id, draft, practitioner_id)
        window.open_consultation(record.id)
        _walk_wizard(window, draft, camera, sizes, mode)
        if wizard_only:
            window.hide()
            QThreadPool.globalInstance().waitForDone()
            return

        dialog = SettingsDialog(context, window)
        dialog.show()
        _wait_until(dialog.isVisible, "the Settings dialog")
        camera.save(dialog, "settings")
        dialog.hide()
        _shoot_course(context, chosen.patient_id, camera)
        _course_views(window, context, camera)
        window.hide()
        QThreadPool.globalInstance().waitForDone()
    finally:
        context.close()


def _fill(context: AppContext) -> int:
    """The demo patients, a clinic and its practitioners; returns a practitioner's id."""
    from consult.domain.clinic import ClinicDetails
    from consult.services.demo import DemoService

    DemoService(context.database, context.rules).fill(PATIENTS, SEED)
    context.clinic.save(ClinicDetails(**CLINIC))
    ids = [context.practitioners.add(name).id for name in PRACTITIONERS]
    return ids[0]


def _shoot_course(context: AppContext, patient_id: int, camera: _Camera) -> None:
    """A new session for the chosen patient, then a signed session, a test patch and the
    adverse events of demo patients who have them."""
    from consult.domain.treatment import SESSION, TEST_PATCH
    from consult.ui.course.adverse_event import AdverseEventsDialog
    from consult.ui.course.session_view import SessionDialog
    from consult.ui.course.test_patch import TestPatchDialog

    def shoot(dialog: QWidget, name: str, size: tuple[int, int]) -> None:
        dialog.resize(*size)
        dialog.show()
        _wait_until(dialog.isVisible, name)
        camera.save(dialog, name)
        dialog.hide()

    shoot(SessionDialog(context, context.patients.get(patient_id)), "session-new", DIALOG)
    signed = patch = events = None
    for patient in context.patients.search("", PATIENTS):
        for record in context.course.sessions(patient.id):
            if record.is_final and record.draft.kind == SESSION and signed is None:
                signed = (patient, record.id)
            if record.draft.kind == TEST_PATCH and patch is None:
                patch = (patient, record.id)
        if events is None and context.course.adverse_events(patient.id):
            events = patient
        if signed and patch and events:
            break
    if signed is None or patch is None or events is None:
        raise SystemExit("screenshots: the demo has no course to show; change SEED")
    shoot(SessionDialog(context, *signed), "session-signed", DIALOG)
    shoot(TestPatchDialog(context, *patch), "test-patch", (780, 560))
    shoot(AdverseEventsDialog(context, events), "adverse-events", (820, 420))


def _interesting(context: AppContext) -> ConsultationRecord:
    """A finished demo consultation worth showing: findings on three zones or more, a
    precaution, grade 3, and every screening question answered."""
    from consult.services.consultations import preview_of

    best: tuple[int, ConsultationRecord] | None = None
    for patient in context.patients.search("", PATIENTS):
        for record in context.consultations.history(patient.id):
            draft = record.draft
            report = preview_of(draft, patient, context.rules).report
            screening = report.screening
            zones = {finding.zone for finding in draft.findings}
            if (
                not record.is_final
                or len(zones) < 3
                or report.qualitative_used != 3
                or screening.blocked
                or screening.unanswered
                or not any(hit.level == "precaution" for hit in screening.items)
            ):
                continue
            # Prefer a grade the practitioner confirmed, a keloid area, more zones.
            keloid = any(finding.area_cm2 for finding in draft.findings)
            score = 20 * (draft.global_grade is not None) + 10 * keloid + len(zones)
            if best is None or score > best[0]:
                best = (score, record)
    if best is None:
        raise SystemExit("screenshots: no demo consultation fits; change SEED")
    return best[1]


def _course_views(window: MainWindow, context: AppContext, camera: _Camera) -> None:
    """The demo patient with the most of a course to show: sessions, follow-ups and adverse
    events; the course page, the consultation's summary, a follow-up walked and one saved,
    and the lot search."""
    from consult.ui.followup.walk import FollowUpWalk
    from consult.ui.patients.consultation import ConsultationView

    def shown(patient_id: int) -> int:
        summary = context.course.course_summary(patient_id)
        follow_ups = sum(1 for e in summary.timeline if e.kind == "follow_up")
        return summary.done + 3 * len(summary.open_events) + 2 * min(follow_ups, 2)

    patients = context.patients.search("", PATIENTS)
    chosen = max(patients, key=lambda p: shown(p.id)).id
    window.open_patient(chosen)
    camera.save(window, "course-page")
    page = window.patient_view
    entries = [page.model.record(row) for row in range(page.model.rowCount())]
    first = next(e for e in entries if e.kind == "consultation" and not e.draft)
    window.open_consultation_summary(first.record_id)
    summary = window.record_view
    assert isinstance(summary, ConsultationView)
    _wait_until(lambda: summary.files is not None, "the handout again")
    _wait_until(lambda: _has_ink(summary.preview.viewport()), "the PDF drawn")
    camera.save(window, "consultation-summary")
    window.start_follow_up(chosen)
    walk = window.record_view
    assert isinstance(walk, FollowUpWalk)
    camera.save(window, "follow-up-1-face-map")
    walk.next()
    camera.save(window, "follow-up-2-scores")
    saved = [e for e in entries if e.kind == "follow_up"]
    if saved:
        window.open_follow_up(saved[-1].record_id)
        camera.save(window, "follow-up-3-comparison")
    lots = [s.draft.lots for s in context.course.sessions(chosen) if s.draft.lots]
    window.show_patients()
    if lots:
        found = window.patient_list
        found.search.setText(next(iter(lots[-1].values())).number)
        found.search_lot()  # as the pause after typing would
        _wait_until(lambda: found.model.rowCount() > 0, "the lot's patients listed")
        camera.save(window, "lot-search")


def _walk_wizard(
    window: MainWindow,
    draft: ConsultationDraft,
    camera: _Camera,
    sizes: tuple[tuple[int, int], ...] | None = None,
    mode: str = "light",
) -> None:
    """Every page of the wizard, at the window's size, or at each of `sizes`."""
    from consult.ui.wizard.assessment_step import AssessmentStep
    from consult.ui.wizard.handout_step import HandoutStep

    wizard = window.wizard
    if wizard is None:
        raise SystemExit("screenshots: the consultation did not open")
    for index, page in enumerate(wizard.pages):
        if index and not wizard.go_to(index):
            raise SystemExit(f"screenshots: the wizard stopped: {wizard.message.text()}")
        if isinstance(page, AssessmentStep):
            _show_busiest_zone(page, draft)
            _wait_until(page.face_map.labelsReady, "the face map's counts")
        if isinstance(page, HandoutStep):
            _wait_until(lambda page=page: page.files is not None, "the handout")
        # Named in English whatever the language: "wizard-2-screening".
        name = f"wizard-{index + 1}-{type(page).__name__.removesuffix('Step').lower()}"
        for size in sizes or (None,):
            if size is not None:
                window.resize(*size)
                _wait_until(lambda size=size: window.size().toTuple() == size, "the new size")
                _settle()
            if isinstance(page, HandoutStep):
                # Drawn again for the new width.
                _wait_until(lambda page=page: _has_ink(page.handout_view.viewport()), "the PDF")
            if size is None:
                camera.save(window, name)
            else:
                camera.save_as(window, f"{name}-{size[0]}x{size[1]}-{mode}")
    if sizes:
        window.resize(*SIZE)


def _show_busiest_zone(page: AssessmentStep, draft: ConsultationDraft) -> None:
    """Show the zone with the most kinds of scars, then the most scars, in the editor."""
    from PySide6.QtCore import Qt

    kinds = Counter(finding.zone for finding in draft.findings)
    scars = Counter()
    for finding in draft.findings:
        scars[finding.zone] += finding.count or 0
    zone = max(kinds, key=lambda zone: (kinds[zone], scars[zone]))
    for row in range(page.zone_list.count()):
        if page.zone_list.item(row).data(Qt.ItemDataRole.UserRole) == zone:
            page.zone_list.setCurrentRow(row)


def _wait_until(condition: Callable[[], bool], what: str) -> None:
    """Let Qt work until `condition()` holds; give up after WAIT_SECONDS."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + WAIT_SECONDS
    ticker = QTimer()  # wakes the loop below when no other event comes
    ticker.start(20)
    try:
        while not condition():
            if time.monotonic() > deadline:
                raise SystemExit(f"screenshots: gave up waiting for {what}")
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    finally:
        ticker.stop()


def _settle() -> None:
    """Process what is pending (layouts, repaints) so the picture is what a user sees."""
    from PySide6.QtWidgets import QApplication

    for _ in range(3):
        QApplication.processEvents()


def _has_ink(widget: QWidget) -> bool:
    """Whether the widget shows dark pixels (text): a PDF page has been drawn in it."""
    from PySide6.QtGui import QImage

    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    return min(image.constBits()) < 60  # 4 bytes a pixel: no padding to misread


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
