"""The plan editor's schedule: number of sessions, interval, start and the dated sessions."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QGroupBox,
    QLabel,
    QSpinBox,
    QWidget,
)

from consult.domain.consultation import ChangedField, PlanField
from consult.domain.plan import Plan, default_start, schedule
from consult.services.consultations import ConsultationPreview
from consult.ui.formats import date_pattern, show_date
from consult.ui.wizard.plan.edit import edit_plan, field_name
from consult.ui.wizard.plan.widgets import (
    NoteList,
    ReasonEdit,
    SourceIndex,
    editor_grid,
    error_label,
    muted_label,
    reveal,
    show_error,
    show_refusal,
    weeks_or_days,
)
from consult.ui.wizard.session import ConsultationSession

# Bounds of what can be typed, not advice: the plan itself warns outside the usual values,
# and the draft refuses what it cannot keep.
SESSIONS_INPUT_MAX = 99
INTERVAL_INPUT_MAX_WEEKS = 52
# The grid row of the test patch, and of the first session's date (sessions, interval, start
# and their notes above).
TEST_PATCH_ROW = 8
DATES_ROW = 9
# Every day and month name of a year, to size a date field for the longest.
YEAR_DAYS = 365


def date_edit(accessible_name: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(f"ddd {date_pattern()}")  # the weekday too: a session's day
    # Typing a date emits once, when it is complete (Enter or leaving the field), so a
    # half-typed date is never judged.
    edit.setKeyboardTracking(False)
    edit.setAccessibleName(accessible_name)
    edit.setMinimumWidth(_widest_day_width(edit))
    return edit


def _widest_day_width(edit: QDateEdit) -> int:
    """Wide enough for the longest day and month names of the window's language ("Mi. 29
    Sept. 2027"): Qt sizes a date field for its earliest and latest dates only."""
    metrics = edit.fontMetrics()
    sized_for = max(
        metrics.horizontalAdvance(edit.textFromDateTime(QDateTime(day, QTime())))
        for day in (edit.minimumDate(), edit.maximumDate())
    )
    year = QDate(2027, 1, 1)
    widest = max(
        metrics.horizontalAdvance(edit.locale().toString(year.addDays(day), edit.displayFormat()))
        for day in range(YEAR_DAYS)
    )
    return edit.sizeHint().width() + max(0, widest - sized_for)


class ScheduleBox(QGroupBox):
    """Sessions, interval, start and dates, each beside its suggestion and its reason."""

    edited = Signal()  # an edit was taken: the page shows the new plan

    def __init__(self, session: ConsultationSession, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Sessions and dates"), parent)
        self.session = session
        self.sources = SourceIndex(session.rules, ())

        self.sessions = QSpinBox()
        self.sessions.setRange(0, SESSIONS_INPUT_MAX)
        self.sessions.setKeyboardTracking(False)
        self.sessions.setAccessibleName(self.tr("Number of sessions"))
        self.sessions_hint = muted_label()
        self.sessions_reason = _reason_edit(PlanField.SESSIONS, session)
        self.sessions_notes = NoteList()

        self.interval = QSpinBox()
        self.interval.setRange(session.rules.plan.interval.floor_weeks, INTERVAL_INPUT_MAX_WEEKS)
        self.interval.setSuffix(self.tr(" weeks"))
        self.interval.setKeyboardTracking(False)
        self.interval.setAccessibleName(self.tr("Weeks between sessions"))
        self.interval_hint = muted_label()
        self.interval_reason = _reason_edit(PlanField.INTERVAL_WEEKS, session)
        self.interval_notes = NoteList()

        self.start = date_edit(self.tr("Plan starts on"))
        self.start_hint = muted_label()
        self.error = error_label()
        # A test patch, when the plan begins with one: its own date, the sessions after it.
        self.test_patch_label = QLabel(self.tr("Test patch"))
        self.test_patch_date = QLabel()
        self.test_patch_date.setAccessibleName(self.tr("Test patch date"))
        self.test_patch_info = muted_label()

        # One row per session, made when the number of sessions changes; below them the
        # reason for moving dates and a refused date.
        self.date_rows: list[tuple[QLabel, QDateEdit, QLabel]] = []
        self.no_dates = muted_label(self.tr("No session is dated."))
        self.dates_reason = _reason_edit(PlanField.DATES, session)
        self.dates_error = error_label()
        self.dates_notes = NoteList()

        self.grid = editor_grid(self)
        self._row(0, self.tr("&Sessions"), self.sessions, self.sessions_hint)
        self._below(1, self.sessions_reason, self.sessions_notes)
        self._row(3, self.tr("&Interval"), self.interval, self.interval_hint)
        self._below(4, self.interval_reason, self.interval_notes)
        self._row(6, self.tr("S&tart from"), self.start, self.start_hint)
        self._below(7, self.error)
        for column, widget in enumerate(
            (self.test_patch_label, self.test_patch_date, self.test_patch_info)
        ):
            self.grid.addWidget(widget, TEST_PATCH_ROW, column)
            widget.hide()
        self._make_date_rows(0)

        self.sessions.valueChanged.connect(self._sessions_edited)
        self.interval.valueChanged.connect(self._interval_edited)
        self.start.dateChanged.connect(self._start_edited)
        for reason in (self.sessions_reason, self.interval_reason, self.dates_reason):
            reason.reason_edited.connect(self._reason_edited)
        self.sessions_reason.follows(self.sessions)
        self.interval_reason.follows(self.interval)

    def _row(self, row: int, text: str, editor: QWidget, hint: QLabel) -> None:
        label = QLabel(text)
        label.setBuddy(editor)
        self.grid.addWidget(label, row, 0)
        self.grid.addWidget(editor, row, 1)
        self.grid.addWidget(hint, row, 2)

    def _below(self, row: int, *widgets: QWidget) -> None:
        """Widgets under a value, one a row, as wide as the value and its suggestion."""
        for offset, widget in enumerate(widgets):
            self.grid.addWidget(widget, row + offset, 1, 1, 2)
            if isinstance(widget, ReasonEdit):
                self.grid.addWidget(widget.caption, row + offset, 0)

    def _make_date_rows(self, count: int) -> None:
        for row in self.date_rows:
            for widget in row:
                self.grid.removeWidget(widget)
                widget.hide()
                widget.deleteLater()
        below = (self.no_dates, self.dates_error, self.dates_reason, self.dates_notes)
        for widget in (*below, self.dates_reason.caption):
            self.grid.removeWidget(widget)
        self.date_rows = []
        for number in range(1, count + 1):
            label = QLabel(self.tr("Session {number}").format(number=number))
            editor = date_edit(self.tr("Date of session {number}").format(number=number))
            editor.dateChanged.connect(
                lambda day, row=number - 1: self._date_edited(row, day.toPython())
            )
            label.setBuddy(editor)
            info = muted_label()
            for column, widget in enumerate((label, editor, info)):
                self.grid.addWidget(widget, DATES_ROW + number - 1, column)
                reveal(widget)
            self.date_rows.append((label, editor, info))
        if self.date_rows:
            self.dates_reason.follows(self.date_rows[-1][1])
        after = [self.dates_error, self.dates_reason, self.dates_notes]
        self._below(DATES_ROW + count, *([self.no_dates] if count == 0 else []), *after)
        self.no_dates.setVisible(count == 0)  # once in the grid: never a window of its own

    def _show_dates(
        self, dates: tuple[dt.date, ...], suggested: tuple[dt.date, ...], earliest: dt.date
    ) -> None:
        """Each session's date, the gap to the one before, and the suggestion if moved."""
        if len(dates) != len(self.date_rows):
            self._make_date_rows(len(dates))
        for row, ((_, editor, info), day) in enumerate(zip(self.date_rows, dates, strict=True)):
            editor.blockSignals(True)
            editor.setMinimumDate(QDate(earliest))
            editor.setDate(QDate(day))
            editor.blockSignals(False)
            parts = []
            if row:
                parts.append(
                    self.tr("{gap} after session {number}").format(
                        gap=weeks_or_days((day - dates[row - 1]).days), number=row
                    )
                )
            if row < len(suggested) and suggested[row] != day:
                parts.append(self.tr("suggested {date}").format(date=show_date(suggested[row])))
            info.setText(" · ".join(parts))

    def focus_chain(self) -> list[QWidget]:
        return [
            self.sessions,
            self.sessions_reason,
            self.interval,
            self.interval_reason,
            self.start,
            *(editor for _, editor, _ in self.date_rows),
            self.dates_reason,
        ]

    def fill(self, preview: ConsultationPreview, sources: SourceIndex) -> None:
        """Show the final plan's schedule beside the engine's suggestion."""
        self.sources = sources
        draft, rules = self.session.draft, self.session.rules
        plan, suggestion = preview.final.plan, preview.report.plan
        for box, value in ((self.sessions, len(plan.dates)), (self.interval, plan.interval_weeks)):
            box.blockSignals(True)
            box.setValue(value)
            box.blockSignals(False)
        default = default_start(draft.date, rules)
        self.start.blockSignals(True)
        self.start.setMinimumDate(QDate(draft.date))
        self.start.setDate(QDate(draft.plan_start or default))
        self.start.blockSignals(False)

        self.sessions_hint.setText(
            self.tr("Suggested {count} · usual {low} to {high} for grade {grade}").format(
                count=suggestion.sessions.suggested,
                low=suggestion.sessions.min,
                high=suggestion.sessions.max,
                grade=suggestion.grade,
            )
        )
        low, high = plan.interval_range_weeks
        self.interval_hint.setText(
            self.tr("Suggested {weeks} weeks · usual {low} to {high}").format(
                weeks=suggestion.interval_weeks, low=low, high=high
            )
        )
        self.start_hint.setText(
            self.tr("Suggested {date} · {days} days after the consultation").format(
                date=show_date(default), days=rules.plan.schedule.start_after_days
            )
        )
        for editor, hint in (
            (self.sessions, self.sessions_hint),
            (self.interval, self.interval_hint),
            (self.start, self.start_hint),
        ):
            editor.setAccessibleDescription(hint.text())
        self._show_test_patch(plan)
        # The first session the engine would date: after the test patch, if there is one.
        patch = plan.test_patch
        first = patch.first_session_from if patch else draft.plan_start or default
        expected = schedule(
            first, len(plan.dates), plan.interval_weeks, rules.plan.schedule.working_days
        )
        self._show_dates(plan.dates, expected, patch.first_session_from if patch else draft.date)

        changed = {override.changed for override in preview.final.overrides}
        kept = draft.plan_choices.reasons
        for reason in (self.sessions_reason, self.interval_reason, self.dates_reason):
            reason.show_reason(reason.field in changed, kept.get(reason.field.key, ""))
        topics = {"sessions": [], "interval": [], "dates": [], "test_patch": []}
        for why in plan.reasons:
            topics.get(why.topic, []).append((why.text, why.source))
        self.sessions_notes.show_notes(topics["sessions"], sources)
        self.interval_notes.show_notes(topics["interval"], sources)
        self.dates_notes.show_notes(topics["dates"] + topics["test_patch"], sources)

    def _show_test_patch(self, plan: Plan) -> None:
        patch = plan.test_patch
        if patch is not None:
            self.test_patch_date.setText(show_date(patch.date))
            weeks = (patch.first_session_from - patch.date).days // 7
            self.test_patch_info.setText(
                self.tr(
                    "Read before session 1 · full sessions from {date}, {weeks} weeks on"
                ).format(date=show_date(patch.first_session_from), weeks=weeks)
            )
        for widget in (self.test_patch_label, self.test_patch_date, self.test_patch_info):
            widget.setVisible(patch is not None)

    def clear_errors(self) -> None:
        show_error(self.error, "")
        show_error(self.dates_error, "")

    def _sessions_edited(self, count: int) -> None:
        suggested = self._preview().report.plan.sessions.suggested
        # A new count makes new dates: an explicit list of the old length cannot stand.
        self._done(
            edit_plan(self.session, sessions=None if count == suggested else count, dates=None),
            self.error,
        )

    def _interval_edited(self, weeks: int) -> None:
        suggested = self._preview().report.plan.interval_weeks
        self._done(
            edit_plan(
                self.session, interval_weeks=None if weeks == suggested else weeks, dates=None
            ),
            self.error,
        )

    def _start_edited(self, day: QDate) -> None:
        start = day.toPython()
        default = default_start(self.session.draft.date, self.session.rules)
        self._done(
            edit_plan(self.session, plan_start=None if start == default else start, dates=None),
            self.error,
        )

    def _date_edited(self, row: int, day: dt.date) -> None:
        dates = list(self._preview().final.plan.dates)
        dates[row] = day
        self._done(edit_plan(self.session, dates=tuple(dates)), self.dates_error)

    def _reason_edited(self, field: str, text: str) -> None:
        reasons = {**self.session.draft.plan_choices.reasons, field: text}
        self._done(edit_plan(self.session, reasons=reasons), self.error)

    def _preview(self) -> ConsultationPreview:
        preview = self.session.preview
        assert preview is not None, "the schedule is shown only with a plan"
        return preview

    def _done(self, problem: str, where: QLabel) -> None:
        """An edit the rules refuse is explained beside it and the editors go back to the
        values taken; an edit taken lets the page show the new plan."""
        self.clear_errors()
        if problem:
            show_refusal(where, problem)
            self.fill(self._preview(), self.sources)
            return
        self.edited.emit()


def _reason_edit(field: PlanField, session: ConsultationSession) -> ReasonEdit:
    changed = ChangedField(field)
    return ReasonEdit(changed, field_name(changed, session.rules))
