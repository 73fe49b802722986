"""`consult erase`: the typed confirmation, one-line refusals with exit 2, and the issue's
acceptance: an erased demo patient stays erased after a backup from before is restored."""

import io
import json
import sqlite3
from contextlib import closing

import pytest

from consult.cli import main
from consult.services.context import open_context
from consult.services.demo import DemoService


@pytest.fixture
def demo(tmp_path, rules, make_photo, import_photo):
    """A demo database of 4 patients, patient 2 with a photo."""
    path = tmp_path / "data" / "consult.sqlite3"
    context = open_context(str(path), rules=rules)
    try:
        DemoService(context.database, context.rules).fill(4, 1)
        import_photo(context, 2, make_photo(tmp_path / "face.jpg"))
        name = context.patients.get(2).details
    finally:
        context.close()
    return path, name


def _run(capsys, *argv, typed=None, monkeypatch=None):
    if typed is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(typed))
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def test_refusals_are_one_line_with_exit_2(demo, capsys, monkeypatch):
    path, _name = demo
    db = f"--db={path}"
    cases = [
        ((db, "erase", "2", "--yes"), None, "--reason: give the reason"),
        ((db, "erase", "99", "--reason", "request", "--yes"), None, "no patient with id 99"),
        (
            (db, "erase", "2", "--reason", "request", "--early-reason", "duplicate"),
            "3\n",
            "type the patient number 2",
        ),
        ((db, "erase", "2", "--reason", "request", "--yes"), None, "needs a second reason"),
    ]
    for argv, typed, said in cases:
        code, _out, err = _run(capsys, *argv, typed=typed, monkeypatch=monkeypatch)
        lines = [line for line in err.splitlines() if line.startswith("consult")]
        assert code == 2 and len(lines) == 1 and said in lines[0], err
    with pytest.raises(SystemExit) as usage:
        main([db, "erase", "x", "--reason", "request"])
    assert usage.value.code == 2 and "not a patient id" in capsys.readouterr().err
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("SELECT count(*) FROM patient").fetchone() == (4,)


def test_what_can_be_checked_is_refused_before_the_number_is_asked(demo, capsys, monkeypatch):
    path, name = demo
    db = f"--db={path}"
    cases = [
        ((db, "erase", "2", "--reason", "request"), "needs a second reason"),
        ((db, "erase", "2", "--reason", f"{name.family_name} asked"), "must not name the patient"),
        (
            (db, "erase", "2", "--reason", "request", "--early-reason", name.family_name),
            "must not name the patient",
        ),
        ((db, "erase", "99", "--reason", "request"), "no patient with id 99"),
    ]
    for argv, said in cases:
        # The right number is there to be typed: a refusal comes without it being read.
        code, _out, err = _run(capsys, *argv, typed="2\n", monkeypatch=monkeypatch)
        assert code == 2 and said in err and "Type the patient number" not in err, err
        assert name.family_name not in err
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("SELECT count(*) FROM patient").fetchone() == (4,)


def test_erase_acceptance_stays_erased_after_restoring_an_older_backup(demo, capsys, monkeypatch):
    path, name = demo
    db = f"--db={path}"
    photos = path.parent / "photos" / "2"
    assert any(photos.iterdir())
    assert main([db, "backup"]) == 0
    archive = capsys.readouterr().out.strip()

    code, out, err = _run(
        capsys,
        db,
        "erase",
        "2",
        "--reason",
        "patient request under Art. 17(1)(b)",
        "--early-reason",
        "no treatment given by this clinic is still followed",
        typed="2\n",
        monkeypatch=monkeypatch,
    )
    assert code == 0 and "patient 2 erased" in out
    assert name.family_name not in out + err  # the name is never printed
    assert not photos.exists()
    assert main([db, "export", "2"]) == 2
    assert "no patient with id 2" in capsys.readouterr().err
    with closing(sqlite3.connect(path)) as connection:
        found = connection.execute(
            "SELECT count(*) FROM patient_search_token WHERE patient_id = 2"
        ).fetchone()
        (detail,) = connection.execute(
            "SELECT detail FROM audit_event WHERE action = 'patient.erase' AND record_id = 2"
        ).fetchone()
    assert found == (0,)
    assert name.family_name not in detail and name.given_names not in detail
    assert json.loads(detail)["reason"] == "patient request under Art. 17(1)(b)"

    assert main([db, "restore", archive]) == 0
    assert "erased again: 1" in capsys.readouterr().out
    assert main([db, "export", "2"]) == 2
    capsys.readouterr()
    assert not photos.exists()
    assert main([db, "export", "3"]) == 0  # the others are back as the backup had them
    assert json.loads(capsys.readouterr().out)["patient"]["id"] == 3
    context = open_context(str(path))
    try:
        assert context.patients.search(name.family_name) == []
        assert [e.patient_id for e in context.erasure.entries()] == [2]
    finally:
        context.close()
    with closing(sqlite3.connect(path)) as connection:
        actors = connection.execute(
            "SELECT actor FROM audit_event WHERE action = 'patient.erase' AND record_id = 2"
        ).fetchall()
    assert actors == [("restore",)]  # the restored log says it was erased again
