"""A microneedling session as performed: which planned session it fulfils, the pre-session
check, device and needles, the lot and expiry of each consumable, anaesthetic, depth per zone
(prefilled from the plan or the last session; outside the usual range it needs a reason),
passes, speed, endpoint, same-day treatments, pain, reaction, aftercare and notes.

What is refused, and why, is the service's (and the domain's) to say; this view shows it
beside the field. The live depth warning reads the domain's `check_depth`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from consult.domain.document_shape import LATEST
from consult.domain.plan import DEPTH_USUAL, check_depth
from consult.domain.rules import Rules
from consult.domain.treatment import (
    LOT_KINDS,
    MINUTES_MAX,
    PAIN_MAX,
    PASSES_MAX,
    SESSION,
    SPEED_MAX,
    Lot,
    SameDayAdjunct,
    SessionDraft,
    SessionRecord,
)
from consult.ui.course.aftercare import PRINT, SAVE, AftercareSheet
from consult.ui.course.record import CourseRecordDialog, add_row
from consult.ui.course.widgets import (
    OptionalSpin,
    ZonePicker,
    choice_combo,
    error_label,
    set_choice,
    show_text,
)
from consult.ui.date_field import DateField
from consult.ui.rule_texts import rule_text
from consult.ui.theme import set_banner, set_tone
from consult.ui.wording import worded

# Bounds of what can be typed, not advice: the zone's usual range is said beside it.
DEPTH_INPUT_MM = (0.0, 3.0)


class _LotRow:
    """One consumable: product, lot number and expiry, and a refusal under them."""

    def __init__(self, kind: str, caption: str, owner: SessionDialog) -> None:
        self.kind = kind
        self.caption = QLabel(caption)
        self.product = QLineEdit()
        self.product.setAccessibleName(
            QCoreApplication.translate("SessionDialog", "{what}: product").format(what=caption)
        )
        self.product.setPlaceholderText(QCoreApplication.translate("SessionDialog", "Product"))
        self.number = QLineEdit()
        self.number.setAccessibleName(
            QCoreApplication.translate("SessionDialog", "{what}: lot number").format(what=caption)
        )
        self.number.setPlaceholderText(QCoreApplication.translate("SessionDialog", "Lot number"))
        self.caption.setBuddy(self.number)
        self.expiry = DateField(
            QCoreApplication.translate("SessionDialog", "{what}: lot expiry").format(what=caption),
            "",
        )
        self.expiry.set_latest(LATEST)  # an expiry is in the future
        self.expiry.edit.setPlaceholderText(QCoreApplication.translate("SessionDialog", "Expiry"))
        self.error = error_label()

    def lot(self) -> Lot | None:
        """None when nothing is entered; a row only partly filled (a product alone, say) is
        still a lot, so the service refuses it rather than it being dropped. An expiry that
        cannot be read counts as none given, so the service names it."""
        typed = (self.product.text(), self.number.text(), self.expiry.edit.text())
        if not any(text.strip() for text in typed):
            return None
        return Lot(self.number.text().strip(), self.expiry.date(), self.product.text().strip())

    def set_lot(self, lot: Lot | None) -> None:
        self.product.setText(lot.product if lot else "")
        self.number.setText(lot.number if lot else "")
        self.expiry.set_date(lot.expiry if lot else None)


class _DepthRow:
    """One zone's depth, its usual range, a warning outside it and the reason then."""

    def __init__(self, zone: str, owner: SessionDialog) -> None:
        rules = owner.rules
        self.owner = owner
        self.zone = rules.zones[zone]
        self.name = rule_text(self.zone.label)
        self.label = QLabel(self.name)
        self.spin = QDoubleSpinBox()
        self.spin.setRange(*DEPTH_INPUT_MM)
        self.spin.setDecimals(2)
        self.spin.setSingleStep(rules.plan.depth.step_mm)
        self.spin.setSuffix(QCoreApplication.translate("SessionDialog", " mm"))
        self.spin.setSpecialValueText(QCoreApplication.translate("SessionDialog", "Not needled"))
        self.spin.setAccessibleName(
            QCoreApplication.translate("SessionDialog", "Depth used, {zone}").format(zone=self.name)
        )
        self.label.setBuddy(self.spin)
        self.hint = QLabel(
            QCoreApplication.translate("SessionDialog", "usual {low:g} to {high:g} mm").format(
                low=self.zone.depth_low_mm, high=self.zone.depth_high_mm
            )
        )
        set_tone(self.hint, "muted")
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        set_banner(self.warning, "warning")
        self.warning.hide()
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(
            QCoreApplication.translate("SessionDialog", "Why this depth")
        )
        self.reason.setAccessibleName(
            QCoreApplication.translate("SessionDialog", "Reason for the depth, {zone}").format(
                zone=self.name
            )
        )
        self.reason.hide()
        self.error = error_label()
        self.spin.valueChanged.connect(self.show_check)

    def depth(self) -> float | None:
        value = round(self.spin.value(), 3)
        return value if value > 0 else None

    def _unusual(self) -> str:
        """The domain's words for a depth outside the zone's usual range; "" within it."""
        depth = self.depth()
        checked = check_depth(self.zone, depth) if depth is not None else None
        if checked is None or checked.status == DEPTH_USUAL:
            return ""
        return worded(checked.message) if checked.message else ""

    def show_check(self) -> None:
        warning = self._unusual()
        show_text(self.warning, warning)
        self.reason.setVisible(bool(warning))

    def reason_text(self) -> str:
        """The reason typed, kept only for a depth that needs one."""
        return self.reason.text().strip() if self._unusual() else ""


class _AdjunctRow:
    def __init__(self, adjunct: str, label: str, zones: list[tuple[str, str]]) -> None:
        self.id = adjunct
        self.box = QCheckBox(label)
        self.zones = ZonePicker(zones, label)
        self.zones.setEnabled(False)
        self.error = error_label()
        self.box.toggled.connect(self.zones.setEnabled)


class SessionDialog(CourseRecordDialog):
    """A new session for `patient` (prefilled by the service) or a saved one."""

    KIND = SESSION
    # A follow-up assessment started from this session (its id): the main window walks it.
    follow_up_requested = Signal(int)

    def title(self) -> str:
        return self.tr("Session")

    @property
    def rules(self) -> Rules:
        return self._context.rules

    def new_draft(self) -> SessionDraft:
        return self._context.course.prefill(self.patient.id, dt.date.today())

    def start(self, draft: SessionDraft) -> SessionRecord:
        return self._context.course.start_session(self.patient.id, draft)

    def build_body(self, layout: QVBoxLayout) -> None:
        rules = self.rules
        course = rules.course
        summary = self._context.course.course_summary(self.patient.id)
        # Which planned session this is: a number of the plan's no other session has, or an
        # extra one.
        own = self.record.id if self.record else None
        self.number = QComboBox()
        for n in self._context.course.free_numbers(self.patient.id, own):
            self.number.addItem(
                self.tr("Session {n} of {total}").format(n=n, total=summary.planned), n
            )
        self.number.addItem(self.tr("Extra session (not in the plan)"), None)
        self.number_error = error_label()
        self.device = choice_combo(course.devices, self.tr("Not recorded"))
        self.device_error = error_label()
        self.device_model = QLineEdit()
        self.needles = QLineEdit()
        self.needles.setPlaceholderText(self.tr("e.g. 12-pin cartridge, 36-pin"))
        self.needles_error = error_label()
        session_box = QGroupBox(self.tr("Session"))
        form = QFormLayout(session_box)
        add_row(form, self.tr("Planned &session"), self.number, self.number_error)
        add_row(form, self.tr("De&vice"), self.device, self.device_error)
        add_row(form, self.tr("Device &model"), self.device_model)
        add_row(form, self.tr("Cartridge / &needles"), self.needles, self.needles_error)

        # Consumables: their lot and expiry, for a recall; an expired lot is refused.
        captions = {
            "cartridge": self.tr("Cartridge"),
            "anaesthetic": self.tr("Anaesthetic"),
            "serum": self.tr("Serum / glide"),
        }
        self.lots = [_LotRow(kind, captions[kind], self) for kind in LOT_KINDS if kind in captions]
        lots_box = QGroupBox(self.tr("Consumables: lot and expiry"))
        grid = QGridLayout(lots_box)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 1)
        grid.setColumnStretch(3, 1)
        # Column headings: the hints inside the fields are gone once they are filled or signed.
        self.lot_headings = [QLabel(self.tr(t)) for t in ("Product", "Lot number", "Expiry")]
        for column, heading in enumerate(self.lot_headings, start=1):
            set_tone(heading, "muted")
            grid.addWidget(heading, 0, column)
        for line, row in enumerate(self.lots):
            top = 2 * line + 1
            grid.addWidget(row.caption, top, 0)
            grid.addWidget(row.product, top, 1)
            grid.addWidget(row.number, top, 2)
            grid.addWidget(row.expiry, top, 3)
            under = QVBoxLayout()
            under.addWidget(row.expiry.note)
            under.addWidget(row.error)
            grid.addLayout(under, top + 1, 1, 1, 3)

        self.anaesthetic = QLineEdit()
        self.anaesthetic.setPlaceholderText(self.tr("e.g. lidocaine 5% cream"))
        self.minutes = OptionalSpin(0, MINUTES_MAX, self.tr("Not recorded"))
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes_error = error_label()
        anaesthetic_box = QGroupBox(self.tr("Anaesthetic"))
        form = QFormLayout(anaesthetic_box)
        add_row(form, self.tr("A&gent"), self.anaesthetic)
        add_row(form, self.tr("Mi&nutes on"), self.minutes, self.minutes_error)

        zones = list(self.initial_draft.depths_mm)
        self.depths = [_DepthRow(zone, self) for zone in zones or rules.zones]
        needling_box = QGroupBox(self.tr("Needling"))
        needling = QVBoxLayout(needling_box)
        depth_grid = QGridLayout()
        depth_grid.setColumnStretch(3, 1)
        for line, row in enumerate(self.depths):
            depth_grid.addWidget(row.label, 2 * line, 0)
            depth_grid.addWidget(row.spin, 2 * line, 1)
            depth_grid.addWidget(row.hint, 2 * line, 2)
            depth_grid.addWidget(row.reason, 2 * line, 3)
            under = QVBoxLayout()
            under.addWidget(row.warning)
            under.addWidget(row.error)
            depth_grid.addLayout(under, 2 * line + 1, 1, 1, 3)
        needling.addLayout(depth_grid)
        self.depth_error = error_label()  # no zone's depth given, when signing
        needling.addWidget(self.depth_error)
        self.passes = OptionalSpin(1, PASSES_MAX, self.tr("Not recorded"))
        self.speed = OptionalSpin(1, SPEED_MAX, self.tr("Not recorded"))
        self.endpoint = choice_combo(course.endpoints, self.tr("Not recorded"))
        self.needling_error = error_label()
        form = QFormLayout()
        add_row(form, self.tr("Pa&sses"), self.passes)
        add_row(form, self.tr("Pen s&peed"), self.speed)
        add_row(form, self.tr("&Endpoint"), self.endpoint, self.needling_error)
        needling.addLayout(form)

        # Same-day treatments, each with the zones it was given to.
        treated = [(zone, rule_text(rules.zones[zone].label)) for zone in zones or rules.zones]
        self.adjuncts = [
            _AdjunctRow(a.id, rule_text(a.label), treated)
            for a in course.same_day_adjuncts.values()
        ]
        adjunct_box = QGroupBox(self.tr("Same-day treatments"))
        grid = QGridLayout(adjunct_box)
        grid.setColumnStretch(1, 1)
        for line, row in enumerate(self.adjuncts):
            grid.addWidget(row.box, 2 * line, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(row.zones, 2 * line, 1)
            grid.addWidget(row.error, 2 * line + 1, 1)

        self.pain = OptionalSpin(0, PAIN_MAX, self.tr("Not asked"))
        self.pain.setSuffix(self.tr(" / 10"))
        self.reaction = QLineEdit()
        self.reaction.setPlaceholderText(self.tr("e.g. even redness, mild swelling"))
        self.aftercare = QCheckBox(self.tr("Aftercare explained and its handout given"))
        # The handout's aftercare again, in the patient's language: before or after signing.
        self.aftercare_sheet = AftercareSheet(self._context, self)
        self.print_aftercare_button = QPushButton(self.tr("Print a&ftercare…"))
        self.save_aftercare_button = QPushButton(self.tr("Save aftercare P&DF…"))
        for button in (self.print_aftercare_button, self.save_aftercare_button):
            button.setToolTip(self.tr("The handout's aftercare, printed again for the patient"))
        self.aftercare_note = QLabel()
        self.aftercare_note.setObjectName("aftercareNote")
        self.aftercare_note.setWordWrap(True)
        self.aftercare_note.hide()
        self.print_aftercare_button.clicked.connect(lambda: self._aftercare(PRINT))
        self.save_aftercare_button.clicked.connect(lambda: self._aftercare(SAVE))
        self.aftercare_sheet.said.connect(self._aftercare_said)
        self.aftercare_sheet.done.connect(self._aftercare_done)
        self.follow_up_button = QPushButton(self.tr("Follo&w-up…"))
        self.follow_up_button.setToolTip(
            self.tr("Assess the scars again, linked to this session (save it first)")
        )
        self.follow_up_button.setEnabled(self.record is not None)
        self.follow_up_button.clicked.connect(self._follow_up)
        self.saved.connect(lambda _id: self.follow_up_button.setEnabled(True))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(80)
        self.after_error = error_label()
        after_box = QGroupBox(self.tr("After the session"))
        form = QFormLayout(after_box)
        add_row(form, self.tr("Pain (0–10)"), self.pain)
        add_row(form, self.tr("Immediate &reaction"), self.reaction)
        form.addRow("", self.aftercare)
        add_row(form, self.tr("N&otes"), self.notes, self.after_error)

        # Two columns where the window is wide enough: what was used beside how it went.
        columns = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        for box in (session_box, anaesthetic_box, adjunct_box):
            left.addWidget(box)
        for box in (needling_box, after_box):
            right.addWidget(box)
        left.addStretch(1)
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout.addWidget(lots_box)
        layout.addLayout(columns)

    def actions(self) -> list[QWidget]:
        return [
            self.follow_up_button,
            self.print_aftercare_button,
            self.save_aftercare_button,
            self.aftercare_note,
        ]

    def _follow_up(self) -> None:
        """Close this view and ask for the follow-up walk linked to the saved session."""
        if self.record is None:
            return
        self.follow_up_requested.emit(self.record.id)
        self.accept()

    def _aftercare(self, action: str) -> None:
        """The sheet for the session's date as entered (today's when it cannot be read) and
        the practitioner chosen."""
        day = self.date.date() or dt.date.today()
        for button in (self.print_aftercare_button, self.save_aftercare_button):
            button.setEnabled(False)
        self.aftercare_sheet.request(action, self.patient.id, day, self.practitioner.currentData())

    def _aftercare_said(self, text: str, problem: bool) -> None:
        set_tone(self.aftercare_note, "error" if problem else "muted")
        show_text(self.aftercare_note, text)

    def _aftercare_done(self) -> None:
        for button in (self.print_aftercare_button, self.save_aftercare_button):
            button.setEnabled(True)

    def targets(self) -> dict[str, QLabel]:
        found: dict[str, QLabel] = {
            "depths_mm": self.depth_error,
            "number": self.number_error,
            "device": self.device_error,
            "device_model": self.device_error,
            "needles": self.needles_error,
            "anaesthetic": self.minutes_error,
            "anaesthetic_minutes": self.minutes_error,
            "passes": self.needling_error,
            "speed": self.needling_error,
            "endpoint": self.needling_error,
            "pain": self.after_error,
            "reaction": self.after_error,
            "notes": self.after_error,
        }
        for lot in self.lots:
            found[f"lots.{lot.kind}"] = lot.error
        for depth in self.depths:
            found[f"depths_mm.{depth.zone.id}"] = depth.error
            found[f"depth_reasons.{depth.zone.id}"] = depth.error
        for i, adjunct in enumerate(self.adjuncts):
            found[f"adjuncts[{i}]"] = adjunct.error
        return found

    def fill(self, draft: SessionDraft) -> None:
        set_choice(self.number, draft.number)
        set_choice(self.device, draft.device)
        self.device_model.setText(draft.device_model)
        self.needles.setText(draft.needles)
        for row in self.lots:
            row.set_lot(draft.lots.get(row.kind))
        self.anaesthetic.setText(draft.anaesthetic)
        self.minutes.set_number(draft.anaesthetic_minutes)
        for row in self.depths:
            row.spin.setValue(draft.depths_mm.get(row.zone.id, 0.0))
            row.reason.setText(draft.depth_reasons.get(row.zone.id, ""))
            row.show_check()
        self.passes.set_number(draft.passes)
        self.speed.set_number(draft.speed)
        set_choice(self.endpoint, draft.endpoint)
        given = {adjunct.id: adjunct.zones for adjunct in draft.adjuncts}
        for row in self.adjuncts:
            row.box.setChecked(row.id in given)
            row.zones.set_zones(given.get(row.id, ()))
        self.pain.set_number(draft.pain)
        self.reaction.setText(draft.reaction)
        self.aftercare.setChecked(draft.aftercare_given)
        self.notes.setPlainText(draft.notes)

    def details(self, draft: SessionDraft) -> SessionDraft:
        lots = {row.kind: lot for row in self.lots if (lot := row.lot()) is not None}
        depths = {row.zone.id: d for row in self.depths if (d := row.depth()) is not None}
        reasons = {row.zone.id: text for row in self.depths if (text := row.reason_text())}
        return replace(
            draft,
            number=self.number.currentData(),
            device=self.device.currentData(),
            device_model=self.device_model.text().strip(),
            needles=self.needles.text().strip(),
            lots=lots,
            anaesthetic=self.anaesthetic.text().strip(),
            anaesthetic_minutes=self.minutes.number(),
            depths_mm=depths,
            depth_reasons=reasons,
            passes=self.passes.number(),
            speed=self.speed.number(),
            endpoint=self.endpoint.currentData(),
            adjuncts=tuple(
                SameDayAdjunct(row.id, row.zones.zones())
                for row in self.adjuncts
                if row.box.isChecked()
            ),
            pain=self.pain.number(),
            reaction=self.reaction.text().strip(),
            aftercare_given=self.aftercare.isChecked(),
            notes=self.notes.toPlainText(),
        )
