"""`consult consent`: the latest signed consent written out, and a signed PDF checked: exit 0
when valid and stored, 2 with one line naming what differs."""

import datetime as dt
import io
import logging

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
    assert capsys.readouterr().out == f"Wrote {out}\n"
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


def test_without_the_database_the_clinic_certificate_alone_is_trusted(signed, tmp_path, capsys):
    db, patient_id = signed
    out = tmp_path / "x.pdf"
    assert main(["--db", str(db), "consent", str(patient_id), "-o", str(out)]) == 0
    capsys.readouterr()
    # The file handed on to someone without the clinic's database nor its certificate: the
    # certificate the PDF carries proves nothing (anyone can put one there).
    elsewhere = tmp_path / "elsewhere" / "none.sqlite3"
    elsewhere.parent.mkdir()
    assert main(["--db", str(elsewhere), "consent", "--verify", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no clinic certificate here to check" in err
    # With a copy of the clinic's certificate beside it: checkable.
    pem = (db.parent / "clinic-certificate.pem").read_bytes()
    (elsewhere.parent / "clinic-certificate.pem").write_bytes(pem)
    assert main(["--db", str(elsewhere), "consent", "--verify", str(out)]) == 0
    said = capsys.readouterr().out
    assert "no database here to compare it with" in said and "Skin Clinic" in said
    assert not elsewhere.exists()


def test_a_consent_sealed_before_the_certificate_was_replaced_still_verifies(
    signed, tmp_path, capsys
):
    db, patient_id = signed
    out = tmp_path / "x.pdf"
    assert main(["--db", str(db), "consent", str(patient_id), "-o", str(out)]) == 0
    assert main(["--db", str(db), "consent", "--verify", str(out)]) == 0
    assert "clinic certificate in use" in capsys.readouterr().out
    context = open_context(str(db))
    try:
        context.consents.create_certificate("Skin Clinic 2027", "a new password")
        kept = context.consents.trusted_certificates()
    finally:
        context.close()
    assert [k.current for k in kept] == [False, True]
    assert main(["--db", str(db), "consent", "--verify", str(out)]) == 0
    said = capsys.readouterr().out
    assert "earlier clinic certificate (CN=Skin Clinic, replaced on " in said


def test_signed_by_another_certificate_is_one_line_without_a_traceback(
    signed, tmp_path, capsys, caplog
):
    from reportlab.pdfgen import canvas

    from consult.services.clinic_certificate import create_certificate, sign_pdf

    db, _ = signed
    other = tmp_path / "other"
    create_certificate(other, "Someone Else", "their password")
    unsigned = io.BytesIO()
    page = canvas.Canvas(unsigned)
    page.drawString(72, 720, "A consent form")
    page.save()
    forged = tmp_path / "forged.pdf"
    forged.write_bytes(sign_pdf(unsigned.getvalue(), other, "their password"))
    with caplog.at_level(logging.DEBUG):
        assert main(["--db", str(db), "consent", "--verify", str(forged)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    # pyHanko's own traceback (logged, so printed on stderr outside the tests) is not said.
    assert not [r for r in caplog.records if r.name.startswith("pyhanko")]
    assert "not by any certificate this clinic has used" in err


def test_a_byte_changed_inside_the_signature_is_worded(signed, tmp_path, capsys):
    db, patient_id = signed
    out = tmp_path / "x.pdf"
    assert main(["--db", str(db), "consent", str(patient_id), "-o", str(out)]) == 0
    capsys.readouterr()
    data = bytearray(out.read_bytes())
    # A hex digit well inside the signature value (the CMS blob), changed to another.
    at = data.index(b"/Contents <") + len(b"/Contents <") + 200
    data[at] = ord("0") if data[at] != ord("0") else ord("1")
    changed = tmp_path / "changed.pdf"
    changed.write_bytes(bytes(data))
    assert main(["--db", str(db), "consent", "--verify", str(changed)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "the signature itself is damaged or altered" in err


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
