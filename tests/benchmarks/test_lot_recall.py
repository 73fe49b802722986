"""Budget on a lot recall in a 100,000-patient demo database (issue 18).

Run on demand: pytest tests/benchmarks -m benchmark --benchmark-enable
"""

import sqlite3
from contextlib import closing

import pytest

from consult.services.course import CourseService
from consult.store.database import open_database

LOTS_BUDGET_SECONDS = 0.050


@pytest.fixture(scope="module")
def course(demo_file, rules):
    database = open_database(f"sqlite:///{demo_file}")
    yield CourseService(database, rules)
    database.engine.dispose()


def _busiest_lot(path):
    """The cartridge lot used by the most sessions: the slowest recall the demo holds."""
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(
            "SELECT l.number, count(*) FROM treatment_session s "
            "JOIN session_kit k ON k.id = s.kit_id "
            "JOIN consumable_lot l ON l.id = k.cartridge_lot_id "
            "GROUP BY l.number ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()


def test_consult_lots_finds_every_session_of_a_lot_in_under_50_ms(benchmark, course, demo_file):
    number, sessions = _busiest_lot(demo_file)
    found = benchmark.pedantic(course.lot_uses, args=(number,), rounds=20, warmup_rounds=2)
    print(
        f"\nlot {number}: {len(found)} sessions, median {benchmark.stats.stats.median * 1e3:.1f} ms"
    )
    assert len({use.session_id for use in found}) == sessions
    assert benchmark.stats.stats.median < LOTS_BUDGET_SECONDS
