"""The outcome audit on a demo database: rows by grade that add up to the patients treated,
a window that narrows them, CSV, PDF and the terminal table without a patient's name."""

import csv
import datetime as dt
import io

import pytest
from pypdf import PdfReader

from consult.cli import main
from consult.services.context import open_context
from consult.services.demo import DemoService
from consult.services.outcome_audit import audit_csv, audit_lines, audit_outcomes, audit_pdf

TODAY = dt.date(2026, 11, 26)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory, rules):
    path = tmp_path_factory.mktemp("audit") / "demo.sqlite3"
    context = open_context(str(path), rules=rules)
    DemoService(context.database, rules).fill(40, seed=5, today=TODAY)
    context.close()
    return path


@pytest.fixture
def demo(demo_db, rules):
    context = open_context(str(demo_db), rules=rules)
    yield context
    context.close()


def names(context):
    found = []
    for patient_id in range(1, 41):
        details = context.patients.get(patient_id).details
        found += [details.family_name, details.full_name]
    return found


def test_the_rows_add_up_to_the_patients_treated(demo):
    report = audit_outcomes(demo.database, demo.rules, current=demo.current)
    audit = report.audit
    assert audit.patients > 20 and audit.sessions > audit.patients
    assert sum(row.patients for row in audit.grades) == audit.patients
    rows = list(csv.DictReader(io.StringIO(audit_csv(report))))
    assert [row["baseline_grade"] for row in rows] == [
        str(r.grade or "not graded") for r in audit.grades
    ]
    assert sum(int(row["patients"]) for row in rows) == audit.patients
    # Sessions performed: the demo's finalised sessions (no test patches).
    with_changes = [r for r in audit.grades if r.with_follow_up]
    assert with_changes and all(r.goodman_baron_change.median is not None for r in with_changes)
    assert sum(e.count for e in audit.events) <= audit.sessions


def test_a_window_counts_only_its_sessions(demo):
    everything = audit_outcomes(demo.database, demo.rules, current=demo.current).audit
    start, end = dt.date(2026, 1, 1), dt.date(2026, 6, 30)
    window = audit_outcomes(demo.database, demo.rules, start, end, current=demo.current).audit
    assert 0 < window.sessions < everything.sessions
    assert window.patients <= everything.patients
    assert (window.start, window.end) == (start, end)
    assert (
        audit_outcomes(
            demo.database,
            demo.rules,
            dt.date(2000, 1, 1),
            dt.date(2000, 2, 1),
            current=demo.current,
        ).audit.patients
        == 0
    )


def test_no_patient_is_named_in_the_table_the_csv_or_the_pdf(demo):
    report = audit_outcomes(demo.database, demo.rules, current=demo.current)
    text = "\n".join(audit_lines(report)) + audit_csv(report)
    pdf = audit_pdf(report, TODAY)
    printed = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Outcome audit" in printed and "By baseline grade" in printed
    for name in names(demo):
        assert name not in text and name not in printed


def test_the_command_prints_writes_csv_and_pdf_and_refuses_bad_input(demo_db, tmp_path, capsys):
    db = ["--db", str(demo_db)]
    assert main([*db, "audit-outcomes", "--from", "2026-01-01"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Outcome audit: 2026-01-01 to today")
    treated = int(out.splitlines()[1].split(":")[1].split(";")[0])
    table = tmp_path / "x.csv"
    assert main([*db, "audit-outcomes", "--from", "2026-01-01", "-o", str(table)]) == 0
    rows = list(csv.DictReader(table.open(encoding="utf-8")))
    assert sum(int(row["patients"]) for row in rows) == treated
    pdf = tmp_path / "x.pdf"
    assert main([*db, "audit-outcomes", "-o", str(pdf)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    capsys.readouterr()
    for wrong in (
        ["audit-outcomes", "-o", str(tmp_path / "x.txt")],
        ["audit-outcomes", "--from", "2026-05-01", "--to", "2026-01-01"],
        ["audit-outcomes", "-o", str(tmp_path / "no" / "x.csv")],
    ):
        assert main([*db, *wrong]) == 2
        assert len(capsys.readouterr().err.strip().splitlines()) == 1
    with pytest.raises(SystemExit) as stop:
        main([*db, "audit-outcomes", "--to", "yesterday"])
    assert stop.value.code == 2
    assert main(["--db", str(tmp_path / "none.sqlite3"), "audit-outcomes"]) == 2
    assert not (tmp_path / "none.sqlite3").exists()
