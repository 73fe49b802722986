"""`consult consent`: the latest signed consent written out, and a signed PDF checked: exit 0
when valid and stored, 2 with one line naming what differs."""

import datetime as dt

import pytest

from consult.cli import main
from consult.domain.consent import ConsentAnswers, Party, Signature
from consult.services.context import open_context

PASSWORD = "clinic secret"
SIGNATURE = Signature.drawn([[(0.1, 0.5, 0.5), (0.4, 0.2, 0.7), (0.7, 0.6, 0.4)]])


@pytest.fixture
def signed(tmp_path, make_course):
    """A database with one patient whose treatment consent is signed; (db, patient id)."""
    db = tmp_path / "data" / "c.sqlite3"
    context = open_context(str(db))
    try:
        patient, _, _ = make_course(context)
        context.consents.create_certificate("Skin Clinic", PASSWORD)
        consultation_id, given = context.consents.current_form_input(patient.id)
        form = context.consents.treatment_form(given)
        answers = ConsentAnswers(
            form.kind,
            form.version,
            form.language,
            dt.date.today(),
            form.statements,
            (True,) * len(form.statements),
            Party("Ana Silva", SIGNATURE),
            Party("Dr Okafor", SIGNATURE),
        )
        context.consents.sign_treatment(patient.id, consultation_id, given, answers, PASSWORD)
    finally:
        context.close()
    return db, patient.id


def test_written_then_verified_then_one_byte_changed(signed, tmp_path, capsys):
    db, patient_id = signed
    out = tmp_path / "x.pdf"
    assert main(["--db", str(db), "consent", str(patient_id), "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert main(["--db", str(db), "consent", "--verify", str(out)]) == 0
    assert "valid" in capsys.readouterr().out

    data = bytearray(out.read_bytes())
    data[data.index(b"stream") + 30] ^= 0x01
    changed = tmp_path / "changed.pdf"
    changed.write_bytes(bytes(data))
    assert main(["--db", str(db), "consent", "--verify", str(changed)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "modified after signing" in err


def test_a_pdf_never_signed_and_a_patient_without_consent(signed, tmp_path, capsys):
    db, _ = signed
    plain = tmp_path / "plain.pdf"
    context = open_context(str(db))
    try:
        other = context.patients.create(
            context.patients.get(1).details.__class__("Rui", "Costa", dt.date(1980, 1, 1))
        )
    finally:
        context.close()
    assert main(["--db", str(db), "consent", str(other.id), "-o", str(plain)]) == 2
    assert capsys.readouterr().err.strip() == "consult: the patient has no signed consent"
    assert not plain.exists()
    plain.write_bytes(b"%PDF-1.4\n%%EOF\n")
    assert main(["--db", str(db), "consent", "--verify", str(plain)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and ("not signed" in err or "not a readable PDF" in err)


def test_without_the_database_the_signature_alone_is_checked(signed, tmp_path, capsys):
    db, patient_id = signed
    out = tmp_path / "x.pdf"
    assert main(["--db", str(db), "consent", str(patient_id), "-o", str(out)]) == 0
    # The file handed on to someone without the clinic's database: still checkable.
    elsewhere = tmp_path / "elsewhere" / "none.sqlite3"
    elsewhere.parent.mkdir()
    assert main(["--db", str(elsewhere), "consent", "--verify", str(out)]) == 0
    assert not elsewhere.exists()


@pytest.mark.parametrize(
    "arguments",
    [["consent"], ["consent", "3"], ["consent", "3", "--verify", "x.pdf"], ["consent", "-o", "x"]],
)
def test_a_wrong_combination_is_one_line_with_exit_2(tmp_path, capsys, arguments):
    assert main(["--db", str(tmp_path / "c.sqlite3"), *arguments]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("consult consent: ")
    assert not (tmp_path / "c.sqlite3").exists()


def test_a_file_that_is_not_there_is_one_line(tmp_path, capsys):
    assert main(["--db", str(tmp_path / "c.sqlite3"), "consent", "--verify", "none.pdf"]) == 2
    assert capsys.readouterr().err.count("\n") == 1


def _files(folder):
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def test_verifying_reads_the_database_without_writing_it(signed, tmp_path, capsys):
    db, patient_id = signed
    out = tmp_path / "x.pdf"
    assert main(["--db", str(db), "consent", str(patient_id), "-o", str(out)]) == 0
    before = _files(db.parent)
    assert main(["--db", str(db), "consent", "--verify", str(out)]) == 0
    assert "the consent stored" in capsys.readouterr().out
    # Not a byte changed, no journal or copy made beside it.
    assert _files(db.parent) == before


def test_an_older_database_is_named_in_one_line_and_left_as_it_is(tmp_path, capsys):
    from alembic import command
    from sqlalchemy import create_engine

    from consult.store.database import alembic_config, current_revision

    db = tmp_path / "data" / "old.sqlite3"
    db.parent.mkdir()
    engine = create_engine(f"sqlite:///{db}")
    command.upgrade(alembic_config(engine), "0007")
    engine.dispose()
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")
    before = _files(db.parent)
    assert main(["--db", str(db), "consent", "--verify", str(pdf)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "schema 0007, older than" in err and "left as it is" in err
    assert _files(db.parent) == before
    engine = create_engine(f"sqlite:///{db}")
    assert current_revision(engine) == "0007"
    engine.dispose()
