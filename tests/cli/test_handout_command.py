"""`consult handout`: the handout, calendar and consent form from the command line."""

import io
import json
import os
import stat
import subprocess
import sys

import pytest
from icalendar import Calendar
from pypdf import PdfReader

from consult.cli import main
from consult.domain.clinic import ClinicDetails
from consult.services import access
from consult.services.audit_log import AuditLogService
from consult.services.context import open_context
from consult.store.audit import AuditFilter

DOCUMENT = {
    "schema": "consult.assessment/1",
    "date": "2026-11-24",
    "patient": {
        "name": "Ελένη Σταθοπούλου",
        "date_of_birth": "1990-05-01",
        "fitzpatrick": "IV",
        "language": "el",
    },
    "screening": {
        "active_acne": False,
        "active_infection": False,
        "active_cold_sore": False,
        "active_sunburn": False,
        "pregnant_or_breastfeeding": False,
        "radiotherapy_last_3_months": False,
        "skin_cancer_in_area": False,
        "herpes_history": True,
    },
    "findings": [
        {"zone": "cheek_left", "type": "boxcar_shallow", "count": 9},
        {"zone": "cheek_right", "type": "rolling_moderate", "count": 4},
    ],
    "global_grade": 3,
    "plan_start": "2026-12-01",
}


def write(tmp_path, document, name="assessment.json"):
    path = tmp_path / name
    path.write_text(document if isinstance(document, str) else json.dumps(document), "utf-8")
    return str(path)


def pdf_text(path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())


def test_writes_handout_calendar_and_consent_private_to_the_user(tmp_path, capsys):
    out, ics, consent = tmp_path / "h.pdf", tmp_path / "h.ics", tmp_path / "c.pdf"
    code = main(
        [
            "handout",
            write(tmp_path, DOCUMENT),
            "-o",
            str(out),
            "--ics",
            str(ics),
            "--consent",
            str(consent),
            "--practitioner",
            "Dr Ana Souza",
            "--db",
            str(tmp_path / "none.sqlite3"),
        ]
    )
    assert code == 0
    text = pdf_text(out)
    assert "Ελένη Σταθοπούλου" in text
    assert "Dr Ana Souza" in text
    assert "1 December 2026" in text
    assert len(Calendar.from_ical(ics.read_bytes()).walk("VEVENT")) == 5
    assert "Consent to microneedling treatment" in pdf_text(consent)
    for path in (out, ics, consent):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    # No database was asked for into being: neutral defaults, nothing created.
    assert not (tmp_path / "none.sqlite3").exists()
    printed = capsys.readouterr()
    assert "Ελένη" not in printed.out + printed.err


def test_reads_the_document_from_stdin(tmp_path):
    out = tmp_path / "h.pdf"
    run = subprocess.run(
        [sys.executable, "-m", "consult", "handout", "-", "-o", str(out)],
        input=json.dumps(DOCUMENT).encode("utf-8"),
        capture_output=True,
        env={**os.environ, "CONSULT_DB": str(tmp_path / "none.sqlite3")},
        check=False,
    )
    assert run.returncode == 0, run.stderr.decode()
    assert "Ελένη Σταθοπούλου" in pdf_text(out)


def test_uses_the_clinic_saved_in_the_database(tmp_path, rules):
    db = str(tmp_path / "clinic.sqlite3")
    context = open_context(db, rules=rules)
    try:
        context.clinic.save(
            ClinicDetails(name="Hautzentrum Görlitz", phone="+49 3581 000000", paper_size="Letter")
        )
    finally:
        context.close()
    saved = {path.name: path.read_bytes() for path in tmp_path.iterdir()}
    out = tmp_path / "h.pdf"
    assert main(["--db", db, "handout", write(tmp_path, DOCUMENT), "-o", str(out)]) == 0
    text = pdf_text(out)
    assert "Hautzentrum Görlitz" in text
    assert "+49 3581 000000" in text
    box = PdfReader(out).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    # Only read: nothing beside the database was made, the database was not written to.
    assert {path.name: path.read_bytes() for path in tmp_path.iterdir() if path.name in saved} == (
        saved
    )
    assert {path.name for path in tmp_path.iterdir()} - saved.keys() == {"h.pdf", "assessment.json"}


# A handout prints no database records and no calendar unless asked for one: loading those
# libraries (0.3 s for SQLAlchemy, 0.05 s for icalendar) would double the command's time.
HEAVY = {"sqlalchemy", "alembic", "icalendar"}


def imported(tmp_path, *args, db=None):
    """`consult handout` as a process: its exit code and which of HEAVY it imported."""
    environment = {**os.environ, "CONSULT_DB": str(db or tmp_path / "none.sqlite3")}
    command = [sys.executable, "-X", "importtime", "-m", "consult", "handout", *args]
    done = subprocess.run(command, capture_output=True, text=True, env=environment, check=False)
    names = {
        line.rsplit("|", 1)[1].strip().split(".")[0]
        for line in done.stderr.splitlines()
        if line.startswith("import time:")
    }
    return done.returncode, names & HEAVY


def test_a_handout_loads_no_database_or_calendar_library(tmp_path):
    source = write(tmp_path, DOCUMENT)
    assert imported(tmp_path, source, "-o", str(tmp_path / "h.pdf")) == (0, set())
    assert not (tmp_path / "none.sqlite3").exists()


def test_a_handout_reads_the_clinic_from_a_database_file_without_the_store(tmp_path, rules):
    db = tmp_path / "clinic.sqlite3"
    context = open_context(str(db), rules=rules)
    try:
        context.clinic.save(ClinicDetails(name="Hautzentrum Görlitz"))
    finally:
        context.close()
    out = tmp_path / "h.pdf"
    assert imported(tmp_path, write(tmp_path, DOCUMENT), "-o", str(out), db=db) == (0, set())
    assert "Hautzentrum Görlitz" in pdf_text(out)


def test_a_handout_signs_in_to_an_encrypted_database_without_the_store(
    tmp_path, rules, test_password
):
    db = tmp_path / "clinic.sqlite3"
    admin, _recovery = access.set_up(str(db), "admin", "The Admin", test_password)
    context = open_context(str(db), admin, rules=rules)
    try:
        context.clinic.save(ClinicDetails(name="Hautzentrum Görlitz"))
    finally:
        context.close()
    out = tmp_path / "h.pdf"
    assert imported(tmp_path, write(tmp_path, DOCUMENT), "-o", str(out), db=db) == (0, set())
    assert "Hautzentrum Görlitz" in pdf_text(out)
    context = open_context(str(db), admin, rules=rules)
    try:
        newest = AuditLogService(context.database).events(AuditFilter(limit=1))[0]
    finally:
        context.close()
    assert (newest.actor, newest.action, newest.record_type) == (
        "admin",
        "account.sign_in",
        "account",
    )


def test_the_calendar_library_loads_only_for_a_calendar(tmp_path):
    source = write(tmp_path, DOCUMENT)
    args = (source, "-o", str(tmp_path / "h.pdf"), "--ics", str(tmp_path / "h.ics"))
    assert imported(tmp_path, *args) == (0, {"icalendar"})
    assert Calendar.from_ical((tmp_path / "h.ics").read_bytes()).walk("VEVENT")


def test_a_damaged_database_is_one_line_exit_1_and_no_handout(tmp_path, capsys):
    db = tmp_path / "consult.sqlite3"
    db.write_bytes(b"this is not a database " * 200)
    out = tmp_path / "h.pdf"
    code = main(["--db", str(db), "handout", write(tmp_path, DOCUMENT), "-o", str(out)])
    assert code == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "consult.sqlite3" in err and "could not be read" in err
    assert not out.exists()


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        ("{not json", "not valid JSON"),
        ({**DOCUMENT, "schema": "other/1"}, "schema"),
        ({**DOCUMENT, "findings": [{"zone": "ear", "type": "icepick", "count": 1}]}, "zone"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_no_file(tmp_path, capsys, document, expected):
    out = tmp_path / "h.pdf"
    code = main(
        ["handout", write(tmp_path, document), "-o", str(out), "--ics", str(tmp_path / "x.ics")]
    )
    assert code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and expected in err
    assert list(tmp_path.iterdir()) == [tmp_path / "assessment.json"]


def test_an_existing_file_is_left_as_it_was_on_bad_input(tmp_path):
    out = tmp_path / "h.pdf"
    out.write_bytes(b"the old handout")
    assert main(["handout", write(tmp_path, "[]"), "-o", str(out)]) == 2
    assert out.read_bytes() == b"the old handout"


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["-o", "{tmp}/missing/h.pdf"], "does not exist"),
        (["-o", "{tmp}"], "is a folder"),
        (["-o", "{tmp}/h.pdf", "--consent", "{tmp}/h.pdf"], "twice"),
    ],
)
def test_unusable_output_paths_are_refused_before_anything_is_built(
    tmp_path, capsys, args, expected
):
    source = write(tmp_path, DOCUMENT)
    code = main(["handout", source, *[a.format(tmp=tmp_path) for a in args]])
    assert code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and expected in err
    assert not (tmp_path / "h.pdf").exists()


def test_the_output_option_is_required(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["handout", write(tmp_path, DOCUMENT)])
    assert exit_info.value.code == 2
    assert "-o" in capsys.readouterr().err


def test_a_name_the_fonts_cannot_print_is_a_warning_without_the_name(tmp_path, capsys):
    document = json.loads(json.dumps(DOCUMENT))
    document["patient"]["name"] = "ประเสริฐ Wong"
    out = tmp_path / "h.pdf"
    assert main(["handout", write(tmp_path, document), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "warning" in err and "THAI" in err
    assert "Wong" not in err
    assert PdfReader(io.BytesIO(out.read_bytes())).pages


def test_a_name_printed_without_joined_letters_is_a_warning_without_the_name(tmp_path, capsys):
    document = json.loads(json.dumps(DOCUMENT))
    document["patient"]["name"] = "ليلى حداد"
    out = tmp_path / "h.pdf"
    assert main(["handout", write(tmp_path, document), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "warning" in err and "ARABIC" in err and "without joined letters" in err
    assert "حداد" not in err


def test_a_blocked_plan_writes_no_calendar_and_says_so(tmp_path, capsys):
    document = json.loads(json.dumps(DOCUMENT))
    document["screening"]["active_acne"] = True
    out, ics = tmp_path / "h.pdf", tmp_path / "h.ics"
    assert main(["handout", write(tmp_path, document), "-o", str(out), "--ics", str(ics)]) == 0
    assert out.exists() and not ics.exists()
    assert "no sessions are planned" in capsys.readouterr().err


def test_a_name_longer_than_a_record_holds_is_refused(tmp_path, capsys):
    document = json.loads(json.dumps(DOCUMENT))
    document["patient"]["name"] = "A" * 602
    assert main(["handout", write(tmp_path, document), "-o", str(tmp_path / "h.pdf")]) == 2
    assert "patient.name: must be at most 601 characters" in capsys.readouterr().err


# DECISIONS.md 7.4 and 7.7: a handout only for a document it can speak for.
def test_a_document_without_the_practitioners_grade_is_refused(tmp_path, capsys):
    document = {key: value for key, value in DOCUMENT.items() if key != "global_grade"}
    out = tmp_path / "h.pdf"
    assert main(["handout", write(tmp_path, document), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("consult: global_grade: missing")
    assert not out.exists()


def test_an_unanswered_block_item_is_refused_naming_it(tmp_path, capsys):
    document = json.loads(json.dumps(DOCUMENT))
    del document["screening"]["active_sunburn"], document["screening"]["skin_cancer_in_area"]
    out = tmp_path / "h.pdf"
    assert main(["handout", write(tmp_path, document), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("consult: screening.active_sunburn:")
    assert "not answered" in err and not out.exists()


def test_flat_marks_only_print_your_skin_plan_without_needling(tmp_path):
    document = {
        **DOCUMENT,
        "patient": {**DOCUMENT["patient"], "language": "en"},
        "findings": [
            {"zone": "cheek_left", "type": "macular_erythematous", "count": 5},
            {"zone": "chin", "type": "macular_hypopigmented", "count": 2},
        ],
        "global_grade": 1,
    }
    out = tmp_path / "h.pdf"
    assert main(["handout", write(tmp_path, document), "-o", str(out)]) == 0
    text = " ".join(pdf_text(out).split())
    assert "Your skin plan" in text and "Your microneedling plan" not in text
    assert "sun protection" in text and "colour" in text
    assert "needl" not in text.lower() and "session" not in text.lower()


def test_a_test_patch_prints_on_its_own_line_in_the_plan_and_the_consent(tmp_path):
    document = json.loads(json.dumps(DOCUMENT))
    document["patient"]["language"] = "en"
    document["screening"]["keloid_tendency"] = True
    out, consent = tmp_path / "h.pdf", tmp_path / "c.pdf"
    code = main(["handout", write(tmp_path, document), "-o", str(out), "--consent", str(consent)])
    assert code == 0
    text = " ".join(pdf_text(out).split())
    # plan_start Tuesday 1 December: the patch; full sessions from 4 weeks later.
    # Each date once, in full: no ISO form beside it (issue 24).
    assert "Test patch 1 December 2026 A small test area" in text
    assert "Full sessions from 29 December 2026" in text
    assert "1 29 December 2026 Check-up" in text
    assert "2026-12-01" not in text
    form = " ".join(pdf_text(consent).split())
    assert "We start with a test patch on 1 December 2026" in form
    assert "on or after 29 December 2026" in form


def test_the_handout_names_the_raised_scar_risk_and_never_promises_clearly_better(tmp_path):
    document = {**DOCUMENT, "patient": {**DOCUMENT["patient"], "language": "en"}}
    out = tmp_path / "h.pdf"
    assert main(["handout", write(tmp_path, document), "-o", str(out)]) == 0
    text = " ".join(pdf_text(out).split())
    assert "clearly better" not in text
    assert "Most people see some improvement; results build over 3 to 6 months" in text
    assert "raised or thick scars (keloids)" in text
    assert "PIE" not in text.replace("post-inflammatory erythema, PIE", "")
