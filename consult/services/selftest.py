"""`consult --self-test`: prove that an installation (a frozen bundle above all) works.

Each step checks one thing the app reads or builds at run time, in a temporary user folder
that is removed afterwards: the database (migrated from empty), an assessment of the bundled
example, its handout PDF; the window steps, which also walk a consultation of the example
through every page of the wizard, live in `consult.ui.selftest`. The steps hand on
what they made through one `SelfTestRun`. Nothing here prints patient data: the example is
invented, and a failure is reported by the step's name and the error's first line.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from consult.config import resource_path
from consult.domain.consultation import ConsultationDraft, unacknowledged
from consult.domain.model import ScreeningAnswers
from consult.domain.records import PatientDetails

if TYPE_CHECKING:
    from consult.services.assessment import AssessmentReport
    from consult.services.context import AppContext

# The variables that would point the app at a real user's data; unset during the self-test.
_OVERRIDES = ("CONSULT_HOME", "CONSULT_DB")


@dataclass
class SelfTestRun:
    """What the steps make and hand on to the next ones."""

    home: Path
    context: AppContext | None = None
    report: AssessmentReport | None = None
    handout_pdf: bytes | None = None
    # What a step leaves open for the next ones (the window), closed before the database.
    cleanups: list[Callable[[], None]] = field(default_factory=list)

    def close(self) -> None:
        while self.cleanups:
            self.cleanups.pop()()
        if self.context is not None:
            self.context.close()
            self.context = None


Step = tuple[str, Callable[[SelfTestRun], None]]


@contextmanager
def temporary_home() -> Iterator[Path]:
    """A throw-away CONSULT_HOME (CONSULT_DB unset) for the duration; the environment is
    restored and the folder removed afterwards."""
    saved = {name: os.environ.get(name) for name in _OVERRIDES}
    with tempfile.TemporaryDirectory(prefix="consult-self-test-", ignore_cleanup_errors=True) as d:
        os.environ["CONSULT_HOME"] = d
        os.environ.pop("CONSULT_DB", None)
        try:
            yield Path(d)
        finally:
            for name, value in saved.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value


def check_database(run: SelfTestRun) -> None:
    """Make a new SQLite database as a first start does (encrypted, its admin signed in
    with a generated password), migrated from empty to the shipped head, and read it."""
    import secrets

    from consult.services.access import set_up
    from consult.services.context import open_context

    path = run.home / "data" / "consult.sqlite3"
    # open_database makes the folder, private (a folder made here would be warned about).
    signed_in, _ = set_up(str(path), "admin", "Self-test", secrets.token_urlsafe(16))
    run.context = open_context(str(path), signed_in)
    if run.context.clinic.get() is not None:
        raise RuntimeError("a new database already holds clinic details")
    if run.context.patients.search("", 1):
        raise RuntimeError("a new database already holds patients")


def check_encryption(run: SelfTestRun) -> None:
    """An encrypted database made, closed and opened again with its password (SQLCipher,
    Argon2id key slots), and a photo's bytes sealed and opened (AES-GCM): the libraries a
    bundle must carry."""
    from consult.store.database import open_database
    from consult.store.keyslots import KeySlots, key_file, new_data_key, new_recovery_key
    from consult.store.sealed_files import seal, unseal

    path = run.home / "encrypted" / "consult.sqlite3"
    key = new_data_key()
    password = "self-test password"
    url = f"sqlite:///{path}"
    open_database(url, key=key).engine.dispose()
    KeySlots.new(key, "self-test", password, new_recovery_key()).save(key_file(path))
    if path.read_bytes().startswith(b"SQLite format 3"):
        raise RuntimeError("the encrypted database was written plain")
    opened, _slot = KeySlots.load(key_file(path)).unlock(password, "self-test")
    open_database(url, key=opened).engine.dispose()
    if unseal(seal(b"picture", key), opened) != b"picture":
        raise RuntimeError("a sealed photo did not open")


def check_assessment(run: SelfTestRun) -> None:
    """Score, screen and plan the bundled example document."""
    from consult.services.assessment import assess_text

    if run.context is None:
        raise RuntimeError("no database (its step did not run)")
    text = resource_path("examples", "assessment.json").read_text(encoding="utf-8")
    run.report = assess_text(text, run.context.rules)
    if run.report.plan.status != "suggested" or not run.report.plan.dates:
        raise RuntimeError(f"the example's plan is {run.report.plan.status!r}, not dated")


def check_handout(run: SelfTestRun) -> None:
    """Build the example's handout PDF, calendar file and consent form in memory."""
    from consult.services.handout import handout_input

    if run.context is None or run.report is None:
        raise RuntimeError("no assessment (its step did not run)")
    files = run.context.handouts.build(handout_input(run.report, None), calendar=True, consent=True)
    if not files.pdf.startswith(b"%PDF-") or not (files.consent or b"").startswith(b"%PDF-"):
        raise RuntimeError("the handout or the consent form is not a PDF")
    if not files.ics or b"BEGIN:VCALENDAR" not in files.ics:
        raise RuntimeError("the calendar file is empty")
    run.handout_pdf = files.pdf


def start_example_consultation(run: SelfTestRun) -> int:
    """An invented patient and a draft consultation of the example's findings and grade,
    every screening question answered no, so that every page of the wizard can be reached;
    returns the consultation's id."""
    if run.context is None or run.report is None:
        raise RuntimeError("no assessment (its step did not run)")
    example = run.report.assessment
    screening = run.context.rules.screening.values()
    answers = ScreeningAnswers(
        flags={item.id: False for item in screening if item.kind != "date"},
        dates={item.id: None for item in screening if item.kind == "date"},
    )
    patient = run.context.patients.create(
        PatientDetails(
            "Self-test",
            "Example",
            example.patient.date_of_birth,
            fitzpatrick=example.patient.fitzpatrick,
        )
    )
    draft = ConsultationDraft(
        date=dt.date.today(),
        screening=answers,
        findings=example.findings,
        global_grade=example.global_grade,
    )
    # Precautions derived from the findings (a raised scar) apply even with every answer
    # no: the self-test acknowledges them as the practitioner would, on Finish.
    preview = run.context.consultations.preview(patient.id, draft)
    waiting = unacknowledged(preview.report.screening, draft.acknowledged)
    draft = dataclasses.replace(draft, acknowledged=frozenset(waiting))
    return run.context.consultations.start(patient.id, draft).id


SERVICE_STEPS: tuple[Step, ...] = (
    ("database", check_database),
    ("encryption", check_encryption),
    ("assessment", check_assessment),
    ("handout", check_handout),
)


def _first_line(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    detail = text[0][:200] if text else ""
    return f"{type(error).__name__}: {detail}" if detail else type(error).__name__


def run_self_test(steps: Sequence[Step], say: Callable[[str], None]) -> str | None:
    """Run `steps` in order in a temporary home, calling `say` with one line per step passed.

    Stops at the first failure and returns its line (the step's name and the error's first
    line, never a traceback); None when every step passed.
    """
    with temporary_home() as home:
        run = SelfTestRun(home)
        try:
            for name, step in steps:
                try:
                    step(run)
                except Exception as error:  # any failure is reported, named by its step
                    return f"self-test: {name} failed ({_first_line(error)})"
                say(f"self-test: {name} ok")
        finally:
            run.close()
    return None
