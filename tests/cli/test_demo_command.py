"""`consult demo`: fills an empty database, refuses one with patients, one line on bad input."""

import subprocess
import sys

import pytest
from sqlalchemy import text

from consult.cli import main
from consult.services.access import sign_in
from consult.services.context import open_context


def test_demo_fills_the_database_named_by_db_and_prints_a_summary(tmp_path, capsys, test_password):
    path = tmp_path / "demo.sqlite3"
    assert main(["demo", "--patients", "30", "--seed", "4", "--db", str(path)]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1
    assert "30 demo patients" in out[0] and "consultations" in out[0] and " s" in out[0]
    assert "12 signed consents" in out[0]
    context = open_context(str(path), sign_in(str(path), "admin", test_password))
    try:
        with context.database.read() as session:
            assert session.execute(text("SELECT count(*) FROM patient")).scalar() == 30
    finally:
        context.close()


def test_demo_uses_consult_db_when_no_db_is_given(tmp_path, monkeypatch, capsys):
    path = tmp_path / "env.sqlite3"
    monkeypatch.setenv("CONSULT_DB", str(path))
    assert main(["demo", "--patients", "5"]) == 0
    assert str(path) in capsys.readouterr().out


def test_a_database_with_patients_is_refused_in_one_line(tmp_path, capsys):
    path = str(tmp_path / "clinic.sqlite3")
    assert main(["demo", "--patients", "3", "--db", path]) == 0
    capsys.readouterr()
    assert main(["demo", "--patients", "3", "--db", path]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("consult: ") and "already holds 3 patients" in err


@pytest.mark.parametrize("count", ["0", "-5", "1000001", "many", "2.5"])
def test_a_bad_count_exits_2_with_one_line_and_no_database(tmp_path, count):
    path = tmp_path / "never.sqlite3"
    done = subprocess.run(
        [sys.executable, "-m", "consult", "demo", "--patients", count, "--db", str(path)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1
    assert "--patients" in done.stderr and "1 to 1,000,000" in done.stderr
    assert "Traceback" not in done.stderr
    assert not path.exists()


def test_a_missing_count_exits_2_with_one_line(capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["demo"])
    assert stopped.value.code == 2
    assert capsys.readouterr().err.count("\n") == 1
