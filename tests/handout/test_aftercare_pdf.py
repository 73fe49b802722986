"""The aftercare sheet printed again after a session: the handout's aftercare, word for word,
and nothing else of the handout."""

import datetime as dt
import io

from pypdf import PdfReader

from consult.domain.clinic import ClinicDetails
from consult.domain.handout import AftercareInput
from consult.services.handout import HandoutMaker


def _text(pdf: bytes) -> str:
    return " ".join(
        " ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages
    )


def test_the_sheet_holds_the_handouts_aftercare_only(rules):
    maker = HandoutMaker(rules)
    given = AftercareInput(
        "Nguyễn Thị Minh Khai",
        "en",
        dt.date(2027, 2, 3),
        ClinicDetails(name="Clinique Sainte-Anne", phone="+33 4 72 00 00 00"),
        "Dr Okafor",
    )

    files = maker.aftercare(given)

    text = _text(files.pdf)
    care = maker.texts("en").handout["care"]
    header = maker.texts("en").handout["header"]
    assert files.language == "en" and files.ics is None and files.consent is None
    assert header["title_aftercare"] in text
    assert "Nguyễn Thị Minh Khai" in text and "Dr Okafor" in text
    assert "Session date" in text and "3 February 2027" in text
    for step in care["after"]:
        assert " ".join(step.when.split()) in text
    for item in care["call"]:
        assert " ".join(item.text.split())[:40] in text
    # The rest of the handout stays out: no plan, no advice before a session, no scars.
    assert care["before_heading"] not in text
    assert maker.texts("en").handout["plan"]["heading"] not in text
    assert maker.texts("en").handout["skin_today"]["heading"] not in text
    assert "Call us on +33 4 72 00 00 00" in text


def test_a_language_without_texts_prints_in_english(rules):
    given = AftercareInput("Ana Silva", "xx", dt.date(2027, 2, 3), ClinicDetails())

    files = HandoutMaker(rules).aftercare(given)

    assert files.language == "en"
    assert "________________________" in _text(files.pdf)  # the practitioner's line to write on
