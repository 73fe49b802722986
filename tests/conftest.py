"""Shared fixtures: offscreen Qt, a private CONSULT_HOME per test, the shipped rules."""

import datetime as dt
import os
from pathlib import Path

import pytest

# Set before anything imports Qt: GUI tests never need a screen.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

from consult.config import resource_path
from consult.domain.model import Assessment, Finding, Patient, ScreeningAnswers
from consult.domain.rules import Rules, load_rules
from consult.services.context import open_context

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


@pytest.fixture(scope="session")
def rules() -> Rules:
    return load_rules(resource_path("rules"))


@pytest.fixture
def context(tmp_path, rules):
    """The services on a fresh SQLite database in a temporary folder."""
    built = open_context(str(tmp_path / "data" / "consult.sqlite3"), rules)
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
def make_assessment():
    """Build an `Assessment` from short arguments (see `_make_assessment`)."""
    return _make_assessment
