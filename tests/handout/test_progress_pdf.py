"""The progress report: sessions done and planned, the score chart and its table, and the
before/after pairs of photos the patient may be given (a withdrawn one left out)."""

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from consult.config import resource_path
from consult.domain.clinic import ClinicDetails
from consult.domain.errors import RulesError
from consult.domain.outcomes import (
    Assessed,
    CourseSession,
    ScoreHistory,
    before_after,
    withheld_for_consent,
)
from consult.domain.photo import (
    Lighting,
    PhotoRecord,
    PhotoUse,
    PhotoView,
    TakenFrom,
    Visit,
    VisitKind,
)
from consult.domain.progress import ProgressInput, load_progress_texts
from consult.services.handout import HandoutMaker
from consult.services.progress import build_progress

CONSULTATION = Visit(VisitKind.CONSULTATION, 1, dt.date(2026, 5, 4))
SESSION = Visit(VisitKind.SESSION, 7, dt.date(2026, 6, 1))
FOLLOW_UP = Visit(VisitKind.FOLLOW_UP, 3, dt.date(2026, 9, 14))
HISTORY = ScoreHistory(
    assessments=(
        Assessed(CONSULTATION.date, VisitKind.CONSULTATION, 1, 46, 120, 3),
        Assessed(dt.date(2026, 7, 20), VisitKind.FOLLOW_UP, 2, 38, 95, 3),
        Assessed(FOLLOW_UP.date, VisitKind.FOLLOW_UP, 3, 29, 70, 2),
    ),
    sessions=(
        CourseSession(SESSION.date, 1, True),
        CourseSession(dt.date(2026, 6, 29), 2, True),
        CourseSession(dt.date(2026, 8, 24), 3, True),
        CourseSession(dt.date(2026, 10, 19), 4, False),
    ),
)


def photo(
    number: int,
    visit: Visit,
    view: PhotoView = PhotoView.FRONT,
    uses=(PhotoUse.CLINICAL_RECORD,),
    withdrawn=(),
    retired: bool = False,
) -> PhotoRecord:
    return PhotoRecord(
        id=number,
        patient_id=1,
        path=f"1/{number}.png",
        sha256=f"{number:064x}",
        view=view,
        zone="",
        visit=visit,
        taken_at=dt.datetime.combine(visit.date, dt.time(10, number)),
        taken_from=TakenFrom.EXIF,
        lighting=Lighting.SIDE_LIGHT,
        uses=frozenset(uses),
        retired_at=dt.datetime(2026, 10, 1) if retired else None,
        withdrawn=frozenset(withdrawn),
    )


def _pages(pdf: bytes) -> list:
    return PdfReader(io.BytesIO(pdf)).pages


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in _pages(pdf))


def _images(pdf: bytes) -> int:
    return sum(len(page.images) for page in _pages(pdf))


def _files(tmp_path, photos, make_photo):
    colours = ["#c89f8a", "#b0785f", "#d9b8a5", "#a66a50", "#e0c0b0", "#906050"]
    return {
        p.id: make_photo(tmp_path / f"{p.id}.png", colours[p.id % len(colours)]) for p in photos
    }


def _given(pairs, files, withheld=0) -> ProgressInput:
    return ProgressInput(
        patient="Nguyễn Thị Minh Khai",
        clinic=ClinicDetails(name="Clinique Sainte-Anne", phone="+33 4 72 00 00 00"),
        history=HISTORY,
        planned=4,
        pairs=pairs,
        files=files,
        today=dt.date(2026, 9, 20),
        withheld=withheld,
    )


def test_the_report_shows_the_course_the_chart_and_the_pair(rules, tmp_path, make_photo):
    photos = [
        photo(1, CONSULTATION),
        photo(2, SESSION),
        photo(3, FOLLOW_UP),
        photo(4, CONSULTATION, PhotoView.PROFILE_LEFT),
        # Withdrawn from teaching: the patient does not expect to see it printed again.
        photo(5, FOLLOW_UP, PhotoView.PROFILE_LEFT, withdrawn=(PhotoUse.TEACHING,)),
        photo(6, FOLLOW_UP, PhotoView.OBLIQUE_LEFT, retired=True),
    ]
    pairs = before_after(photos)
    assert [(p.view, p.before.id, p.after.id) for p in pairs] == [(PhotoView.FRONT, 1, 3)]

    assert withheld_for_consent(photos) == 1  # the retired one is hidden anyway
    given = _given(pairs, _files(tmp_path, photos, make_photo), withheld_for_consent(photos))

    files = build_progress(HandoutMaker(rules), given, "en")

    text = _text(files.pdf)
    assert files.language == "en" and not files.warnings
    assert "Your progress" in text and "Nguyễn Thị Minh Khai" in text
    assert "Sessions done" in text and "3 of 4" in text
    for row in ("Session 1 1 June 2026", "Done", "Session 4", "Planned"):
        assert row in text.replace("Monday ", "")
    # The chart (its legend and axes) and the table of its values.
    assert "Scar score (ECCA)" in text and "Grade (1 to 4)" in text
    assert "46 120 3" in text and "29 70 2" in text
    # One pair: the front at the consultation and at the latest check; nothing else.
    assert "Before and after" in text and "Front" in text
    assert "Consultation, 4 May 2026" in text and "Check, 14 September 2026" in text
    assert "Left side" not in text
    assert "1 photo is not shown because consent for its use was withdrawn." in text
    assert _images(files.pdf) == 2
    assert "Call us on +33 4 72 00 00 00" in text


def test_without_assessments_sessions_or_pairs_the_report_says_so(rules):
    given = ProgressInput(
        "Ana Silva", ClinicDetails(), ScoreHistory((), ()), 0, (), {}, dt.date(2026, 9, 20)
    )

    files = build_progress(HandoutMaker(rules), given, "xx")

    text = _text(files.pdf)
    words = load_progress_texts(resource_path("handout", "en"), rules)
    assert files.language == "en"
    for section in ("course", "scores", "photos"):
        assert " ".join(words[section]["none"].split())[:40] in text
    assert _images(files.pdf) == 0


def test_an_unreadable_photo_is_left_out_with_a_warning(rules, tmp_path, make_photo):
    photos = [photo(1, CONSULTATION), photo(3, FOLLOW_UP)]
    files = _files(tmp_path, photos, make_photo)
    files[3].write_bytes(b"not a picture")

    built = build_progress(HandoutMaker(rules), _given(before_after(photos), files), "en")

    assert _images(built.pdf) == 1
    assert built.warnings == ("A photo could not be read; its pair is printed without it.",)
    assert str(tmp_path) not in " ".join(built.warnings)


def test_a_misspelt_text_key_is_refused(rules, tmp_path):
    source = (resource_path("handout", "en") / "progress.toml").read_text()
    folder = tmp_path / "en"
    folder.mkdir()
    (folder / "progress.toml").write_text(source.replace("chart_caption", "chart_captoin"))

    with pytest.raises(RulesError, match="chart_caption"):
        load_progress_texts(folder, rules)


def test_photos_left_out_for_a_withdrawn_consent_are_counted_in_one_line(rules):
    photos = [
        photo(1, CONSULTATION, withdrawn=(PhotoUse.MARKETING,)),
        photo(2, FOLLOW_UP, withdrawn=(PhotoUse.TEACHING,)),
    ]
    assert before_after(photos) == ()
    files = build_progress(HandoutMaker(rules), _given((), {}, withheld_for_consent(photos)), "en")
    text = _text(files.pdf)
    assert "There are no photos of the same view from two visits yet." in text
    assert "2 photos are not shown because consent for their use was withdrawn." in text
