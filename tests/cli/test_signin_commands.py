"""Commands sign in: the password from a file or CONSULT_PASSWORD_FILE, a new database makes
its admin (encrypted), a wrong or missing password and a refused role exit 2 in one line."""

import os
import subprocess
import sys

import pytest
from sqlalchemy import text

from consult.cli import main
from consult.services.access import sign_in
from consult.services.context import open_context
from consult.store.keyslots import key_file


def _one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


@pytest.fixture
def clinic_db(tmp_path, capsys) -> str:
    """A demo database made with the test password (its admin: admin)."""
    path = tmp_path / "clinic.sqlite3"
    assert main(["demo", "--patients", "2", "--db", str(path)]) == 0
    capsys.readouterr()
    return str(path)


def test_demo_on_a_new_database_makes_an_encrypted_one_and_its_admin(
    tmp_path, capsys, test_password
):
    path = tmp_path / "new.sqlite3"
    assert main(["demo", "--patients", "2", "--db", str(path)]) == 0
    captured = capsys.readouterr()
    assert "2 demo patients" in captured.out
    assert "recovery key" in _one_line(captured.err)  # shown once, never on stdout
    assert key_file(path).exists()
    assert not path.read_bytes().startswith(b"SQLite format 3")
    signed_in = sign_in(str(path), None, test_password)
    assert signed_in.account.username == "admin" and signed_in.key is not None
    context = open_context(str(path), signed_in)
    try:
        with context.database.read() as session:
            assert session.execute(text("SELECT count(*) FROM patient")).scalar() == 2
    finally:
        context.close()


def test_a_command_works_with_the_password_file(clinic_db, tmp_path, capsys, test_password):
    password = tmp_path / "pw.txt"
    password.write_text(test_password + "\n", encoding="utf-8")
    assert main(["lots", "NOLOT1", "--db", clinic_db, "--password-file", str(password)]) == 0
    assert "no session used lot" in capsys.readouterr().err


def test_a_wrong_password_exits_2_in_one_line(clinic_db, tmp_path, capsys, monkeypatch):
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the password\n", encoding="utf-8")
    monkeypatch.setenv("CONSULT_PASSWORD_FILE", str(wrong))
    assert main(["lots", "X1", "--db", clinic_db]) == 2
    assert _one_line(capsys.readouterr().err) == "consult: the password is not right"


def test_no_password_exits_2_saying_how_to_give_it(clinic_db, tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("CONSULT_PASSWORD_FILE")
    assert main(["lots", "X1", "--db", clinic_db]) == 2
    assert "--password-file" in _one_line(capsys.readouterr().err)
    assert main(["demo", "--patients", "1", "--db", str(tmp_path / "new.sqlite3")]) == 2
    assert "new database needs a password" in _one_line(capsys.readouterr().err)
    assert not (tmp_path / "new.sqlite3").exists()


def test_reception_is_refused_a_clinical_command_and_users(clinic_db, tmp_path, capsys):
    reception = tmp_path / "rita.txt"
    reception.write_text("rita password\n", encoding="utf-8")
    add = ["users", "add", "rita", "--role", "reception", "--db", clinic_db]
    assert main([*add, "--new-password-file", str(reception)]) == 0
    capsys.readouterr()
    as_rita = ["--db", clinic_db, "--password-file", str(reception), "--user", "rita"]
    assert main(["progress", "1", "-o", str(tmp_path / "p.pdf"), *as_rita]) == 2
    assert "clinical records" in _one_line(capsys.readouterr().err)
    assert not (tmp_path / "p.pdf").exists()
    assert main(["users", *as_rita]) == 2
    assert "admin" in _one_line(capsys.readouterr().err)
    assert main(["users", "--db", clinic_db]) == 0
    assert capsys.readouterr().out.split() == [
        "admin",
        "admin",
        "Administrator",
        "rita",
        "reception",
        "rita",
    ]


def test_a_database_from_before_accounts_works_as_before(tmp_path, capsys, monkeypatch):
    path = tmp_path / "old.sqlite3"
    open_context(str(path)).close()  # made as before accounts: no admin, plain
    monkeypatch.delenv("CONSULT_PASSWORD_FILE")
    assert main(["lots", "X1", "--db", str(path)]) == 0
    assert not key_file(path).exists()


def test_wrong_password_in_a_subprocess_with_real_hashing(clinic_db, tmp_path):
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the password\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "consult", "lots", "X1", "--db", clinic_db],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "CONSULT_PASSWORD_FILE": str(wrong)},
    )
    assert done.returncode == 2
    assert done.stderr == "consult: the password is not right\n"
    assert done.stdout == ""
