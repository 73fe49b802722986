"""The audit log in the window, on the real store (SQLite and PostgreSQL)."""

from __future__ import annotations

import csv

import pytest

from consult.services.audit_log import AuditLogService
from consult.store.audit import record_event
from consult.ui.access import audit_log
from consult.ui.access.audit_log import AuditLogDialog


@pytest.fixture
def service(database):
    with database.write() as session:
        for number in range(5):
            record_event(session, "asilva", "patient.add", "patient", number)
        record_event(session, "bruno", "photo.import", "photo", 9, "sha256:ab")
        record_event(session, "asilva", "photo.delete", "photo", 9)
    return AuditLogService(database)


def _column(dialog, column):
    model = dialog.model
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def test_filters_and_pages(qtbot, service, monkeypatch, qtmodeltester):
    monkeypatch.setattr(audit_log, "PAGE", 3)
    dialog = AuditLogDialog(service)
    qtbot.addWidget(dialog)
    dialog.show()
    qtmodeltester.check(dialog.model)
    assert _column(dialog, 2) == ["photo.delete", "photo.import", "patient.add"]
    assert dialog.more_button.isEnabled()
    dialog.more_button.click()
    dialog.more_button.click()
    assert dialog.model.rowCount() == 7 and not dialog.more_button.isEnabled()
    assert dialog.summary.text() == "7 events."
    dialog.grab().save("/tmp/lockui-audit-log.png")

    dialog.actor.setCurrentIndex(dialog.actor.findData("bruno"))
    dialog.show_button.click()
    assert _column(dialog, 1) == ["bruno"] and _column(dialog, 3) == ["photo 9"]
    dialog.actor.setCurrentIndex(0)
    dialog.action.setCurrentText("photo")
    dialog.show_button.click()
    assert _column(dialog, 2) == ["photo.delete", "photo.import"]
    assert [dialog.action.itemText(i) for i in range(dialog.action.count())] == [
        "",
        "patient",
        "patient.add",
        "photo",
        "photo.delete",
        "photo.import",
    ]
    dialog.since.used.setChecked(True)
    dialog.since.date.setDate(dialog.since.date.date().addYears(1))
    dialog.show_button.click()
    assert dialog.model.rowCount() == 0 and dialog.summary.text() == "No events match."
    dialog.until.used.setChecked(True)
    dialog.show_button.click()
    assert dialog.summary.text() == "The first day is after the last."


def test_export_writes_what_the_filter_finds(qtbot, service, tmp_path, monkeypatch):
    monkeypatch.setattr(audit_log, "PAGE", 2)
    dialog = AuditLogDialog(service)
    qtbot.addWidget(dialog)
    dialog.action.setCurrentText("patient")
    dialog.show_button.click()
    monkeypatch.setattr(
        audit_log.QFileDialog, "getSaveFileName", lambda *args: (str(tmp_path / "log"), "")
    )
    dialog.export_button.click()
    with (tmp_path / "log.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 5 and {r["action"] for r in rows} == {"patient.add"}
    assert dialog.summary.text() == f"5 events exported to {tmp_path / 'log.csv'}."
