"""Reading the audit log (who did what to which record, and when) and exporting it.

Events name records by type and number, never a patient: an export is safe to hand to an
auditor, and is still written privately (0600) since record numbers are the clinic's."""

from __future__ import annotations

import csv
import dataclasses
import io
from pathlib import Path

from consult.services.files import write_private
from consult.store.audit import (
    AuditFilter,
    AuditRow,
    distinct_actions,
    distinct_actors,
    find_events,
)
from consult.store.database import Database

__all__ = ["CSV_COLUMNS", "AuditFilter", "AuditLogService", "AuditRow"]

CSV_COLUMNS = ("id", "at_utc", "actor", "action", "record_type", "record_id", "detail")
# Rows read per query while exporting: memory stays flat whatever the table holds.
_EXPORT_PAGE = 10_000
# A spreadsheet runs a cell beginning with one of these as a formula (OWASP, CSV injection);
# a reason typed by a user could begin so.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(text: str | None) -> str:
    if text is None:
        return ""
    return f"'{text}" if text.startswith(_FORMULA_START) else text


class AuditLogService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def events(self, wanted: AuditFilter) -> list[AuditRow]:
        """One page of the events `wanted`, newest first."""
        with self._database.read() as session:
            return find_events(session, wanted)

    def actors(self) -> list[str]:
        """Everyone the log names, for the filter's list."""
        with self._database.read() as session:
            return sorted(distinct_actors(session))

    def actions(self) -> list[str]:
        """Every action the log holds, for the filter's list. Sorted here: a server's
        linguistic collation would order `patient_x.add` before `patient.add`."""
        with self._database.read() as session:
            return sorted(distinct_actions(session))

    def export_csv(self, wanted: AuditFilter, path: Path) -> int:
        """Write every event `wanted` (all pages, newest first) to `path` as CSV, private and
        whole or not at all; returns how many rows."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(CSV_COLUMNS)
        page = dataclasses.replace(wanted, limit=_EXPORT_PAGE, before=None)
        count = 0
        while True:
            rows = self.events(page)
            for row in rows:
                writer.writerow(
                    [
                        row.id,
                        row.at.isoformat(timespec="seconds") + "Z",
                        _cell(row.actor),
                        _cell(row.action),
                        _cell(row.record_type),
                        "" if row.record_id is None else row.record_id,
                        _cell(row.detail),
                    ]
                )
            count += len(rows)
            if len(rows) < page.limit:
                break
            page = dataclasses.replace(page, before=(rows[-1].at, rows[-1].id))
        write_private(path, out.getvalue().encode("utf-8"))
        return count
