"""Backup use-cases: round trip with real patients, daily archives, the damaged-file hint."""

import datetime as dt
import os
import subprocess
import sys

import pytest

from consult.domain.records import PatientDetails
from consult.services.backup import (
    ensure_daily_backup,
    make_backup,
    newest_backup,
    restore_backup,
)
from consult.services.context import open_context
from consult.services.errors import DamagedDatabase


@pytest.fixture
def context(sqlite_context):
    """Backups are of an SQLite file (a server database uses pg_dump)."""
    return sqlite_context


def person(given, family):
    return PatientDetails(given_names=given, family_name=family, date_of_birth=dt.date(1990, 1, 2))


def names(context):
    return sorted(record.details.full_name for record in context.patients.search(""))


def test_round_trip_brings_back_patients_and_photos(context):
    where = context.locations
    context.patients.create(person("Anna", "Müller"))
    where.photos.mkdir(mode=0o700)
    photo = where.photos / "1" / "before.jpg"
    photo.parent.mkdir()
    photo.write_bytes(b"photo before")
    archive = make_backup(where)
    assert archive.parent == where.backups

    context.patients.create(person("Ben", "Okafor"))
    photo.write_bytes(b"photo after")
    context.close()

    restored = restore_backup(where, archive)

    reopened = open_context(str(restored.database), rules=context.rules)
    try:
        assert names(reopened) == ["Anna Müller"]
    finally:
        reopened.close()
    assert photo.read_bytes() == b"photo before"
    assert restored.replaced_database.parent == restored.database.parent
    kept = open_context(str(restored.replaced_database), rules=context.rules)
    try:
        assert names(kept) == ["Anna Müller", "Ben Okafor"]
    finally:
        kept.close()
    assert (restored.replaced_photos / "1" / "before.jpg").read_bytes() == b"photo after"


def auto_names(where):
    return sorted(path.name for path in where.backups.glob("*-auto.zip"))


def test_daily_backup_is_made_once_a_day(context):
    where = context.locations
    first = ensure_daily_backup(where, today=dt.date(2026, 4, 1))
    assert first is not None and first.name.startswith("consult-backup-20260401-")
    assert first.name.endswith("-auto.zip")
    assert ensure_daily_backup(where, today=dt.date(2026, 4, 1)) is None
    assert len(auto_names(where)) == 1
    assert ensure_daily_backup(where, today=dt.date(2026, 4, 2)) is not None
    assert len(auto_names(where)) == 2


def test_only_the_newest_14_automatic_backups_are_kept(context):
    where = context.locations
    where.backups.mkdir(mode=0o700)
    for day in range(1, 21):
        (where.backups / f"consult-backup-202605{day:02d}-090000-auto.zip").write_bytes(b"old")
    manual = [where.backups / "consult-backup-20260101-120000.zip", where.backups / "notes.txt"]
    for path in manual:
        path.write_bytes(b"mine")

    made = ensure_daily_backup(where, today=dt.date(2026, 5, 21))

    kept = auto_names(where)
    assert len(kept) == 14
    assert kept[0].startswith("consult-backup-20260508-") and kept[-1] == made.name
    assert all(path.exists() for path in manual)
    assert newest_backup(where) == made


def test_a_damaged_database_names_the_newest_backup_to_restore(context):
    where = context.locations
    make_backup(where, now=dt.datetime(2026, 1, 1, 8, 0))
    newest = make_backup(where, now=dt.datetime(2026, 1, 2, 8, 0))
    context.close()
    database = where.folder / "consult.sqlite3"
    database.write_bytes(b"random bytes" * 500)

    with pytest.raises(DamagedDatabase) as opening:
        open_context(str(database), rules=context.rules)
    with pytest.raises(DamagedDatabase) as backing_up:
        make_backup(where)

    for caught in (opening, backing_up):
        message = str(caught.value)
        assert str(database) in message and "damaged" in message
        assert f"Restore the newest backup with: consult restore {newest}" in message
    assert database.read_bytes() == b"random bytes" * 500


def test_a_damaged_database_without_backups_says_there_is_none(tmp_path, rules):
    database = tmp_path / "consult.sqlite3"
    database.write_bytes(b"\x00" * 10 + b"truncated")
    with pytest.raises(DamagedDatabase, match="There is no backup yet in"):
        open_context(str(database), rules=rules)


# --- issue 14: the records hold under attack --------------------------------------------


def test_p5_an_emptied_database_beside_its_backups_is_damaged_with_the_restore_command(context):
    where = context.locations
    newest = make_backup(where, now=dt.datetime(2026, 1, 2, 8, 0))
    context.close()
    database = where.folder / "consult.sqlite3"
    database.write_bytes(b"")  # emptied: a crash while saving, a sync tool, a full disk

    with pytest.raises(DamagedDatabase) as opening:
        open_context(str(database), rules=context.rules)

    message = str(opening.value)
    assert str(database) in message and "damaged" in message and "0 bytes" in message
    assert f"Restore the newest backup with: consult restore {newest}" in message
    assert "\n" not in message
    assert database.read_bytes() == b""  # left as it was: no new schema written into it


def test_p5_an_empty_file_without_backups_is_a_new_database(tmp_path, rules):
    database = tmp_path / "new" / "consult.sqlite3"
    database.parent.mkdir()
    database.write_bytes(b"")
    opened = open_context(str(database), rules=rules)
    try:
        assert opened.patients.search("") == []
    finally:
        opened.close()
    assert database.stat().st_size > 0


def test_p4_the_full_check_is_quiet_on_a_healthy_file_and_names_damage_with_the_hint(context):
    from consult.services.backup import check_whole_database

    where = context.locations
    context.patients.create(person("Anna", "Müller"))
    assert check_whole_database(where) is None
    newest = make_backup(where, now=dt.datetime(2026, 1, 2, 8, 0))
    context.close()
    database = where.folder / "consult.sqlite3"
    data = bytearray(database.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    data[page_size * 3 : page_size * 4] = b"\xa5" * page_size  # a table's page, not page 1
    database.write_bytes(bytes(data))

    problem = check_whole_database(where)
    assert problem is not None and "\n" not in problem
    assert str(database) in problem and f"consult restore {newest}" in problem


def test_p7_the_next_start_rolls_back_an_interrupted_restore_and_says_so(context):
    import json
    import os

    where = context.locations
    context.patients.create(person("Anna", "Müller"))
    context.close()
    database = where.folder / "consult.sqlite3"
    # What a restore killed after moving the photos aside leaves: the marker, its working
    # folder (with the checked database still in it) and the photos kept aside.
    scratch = where.folder / ".consult-restore-999999-x"
    scratch.mkdir()
    (scratch / "consult.sqlite3").write_bytes(b"the checked copy")
    where.photos.mkdir()
    (where.photos / "a.jpg").write_bytes(b"old photo")
    kept = where.folder / "photos.replaced-20260101-000000"
    os.replace(where.photos, kept)
    marker = where.folder / "consult.sqlite3.restoring"
    marker.write_text(
        json.dumps(
            {
                "pid": 2**22 + 12345,  # above Linux's largest process id: not running
                "scratch": scratch.name,
                "kept_database": None,
                "photos_existed": True,
                "kept_photos": kept.name,
            }
        )
    )

    reopened = open_context(str(database), rules=context.rules)
    try:
        assert reopened.notice is not None and "rolled back" in reopened.notice
        assert names(reopened) == ["Anna Müller"]
    finally:
        reopened.close()
    assert (where.photos / "a.jpg").read_bytes() == b"old photo"
    assert not marker.exists() and not scratch.exists() and not kept.exists()


def test_the_daily_backup_process_runs_at_the_lowest_priority():
    """`consult backup --daily` makes itself a background process: nice 10, and on Linux the
    idle scheduling class, so that the window's keystrokes never wait for it. In a process of
    its own: the change cannot be undone in this one."""
    script = (
        "import os\n"
        "from consult.services.backup import run_in_background\n"
        "run_in_background()\n"
        "idle = hasattr(os, 'SCHED_IDLE') and os.sched_getscheduler(0) == os.SCHED_IDLE\n"
        "print(os.nice(0), idle)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    niceness, idle = done.stdout.split()
    assert int(niceness) >= 10
    assert idle == str(hasattr(os, "SCHED_IDLE"))


def test_imported_photos_and_their_thumbnails_are_backed_up_and_restored(
    context, tmp_path, make_photo
):
    from consult.domain.photo import PhotoView
    from consult.services.photo_files import PhotoImport

    patient = context.patients.create(person("Anna", "Müller"))
    item = PhotoImport(
        make_photo(tmp_path / "a.jpg"), PhotoView.FRONT, taken_at=dt.datetime(2026, 1, 5, 9)
    )
    (photo,) = context.photos.import_photos(patient.id, [item])
    kept, thumbnail = context.photos.file(photo), context.photos.thumbnail(photo)
    files = {path: path.read_bytes() for path in (kept, thumbnail)}
    archive = make_backup(context.locations)
    context.close()
    for path in files:
        path.unlink()

    restored = restore_backup(context.locations, archive)

    assert {path: path.read_bytes() for path in files} == files
    reopened = open_context(str(restored.database), rules=context.rules)
    try:
        (back,) = reopened.photos.for_patient(patient.id)
        assert back == photo and reopened.photos.thumbnail(back) == thumbnail
    finally:
        reopened.close()


def test_a_consent_signed_before_a_backup_verifies_after_a_restore_on_a_new_computer(
    context, make_course, tmp_path
):
    from consult.domain.consent import ConsentAnswers, Party, Signature

    patient, _, _ = make_course(context)
    context.consents.create_certificate("Skin Clinic", "clinic secret")
    consultation_id, given = context.consents.current_form_input(patient.id)
    form = context.consents.treatment_form(given)
    signed = Signature(typed_name="signed")
    answers = ConsentAnswers(
        form.kind,
        form.version,
        form.language,
        dt.date.today(),
        form.statements,
        (True,) * len(form.statements),
        Party("Ana Silva", signed),
        Party("Dr Okafor", signed),
    )
    record = context.consents.sign_treatment(
        patient.id, consultation_id, given, answers, "clinic secret"
    )
    pdf = context.consents.pdf(record.id)
    archive = make_backup(context.locations, target_dir=tmp_path / "usb stick")
    context.close()

    computer = open_context(str(tmp_path / "new computer" / "consult.sqlite3"), rules=context.rules)
    where = computer.locations
    computer.close()
    restore_backup(where, archive)
    reopened = open_context(str(where.folder / "consult.sqlite3"), rules=context.rules)
    try:
        assert reopened.consents.verify(pdf).ok
        # The key came too: the next consent is signed with the same certificate.
        reopened.consents.check_password("clinic secret")
        assert reopened.consents.certificate().sha256 == context.consents.certificate().sha256
    finally:
        reopened.close()
