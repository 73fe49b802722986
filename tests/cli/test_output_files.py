"""Issue 14, point 9: every output goes through a temporary file with a random name made with
O_EXCL in the target's folder, so a link planted there redirects nothing; several outputs
(`--ics`, `--consent`) are all written or none is."""

import contextlib
import errno
import json
import os
import stat
import tempfile

import pytest
from icalendar import Calendar

from consult.cli import main
from consult.store import files

DOCUMENT = {
    "schema": "consult.assessment/1",
    "date": "2026-11-24",
    "patient": {"name": "Ana Moreno", "date_of_birth": "1990-05-01", "fitzpatrick": "III"},
    "findings": [{"zone": "cheek_left", "type": "rolling_moderate", "count": 6}],
    "global_grade": 3,
    # Every question that could stop the plan answered: the handout needs them.
    "screening": {
        item: False
        for item in (
            "active_acne",
            "active_infection",
            "active_cold_sore",
            "pregnant_or_breastfeeding",
            "radiotherapy_last_3_months",
            "skin_cancer_in_area",
            "active_sunburn",
        )
    },
}


@pytest.fixture
def document(tmp_path):
    path = tmp_path / "assessment.json"
    path.write_text(json.dumps(DOCUMENT), "utf-8")
    return str(path)


@pytest.fixture
def outputs(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    return folder / "h.pdf", folder / "h.ics", folder / "c.pdf"


def handout(document, pdf, ics, consent, tmp_path):
    return main(
        [
            "handout",
            document,
            "-o",
            str(pdf),
            "--ics",
            str(ics),
            "--consent",
            str(consent),
            "--db",
            str(tmp_path / "none.sqlite3"),
        ]
    )


def leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_point9_a_symlink_planted_where_a_temporary_output_would_go_redirects_nothing(
    tmp_path, monkeypatch, document, outputs, capsys
):
    pdf, ics, consent = outputs
    folder = pdf.parent
    victim = tmp_path / "victim.txt"
    victim.write_text("the user's own file")
    # The names a predictable writer would use, and the first name mkstemp will draw.
    planted = [folder / f".{p.name}.partial" for p in outputs]
    planted.append(folder / ".h.pdf.planted.partial")
    for link in planted:
        link.symlink_to(victim)
    drawn = iter(["planted", *(f"fresh{n}" for n in range(100))])
    monkeypatch.setattr(tempfile, "_get_candidate_names", lambda: drawn)

    assert handout(document, pdf, ics, consent, tmp_path) == 0

    assert victim.read_text() == "the user's own file"
    assert all(link.is_symlink() and link.resolve() == victim for link in planted)
    assert pdf.read_bytes().startswith(b"%PDF") and consent.read_bytes().startswith(b"%PDF")
    assert len(Calendar.from_ical(ics.read_bytes()).walk("VEVENT")) == 5
    for path in outputs:
        assert not path.is_symlink()
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert leftovers(folder) == sorted(link.name for link in planted)
    capsys.readouterr()


def test_point9_a_symlink_planted_at_the_output_itself_is_replaced_not_followed(
    tmp_path, document, outputs
):
    pdf, ics, consent = outputs
    victim = tmp_path / "victim.txt"
    victim.write_text("the user's own file")
    pdf.symlink_to(victim)
    assert handout(document, pdf, ics, consent, tmp_path) == 0
    assert victim.read_text() == "the user's own file"
    assert not pdf.is_symlink() and pdf.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("failing", [0, 1, 2])
def test_point9_when_one_of_several_outputs_fails_none_changes(
    tmp_path, monkeypatch, document, outputs, capsys, failing
):
    """The disk fills up as the n-th file takes its name: the others, already in place, go
    back to what they were."""
    pdf, ics, consent = outputs
    for path in outputs:
        path.write_bytes(b"old " + path.name.encode())
    real_replace = os.replace
    placed = []

    def replace(source, target):
        if str(source).endswith(".partial") and str(target) == str(outputs[failing]):
            raise OSError(errno.ENOSPC, "No space left on device")
        placed.append(target)
        return real_replace(source, target)

    monkeypatch.setattr(files.os, "replace", replace)

    assert handout(document, pdf, ics, consent, tmp_path) == 1

    for path in outputs:
        assert path.read_bytes() == b"old " + path.name.encode()
    assert leftovers(pdf.parent) == []
    err = capsys.readouterr().err
    assert err == (
        f"consult: {outputs[failing]} could not be written (No space left on device): "
        "nothing was saved\n"
    )


def test_point9_when_writing_a_temporary_file_fails_no_output_is_touched(
    tmp_path, monkeypatch, document, outputs, capsys
):
    pdf, ics, consent = outputs
    pdf.write_bytes(b"old handout")
    calls = []

    def fsync(fd):
        calls.append(fd)
        if len(calls) == 3:  # the consent form, the last one written
            raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(files.os, "fsync", fsync)
    assert handout(document, pdf, ics, consent, tmp_path) == 1
    assert pdf.read_bytes() == b"old handout"
    assert not ics.exists() and not consent.exists()
    assert leftovers(pdf.parent) == []
    assert "nothing was saved" in capsys.readouterr().err


def test_point9_the_export_goes_through_the_same_private_all_or_nothing_write(
    tmp_path, monkeypatch, capsys
):
    from consult.domain.records import PatientDetails
    from consult.services.context import open_context

    db = str(tmp_path / "c.sqlite3")
    context = open_context(db)
    try:
        import datetime as dt

        patient = context.patients.create(PatientDetails("Ana", "Moreno", dt.date(1990, 1, 1)))
    finally:
        context.close()
    target = tmp_path / "export.json"
    target.write_text("old export")
    victim = tmp_path / "victim.txt"
    victim.write_text("mine")
    (tmp_path / ".export.json.partial").symlink_to(victim)

    def replace(source, target):
        raise OSError(errno.EROFS, "Read-only file system")

    with monkeypatch.context() as patched:
        patched.setattr(files.os, "replace", replace)
        assert main(["--db", db, "export", str(patient.id), "-o", str(target)]) == 1
    assert target.read_text() == "old export"
    assert main(["--db", db, "export", str(patient.id), "-o", str(target)]) == 0
    assert json.loads(target.read_text())["patient"]["family_name"] == "Moreno"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert victim.read_text() == "mine"
    capsys.readouterr()


def test_point9_a_pipe_named_as_the_output_is_written_to_never_replaced(document, tmp_path):
    # As `-o /dev/null` or `-o /dev/stdout`: a pipe made here stands for them, so that a
    # regression cannot replace the machine's own /dev/null with a file.
    import threading

    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    received = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()))
    reader.start()
    try:
        assert main(["handout", document, "-o", str(pipe)]) == 0
    finally:
        # If consult never opened the pipe, the reader still waits for a writer: a writer
        # that does not block (refused when no reader waits any more) lets it go.
        with contextlib.suppress(OSError):
            os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))
        reader.join(timeout=60)
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)
    assert received[0].startswith(b"%PDF-")
