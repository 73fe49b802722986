"""The outcome chart of the patient page: Goodman & Baron quantitative, ECCA and the grade at
each assessment over time, the sessions marked, values on hover; and the same values in a
table, which screen readers read.

QtCharts is imported by this module only: the page imports it when the chart is first asked
for, so opening the window or a patient does not pay for it.
"""

from __future__ import annotations

import datetime as dt
from enum import IntEnum
from functools import partial

from PySide6.QtCharts import (
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QDateTime, QEvent, QObject, QPointF, Qt, QTime
from PySide6.QtGui import QColor, QCursor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QHeaderView, QTableView, QToolTip, QVBoxLayout, QWidget

from consult.domain.outcomes import Assessed, CourseSession, ScoreHistory
from consult.domain.photo import VisitKind
from consult.ui.formats import date_pattern, show_date
from consult.ui.record_table import RecordTableModel, show_records
from consult.ui.theme import active_theme

GRADE_MAX = 4


class Column(IntEnum):
    DATE = 0
    ENTRY = 1
    GOODMAN_BARON = 2
    ECCA = 3
    GRADE = 4


Row = Assessed | CourseSession


class OutcomeTableModel(RecordTableModel[Row]):
    """Each assessment with its scores and each session done, by date."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            (
                self.tr("Date"),
                self.tr("Entry"),
                self.tr("Goodman & Baron"),
                self.tr("ECCA"),
                self.tr("Grade"),
            ),
            parent,
        )

    def set_history(self, history: ScoreHistory) -> None:
        rows: list[Row] = [*history.assessments, *(s for s in history.sessions if s.done)]
        # On one day the session after the assessment made before it.
        rows.sort(key=lambda r: (r.date, isinstance(r, CourseSession)))
        self.set_records(rows)

    def cell(self, record: Row, column: int) -> str:
        if column == Column.DATE:
            return show_date(record.date)
        if isinstance(record, CourseSession):
            if column != Column.ENTRY:
                return ""
            if record.number is None:
                return self.tr("Extra session")
            return self.tr("Session {number}").format(number=record.number)
        if column == Column.ENTRY:
            if record.kind is VisitKind.CONSULTATION:
                return self.tr("Consultation")
            return self.tr("Follow-up")
        if column == Column.GOODMAN_BARON:
            return str(record.goodman_baron_quantitative)
        if column == Column.ECCA:
            return str(record.ecca)
        return str(record.grade) if record.grade is not None else "–"


def _msecs(day: dt.date) -> float:
    return float(QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch())


class OutcomePanel(QWidget):
    """The chart over the table; `show_history` fills both."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history = ScoreHistory((), ())
        self.chart = QChart()
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.setMargins(self.chart.margins() * 0)
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(220)
        self.view.setAccessibleName(self.tr("Outcome chart"))
        self.view.setAccessibleDescription(
            self.tr("The scores at each assessment; the table below lists the same values.")
        )
        self.model = OutcomeTableModel(self)
        self.table = QTableView()
        show_records(self.table, self.model, self.tr("Scores at each assessment"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMaximumHeight(160)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.table)
        self.series: dict[str, QLineSeries] = {}
        self.sessions = QScatterSeries()

    def changeEvent(self, event: QEvent) -> None:
        # Another theme: the chart draws its colours again.
        if event.type() == QEvent.Type.PaletteChange:
            self.show_history(self.history)
        super().changeEvent(event)

    def show_history(self, history: ScoreHistory) -> None:
        self.history = history
        self.model.set_history(history)
        theme = active_theme()
        text = self.palette().color(QPalette.ColorRole.Text)
        self.chart.setBackgroundBrush(self.palette().color(QPalette.ColorRole.Base))
        self.chart.setTitleBrush(text)
        self.chart.legend().setLabelColor(text)
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        assessed = history.assessments
        days = [a.date for a in assessed] + list(history.sessions_done)
        self.series = {}
        if not days:
            self.chart.setTitle(self.tr("No assessments yet."))
            return
        self.chart.setTitle("")
        dates = QDateTimeAxis()
        dates.setFormat(date_pattern())
        first, last = min(days), max(days)
        pad = dt.timedelta(days=max(7, (last - first).days // 20))
        dates.setRange(QDateTime(first - pad, QTime(0, 0)), QDateTime(last + pad, QTime(0, 0)))
        dates.setTickCount(min(6, max(2, len(set(days)))))
        scores = QValueAxis()
        scores.setTitleText(self.tr("Points"))
        top = max([a.goodman_baron_quantitative for a in assessed] + [a.ecca for a in assessed])
        scores.setRange(0, max(10, top * 1.1))
        scores.applyNiceNumbers()
        scores.setLabelFormat("%d")
        grades = QValueAxis()
        grades.setTitleText(self.tr("Grade"))
        grades.setRange(0, GRADE_MAX)
        grades.setTickCount(GRADE_MAX + 1)
        grades.setLabelFormat("%d")
        for axis in (dates, scores, grades):
            axis.setLabelsColor(text)
            axis.setTitleBrush(text)
            axis.setGridLineColor(QColor(theme.rule))
        self.chart.addAxis(dates, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(scores, Qt.AlignmentFlag.AlignLeft)
        self.chart.addAxis(grades, Qt.AlignmentFlag.AlignRight)
        for (name, values, axis), colour in zip(
            (
                (
                    self.tr("Goodman & Baron"),
                    [(a.date, a.goodman_baron_quantitative) for a in assessed],
                    scores,
                ),
                (self.tr("ECCA"), [(a.date, a.ecca) for a in assessed], scores),
                (
                    self.tr("Grade"),
                    [(a.date, a.grade) for a in assessed if a.grade is not None],
                    grades,
                ),
            ),
            theme.chart_lines,
            strict=True,
        ):
            series = QLineSeries()
            series.setName(name)
            series.setPointsVisible(True)
            series.setPen(QPen(QColor(colour), 2))
            for day, value in values:
                series.append(_msecs(day), value)
            self.chart.addSeries(series)
            series.attachAxis(dates)
            series.attachAxis(axis)
            series.hovered.connect(partial(self._hovered, name))
            self.series[name] = series
        self.sessions = QScatterSeries()
        self.sessions.setName(self.tr("Sessions"))
        self.sessions.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeTriangle)
        self.sessions.setMarkerSize(11)
        self.sessions.setColor(QColor(theme.chart_sessions))
        for day in history.sessions_done:
            self.sessions.append(_msecs(day), 0)
        self.chart.addSeries(self.sessions)
        self.sessions.attachAxis(dates)
        self.sessions.attachAxis(grades)
        self.sessions.hovered.connect(partial(self._hovered, ""))

    def tooltip(self, series: str, point: QPointF) -> str:
        """What hovering a point says: the assessment's date and its three scores, or the
        session of that day."""
        day = QDateTime.fromMSecsSinceEpoch(round(point.x())).date().toPython()
        if not series:
            numbers = [s.number for s in self.history.sessions if s.done and s.date == day]
            if numbers and numbers[0] is not None:
                return self.tr("Session {number}, {date}").format(
                    number=numbers[0], date=show_date(day)
                )
            return self.tr("Session, {date}").format(date=show_date(day))
        found = [a for a in self.history.assessments if a.date == day]
        if not found:
            return ""
        # Two on one day: the later one, a follow-up made on the consultation's day.
        shown = found[-1]
        kind = (
            self.tr("Consultation")
            if shown.kind is VisitKind.CONSULTATION
            else self.tr("Follow-up")
        )
        return self.tr("{kind}, {date}\nGoodman & Baron {gb}\nECCA {ecca}\nGrade {grade}").format(
            kind=kind,
            date=show_date(day),
            gb=shown.goodman_baron_quantitative,
            ecca=shown.ecca,
            grade=shown.grade if shown.grade is not None else "–",
        )

    def _hovered(self, series: str, point: QPointF, state: bool) -> None:
        if state:
            QToolTip.showText(QCursor.pos(), self.tooltip(series, point), self.view)
        else:
            QToolTip.hideText()
