"""`consult progress PATIENT_ID -o OUT.pdf`: the report of a patient in the database; bad
input (an unknown patient, a missing or non-SQLite --db, an unusable output) in one line with
exit code 2, nothing written."""

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from consult.cli import main
from consult.domain.model import Finding
from consult.domain.treatment import FollowUpDetails
from consult.services.context import open_context


def _text(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return " ".join(" ".join(page.extract_text().split()) for page in pages)


@pytest.fixture
def course_db(tmp_path, make_course):
    """A patient with two sessions done and a follow-up: three assessments... two here."""
    db = tmp_path / "c.sqlite3"
    context = open_context(str(db))
    try:
        patient, consultation, _ = make_course(context, sessions=2)
        context.course.record_follow_up(
            patient.id,
            FollowUpDetails(
                date=consultation.draft.date + dt.timedelta(weeks=9),
                consultation_id=consultation.id,
                findings=(Finding("cheek_left", "rolling_moderate", 8),),
                global_grade=2,
            ),
        )
    finally:
        context.close()
    return db, patient.id


def test_the_report_is_written_with_the_course_and_the_scores(course_db, tmp_path, capsys):
    db, patient_id = course_db
    out = tmp_path / "progress.pdf"

    assert main(["--db", str(db), "progress", str(patient_id), "-o", str(out)]) == 0

    assert capsys.readouterr().out.strip() == f"Wrote {out}"
    text = _text(out.read_bytes())
    assert "Your progress" in text and "Ana Silva" in text
    assert "Your sessions" in text and "Done" in text and "Planned" in text
    assert "Scar score (ECCA)" in text and "Consultation" in text and "Check" in text
    assert "There are no photos of the same view from two visits yet." in text


def test_the_before_after_pair_is_printed_and_a_withdrawn_photo_left_out(
    tmp_path, make_course, make_photo, capsys
):
    from consult.domain.photo import PhotoUse, PhotoView, VisitKind
    from consult.services.photos import PhotoImport

    db = tmp_path / "c.sqlite3"
    context = open_context(str(db))
    try:
        patient, consultation, _ = make_course(context, sessions=1)
        start = consultation.draft.date
        later = context.course.record_follow_up(
            patient.id,
            FollowUpDetails(
                date=start + dt.timedelta(weeks=9),
                consultation_id=consultation.id,
                findings=(Finding("cheek_left", "rolling_moderate", 8),),
                global_grade=2,
            ),
        ).record
        visits = {
            "consultation": ((VisitKind.CONSULTATION, consultation.id), start),
            "follow_up": ((VisitKind.FOLLOW_UP, later.id), later.details.date),
        }
        items = [
            PhotoImport(
                make_photo(tmp_path / f"{view}-{visit}.png", colour),
                view,
                visit=visits[visit][0],
                taken_at=dt.datetime.combine(visits[visit][1], dt.time(10)),
            )
            for view, visit, colour in (
                (PhotoView.FRONT, "consultation", "#c89f8a"),
                (PhotoView.FRONT, "follow_up", "#d9b8a5"),
                (PhotoView.PROFILE_LEFT, "consultation", "#b0785f"),
                (PhotoView.PROFILE_LEFT, "follow_up", "#a66a50"),
            )
        ]
        imported = context.photos.import_photos(patient.id, items)
        # The patient allowed teaching with the last photo, then took it back.
        context.photos.set_use(imported[-1].id, PhotoUse.TEACHING, True, "Dr Silva")
        context.photos.set_use(imported[-1].id, PhotoUse.TEACHING, False, "Dr Silva")
    finally:
        context.close()
    out = tmp_path / "progress.pdf"

    assert main(["--db", str(db), "progress", str(patient.id), "-o", str(out)]) == 0

    pdf = out.read_bytes()
    text = _text(pdf)
    assert "Before and after" in text and "Front" in text
    assert "Left side" not in text  # its later photo's consent was withdrawn: no pair
    assert "1 photo is not shown because consent for its use was withdrawn." in text
    assert sum(len(page.images) for page in PdfReader(io.BytesIO(pdf)).pages) == 2
    assert "Scar score (Goodman and Baron)" in text  # the chart's legend


def test_an_unknown_patient_is_one_line_with_exit_2(course_db, tmp_path, capsys):
    db, _ = course_db
    out = tmp_path / "never.pdf"

    assert main(["--db", str(db), "progress", "77", "-o", str(out)]) == 2

    assert capsys.readouterr().err.strip() == "consult: no patient with id 77"
    assert not out.exists()


@pytest.mark.parametrize("given", ["abc", "0", "-3"])
def test_a_bad_patient_id_is_refused_by_the_parser(tmp_path, capsys, given):
    with pytest.raises(SystemExit) as stopped:
        main(["--db", str(tmp_path / "c.sqlite3"), "progress", given, "-o", "x.pdf"])

    assert stopped.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "is not a patient id" in err[0]


def test_a_missing_or_foreign_database_is_refused_not_created(tmp_path, capsys):
    missing = tmp_path / "mistyped.sqlite3"
    text = tmp_path / "passwd"
    text.write_text("root:x:0:0:root:/root:/bin/bash\n")
    out = tmp_path / "never.pdf"

    assert main(["--db", str(missing), "progress", "1", "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no database is there" in err
    assert not missing.exists()

    assert main(["--db", str(text), "progress", "1", "-o", str(out)]) == 2
    err = capsys.readouterr().err.strip()
    assert err == f"consult: {text}: not a consult database (check --db or CONSULT_DB)"
    assert not out.exists()


def test_an_output_in_a_missing_folder_is_refused_before_reading(course_db, tmp_path, capsys):
    db, patient_id = course_db
    out = tmp_path / "no-such-folder" / "progress.pdf"

    assert main(["--db", str(db), "progress", str(patient_id), "-o", str(out)]) == 2

    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "does not exist" in err
    assert not out.parent.exists()
