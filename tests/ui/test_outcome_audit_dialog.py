"""Reports → Outcome audit…: the audit's tables for the chosen window, saved as PDF or CSV."""

import csv
import datetime as dt

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QFileDialog

from consult.domain.access import Account, Role
from consult.services.access import SignedIn
from consult.services.demo import DemoService
from consult.services.outcome_audit import audit_outcomes
from consult.ui.main_window import MainWindow
from consult.ui.outcome_audit import OutcomeAuditDialog

TODAY = dt.date(2026, 11, 26)


@pytest.fixture
def demo(sqlite_context):
    DemoService(sqlite_context.database, sqlite_context.rules).fill(12, seed=2, today=TODAY)
    return sqlite_context


@pytest.fixture
def dialog(qtbot, demo):
    made = OutcomeAuditDialog(demo)
    qtbot.addWidget(made)
    qtbot.waitUntil(lambda: made.report is not None, timeout=10_000)
    return made


def texts(model, column):
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_the_dialog_shows_the_audit_of_all_records(dialog, demo, qtmodeltester):
    expected = audit_outcomes(demo.database, demo.rules, current=demo.current).audit
    assert dialog.report.audit == expected
    assert texts(dialog.grade_model, 0) == ["1", "2", "3", "4"][: dialog.grade_model.rowCount()]
    assert sum(int(n) for n in texts(dialog.grade_model, 1)) == expected.patients
    assert str(expected.patients) in dialog.summary.text()
    assert dialog.practitioners.isVisibleTo(dialog) == bool(expected.practitioners)
    for model in (dialog.grade_model, dialog.event_model, dialog.practitioner_model):
        qtmodeltester.check(model)


def test_a_window_is_read_again_and_a_reversed_one_refused(qtbot, dialog):
    everything = dialog.report.audit
    dialog.start.used.setChecked(True)
    dialog.start.date.setDate(QDate(2026, 1, 1))
    with qtbot.waitSignal(dialog.shown, timeout=10_000):
        dialog.show_button.click()
    assert dialog.report.audit.start == dt.date(2026, 1, 1)
    assert dialog.report.audit.sessions < everything.sessions
    dialog.end.used.setChecked(True)
    dialog.end.date.setDate(QDate(2025, 1, 1))
    dialog.show_button.click()
    assert "after its end" in dialog.summary.text()


def test_the_audit_is_saved_as_csv_and_pdf(dialog, tmp_path, monkeypatch):
    table, document = tmp_path / "audit", tmp_path / "audit.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_: (str(table), ""))
    dialog.csv_button.click()
    rows = list(csv.DictReader((tmp_path / "audit.csv").open(encoding="utf-8")))
    assert sum(int(r["patients"]) for r in rows) == dialog.report.audit.patients
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_: (str(document), ""))
    dialog.pdf_button.click()
    assert document.read_bytes().startswith(b"%PDF")


def test_the_reports_menu_opens_it(qtbot, demo, monkeypatch):
    window = MainWindow(demo)
    qtbot.addWidget(window)
    opened = []
    monkeypatch.setattr(OutcomeAuditDialog, "exec", lambda self: opened.append(self) or 0)
    window.outcome_audit_action.trigger()
    (shown,) = opened
    assert isinstance(shown, QDialog)
    qtbot.waitUntil(lambda: shown.report is not None, timeout=10_000)


@pytest.mark.parametrize("size", [(1280, 800), (1024, 768)])
def test_each_table_shows_all_its_rows_and_its_columns_fill_the_width(qtbot, dialog, size):
    dialog.resize(*size)
    dialog.show()
    qtbot.waitExposed(dialog)
    audit = dialog.report.audit
    assert audit.grades and audit.events and audit.practitioners  # every table has rows
    for table in (dialog.grades, dialog.events, dialog.practitioners):
        rows = table.model().rowCount()
        assert rows >= 1
        qtbot.waitUntil(lambda t=table: t.viewport().height() >= t.verticalHeader().length())
        assert table.verticalScrollBar().maximum() == 0  # nothing to scroll to
        columns = sum(table.columnWidth(c) for c in range(table.model().columnCount()))
        assert abs(columns - table.viewport().width()) <= 1
    # The room left over goes below the tables, not into empty rows.
    assert dialog.grades.viewport().height() - dialog.grades.verticalHeader().length() < 4


def test_a_long_table_scrolls_past_its_limit_without_crowding_the_others(qtbot, dialog):
    many = [dialog.report.audit.grades[0]] * 30
    dialog.grade_model.set_records(many)
    dialog.grades.fit()
    dialog.resize(1024, 768)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.grades.verticalScrollBar().maximum() > 0)
    shown = dialog.grades.viewport().height() // dialog.grades.rowHeight(0)
    assert dialog.grades.ROWS_MIN <= shown <= dialog.grades.ROWS_SHOWN
    for table in (dialog.events, dialog.practitioners):
        assert table.viewport().height() >= table.verticalHeader().length()


def test_reception_is_refused_the_audit_by_the_service(qtbot, demo):
    rita = Account(id=7, username="rita", display_name="Rita", role=Role.RECEPTION)
    demo.current.signed_in = SignedIn(rita, key=None)
    demo.current.accounts = True
    made = OutcomeAuditDialog(demo)
    qtbot.addWidget(made)
    qtbot.waitUntil(lambda: "clinical records" in made.summary.text(), timeout=10_000)
    assert made.report is None and not made.pdf_button.isEnabled()
