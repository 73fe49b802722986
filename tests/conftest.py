"""Shared fixtures: offscreen Qt, a private CONSULT_HOME per test, the shipped rules, and a
fresh database per test on SQLite and, when `CONSULT_TEST_PG_URL` names a server, PostgreSQL."""

import datetime as dt
import functools
import os
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

# Set before anything imports Qt: GUI tests never need a screen.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

from consult.config import resource_path
from consult.domain import access
from consult.domain.model import Assessment, Finding, Patient, ScreeningAnswers
from consult.domain.rules import Rules, load_rules
from consult.services.access import SignedIn
from consult.services.context import open_context
from consult.store.database import open_database

PG_URL_VARIABLE = "CONSULT_TEST_PG_URL"

BENCHMARKS = Path(__file__).parent / "benchmarks"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Everything in tests/benchmarks is a benchmark, deselected unless asked for."""
    for item in items:
        if BENCHMARKS in Path(item.fspath).parents:
            item.add_marker(pytest.mark.benchmark)


@pytest.fixture(autouse=True)
def private_home(tmp_path_factory, monkeypatch) -> Path:
    """No test touches the real user data folder."""
    home = tmp_path_factory.mktemp("consult-home")
    monkeypatch.setenv("CONSULT_HOME", str(home))
    monkeypatch.delenv("CONSULT_DB", raising=False)
    return home


# The password every test's commands sign in with (CONSULT_PASSWORD_FILE): a new database
# makes its admin from it, so the command-line tests work as before.
TEST_PASSWORD = "test password 1"
# Argon2id as cheap as it goes, in this process only: the real parameters take ~50 ms and
# 19 MiB per hash or key slot. Subprocesses keep the real ones.
CHEAP_HASHING = access.Argon2Parameters(time_cost=1, memory_cost=8, parallelism=1)


@pytest.fixture(scope="session")
def test_password() -> str:
    """The password in CONSULT_PASSWORD_FILE: a new database's admin has it."""
    return TEST_PASSWORD


@pytest.fixture(scope="session")
def password_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("password") / "password.txt"
    path.write_text(TEST_PASSWORD + "\n", encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def signed_in_commands(password_file, monkeypatch) -> Path:
    """Every test runs with CONSULT_PASSWORD_FILE set and cheap password hashing."""
    monkeypatch.setenv("CONSULT_PASSWORD_FILE", str(password_file))
    monkeypatch.delenv("CONSULT_USER", raising=False)
    monkeypatch.setattr(access, "PASSWORD_HASHING", CHEAP_HASHING)
    return password_file


@pytest.fixture(scope="session")
def qapp(qapp):
    """pytest-qt's application speaking the test machine's locale as the window does at its
    start (English here): English's plural forms come from its translation file."""
    from PySide6.QtCore import QLocale

    from consult.ui.i18n import install_translations

    install_translations(qapp, QLocale())
    return qapp


@pytest.fixture(scope="session")
def keyed():
    """`keyed(key)`: an admin signed in with the raw data `key` of an encrypted database
    whose key file the test wrote itself (the store's tests need no account row for it)."""

    def signed_in(key: bytes) -> SignedIn:
        return SignedIn(access.Account(0, "admin", "Administrator", access.Role.ADMIN), key)

    return signed_in


@pytest.fixture(scope="session")
def rules() -> Rules:
    return load_rules(resource_path("rules"))


def _empty_postgresql(url: str) -> None:
    """Drop everything a previous test left in the server's test database."""
    db = open_database(url, migrate=False)
    problem = None
    try:
        with db.engine.begin() as connection:
            # A connection a test left open fails the next test instead of hanging it.
            connection.execute(text("SET LOCAL lock_timeout = '10s'"))
            connection.execute(text("DROP SCHEMA public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))
    except DBAPIError as error:
        problem = str(error.orig)
    finally:
        db.engine.dispose()
    if problem is not None:
        # Set but unusable is a failure, never a skip.
        pytest.fail(f"{PG_URL_VARIABLE} is set but the server cannot be used: {problem}", False)


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path) -> str:
    """An empty database: an SQLite file, or the PostgreSQL test database emptied.

    Without CONSULT_TEST_PG_URL the PostgreSQL variant is skipped (reported as not run);
    with it set, a server that cannot be reached fails the test.
    """
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'data' / 'consult.sqlite3'}"
    url = os.environ.get(PG_URL_VARIABLE, "").strip()
    if not url:
        pytest.skip(f"PostgreSQL not configured: set {PG_URL_VARIABLE}")
    _empty_postgresql(url)
    return url


@pytest.fixture
def database(database_url):
    """The store on a fresh, migrated database (SQLite and PostgreSQL)."""
    db = open_database(database_url)
    yield db
    db.engine.dispose()


@pytest.fixture
def context(database_url, rules):
    """The services on a fresh database (SQLite and PostgreSQL)."""
    built = open_context(database_url, rules=rules)
    yield built
    built.close()


@pytest.fixture
def sqlite_context(tmp_path, rules):
    """The services on a fresh SQLite file, for what lives in files beside it (backups)."""
    built = open_context(str(tmp_path / "data" / "consult.sqlite3"), rules=rules)
    yield built
    built.close()


@pytest.fixture(scope="session")
def rules_dir() -> Path:
    return resource_path("rules")


def _make_assessment(
    findings=(),
    *,
    fitzpatrick=2,
    flags=None,
    dates=None,
    born=dt.date(1990, 5, 1),
    date=dt.date(2026, 11, 24),
    grade=None,
    start=None,
) -> Assessment:
    """An assessment for tests; findings as (zone, type, count) or Finding objects."""
    built = tuple(f if isinstance(f, Finding) else Finding(*f) for f in findings)
    return Assessment(
        date=date,
        patient=Patient("Test Patient", born, fitzpatrick),
        screening=ScreeningAnswers(flags or {}, dates or {}),
        findings=built,
        global_grade=grade,
        plan_start=start,
    )


@pytest.fixture
def make_assessment(rules):
    """Build an `Assessment` from short arguments (see `_make_assessment`). Every block item
    is answered no unless `flags` says otherwise, or `blocks_answered=False` leaves them
    unanswered (a plan is `incomplete` until they are answered)."""
    blocks_no = {item.id: False for item in rules.screening.values() if item.level == "block"}

    def make(findings=(), *, flags=None, blocks_answered=True, **fields) -> Assessment:
        answers = {**(blocks_no if blocks_answered else {}), **(flags or {})}
        return _make_assessment(findings, flags=answers, **fields)

    return make


# Where a phone puts the patient's position: Hyde Park, London (invented for the tests).
GPS_LATITUDE = (51.0, 30.0, 26.0)


def _write_photo(path: Path, colour: str = "#c89f8a", gps: bool = False) -> Path:
    """A real picture (40 × 20) in the format its suffix names; with `gps`, EXIF as a phone
    writes it: turned a quarter (orientation 6), camera make and model, and a GPS position."""
    from PIL import ExifTags, Image

    picture = Image.new("RGB", (40, 20), colour)
    kind = {".jpg": "JPEG", ".jpeg": "JPEG", ".png": "PNG", ".webp": "WEBP"}.get(
        path.suffix.lower(), "TIFF"
    )
    options = {}
    if gps:
        exif = Image.Exif()
        exif[ExifTags.Base.Orientation] = 6
        exif[ExifTags.Base.Make] = "PhoneMaker"
        exif[ExifTags.Base.Model] = "Phone 15 Pro"
        position = exif.get_ifd(ExifTags.IFD.GPSInfo)
        position[ExifTags.GPS.GPSLatitudeRef] = "N"
        position[ExifTags.GPS.GPSLatitude] = GPS_LATITUDE
        position[ExifTags.GPS.GPSLongitudeRef] = "W"
        position[ExifTags.GPS.GPSLongitude] = (0.0, 9.0, 35.0)
        options["exif"] = exif
    picture.save(path, kind, **options)
    return path


@pytest.fixture
def make_photo():
    """Write a real picture file for a test (see `_write_photo`)."""
    return _write_photo


# The date a test photo without EXIF was taken, as entered at import.
PHOTO_TAKEN = dt.datetime(2026, 11, 2, 10, 30)


def _import_photo(context, patient_id, source, zone="", visit=None, taken_at=PHOTO_TAKEN, **fields):
    """Import one photo through `context`'s service (a close-up when given a zone, else the
    front)."""
    from consult.domain.photo import PhotoView
    from consult.services.photos import PhotoImport

    view = PhotoView.CLOSEUP if zone else PhotoView.FRONT
    item = PhotoImport(source, view, zone, visit, taken_at=taken_at, **fields)
    (photo,) = context.photos.import_photos(patient_id, [item])
    return photo


@pytest.fixture
def import_photo():
    """Import one photo into a given context (see `_import_photo`)."""
    return _import_photo


@pytest.fixture
def add_photo(context):
    """Import one photo into the test's context (see `_import_photo`)."""
    return functools.partial(_import_photo, context)


COURSE_BLOCKS = (
    "active_acne",
    "active_infection",
    "active_cold_sore",
    "active_sunburn",
    "pregnant_or_breastfeeding",
    "radiotherapy_last_3_months",
    "skin_cancer_in_area",
)


@pytest.fixture
def make_course():
    """`make(context, sessions=0)`: a patient with a final consultation (200 days ago, two
    zones, grade 3) planning sessions, a practitioner, and that many finalised sessions 4
    weeks apart using lot CART-77. Returns (patient, consultation, practitioner)."""
    from consult.domain.consultation import ConsultationDraft
    from consult.domain.records import PatientDetails
    from consult.domain.treatment import Lot, SessionDraft

    def make(context, sessions=0, name=("Ana", "Silva")):
        start = dt.date.today() - dt.timedelta(days=200)
        patient = context.patients.create(PatientDetails(*name, dt.date(1990, 1, 1), fitzpatrick=2))
        draft = ConsultationDraft(
            date=start,
            screening=ScreeningAnswers(
                dict.fromkeys(COURSE_BLOCKS, False), {"isotretinoin_last_dose": None}
            ),
            findings=(
                Finding("cheek_left", "rolling_moderate", 14),
                Finding("forehead", "boxcar_shallow", 6),
            ),
            global_grade=3,
        )
        started = context.consultations.start(patient.id, draft)
        consultation = context.consultations.finalise(started.id)
        practitioner = context.practitioners.add(f"Dr {name[1]}")
        for number in range(1, sessions + 1):
            day = start + dt.timedelta(weeks=4 * number)
            session = context.course.start_session(
                patient.id,
                SessionDraft(
                    date=day,
                    consultation_id=consultation.id,
                    number=number,
                    practitioner_id=practitioner.id,
                    check=dict.fromkeys(context.rules.course.checks, False),
                    device="pen",
                    lots={"cartridge": Lot("CART-77", day + dt.timedelta(days=300))},
                    depths_mm=dict(consultation.plan.depths_mm),
                    endpoint="even_redness",
                ),
            )
            context.course.finalise_session(session.id, practitioner.id)
        return patient, consultation, practitioner

    return make
