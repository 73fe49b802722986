"""A date typed as the patient dialog reads a date of birth, with a calendar for the mouse.

The text is read by `formats.read_date` (18/03/2026, 2026-03-18, 18 Mar 2026): what it cannot
read, or a day after the latest allowed, is refused with the reason shown under the field and
no date at all, never a date the practitioner did not give.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from consult.ui.formats import DateProblem, date_pattern, date_problem, read_date, show_date
from consult.ui.theme import set_tone


class _DateLine(QLineEdit):
    """The typed date; F4 and Alt+Down open the calendar, as on a date box."""

    calendar_wanted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt_down = (
            event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if event.key() == Qt.Key.Key_F4 or alt_down:
            self.calendar_wanted.emit()
            return
        if event.modifiers() & Qt.KeyboardModifier.AltModifier and event.text().isprintable():
            event.ignore()  # Alt+letter is a button's key, never a character of the date
            return
        super().keyPressEvent(event)


class DateField(QWidget):
    """A typed date no later than `latest`. `edited` fires whenever what it reads changes;
    `note` (placed by the owner, under the field) says how it was read or why it is refused."""

    edited = Signal()

    def __init__(self, name: str, too_late: str, parent: QWidget | None = None) -> None:
        """`name` is the field's accessible name; `too_late` the refusal of a day after the
        latest, with {date} for that day."""
        super().__init__(parent)
        self._too_late = too_late
        self._latest = dt.date.today()
        self.edit = _DateLine()
        self.edit.setAccessibleName(name)
        self.calendar_button = QToolButton()
        self.calendar_button.setText("▾")
        self.calendar_button.setAccessibleName(self.tr("{name}: calendar").format(name=name))
        self.calendar_button.setToolTip(self.tr("Choose on a calendar (F4 or Alt+Down)"))
        # The keyboard opens the calendar from the field: Tab need not stop here too.
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.note = QLabel(self)  # a parent until the owner places it: never a window
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)  # it may quote what was typed
        self.note.hide()
        self._calendar: QCalendarWidget | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit, 1)
        row.addWidget(self.calendar_button)
        self.setFocusProxy(self.edit)
        self._set_placeholder()
        self.edit.textChanged.connect(self._typed)
        self.edit.editingFinished.connect(self._finished)
        self.edit.calendar_wanted.connect(self.open_calendar)
        self.calendar_button.clicked.connect(self.open_calendar)

    def set_latest(self, day: dt.date) -> None:
        self._latest = day
        self._set_placeholder()

    def set_date(self, day: dt.date | None) -> None:
        """Show `day` (None: blank), without `edited`."""
        self.edit.blockSignals(True)
        self.edit.setText(show_date(day))
        self.edit.blockSignals(False)
        self._show_note("", "muted")

    def date(self) -> dt.date | None:
        """The day typed, or None while it is blank, unreadable or too late."""
        day = read_date(self.edit.text())
        return day if day is not None and day <= self._latest else None

    def problem(self) -> str:
        """Why the text typed gives no date ("" when it does, or when it is blank)."""
        text = self.edit.text().strip()
        if not text:
            return ""
        day = read_date(text)
        if day is not None:
            if day > self._latest:
                return self._too_late.format(date=show_date(self._latest))
            return ""
        example = self.tr("e.g. {dmy} or {iso}").format(
            dmy=self._latest.strftime("%d/%m/%Y"), iso=self._latest.isoformat()
        )
        kind = date_problem(text)
        if kind is DateProblem.NO_SUCH_DAY:
            return self.tr("{text} is not a date: check the day and the month.").format(text=text)
        if kind is DateProblem.SHORT_YEAR:
            return self.tr("Write the year with four digits, {example}.").format(example=example)
        return self.tr(
            "{text} cannot be read as a date: type it as day/month/year or year-month-day, "
            "{example}."
        ).format(text=text, example=example)

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        self.calendar_button.setEnabled(not read_only)

    def open_calendar(self) -> None:
        if self.edit.isReadOnly() or not self.isEnabled():
            return
        if self._calendar is None:
            # A child with the popup flag: its own small window, closed by Escape or a click
            # elsewhere, and gone with the field.
            self._calendar = QCalendarWidget(self)
            self._calendar.setWindowFlags(Qt.WindowType.Popup)
            self._calendar.setAccessibleName(self.calendar_button.accessibleName())
            self._calendar.clicked.connect(self._picked)
            self._calendar.activated.connect(self._picked)
        calendar = self._calendar
        calendar.setMaximumDate(QDate(self._latest))
        calendar.setSelectedDate(QDate(self.date() or self._latest))
        calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        calendar.show()
        calendar.setFocus()

    def _picked(self, day: QDate) -> None:
        if self._calendar is not None:
            self._calendar.close()
        self.edit.setText(show_date(day.toPython()))  # read back like a typed date
        self.edit.setFocus()

    def _set_placeholder(self) -> None:
        self.edit.setPlaceholderText(
            self.tr("e.g. {dmy}").format(dmy=self._latest.strftime("%d/%m/%Y"))
        )

    def _typed(self) -> None:
        # While typing, a quiet hint (the date is not finished yet); how a finished date
        # reads, when it was typed in numbers (3/4 is 3 April, never March 4).
        day, problem = self.date(), self.problem()
        if day is not None and self.edit.text().strip() != show_date(day):
            self._show_note(self.tr("Read as {date}").format(date=show_date(day)), "muted")
        else:
            self._show_note(problem, "muted")
        self.edited.emit()

    def _finished(self) -> None:
        day, problem = self.date(), self.problem()
        if day is not None:
            self.set_date(day)
        else:
            self._show_note(problem, "error")

    def _show_note(self, text: str, tone: str) -> None:
        self.note.setText(text)
        set_tone(self.note, tone)
        self.note.setVisible(bool(text))


class OptionalDay(QWidget):
    """A day that may be left open (a report's "from" or "to"): a check box turns it on."""

    def __init__(self, label: str, day: QDate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.used = QCheckBox(label)
        self.date = QDateEdit(day)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(date_pattern())
        self.date.setAccessibleName(label)
        self.date.setEnabled(False)
        self.used.toggled.connect(self.date.setEnabled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.used)
        row.addWidget(self.date)

    def value(self) -> dt.date | None:
        return self.date.date().toPython() if self.used.isChecked() else None
