"""Plans kept compact (issue 17): a database of revision 0002, migrated, shows every patient
exactly as before; a kept plan keeps its words when the rules are worded anew."""

import copy
import datetime as dt
import gzip
import hashlib
import json
import shutil
import sqlite3
from contextlib import closing
from dataclasses import replace
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import MetaData, create_engine, func, insert, select, text

from consult.domain.consultation import ConsultationDraft
from consult.domain.model import Finding, ScreeningAnswers
from consult.domain.records import PatientDetails
from consult.services.access import CurrentUser
from consult.services.consultations import ConsultationService
from consult.services.export import export_patient
from consult.services.patients import PatientService
from consult.store.compact import COMPACT, decode_detail, encode_detail
from consult.store.database import FREED_SHARE, alembic_config, current_revision, open_database
from consult.store.models import Consultation, PlanRecord, SharedText
from consult.store.revisions import shipped_revisions

DATA = Path(__file__).parent / "data"
# Made by revision 0002's consult (see make_revision_0002.py): 40 demo patients and hand-made
# plans of every kind (blocked, nothing to treat or to needle, every edit with its reason, a
# minor, a draft), and each patient's export as that version wrote it.
EXPORTS = json.loads(gzip.decompress((DATA / "revision_0002_exports.json.gz").read_bytes()))
# The moment of the export and the version of consult that wrote it are not the record.
NOT_THE_RECORD = ("exported_at", "app_version")


def _unzip_fixture(target: Path) -> Path:
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    with gzip.open(DATA / "revision_0002.sqlite3.gz", "rb") as packed, target.open("wb") as out:
        shutil.copyfileobj(packed, out)
    return target


def _copy_to_server(source: Path, url: str) -> None:
    """The fixture's rows put into a PostgreSQL database at revision 0002."""
    database = open_database(url, migrate=False)
    command.upgrade(alembic_config(database.engine), "0002")
    reader = create_engine(f"sqlite:///{source}")
    tables = MetaData()
    tables.reflect(database.engine)
    with reader.connect() as old, database.engine.begin() as new:
        for table in tables.sorted_tables:
            if table.name == "alembic_version":
                continue
            rows = [dict(row) for row in old.execute(select(table)).mappings()]
            if rows:
                new.execute(insert(table), rows)
            if "id" in table.c and rows:
                new.execute(
                    text("SELECT setval(pg_get_serial_sequence(:table, 'id'), :last)"),
                    {"table": table.name, "last": max(row["id"] for row in rows)},
                )
    reader.dispose()
    database.engine.dispose()


@pytest.fixture
def at_0002(database_url, tmp_path):
    """The fixture database, still at revision 0002, on SQLite or PostgreSQL."""
    fixture = _unzip_fixture(tmp_path / "fixture" / "consult.sqlite3")
    if database_url.startswith("sqlite"):
        path = Path(database_url.removeprefix("sqlite:///"))
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        shutil.move(fixture, path)
    else:
        _copy_to_server(fixture, database_url)
    return database_url


def _exported(database, rules, patient_id: int) -> str:
    data = export_patient(database, rules, patient_id, current=CurrentUser())
    for key in NOT_THE_RECORD:
        del data[key]
    # Added after revision 0003 by design (issue 18): the course. These patients have none.
    for key in ("adverse_events", "follow_ups", "plan_revisions"):
        assert data.pop(key) == [], patient_id
    # Added after revision 0007 by design (issues 20 and 22): signed consents. None here.
    assert data.pop("signed_consents") == [], patient_id
    # Added by design (issue 22): the practitioners named. This fixture's records name none.
    assert data.pop("practitioners") == [], patient_id
    # Added after revision 0009 by design (issue 23): the name order, automatic for all.
    assert data["patient"].pop("name_order") is None, patient_id
    for consultation in data["consultations"]:
        # Added after revision 0002 by design (issue 15): the assessment document carries the
        # qualitative helper's answers, which the export already showed beside it. They are
        # the consultation's own, so they must be those; the rest is compared as it was.
        added = consultation["assessment"].pop("qualitative_answers", {})
        assert added == consultation["qualitative_answers"], patient_id
    return json.dumps(data, indent=1, ensure_ascii=False)


def _expected(patient_id: str) -> str:
    data = copy.deepcopy(EXPORTS[patient_id])
    data.pop("app_version")
    # Changed by design (issue 23): the assessment documents name the patient in their name
    # order; a name in Hangul, Han or Kana is written family name first, without a space.
    patient = data["patient"]
    born = dt.date.fromisoformat(patient["date_of_birth"])
    details = PatientDetails(
        patient["given_names"], patient["family_name"], born, language=patient["language"]
    )
    for consultation in data["consultations"]:
        consultation["assessment"]["patient"]["name"] = details.full_name
    return json.dumps(data, indent=1, ensure_ascii=False)


def test_a_migrated_database_exports_every_patient_as_before(at_0002, rules):
    database = open_database(at_0002)
    try:
        assert current_revision(database.engine) == shipped_revisions().head
        for patient_id in EXPORTS:
            # Byte for byte: the same values, in the same order.
            assert _exported(database, rules, int(patient_id)) == _expected(patient_id), patient_id
        with database.engine.connect() as connection:
            details = connection.scalars(select(PlanRecord.detail)).all()
        # None kept whole: each was made compact and read back equal.
        assert len(details) > 40 and all(COMPACT in detail for detail in details)
    finally:
        database.engine.dispose()


def test_the_migrated_file_is_copied_aside_first_and_comes_out_smaller(tmp_path):
    path = _unzip_fixture(tmp_path / "data" / "consult.sqlite3")
    size = path.stat().st_size
    open_database(f"sqlite:///{path}").engine.dispose()
    aside = path.with_name(f"consult.sqlite3.before-{shipped_revisions().head}")
    assert aside.stat().st_size == size
    # 0003 frees the pages the old plans took; 0004's new tables reuse a few of them, which
    # in this small file leaves less than FREED_SHARE unused: then the file is not rewritten.
    with closing(sqlite3.connect(path)) as connection:
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        free = connection.execute("PRAGMA freelist_count").fetchone()[0]
    assert free <= pages * FREED_SHARE
    assert path.stat().st_size <= size * 1.05


def _rows(path: Path, table: str) -> list[tuple]:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()


def test_downgrade_puts_every_answer_and_plan_back_as_revision_0002_kept_them(tmp_path):
    original = _unzip_fixture(tmp_path / "original.sqlite3")
    path = _unzip_fixture(tmp_path / "data" / "consult.sqlite3")
    database = open_database(f"sqlite:///{path}")
    command.downgrade(alembic_config(database.engine), "0002")
    database.engine.dispose()
    assert _rows(path, "screening_answer") == _rows(original, "screening_answer")
    details = [(row[0], json.loads(row[-1])) for row in _rows(path, "plan")]
    assert details == [(row[0], json.loads(row[-1])) for row in _rows(original, "plan")]


@pytest.fixture
def patient_ids(database):
    patients = PatientService(database)
    return [
        patients.create(PatientDetails(name, "Muster", dt.date(1990, 1, 2), fitzpatrick=3)).id
        for name in ("Ana", "Bo")
    ]


def _blocks_no(rules) -> dict[str, bool]:
    """Every item that stops a plan answered no: a plan is "incomplete" until they are."""
    return {item.id: False for item in rules.screening.values() if item.level == "block"}


def _finalise(database, rules, patient_id: int) -> None:
    service = ConsultationService(database, rules)
    draft = ConsultationDraft(
        date=dt.date(2026, 11, 24),
        screening=ScreeningAnswers({**_blocks_no(rules), "herpes_history": True}, {}),
        acknowledged=frozenset({"herpes_history"}),
        findings=(Finding("cheek_left", "rolling_moderate", 7), Finding("nose", "icepick", 2)),
    )
    service.finalise(service.start(patient_id, draft).id)


def test_a_plan_keeps_its_words_when_later_rules_word_them_anew(database, rules, patient_ids):
    first, second = patient_ids
    _finalise(database, rules, first)
    before = _exported(database, rules, first)
    interval = rules.plan.interval._replace(text="Reworded: sessions a month apart.")
    herpes = rules.screening["herpes_history"]._replace(text="Reworded: cold sores before.")
    reworded = rules._replace(
        version="2099.1.1",
        plan=rules.plan._replace(interval=interval),
        screening={**rules.screening, "herpes_history": herpes},
    )

    _finalise(database, reworded, second)

    assert _exported(database, reworded, first) == before
    assert "Reworded: sessions a month apart." not in before
    later = json.loads(_exported(database, reworded, second))
    engine = later["consultations"][0]["plan"]["engine"]
    assert {"text": interval.text, "source": interval.source, "topic": "interval"} in engine[
        "suggested"
    ]["reasons"]
    assert engine["final"]["precautions"][0]["text"] == "Reworded: cold sores before."
    assert engine["suggested"]["rules_version"] == "2099.1.1"


def test_plans_that_say_the_same_share_their_words(database, rules, patient_ids):
    def shared() -> int:
        with database.engine.connect() as connection:
            return connection.scalar(select(func.count()).select_from(SharedText))

    _finalise(database, rules, patient_ids[0])
    after_one = shared()
    _finalise(database, rules, patient_ids[1])
    assert after_one > 10 and shared() == after_one


def test_what_the_december_rules_added_is_kept_compact_and_reads_back(database, rules, patient_ids):
    """Issue 15's answers and plan (isotretinoin taken now, a derived precaution acknowledged,
    the qualitative helper's answers, a test patch) and issue 14's calendar id survive the
    compact form: saved, read back, finalised and exported."""
    service = ConsultationService(database, rules)
    draft = ConsultationDraft(
        date=dt.date(2026, 11, 24),
        screening=ScreeningAnswers(
            {**_blocks_no(rules), "herpes_history": True},
            {},
            frozenset({"isotretinoin_last_dose"}),  # "Taking it now": yes, with no date
        ),
        # The raised scar shows a keloid tendency: a derived precaution, with a test patch.
        acknowledged=frozenset({"herpes_history", "keloid_tendency", "isotretinoin_last_dose"}),
        findings=(
            Finding("cheek_left", "rolling_moderate", 7),
            Finding("jaw_left", "hypertrophic_keloid", area_cm2=1.5, older_than_2_years=False),
        ),
        global_grade=3,
        qualitative_answers={"contour": True, "obvious_at_50_cm": True, "flattens": None},
        plan_start=dt.date(2026, 12, 1),
    )
    started = service.start(patient_ids[0], draft)
    uid = started.draft.calendar_uid
    assert service.get(started.id).draft == replace(draft, calendar_uid=uid)
    with database.engine.connect() as connection:
        letters = connection.scalar(select(Consultation.screening["answers"].as_string()))
    assert "Y" in letters  # taken now and acknowledged: yes, no date

    final = service.finalise(started.id)
    assert final.draft == replace(draft, calendar_uid=uid)
    data = json.loads(_exported(database, rules, patient_ids[0]))
    kept = data["consultations"][0]
    assert kept["assessment"]["screening"]["isotretinoin_last_dose"] == "current"
    assert kept["assessment"]["calendar_uid"] == uid
    assert kept["qualitative_answers"] == draft.qualitative_answers
    assert {"keloid_tendency", "isotretinoin_last_dose"} <= set(kept["acknowledged_precautions"])
    engine = kept["plan"]["engine"]
    assert engine == final.plan.detail and engine["calendar_uid"] == uid
    assert engine["final"]["test_patch"] == {
        "date": "2026-12-01",
        "first_session_from": "2026-12-29",
    }
    keloid = next(i for i in engine["screening"]["items"] if i["id"] == "keloid_tendency")
    assert keloid["derived_from"]
    with database.engine.connect() as connection:
        assert COMPACT in connection.scalar(select(PlanRecord.detail))


@pytest.mark.parametrize(
    "detail",
    [
        {"suggested": {"reasons": []}},  # no final plan: an older shape
        {"final": {"a": 1}, "suggested": {"a": 1}},  # another order
        # A screening item's own detail in the middle of it keeps its place.
        {
            "suggested": {"status": "blocked"},
            "final": {"status": "blocked"},
            "screening": {"items": [{"id": "x", "detail": "age 16", "text": "Under 18."}]},
        },
    ],
)
def test_a_detail_of_another_shape_reads_back_as_it_was(detail):
    texts: dict[str, int] = {}
    kept = encode_detail(detail, None, lambda words: texts.setdefault(words, len(texts)))
    back = decode_detail(kept, None, {i: words for words, i in texts.items()})
    assert json.dumps(back) == json.dumps(detail)


def test_a_text_longer_than_an_index_holds_is_kept(database, rules, patient_ids):
    # PostgreSQL indexes at most about 2,700 bytes of a value; a clinic may write more.
    # Hexadecimal digits: PostgreSQL would not compress them below its limit either.
    more = "".join(hashlib.sha256(str(n).encode()).hexdigest() for n in range(60))
    adjuncts = tuple(a._replace(text=f"{a.text} {more}") for a in rules.plan.adjuncts)
    wordy = rules._replace(plan=rules.plan._replace(adjuncts=adjuncts))
    _finalise(database, wordy, patient_ids[0])
    data = json.loads(_exported(database, wordy, patient_ids[0]))
    adjuncts = data["consultations"][0]["plan"]["engine"]["final"]["adjuncts"]
    assert adjuncts and all(len(a["text"]) > 3_000 for a in adjuncts)
    assert [a["text"] for a in adjuncts] == [
        a.text for a in wordy.plan.adjuncts if a.id in {x["id"] for x in adjuncts}
    ]
