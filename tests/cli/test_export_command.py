"""`consult export`: the record as JSON to a private file or stdout; bad ids in one line."""

import datetime as dt
import json
import stat

from consult.cli import main
from consult.domain.records import PatientDetails
from consult.services.context import open_context


def make_patient(db_path):
    context = open_context(str(db_path))
    try:
        return context.patients.create(
            PatientDetails("Ζωή", "Παπαδοπούλου", dt.date(1988, 8, 8))
        ).id
    finally:
        context.close()


def test_export_writes_a_private_file(tmp_path, capsys):
    db = tmp_path / "c.sqlite3"
    patient_id = make_patient(db)
    out = tmp_path / "record.json"
    assert main(["--db", str(db), "export", str(patient_id), "-o", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["patient"]["family_name"] == "Παπαδοπούλου"
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert capsys.readouterr().out == ""


def test_export_to_stdout_and_db_after_the_command(tmp_path, capsys):
    db = tmp_path / "c.sqlite3"
    patient_id = make_patient(db)
    assert main(["export", str(patient_id), "--db", str(db)]) == 0
    assert json.loads(capsys.readouterr().out)["patient"]["given_names"] == "Ζωή"


def test_an_unknown_or_bad_id_is_one_line_with_exit_2(tmp_path, capsys):
    db = tmp_path / "c.sqlite3"
    make_patient(db)
    out = tmp_path / "never.json"
    assert main(["--db", str(db), "export", "77", "-o", str(out)]) == 2
    assert capsys.readouterr().err.strip() == "consult: no patient with id 77"
    assert not out.exists()
    try:
        main(["--db", str(db), "export", "abc"])
    except SystemExit as stop:
        assert stop.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "'abc' is not a patient id" in err[0]


def test_an_export_into_a_missing_folder_says_so_and_leaves_nothing(tmp_path, capsys):
    db = tmp_path / "c.sqlite3"
    patient_id = make_patient(db)
    out = tmp_path / "no-such-folder" / "record.json"
    # A bad output path is bad input, as for a handout: exit 2.
    assert main(["--db", str(db), "export", str(patient_id), "-o", str(out)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "does not exist" in err[0]
    assert not out.parent.exists()


def test_an_export_into_a_folder_asks_for_a_file_name_with_exit_2(tmp_path, capsys):
    db = tmp_path / "c.sqlite3"
    patient_id = make_patient(db)
    folder = tmp_path / "exports"
    folder.mkdir()
    assert main(["--db", str(db), "export", str(patient_id), "-o", str(folder)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"consult: {folder}: is a folder; give a file name"]
    assert list(folder.iterdir()) == []


def test_a_file_that_is_no_database_is_refused_with_exit_2_and_left_alone(tmp_path, capsys):
    text = tmp_path / "passwd"
    text.write_text("root:x:0:0:root:/root:/bin/bash\n")
    for command in (["export", "1"], ["lots", "CT-2411"], ["demo", "--patients", "5"]):
        assert main(["--db", str(text), *command]) == 2
        err = capsys.readouterr().err.strip().splitlines()
        assert err[-1] == f"consult: {text}: not a consult database (check --db or CONSULT_DB)"
    assert text.read_text() == "root:x:0:0:root:/root:/bin/bash\n"


def test_a_database_that_is_not_there_is_refused_not_created(tmp_path, capsys):
    # A mistyped --db in a recall must not answer "nothing found" from a new empty file.
    missing = tmp_path / "mistyped.sqlite3"
    for command in (["export", "1"], ["lots", "CT-2411"]):
        assert main(["--db", str(missing), *command]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "no database is there" in err
        assert not missing.exists()


def test_lots_says_whether_each_use_was_a_session_or_a_test_patch(tmp_path, capsys):
    from consult.domain.treatment import TEST_PATCH, Lot, SessionDraft

    db = tmp_path / "c.sqlite3"
    patient_id = make_patient(db)
    context = open_context(str(db))
    try:
        for kind, day in ((TEST_PATCH, dt.date(2026, 3, 2)), ("session", dt.date(2026, 4, 6))):
            draft = SessionDraft(
                date=day,
                kind=kind,
                check=dict.fromkeys(context.rules.course.checks, False),
                lots={"anaesthetic": Lot("AN-5", dt.date(2027, 1, 1), "lidocaine")},
            )
            add = (
                context.course.record_test_patch
                if kind == TEST_PATCH
                else context.course.start_session
            )
            add(patient_id, draft)
    finally:
        context.close()
    assert main(["--db", str(db), "lots", "AN-5"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[:2] for line in lines] == [
        ["2026-03-02", "test patch"],
        ["2026-04-06", "session"],
    ]
    assert main(["--db", str(db), "lots", "AN-5", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [row["record"] for row in rows] == ["test_patch", "session"]


def test_a_fhir_export_says_nothing_of_how_the_handout_would_print(
    tmp_path, capsys, rules, make_course
):
    """The handout is rebuilt to attach it, not printed: a name in a script the fonts do not
    join is no warning here (`consult handout` still gives it)."""
    db = tmp_path / "c.sqlite3"
    context = open_context(str(db), rules=rules)
    try:
        patient, _consultation, _ = make_course(context, name=("ليلى", "حداد"))
    finally:
        context.close()
    for version in ("fhir-r5", "fhir-r4b"):
        out = tmp_path / f"{version}.json"
        argv = ["--db", str(db), "export", str(patient.id), "--format", version, "-o", str(out)]
        assert main(argv) == 0
        assert capsys.readouterr().err == ""
        bundle = json.loads(out.read_text(encoding="utf-8"))
        kinds = {entry["resource"]["resourceType"] for entry in bundle["entry"]}
        assert "DocumentReference" in kinds  # the handout was built, and attached
