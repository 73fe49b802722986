"""Faults a clinic meets: a killed process, two writers, a read-only database, a full disk.

Every committed record survives, the file stays sound, and the user gets a plain sentence.
"""

import datetime as dt
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap

import pytest
from sqlalchemy import event, select

from consult.domain.records import PatientDetails
from consult.services.backup import make_backup
from consult.services.context import open_context
from consult.services.errors import StoreError
from consult.store.models import Patient, PatientSearchToken

# Saves final consultations in a loop and prints each id once its transaction has committed.
SAVER = textwrap.dedent(
    """
    import datetime as dt, sys
    from consult.domain.consultation import ConsultationDraft
    from consult.domain.model import Finding, ScreeningAnswers
    from consult.domain.records import PatientDetails
    from consult.services.context import open_context

    context = open_context(sys.argv[1])
    patient = context.patients.create(
        PatientDetails("Kill", "Test", dt.date(1990, 1, 1), fitzpatrick=3)
    )
    draft = ConsultationDraft(
        date=dt.date(2026, 11, 24),
        screening=ScreeningAnswers(dict.fromkeys(
            ("active_acne", "active_infection", "active_cold_sore", "active_sunburn",
             "pregnant_or_breastfeeding", "radiotherapy_last_3_months", "skin_cancer_in_area"),
            False,
        )),
        findings=(Finding("cheek_left", "rolling_moderate", 8), Finding("chin", "icepick", 3)),
    )
    while True:
        record = context.consultations.start(patient.id, draft)
        context.consultations.finalise(record.id)
        print(record.id, flush=True)
    """
)

# Appends its tag to one patient's notes N times (retrying when the other process got there
# first), and creates N patients of its own.
EDITOR = textwrap.dedent(
    """
    import datetime as dt, sys
    from dataclasses import replace
    from consult.domain.records import PatientDetails
    from consult.services.context import open_context
    from consult.services.errors import ConflictError

    db, shared, tag, rounds = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
    context = open_context(db)
    print("ready", flush=True)
    sys.stdin.readline()
    for n in range(rounds):
        context.patients.create(PatientDetails(tag, f"Writer {n}", dt.date(1980, 1, 1)))
        while True:
            current = context.patients.get(shared)
            notes = current.details.notes + f"{tag}{n};"
            try:
                context.patients.edit(
                    shared, replace(current.details, notes=notes), current.version
                )
                break
            except ConflictError:
                continue
    print("done", flush=True)
    """
)


def integrity(path) -> str:
    with sqlite3.connect(path) as connection:
        return connection.execute("PRAGMA integrity_check").fetchone()[0]


def test_a_process_killed_mid_save_keeps_every_committed_record(tmp_path):
    db = tmp_path / "kill.sqlite3"
    saver = subprocess.Popen(
        [sys.executable, "-c", SAVER, str(db)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    committed = []
    try:
        while len(committed) < 25:
            line = saver.stdout.readline()
            assert line, saver.stderr.read()
            committed.append(int(line))
    finally:
        saver.send_signal(signal.SIGKILL)
        saver.wait(timeout=30)
    assert saver.returncode == -signal.SIGKILL
    assert integrity(db) == "ok"
    context = open_context(str(db))
    try:
        for consultation_id in committed:
            saved = context.consultations.get(consultation_id)
            assert saved.status == "final" and len(saved.plan.dates) == 6
    finally:
        context.close()
    assert integrity(db) == "ok"


def test_two_processes_writing_at_once_lose_no_update(database_url):
    db = database_url
    context = open_context(db)
    shared = context.patients.create(PatientDetails("Shared", "Record", dt.date(1970, 1, 1)))
    rounds = 20
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", EDITOR, db, str(shared.id), tag, str(rounds)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for tag in ("A", "B")
    ]
    for writer in writers:
        assert writer.stdout.readline().strip() == "ready", writer.stderr.read()
    for writer in writers:  # both start writing together
        writer.stdin.write("go\n")
        writer.stdin.flush()
    for writer in writers:
        out, err = writer.communicate(timeout=120)
        assert writer.returncode == 0 and out.strip() == "done", err
        assert "locked" not in err and "Traceback" not in err
    notes = context.patients.get(shared.id).details.notes
    for tag in ("A", "B"):
        assert [f"{tag}{n}" in notes.split(";") for n in range(rounds)] == [True] * rounds
    assert len(context.patients.search("writer", limit=100)) == 2 * rounds
    path = context.database.path
    context.close()
    if path is not None:
        assert integrity(path) == "ok"


def test_a_read_only_database_says_so_and_keeps_the_data(tmp_path):
    context = open_context(str(tmp_path / "ro.sqlite3"))
    kept = context.patients.create(PatientDetails("Kept", "Safe", dt.date(1990, 1, 1)))
    # What SQLite reports for a file or drive that may not be written.
    event.listen(
        context.database.engine,
        "connect",
        lambda connection, _record: connection.execute("PRAGMA query_only=ON"),
    )
    context.database.engine.dispose()
    with pytest.raises(StoreError, match="read-only: nothing was saved"):
        context.patients.create(PatientDetails("Lost", "Never", dt.date(1990, 1, 1)))
    assert [p.id for p in context.patients.search("")] == [kept.id]
    assert context.patients.get(kept.id).details.family_name == "Safe"
    context.close()


def test_a_full_disk_says_so_and_leaves_no_half_written_record(tmp_path):
    db = tmp_path / "full.sqlite3"
    context = open_context(str(db))
    with sqlite3.connect(db) as connection:
        used = connection.execute("PRAGMA page_count").fetchone()[0]
    # A disk with room for only a few more pages: what SQLite reports when the disk is full.
    event.listen(
        context.database.engine,
        "connect",
        lambda connection, _record: connection.execute(f"PRAGMA max_page_count={used + 3}"),
    )
    context.database.engine.dispose()
    saved = []
    with pytest.raises(StoreError, match="is full: nothing was saved"):
        for n in range(500):
            notes = "x" * 3000
            saved.append(
                context.patients.create(
                    PatientDetails(f"Name{n}", "Full", dt.date(1990, 1, 1), notes=notes)
                ).id
            )
    with context.database.read() as session:
        ids = session.scalars(select(Patient.id).order_by(Patient.id)).all()
        with_tokens = session.scalars(select(PatientSearchToken.patient_id).distinct()).all()
    assert saved and ids == saved
    assert sorted(with_tokens) == saved
    context.close()
    assert integrity(db) == "ok"


def test_a_folder_that_cannot_hold_the_database_is_one_sentence(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    with pytest.raises(StoreError, match="cannot be opened"):
        open_context(str(blocker / "consult.sqlite3"))
    assert os.path.isfile(blocker)


def test_a_journal_removed_by_another_program_stops_saving_with_a_plain_sentence(tmp_path):
    """A handle on the file opened and closed in this process (a file dialog looking at the
    folder, say) drops SQLite's locks; another program closing the database then removes
    the journal consult writes to. Saving more would go nowhere: it is refused instead."""
    db = tmp_path / "consult.sqlite3"
    context = open_context(str(db))
    kept = context.patients.create(PatientDetails("Kept", "Safe", dt.date(1990, 1, 1)))
    db.open("rb").close()
    another_program = (
        f"import sqlite3\nc = sqlite3.connect({str(db)!r})\n"
        "c.execute('SELECT count(*) FROM patient').fetchone()\nc.close()\n"
    )
    subprocess.run([sys.executable, "-c", another_program], check=True)
    assert not db.with_name(f"{db.name}-wal").exists()  # what happened to the journal
    with pytest.raises(StoreError, match="journal removed, by another program"):
        context.patients.create(PatientDetails("Lost", "Never", dt.date(1990, 1, 1)))
    context.close()
    again = open_context(str(db))
    assert [p.id for p in again.patients.search("")] == [kept.id]
    again.close()


def test_the_windows_own_backup_keeps_sqlites_locks(tmp_path):
    """The daily backup runs while the window holds the database open: it reads the file
    through SQLite only, so another program closing it cannot remove the journal."""
    db = tmp_path / "consult.sqlite3"
    context = open_context(str(db))
    context.patients.create(PatientDetails("Before", "Backup", dt.date(1990, 1, 1)))
    make_backup(context.locations, automatic=True)
    another_program = f"import sqlite3; sqlite3.connect({str(db)!r}).close()"
    subprocess.run([sys.executable, "-c", another_program], check=True)
    assert db.with_name(f"{db.name}-wal").exists()
    context.patients.create(PatientDetails("After", "Backup", dt.date(1990, 1, 1)))
    context.close()
    again = open_context(str(db))
    assert len(again.patients.search("")) == 2
    again.close()
