"""The outcome audit (`consult audit-outcomes`, Reports → Outcome audit…): the practice's
results by baseline grade, as a table, a CSV file or a PDF. No patient is named in any of
them; practitioners are, since the audit is theirs."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Mapping
from dataclasses import dataclass

from consult.domain.access import Permission
from consult.domain.clinic import ClinicDetails
from consult.domain.outcome_audit import OutcomeAudit, Spread, outcome_audit
from consult.domain.printed import Cell, Paragraph, PrintedDocument, Section, Table
from consult.domain.rules import Rules
from consult.services.access import CurrentUser
from consult.store import clinic, practitioners
from consult.store.database import Database
from consult.store.outcome_audit import outcome_facts

NO_GRADE = "not graded"
NO_PRACTITIONER = "not recorded"

GRADE_COLUMNS = (
    "baseline_grade",
    "patients",
    "with_follow_up",
    "sessions_median",
    "sessions_q1",
    "sessions_q3",
    "gb_change_median",
    "gb_change_q1",
    "gb_change_q3",
    "ecca_change_median",
    "ecca_change_q1",
    "ecca_change_q3",
)


@dataclass(frozen=True)
class AuditReport:
    """The audit with the names it is shown with: practitioners and adverse event types."""

    audit: OutcomeAudit
    practitioner_names: Mapping[int, str]
    event_labels: Mapping[str, str]
    clinic: ClinicDetails

    def practitioner(self, practitioner_id: int | None) -> str:
        if practitioner_id is None:
            return NO_PRACTITIONER
        return self.practitioner_names.get(practitioner_id, f"#{practitioner_id}")

    def event(self, kind: str) -> str:
        return self.event_labels.get(kind, kind)


def grade_name(grade: int | None) -> str:
    return NO_GRADE if grade is None else str(grade)


def number(value: float | None) -> str:
    """A median or quartile as a reader wants it: whole when whole, else one decimal."""
    if value is None:
        return ""
    return f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"


def spread_text(value: Spread) -> str:
    """`median (q1 to q3)`, or a dash without values."""
    if value.median is None:
        return "–"
    return f"{number(value.median)} ({number(value.q1)} to {number(value.q3)})"


def rate_text(per_session: float) -> str:
    return f"{per_session * 100:.1f} per 100 sessions"


def window_text(start: dt.date | None, end: dt.date | None) -> str:
    if start is None and end is None:
        return "all records"
    first = start.isoformat() if start else "the first record"
    last = end.isoformat() if end else "today"
    return f"{first} to {last}"


def audit_outcomes(
    database: Database,
    rules: Rules,
    start: dt.date | None = None,
    end: dt.date | None = None,
    *,
    current: CurrentUser,
) -> AuditReport:
    """The audit of the window, read in one transaction (read-only). Raises `NotAllowed`
    unless `current` may open clinical records (the audit counts outcomes and grades)."""
    current.require(Permission.CLINICAL)
    with database.read() as session:
        facts = outcome_facts(session, start, end)
        names = {p.id: p.name for p in practitioners.list_all(session)}
        details = clinic.get(session) or ClinicDetails()
    return AuditReport(
        audit=outcome_audit(start, end, *facts),
        practitioner_names=names,
        event_labels={kind: choice.label for kind, choice in rules.course.adverse_events.items()},
        clinic=details,
    )


def audit_csv(report: AuditReport) -> str:
    """One row per baseline grade: the patients of the rows add up to the patients treated."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(GRADE_COLUMNS)
    for row in report.audit.grades:
        writer.writerow(
            [
                grade_name(row.grade),
                row.patients,
                row.with_follow_up,
                *(
                    number(value)
                    for spread in (row.sessions, row.goodman_baron_change, row.ecca_change)
                    for value in (spread.median, spread.q1, spread.q3)
                ),
            ]
        )
    return out.getvalue()


def audit_lines(report: AuditReport) -> list[str]:
    """The audit as plain text for a terminal: tab-separated tables under short headings."""
    audit = report.audit
    lines = [
        f"Outcome audit: {window_text(audit.start, audit.end)}",
        f"Patients treated: {audit.patients}; sessions performed: {audit.sessions}",
        "",
        "Baseline grade\tPatients\tWith follow-up\tSessions per course\t"
        "Change in G&B quantitative\tChange in ECCA",
    ]
    for row in audit.grades:
        lines.append(
            f"{grade_name(row.grade)}\t{row.patients}\t{row.with_follow_up}\t"
            f"{spread_text(row.sessions)}\t{spread_text(row.goodman_baron_change)}\t"
            f"{spread_text(row.ecca_change)}"
        )
    lines += ["", "Adverse event\tCount\tRate"]
    lines += [
        f"{report.event(e.type)}\t{e.count}\t{rate_text(e.per_session)}" for e in audit.events
    ]
    if not audit.events:
        lines.append("none recorded")
    if audit.practitioners:
        lines += [
            "",
            "Practitioner\tPatients\tSessions\tChange in G&B quantitative\tChange in ECCA\t"
            "Adverse events",
        ]
        lines += [
            f"{report.practitioner(p.practitioner)}\t{p.patients}\t{p.sessions}\t"
            f"{spread_text(p.goodman_baron_change)}\t{spread_text(p.ecca_change)}\t{p.events}"
            for p in audit.practitioners
        ]
    lines += ["", EXPLANATION]
    return lines


EXPLANATION = (
    "Changes are the last follow-up minus the consultation (baseline), as median (first to "
    "third quartile), over the patients with a follow-up; a fall is an improvement. A "
    "patient counts once, with the latest consultation whose sessions fall in the window; "
    "sessions per course count that consultation's sessions up to the window's end. Adverse "
    "events are those whose onset falls in the window, per session performed in it."
)


def _fractions(*parts: float) -> tuple[float, ...]:
    """Column widths as the renderer takes them: fractions of the page's width."""
    return tuple(part / sum(parts) for part in parts)


def _cells(*texts: object) -> tuple[Cell, ...]:
    return tuple(Cell(str(text)) for text in texts)


def audit_document(report: AuditReport, today: dt.date) -> PrintedDocument:
    """The audit as a printed document, laid out as the handout is."""
    audit = report.audit
    grades = Table(
        header=(
            "Baseline grade",
            "Patients",
            "With follow-up",
            "Sessions per course",
            "Change in G&B quantitative",
            "Change in ECCA",
        ),
        rows=tuple(
            _cells(
                grade_name(r.grade),
                r.patients,
                r.with_follow_up,
                spread_text(r.sessions),
                spread_text(r.goodman_baron_change),
                spread_text(r.ecca_change),
            )
            for r in audit.grades
        ),
        widths=_fractions(1.1, 0.9, 1.0, 1.3, 1.5, 1.5),
    )
    events: tuple[Paragraph | Table, ...] = (
        (
            Table(
                header=("Adverse event", "Count", "Rate"),
                rows=tuple(
                    _cells(report.event(e.type), e.count, rate_text(e.per_session))
                    for e in audit.events
                ),
                widths=_fractions(3.0, 1.0, 2.0),
            ),
        )
        if audit.events
        else (Paragraph("No adverse event was recorded in the window."),)
    )
    sections = [
        Section("By baseline grade", (grades, Paragraph(EXPLANATION, "note"))),
        Section("Adverse events", events),
    ]
    if audit.practitioners:
        sections.append(
            Section(
                "Per practitioner",
                (
                    Table(
                        header=(
                            "Practitioner",
                            "Patients",
                            "Sessions",
                            "Change in G&B quantitative",
                            "Change in ECCA",
                            "Adverse events",
                        ),
                        rows=tuple(
                            _cells(
                                report.practitioner(p.practitioner),
                                p.patients,
                                p.sessions,
                                spread_text(p.goodman_baron_change),
                                spread_text(p.ecca_change),
                                p.events,
                            )
                            for p in audit.practitioners
                        ),
                        widths=_fractions(2.0, 1.0, 1.0, 1.5, 1.5, 1.0),
                    ),
                ),
            )
        )
    return PrintedDocument(
        language="en",
        title="Outcome audit",
        subtitle="Acne-scar microneedling: results by baseline grade",
        clinic=report.clinic,
        facts=(
            ("Window", window_text(audit.start, audit.end)),
            ("Patients treated", str(audit.patients)),
            ("Sessions performed", str(audit.sessions)),
            ("Printed on", today.isoformat()),
        ),
        sections=tuple(sections),
        page_label="Page {page} of {pages}",
        footer="",
    )


def audit_pdf(report: AuditReport, today: dt.date | None = None) -> bytes:
    """The audit as a PDF, with the handout's fonts and page template."""
    from consult.config import resource_path
    from consult.handout.pdf import render  # reportlab: only when a PDF is asked for

    return render(
        audit_document(report, today or dt.date.today()), resource_path("fonts"), None
    ).pdf
