"""The patient's page as the course: facts, flags from the last screening, open adverse events,
planned vs done with the next session due and the last depths, and the timeline whose entries
each open their own record view."""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from consult.domain.access import Permission
from consult.domain.languages import pick_language
from consult.domain.model import age_on, roman
from consult.domain.records import PatientRecord
from consult.services.languages import handout_languages
from consult.ui.formats import language_name, show_date
from consult.ui.patients.timeline import OPENS, Column, TimelineTableModel
from consult.ui.photos.gallery import PhotoGallery
from consult.ui.photos.import_dialog import dropped_photos
from consult.ui.record_table import show_records
from consult.ui.rule_texts import rule_text
from consult.ui.theme import set_badge, set_banner, set_tone
from consult.ui.wording import override_value

if TYPE_CHECKING:
    from consult.domain.treatment import CourseSummary, Schedule
    from consult.services.context import AppContext
    from consult.ui.patients.outcomes import OutcomePanel


class PatientView(QWidget):
    """Emits what the practitioner asks for; the main window does it."""

    back_requested = Signal()
    edit_requested = Signal(int)  # patient id
    new_consultation_requested = Signal(int)  # patient id
    follow_up_requested = Signal(int)  # patient id
    consultation_opened = Signal(int)  # an unfinished consultation's id: the wizard goes on
    summary_opened = Signal(int)  # a final consultation's id: its summary
    session_opened = Signal(int)  # a session's or test patch's id
    follow_up_opened = Signal(int)  # a follow-up's id
    adverse_event_opened = Signal(int)  # an adverse event's id
    revision_opened = Signal(int)  # a plan revision's id
    erase_requested = Signal(int)  # patient id
    discard_requested = Signal(int)  # an unfinished consultation's id
    # The course's records: "session", "test_patch" or "adverse_events", and a record's id
    # (0: a new one). The main window opens them (ui/course).
    course_record_requested = Signal(str, int)
    compare_requested = Signal(int)  # patient id: the compare view (ui/photos)
    progress_report_requested = Signal(int)  # patient id

    def __init__(self, context: AppContext | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context  # None until the database is open (`attach`)
        self.patient: PatientRecord | None = None
        self.summary: CourseSummary | None = None
        self.name = QLabel()
        self.name.setObjectName("patientName")
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.badges = QHBoxLayout()
        self.badges.setSpacing(6)
        self.back_button = QPushButton(self.tr("← &Patients"))
        self.edit_button = QPushButton(self.tr("&Edit details…"))
        self.erase_button = QPushButton(self.tr("Erase patient…"))
        self.erase_button.setToolTip(
            self.tr("Erase everything of this patient for good (GDPR Art. 17)")
        )
        self.discard_button = QPushButton(self.tr("&Discard draft…"))
        self.discard_button.setToolTip(
            self.tr("Throw away the unfinished consultation chosen; its photos stay")
        )
        self.new_button = QPushButton(self.tr("New &consultation"))
        self.new_button.setDefault(True)
        self.follow_up_button = QPushButton(self.tr("&Follow-up…"))
        self.follow_up_button.setToolTip(
            self.tr("Assess the scars again and compare them with the consultation")
        )
        self.open_button = QPushButton(self.tr("&Open"))
        self.session_button = QPushButton(self.tr("Record a &session…"))
        self.patch_button = QPushButton(self.tr("Record a &test patch…"))
        self.events_button = QPushButton(self.tr("Adverse e&vents…"))
        self.outcome_button = QPushButton(self.tr("Outcome c&hart"))
        self.outcome_button.setCheckable(True)
        self.outcome_button.setToolTip(
            self.tr("The scores at each assessment over time, with the sessions marked")
        )
        self.compare_button = QPushButton(self.tr("Co&mpare photos…"))
        self.report_button = QPushButton(self.tr("Progress &report…"))
        self.report_button.setToolTip(
            self.tr("Save the patient's progress report: sessions, scores and photos (PDF)")
        )
        # The chart panel, made when first asked for: importing QtCharts takes a while.
        self.outcomes: OutcomePanel | None = None
        self.consents_button = QPushButton(self.tr("Co&nsents…"))
        self.consents_button.setToolTip(
            self.tr("Consents signed on screen: sign, save, withdraw or void")
        )
        self.progress = QLabel()
        self.progress.setObjectName("courseProgress")
        self.progress.setWordWrap(True)
        self.next_due = QLabel()
        self.next_due.setObjectName("nextDue")
        self.next_due.setWordWrap(True)
        self.depths = QLabel()
        self.depths.setObjectName("lastDepths")
        self.depths.setWordWrap(True)
        set_tone(self.depths, "muted")
        # Reception's view of the course: the dates to book, nothing clinical.
        self.schedule = QLabel()
        self.schedule.setObjectName("schedule")
        self.schedule.setWordWrap(True)
        self.schedule.hide()
        self.prompt = QLabel()
        self.prompt.setObjectName("noChangePrompt")
        self.prompt.setWordWrap(True)
        set_banner(self.prompt, "warning")
        self.model = TimelineTableModel(self)
        self.table = QTableView()
        show_records(self.table, self.model, self.tr("Course"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.ENTRY, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.tr("No consultations yet."))
        self.photos = PhotoGallery(
            lambda: self._context.photos,
            lambda: {
                zone: rule_text(rule.label) for zone, rule in self._context.rules.zones.items()
            },
            lambda: [record.name for record in self._context.practitioners.list()],
        )
        # Photos dropped anywhere on the page are imported for this patient.
        self.setAcceptDrops(True)

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addStretch(1)
        top.addWidget(self.edit_button)
        top.addWidget(self.erase_button)
        course = QFrame()
        course.setObjectName("courseStrip")
        course.setFrameShape(QFrame.Shape.StyledPanel)
        strip = QVBoxLayout(course)
        strip.addWidget(self.progress)
        strip.addWidget(self.next_due)
        strip.addWidget(self.depths)
        strip.addWidget(self.schedule)
        actions = QHBoxLayout()
        # The heading of the consultations' table: hidden with it for reception, whose
        # schedule is in the strip above (never a heading over nothing).
        self.course_heading = QLabel(self.tr("<b>Course</b>"))
        actions.addWidget(self.course_heading)
        actions.addStretch(1)
        actions.addWidget(self.discard_button)
        for button in (self.outcome_button, self.compare_button, self.report_button):
            actions.addWidget(button)
        actions.addWidget(self.open_button)
        actions.addWidget(self.follow_up_button)
        actions.addWidget(self.new_button)
        records = QHBoxLayout()
        records.addStretch(1)
        for button in (
            self.consents_button,
            self.events_button,
            self.patch_button,
            self.session_button,
        ):
            records.addWidget(button)
        strip.addLayout(records)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.name)
        layout.addWidget(self.facts)
        layout.addLayout(self.badges)
        layout.addWidget(course)
        layout.addWidget(self.prompt)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1, Qt.AlignmentFlag.AlignTop)  # takes the table's room
        layout.addWidget(self.photos, 1)
        # Takes the spare height only when the table and photos are hidden (reception):
        # the facts then stay together at the top.
        layout.addStretch(0)
        self._layout = layout
        # What only a role with the clinical records sees (reception does not); the labels
        # and the table among them are shown again by what fills them.
        self._clinical_buttons: list[QWidget] = [
            self.course_heading,
            self.discard_button,
            self.outcome_button,
            self.compare_button,
            self.report_button,
            self.open_button,
            self.follow_up_button,
            self.new_button,
            self.consents_button,
            self.events_button,
            self.patch_button,
            self.session_button,
            self.photos,
        ]
        self._clinical_parts = [
            *self._clinical_buttons,
            self.next_due,
            self.depths,
            self.prompt,
            self.table,
            self.empty,
        ]

        self.back_button.clicked.connect(self.back_requested)
        self.edit_button.clicked.connect(lambda: self.edit_requested.emit(self._patient_id()))
        self.new_button.clicked.connect(
            lambda: self.new_consultation_requested.emit(self._patient_id())
        )
        self.follow_up_button.clicked.connect(
            lambda: self.follow_up_requested.emit(self._patient_id())
        )
        self.open_button.clicked.connect(self._open_selected)
        self.erase_button.clicked.connect(lambda: self.erase_requested.emit(self._patient_id()))
        self.discard_button.clicked.connect(self._discard_selected)
        for button, kind in (
            (self.session_button, "session"),
            (self.patch_button, "test_patch"),
            (self.events_button, "adverse_events"),
        ):
            button.clicked.connect(lambda _=False, k=kind: self.course_record_requested.emit(k, 0))
        self.outcome_button.toggled.connect(self._show_outcomes)
        self.compare_button.clicked.connect(lambda: self.compare_requested.emit(self._patient_id()))
        self.report_button.clicked.connect(
            lambda: self.progress_report_requested.emit(self._patient_id())
        )
        self.consents_button.clicked.connect(self.open_consents)
        self.table.activated.connect(self._open_row)
        self.table.selectionModel().selectionChanged.connect(self._row_changed)

    def may(self, permission: Permission) -> bool:
        """Whether the user signed in may do this (nobody before the records are open)."""
        return self._context is not None and self._context.current.may(permission)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if (
            self.patient is not None
            and self.may(Permission.CLINICAL)
            and dropped_photos(event.mimeData().urls())
        ):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = dropped_photos(event.mimeData().urls())
        event.acceptProposedAction()
        self.photos.import_files(files)

    def attach(self, context: AppContext) -> None:
        self._context = context

    def open_consents(self) -> None:
        """The patient's consents: sign, save, withdraw or void."""
        from consult.ui.consent_dialogs import ConsentsDialog

        assert self._context is not None and self.patient is not None
        ConsentsDialog(self._context, self.patient, self).exec()
        self.show_patient(self.patient.id)

    def _patient_id(self) -> int:
        assert self.patient is not None
        return self.patient.id

    def _handout_language(self, wanted: str) -> str:
        printed = pick_language(wanted, handout_languages())
        if printed == wanted:
            return self.tr("Handout in {language}").format(language=language_name(wanted))
        return self.tr("Handout in {printed}, none in {wanted} yet").format(
            printed=language_name(printed), wanted=language_name(wanted)
        )

    def show_patient(self, patient_id: int) -> None:
        """Read the patient and the history again and show them; to a role without the
        clinical records, only the identity, the contact details and the schedule."""
        clinical = self.may(Permission.CLINICAL)
        patient = self._context.patients.get(patient_id)
        history = self._context.consultations.history(patient_id) if clinical else []
        self.patient = patient
        self.erase_button.setVisible(self.may(Permission.ERASURE))
        details = patient.details
        self.name.setText(f"<h1>{escape(details.full_name)}</h1>")
        today = dt.date.today()
        facts = [
            # The number `consult export` and `consult erase` take.
            self.tr("Patient number {number}").format(number=patient.id),
            self.tr("Born {date} ({age} years)").format(
                date=show_date(details.date_of_birth), age=age_on(details.date_of_birth, today)
            ),
            self._handout_language(details.language),
        ]
        if clinical:  # the skin type is a clinical finding
            facts.insert(
                2,
                self.tr("Skin type {numeral}").format(numeral=roman(details.fitzpatrick))
                if details.fitzpatrick
                else self.tr("Skin type not assessed"),
            )
        facts += [part for part in (details.phone, details.email) if part]
        if patient.archived:
            facts.append(self.tr("Archived"))
        self.facts.setText(" · ".join(escape(fact) for fact in facts))
        self.schedule.setVisible(not clinical)
        if not clinical:
            for part in self._clinical_parts:
                part.hide()
            self.outcome_button.setChecked(False)  # the chart hides with it
            self.model.set_course([], [], today)  # an earlier user's view of the course
            self.summary = None
            self._clear_badges()
            self._show_schedule(self._context.course.schedule(patient_id), today)
            return
        for part in self._clinical_buttons:
            part.show()
        course = self._context.course.course_page(patient_id)
        self.summary = course.summary
        self._show_flags(patient, history)
        self._show_course(course.summary, today)
        entries = course.timeline
        self.model.set_course(entries, [e.id for e in course.summary.open_events], today)
        self.table.setVisible(bool(entries))
        self.empty.setVisible(not entries)
        self.follow_up_button.setEnabled(course.summary.consultation_id is not None)
        self.photos.show_patient(patient_id)
        if self.outcome_button.isChecked():
            self._show_outcomes(True)
        if entries:
            # The newest entry that has happened: what the practitioner most likely opens.
            done = [row for row, e in enumerate(entries) if e.date <= today and e.kind in OPENS]
            self.table.selectRow(done[-1] if done else 0)
        self._row_changed()

    def _show_outcomes(self, shown: bool) -> None:
        """The outcome chart and its table under the course, read again each time shown."""
        if shown and self.outcomes is None:
            from consult.ui.patients.outcomes import OutcomePanel  # QtCharts: when first asked

            self.outcomes = OutcomePanel()
            self._layout.addWidget(self.outcomes, 1)
        if self.outcomes is None:
            return
        if shown and self.patient is not None:
            self.outcomes.show_history(self._context.outcomes.score_history(self.patient.id))
        self.outcomes.setVisible(shown)

    def _show_course(self, summary: CourseSummary, today: dt.date) -> None:
        """Planned vs done, the next session due, the last depths, the "no change" prompt."""
        if summary.consultation_id is None:
            self.progress.setText(
                self.tr("No course yet: a finished consultation with a plan starts it.")
            )
        elif summary.planned == 0:
            self.progress.setText(self.tr("The plan followed has no sessions."))
        else:
            self.progress.setText(
                self.tr("<b>{done} of {planned} sessions done</b>").format(
                    done=summary.done, planned=summary.planned
                )
            )
        if summary.next_number is not None and summary.next_due is not None:
            text = self.tr("Next: session {n}, due {date}").format(
                n=summary.next_number, date=show_date(summary.next_due)
            )
            if summary.next_due < today:
                text += self.tr(" (overdue)")
            self.next_due.setText(text)
        elif summary.next_number is not None:
            self.next_due.setText(self.tr("Next: session {n}").format(n=summary.next_number))
        elif summary.planned:
            self.next_due.setText(self.tr("Every planned session is done."))
        self.next_due.setVisible(summary.planned > 0)
        zones = self._context.rules.zones
        depths = [
            self.tr("{zone} {depth}").format(
                zone=rule_text(zones[zone].label), depth=override_value(depth)
            )
            for zone, depth in summary.last_depths_mm.items()
        ]
        self.depths.setText(
            self.tr("Last depths: {depths}").format(depths=" · ".join(depths)) if depths else ""
        )
        self.depths.setVisible(bool(depths))
        self.prompt.setText(summary.prompt or "")
        self.prompt.setVisible(summary.prompt is not None)

    def _show_schedule(self, schedule: Schedule, today: dt.date) -> None:
        """The sessions planned and done, and the dates still to come."""
        if schedule.planned == 0:
            self.progress.setText(self.tr("No sessions planned."))
        else:
            self.progress.setText(
                self.tr("<b>{done} of {planned} sessions done</b>").format(
                    done=schedule.done, planned=schedule.planned
                )
            )
        lines = []
        for entry in schedule.upcoming:
            what = (
                self.tr("Review")
                if entry.kind == "review"
                else self.tr("Session {n}").format(n=entry.number)
            )
            line = self.tr("{what}: {date}").format(what=what, date=show_date(entry.date))
            if entry.date < today:
                line += self.tr(" (overdue)")
            lines.append(escape(line))
        self.schedule.setText("<br>".join(lines) if lines else self.tr("Nothing booked to come."))

    def _clear_badges(self) -> None:
        while self.badges.count():
            item = self.badges.takeAt(0)
            if item.widget():
                # Hidden at once: deleteLater waits for the event loop, and the previous
                # patient's badge must not show through meanwhile.
                item.widget().hide()
                item.widget().deleteLater()

    def _show_flags(self, patient: PatientRecord, history: list) -> None:
        self._clear_badges()
        from consult.services.consultations import screening_flags  # the store: opened late

        flags = screening_flags(history, patient, self._context.rules)
        rules = self._context.rules
        for hit, day in flags:
            badge = QLabel(rule_text(rules.screening[hit.id].label))
            badge.setObjectName("flag")
            badge.setToolTip(
                self.tr("{text} (answered on {date})").format(
                    text=rule_text(hit.text), date=show_date(day)
                )
            )
            badge.setAccessibleName(self.tr("Flag: {text}").format(text=rule_text(hit.text)))
            set_badge(badge, hit.level)
            self.badges.addWidget(badge)
        days = sorted({day for _hit, day in flags})
        if days:
            note = QLabel(
                self.tr("from the screening of {date}").format(date=show_date(days[0]))
                if len(days) == 1
                else self.tr("from the screenings of {first} to {last}").format(
                    first=show_date(days[0]), last=show_date(days[-1])
                )
            )
            set_tone(note, "muted")
            self.badges.addWidget(note)
        self._show_open_events()
        self.badges.addStretch(1)

    def _show_open_events(self) -> None:
        summary = self.summary
        if summary is None or not summary.open_events:
            return
        labels = self._context.rules.course.adverse_events
        events = summary.open_events
        badge = QLabel(self.tr("%n open adverse events", "", len(events)))
        badge.setObjectName("openEvents")
        listed = "\n".join(
            self.tr("{event} since {date}").format(
                event=rule_text(labels[e.details.type].label), date=show_date(e.details.onset)
            )
            for e in events
        )
        badge.setToolTip(listed)
        badge.setAccessibleName(badge.text())
        badge.setAccessibleDescription(listed)
        set_badge(badge, "block")
        self.badges.addWidget(badge)

    def flags(self) -> list[str]:
        """The flag badges' texts, as shown."""
        return [
            item.widget().text()
            for item in (self.badges.itemAt(i) for i in range(self.badges.count()))
            if item.widget() is not None and item.widget().objectName() == "flag"
        ]

    def open_events(self) -> str:
        """The open adverse events' badge text, "" when none is open."""
        badge = self.findChild(QLabel, "openEvents")
        return badge.text() if badge is not None and not badge.isHidden() else ""

    def _selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _row_changed(self) -> None:
        row = self._selected_row()
        self.open_button.setEnabled(row is not None and self.model.record(row).kind in OPENS)
        self.discard_button.setEnabled(self._selected_draft() is not None)

    def _selected_draft(self) -> int | None:
        """The unfinished consultation chosen in the timeline, if one is."""
        row = self._selected_row()
        if row is None:
            return None
        entry = self.model.record(row)
        return entry.record_id if entry.kind == "consultation" and entry.draft else None

    def _discard_selected(self) -> None:
        draft = self._selected_draft()
        if draft is not None:
            self.discard_requested.emit(draft)

    def _open_selected(self) -> None:
        row = self._selected_row()
        if row is not None:
            self._open_row(self.model.index(row, 0))

    def _open_row(self, index: QModelIndex) -> None:
        """Each entry opens its own view: an unfinished consultation the wizard to go on with,
        a final one its summary; the others their record."""
        entry = self.model.record(index.row())
        if entry.record_id is None:
            return
        signals = {
            "session": self.session_opened,
            "test_patch": self.session_opened,
            "follow_up": self.follow_up_opened,
            "adverse_event": self.adverse_event_opened,
            "revision": self.revision_opened,
        }
        if entry.kind == "consultation":
            (self.consultation_opened if entry.draft else self.summary_opened).emit(entry.record_id)
        elif entry.kind in signals:
            signals[entry.kind].emit(entry.record_id)
