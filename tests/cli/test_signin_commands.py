"""Commands sign in: the password from a file or CONSULT_PASSWORD_FILE, a new database makes
its admin (encrypted), a wrong or missing password and a refused role exit 2 in one line;
the recovery key opens the database when the password is lost; `consult encrypt` converts a
plain one (issue 21, point 5 and its acceptance)."""

import datetime as dt
import hashlib
import itertools
import json
import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from consult.cli import main
from consult.config import resource_path
from consult.domain.records import PatientDetails
from consult.services import access
from consult.services.access import sign_in
from consult.services.context import open_context
from consult.store.database import copy_sqlite
from consult.store.keyslots import key_file
from consult.store.sealed_files import MAGIC


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


def test_reception_cannot_export_a_record_or_the_practice_or_audit_outcomes(
    clinic_db, tmp_path, capsys
):
    reception = tmp_path / "rita.txt"
    reception.write_text("rita password\n", encoding="utf-8")
    add = ["users", "add", "rita", "--role", "reception", "--db", clinic_db]
    assert main([*add, "--new-password-file", str(reception)]) == 0
    capsys.readouterr()
    as_rita = ["--db", clinic_db, "--password-file", str(reception), "--user", "rita"]
    refused = [
        ["export", "1"],
        ["export", "1", "-o", str(tmp_path / "one.json")],
        ["export", "1", "--format", "fhir-r5"],
        ["export", "1", "--format", "fhir-r4b"],
        ["export", "--all", "-o", str(tmp_path / "practice")],
        ["audit-outcomes"],
        ["audit-outcomes", "-o", str(tmp_path / "audit.csv")],
    ]
    before = sorted(tmp_path.iterdir())
    for command in refused:
        assert main([*command, *as_rita]) == 2, command
        captured = capsys.readouterr()
        assert "clinical records" in _one_line(captured.err), command
        assert captured.out == "", command
    assert sorted(tmp_path.iterdir()) == before  # nothing written, not even a folder
    # The admin (a practitioner too) still exports.
    assert main(["export", "1", "--db", clinic_db]) == 0
    assert json.loads(capsys.readouterr().out)["patient"]["id"] == 1


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


# --- issue 21, point 5: every command, the recovery key, `consult encrypt` -----------------

EXAMPLE = str(resource_path("examples", "assessment.json"))


def _commands(tmp_path, archive):
    """Every command that opens the database, as a user would run it; each writes only into
    a path of its own under tmp_path."""
    return {
        "export": ["export", "1"],
        "export --all": ["export", "--all", "-o", str(tmp_path / "practice")],
        "progress": ["progress", "1", "-o", str(tmp_path / "progress.pdf")],
        "consent": ["consent", "1", "-o", str(tmp_path / "consent.pdf")],
        "lots": ["lots", "NOLOT1", "--json"],
        "audit-outcomes": ["audit-outcomes"],
        "handout": ["handout", EXAMPLE, "-o", str(tmp_path / "handout.pdf")],
        "users": ["users"],
        "backup": ["backup", str(tmp_path / "backups")],
        "restore": ["restore", str(archive)],
        "erase": ["erase", "2", "--reason", "request", "--early-reason", "duplicate", "--yes"],
    }


def test_every_command_refuses_a_wrong_password_and_works_with_the_right_one(
    clinic_db, tmp_path, capsys, monkeypatch, password_file
):
    assert main(["backup", str(tmp_path / "kept"), "--db", clinic_db]) == 0
    archive = capsys.readouterr().out.strip()
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the password\n", encoding="utf-8")
    # An hour between attempts: the growing delays after five wrong ones are not tested here.
    hours = (dt.datetime(2026, 12, 1) + dt.timedelta(hours=n) for n in itertools.count())
    monkeypatch.setattr(access, "clock", lambda: next(hours))
    commands = _commands(tmp_path, archive)
    monkeypatch.setenv("CONSULT_PASSWORD_FILE", str(wrong))
    before = sorted(tmp_path.rglob("*"))
    for name, argv in commands.items():
        assert main([*argv, "--db", clinic_db]) == 2, name
        captured = capsys.readouterr()
        assert _one_line(captured.err) == "consult: the password is not right", name
        assert captured.out == "", name
    # Nothing written or replaced; only the wrong attempts were counted.
    counted = access.attempts_file(Path(clinic_db))
    assert sorted(set(tmp_path.rglob("*")) - {counted}) == before

    monkeypatch.setenv("CONSULT_PASSWORD_FILE", str(password_file))
    for name, argv in commands.items():
        assert main([*argv, "--db", clinic_db]) == 0, (name, capsys.readouterr().err)
        assert capsys.readouterr().out, name
    assert (tmp_path / "progress.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "consent.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "handout.pdf").read_bytes().startswith(b"%PDF")


def test_export_all_writes_the_photos_of_an_encrypted_database_opened(clinic_db, tmp_path, capsys):
    out = tmp_path / "practice"
    assert main(["export", "--all", "-o", str(out), "--db", clinic_db]) == 0
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    assert manifest["photo_files"] and not manifest["missing_photo_files"]
    for photo in manifest["photo_files"]:
        content = (out / photo["file"]).read_bytes()
        assert not content.startswith(MAGIC) and content.startswith(b"\xff\xd8")
        assert hashlib.sha256(content).hexdigest() == photo["sha256"] == photo["copied_sha256"]


def test_consent_verify_reads_an_encrypted_database_with_the_password(
    clinic_db, tmp_path, capsys, monkeypatch
):
    signed = tmp_path / "consent.pdf"
    assert main(["consent", "1", "-o", str(signed), "--db", clinic_db]) == 0
    capsys.readouterr()
    assert main(["consent", "--verify", str(signed), "--db", clinic_db]) == 0
    verified = capsys.readouterr().out
    assert ": valid, " in verified and "(the consent stored;" in verified
    monkeypatch.delenv("CONSULT_PASSWORD_FILE")
    assert main(["consent", "--verify", str(signed), "--db", clinic_db]) == 2
    assert "--password-file" in _one_line(capsys.readouterr().err)


def _recovery_key(err: str) -> str:
    (found,) = re.findall(r"recovery key[^:]*: (\S+)$", err, re.MULTILINE)
    return found


def test_the_recovery_key_opens_the_database_and_gives_the_admin_a_new_password(
    tmp_path, capsys, monkeypatch, test_password
):
    path = str(tmp_path / "clinic.sqlite3")
    assert main(["demo", "--patients", "1", "--db", path]) == 0
    recovery = tmp_path / "recovery.txt"
    recovery.write_text(_recovery_key(capsys.readouterr().err) + "\n", encoding="utf-8")
    new = tmp_path / "new.txt"
    new.write_text("a new password\n", encoding="utf-8")
    monkeypatch.setenv("CONSULT_PASSWORD_FILE", str(recovery))  # the password is lost
    assert main(["lots", "NOLOT1", "--db", path]) == 0
    capsys.readouterr()
    passwd = ["users", "passwd", "admin", "--new-password-file", str(new), "--db", path]
    assert main(passwd) == 0
    assert capsys.readouterr().out == "consult: the password of admin is changed\n"
    assert sign_in(path, "admin", "a new password").key is not None
    with pytest.raises(access.SignInRefused):
        sign_in(path, "admin", test_password)


def _demo_people(export_folder) -> list[bytes]:
    """The names and birth dates of the patients in a practice export, as bytes to look for
    (names in UTF-8 and UTF-16, as a database may hold them)."""
    found = []
    for record in (export_folder / "patients").glob("patient-*.json"):
        patient = json.loads(record.read_text("utf-8"))["patient"]
        born = dt.date.fromisoformat(patient["date_of_birth"])
        for name in (patient["given_names"], patient["family_name"]):
            found += [name.encode("utf-8"), name.encode("utf-16-le")]
        found += [born.isoformat().encode(), f"{born:%d/%m/%Y}".encode()]
    return found


def test_a_new_database_its_log_photos_and_backups_hold_no_patient_in_plain_bytes(
    tmp_path, capsys, test_password
):
    folder = tmp_path / "data"
    path = folder / "consult.sqlite3"
    assert main(["demo", "--patients", "3", "--db", str(path)]) == 0
    assert main(["backup", "--db", str(path)]) == 0
    assert main(["export", "--all", "-o", str(tmp_path / "export"), "--db", str(path)]) == 0
    capsys.readouterr()
    people = _demo_people(tmp_path / "export")
    assert len(people) == 3 * 6
    # Open, a write in its log: the -wal is read while the database is in use.
    context = open_context(str(path), sign_in(str(path), None, test_password))
    try:
        context.patients.create(PatientDetails("Zephyrine", "Quaglietti", dt.date(1983, 7, 19)))
        people += [b"Zephyrine", b"Quaglietti", b"1983-07-19"]
        wal = path.with_name(path.name + "-wal")
        assert wal.stat().st_size > 0
        files = [file for file in folder.rglob("*") if file.is_file()]
        assert {file.suffix for file in files} >= {".sqlite3", ".zip", ".keys", ".jpg"}
        for file in files:
            content = file.read_bytes()
            assert [person for person in people if person in content] == [], file
    finally:
        context.close()
    assert not path.read_bytes().startswith(b"SQLite format 3")


def test_encrypt_converts_a_plain_database_and_names_the_plain_files_left(
    tmp_path, capsys, test_password
):
    path = tmp_path / "clinic.sqlite3"
    open_context(str(path)).close()  # from before accounts: plain, no admin
    assert main(["demo", "--patients", "2", "--db", str(path)]) == 0
    capsys.readouterr()
    assert main(["backup", "--db", str(path)]) == 0
    older = capsys.readouterr().out.strip()
    assert main(["restore", older, "--db", str(path)]) == 0  # keeps the plain ones aside
    capsys.readouterr()
    (kept_photos,) = tmp_path.glob("photos.replaced-*")
    (kept_database,) = tmp_path.glob("clinic.sqlite3.replaced-*")
    assert path.read_bytes().startswith(b"SQLite format 3")

    assert main(["encrypt", "--db", str(path)]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith(f"Encrypted {path} and ")
    recovery = _recovery_key(captured.err)  # on stderr, once
    assert recovery not in captured.out
    for left in (older, kept_photos, kept_database):
        assert f"still plain, with patient data: {left}; delete it" in captured.err
    assert key_file(path).exists() and not path.read_bytes().startswith(b"SQLite format 3")
    signed_in = sign_in(str(path), None, test_password)
    assert signed_in.account.username == "admin" and signed_in.key is not None
    assert sign_in(str(path), None, recovery).by_recovery_key
    assert main(["lots", "NOLOT1", "--json", "--db", str(path)]) == 0
    assert capsys.readouterr().out == "[]\n"

    assert main(["encrypt", "--db", str(path)]) == 2
    assert "is encrypted already" in _one_line(capsys.readouterr().err)


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_every_file_the_encryption_makes_is_private_whatever_the_umask(
    tmp_path, capsys, test_password
):
    folder = tmp_path / "data"
    path = folder / "clinic.sqlite3"
    was = os.umask(0o022)  # the usual umask: a file made without care is 0644
    try:
        open_context(str(path)).close()  # from before accounts: plain, no admin
        assert main(["demo", "--patients", "2", "--db", str(path)]) == 0
        assert main(["backup", "--db", str(path)]) == 0
        assert main(["encrypt", "--db", str(path)]) == 0
        # As `encrypt` leaves it: a later command's opening would make it private anyway.
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert main(["backup", "--db", str(path)]) == 0
        wrong = tmp_path / "wrong.txt"
        wrong.write_text("not the password\n", encoding="utf-8")
        assert main(["lots", "X1", "--db", str(path), "--password-file", str(wrong)]) == 2
        # An upgrade's copy of the encrypted file, as the next schema's start makes it.
        key = sign_in(str(path), None, test_password).key
        copy_sqlite(path, path.with_name(f"{path.name}.before-0099"), key=key)
    finally:
        os.umask(was)
    capsys.readouterr()
    made = sorted(folder.rglob("*"))
    names = {p.name for p in made}
    assert {path.name, f"{path.name}.keys", f"{path.name}.signin"} <= names
    assert any(n.startswith(f"{path.name}.before-") for n in names)
    assert any(n.endswith(".zip") for n in names)
    sealed = [p for p in made if p.is_file() and p.read_bytes().startswith(MAGIC)]
    assert len(sealed) >= 2  # photos and their thumbnails
    modes = {p.relative_to(folder): stat.S_IMODE(p.stat().st_mode) for p in [folder, *made]}
    assert {
        p: m for p, m in modes.items() if m != (0o700 if (folder / p).is_dir() else 0o600)
    } == {}


def test_encrypt_is_the_admins_and_the_others_get_a_new_password(tmp_path, capsys, test_password):
    path = str(tmp_path / "clinic.sqlite3")
    access.set_up(path, "admin", "Administrator", test_password, encrypt=False)
    rita = tmp_path / "rita.txt"
    rita.write_text("rita password\n", encoding="utf-8")
    add = ["users", "add", "rita", "--role", "reception", "--new-password-file", str(rita)]
    assert main([*add, "--db", path]) == 0
    capsys.readouterr()
    as_rita = ["--db", path, "--password-file", str(rita), "--user", "rita"]

    assert main(["encrypt", *as_rita]) == 2
    assert _one_line(capsys.readouterr().err) == "consult: only an admin may encrypt the database"
    assert not key_file(Path(path)).exists()

    assert main(["encrypt", "--db", path]) == 0
    assert "rita sign in again once an admin gives each a new password" in capsys.readouterr().err
    with pytest.raises(access.SignInRefused):  # her password wraps no key slot yet
        sign_in(path, "rita", "rita password")
    passwd = ["users", "passwd", "rita", "--new-password-file", str(rita), "--db", path]
    assert main(passwd) == 0
    assert sign_in(path, "rita", "rita password").account.username == "rita"


def test_encrypt_refuses_a_server_database_and_a_missing_file(tmp_path, capsys):
    assert main(["encrypt", "--db", "postgresql://nobody@127.0.0.1:1/none"]) == 2
    assert "encrypted at rest by its server" in _one_line(capsys.readouterr().err)
    assert main(["encrypt", "--db", str(tmp_path / "none.sqlite3")]) == 2
    assert "no database is there" in _one_line(capsys.readouterr().err)
    assert not (tmp_path / "none.sqlite3").exists()
    (tmp_path / "empty.sqlite3").touch()
    assert main(["encrypt", "--db", str(tmp_path / "empty.sqlite3")]) == 2
    assert "is empty; a new database is made encrypted" in _one_line(capsys.readouterr().err)
    assert (tmp_path / "empty.sqlite3").read_bytes() == b""
