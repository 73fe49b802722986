"""A test patch, a record of its own kind: when and where it was applied (after the same
pre-session check as a session), then the day it was read and what was seen."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QVBoxLayout

from consult.domain.treatment import TEST_PATCH, SessionDraft, SessionRecord
from consult.ui.course.record import CourseRecordDialog, add_row
from consult.ui.course.widgets import choice_combo, error_label, set_choice
from consult.ui.date_field import DateField
from consult.ui.rule_texts import rule_text


class TestPatchDialog(CourseRecordDialog):
    """A new test patch for `patient` or a saved one (read it by filling the result)."""

    __test__ = False  # a dialog, not a pytest test class
    KIND = TEST_PATCH
    SIZE = (780, 560)

    def title(self) -> str:
        return self.tr("Test patch")

    def new_draft(self) -> SessionDraft:
        planned = self._context.course.prefill(self.patient.id, dt.date.today())
        return SessionDraft(
            date=planned.date, kind=TEST_PATCH, consultation_id=planned.consultation_id
        )

    def start(self, draft: SessionDraft) -> SessionRecord:
        return self._context.course.record_test_patch(self.patient.id, draft)

    def build_body(self, layout: QVBoxLayout) -> None:
        rules = self._context.rules
        self.zone = QComboBox()
        self.zone.addItem(self.tr("Not recorded"), "")
        for zone in rules.zones.values():
            self.zone.addItem(rule_text(zone.label), zone.id)
        self.zone_error = error_label()
        self.read_on = DateField(
            self.tr("Read on"), self.tr("A patch cannot be read after today ({date}).")
        )
        self.read_error = error_label()
        self.result = choice_combo(rules.course.patch_results, self.tr("Not read yet"))
        self.result_error = error_label()
        box = QGroupBox(self.tr("Test patch"))
        form = QFormLayout(box)
        add_row(form, self.tr("&Zone patched"), self.zone, self.zone_error)
        add_row(form, self.tr("&Read on"), self.read_on, self.read_on.note, self.read_error)
        add_row(form, self.tr("Res&ult"), self.result, self.result_error)
        layout.addWidget(box)
        layout.addStretch(1)

    def targets(self) -> dict[str, QLabel]:
        return {
            "patch_zone": self.zone_error,
            "patch_read_on": self.read_error,
            "patch_result": self.result_error,
        }

    def fill(self, draft: SessionDraft) -> None:
        set_choice(self.zone, draft.patch_zone)
        self.read_on.set_date(draft.patch_read_on)
        set_choice(self.result, draft.patch_result)

    def show_saved_dates(self, draft: SessionDraft) -> None:
        super().show_saved_dates(draft)
        self.read_on.set_date(draft.patch_read_on)

    def details(self, draft: SessionDraft) -> SessionDraft:
        return replace(
            draft,
            patch_zone=self.zone.currentData(),
            patch_read_on=self.read_on.date(),
            patch_result=self.result.currentData(),
        )
