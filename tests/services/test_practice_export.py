"""`consult export --all`: every patient's export, the photo files, a manifest whose
checksums and counts match what was written; an occupied folder refused untouched."""

import datetime as dt
import hashlib
import json
import os
import stat

import pytest

from consult.cli import main
from consult.domain.records import PatientDetails
from consult.services.demo import DemoService
from consult.services.errors import UnusablePath
from consult.services.export import export_patient
from consult.services.practice_export import export_practice


def test_every_patient_and_photo_is_written_with_a_matching_manifest(
    sqlite_context, tmp_path, make_photo, import_photo
):
    context = sqlite_context
    DemoService(context.database, context.rules).fill(5, seed=3, today=dt.date(2026, 11, 26))
    extra = context.patients.create(PatientDetails("Ana", "Photo", dt.date(1990, 1, 1)))
    photo = import_photo(context, extra.id, make_photo(tmp_path / "cheek.jpg"), zone="cheek_left")
    folder = tmp_path / "practice"
    seen = []

    manifest = export_practice(
        context.database,
        context.rules,
        context.locations,
        folder,
        seen.append,
        current=context.current,
    )

    written = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert written == manifest
    assert manifest["counts"]["patients"] == 6 and seen[-1] == 6
    assert manifest["rules_version"] == context.rules.version
    assert manifest["consult_version"] and manifest["exported_at"]
    totals = dict.fromkeys(("consultations", "treatment_sessions", "follow_ups", "photos"), 0)
    for entry in manifest["files"]:
        data = (folder / entry["file"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == entry["sha256"]
        assert stat.S_IMODE((folder / entry["file"]).stat().st_mode) == 0o600
        record = json.loads(data)
        assert record["patient"]["id"] == entry["patient_id"]
        for key in totals:
            totals[key] += len(record[key])
    assert totals == {key: manifest["counts"][key] for key in totals}
    # What the single export says, the practice export says (but the moment of export).
    again = export_patient(context.database, context.rules, extra.id, current=context.current)
    kept = json.loads((folder / f"patients/patient-{extra.id}.json").read_text(encoding="utf-8"))
    assert {**kept, "exported_at": ""} == {**again, "exported_at": ""}
    (copied,) = manifest["photo_files"]
    assert copied["sha256"] == copied["copied_sha256"] == photo.sha256
    assert (folder / copied["file"]).read_bytes() == context.photos.file(photo).read_bytes()
    assert manifest["missing_photo_files"] == []
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_every_folder_and_file_written_is_private_whatever_the_umask(
    sqlite_context, tmp_path, make_photo, import_photo
):
    context = sqlite_context
    patient = context.patients.create(PatientDetails("Ana", "Photo", dt.date(1990, 1, 1)))
    import_photo(context, patient.id, make_photo(tmp_path / "cheek.jpg"), zone="cheek_left")
    folder = tmp_path / "practice"
    usual = os.umask(0o022)  # what most desktops set: folders 0755 unless made private
    try:
        export_practice(
            context.database, context.rules, context.locations, folder, current=context.current
        )
    finally:
        os.umask(usual)
    made = [folder, *folder.rglob("*")]
    assert (folder / "photos").is_dir() and any(p.is_file() for p in made if "photos" in p.parts)
    modes = {
        str(path.relative_to(tmp_path)): stat.S_IMODE(path.stat().st_mode)
        for path in made
        if stat.S_IMODE(path.stat().st_mode) != (0o700 if path.is_dir() else 0o600)
    }
    assert modes == {}


def test_a_missing_photo_file_is_listed_not_fatal(
    sqlite_context, tmp_path, make_photo, import_photo
):
    context = sqlite_context
    patient = context.patients.create(PatientDetails("Ana", "Lost", dt.date(1990, 1, 1)))
    photo = import_photo(context, patient.id, make_photo(tmp_path / "p.png"))
    context.photos.file(photo).unlink()
    manifest = export_practice(
        context.database,
        context.rules,
        context.locations,
        tmp_path / "out",
        current=context.current,
    )
    assert [m["sha256"] for m in manifest["missing_photo_files"]] == [photo.sha256]


def test_an_occupied_folder_is_refused_before_anything_is_read(sqlite_context, tmp_path):
    folder = tmp_path / "full"
    folder.mkdir()
    (folder / "keep.txt").write_text("mine")
    with pytest.raises(UnusablePath, match="not empty"):
        export_practice(
            sqlite_context.database,
            sqlite_context.rules,
            sqlite_context.locations,
            folder,
            current=sqlite_context.current,
        )
    assert [p.name for p in folder.iterdir()] == ["keep.txt"]


def test_the_command_writes_the_folder_and_checks_its_arguments(tmp_path, capsys):
    db = tmp_path / "c.sqlite3"
    assert main(["--db", str(db), "demo", "--patients", "3"]) == 0
    capsys.readouterr()
    out = tmp_path / "out"
    assert main(["--db", str(db), "export", "--all", "-o", str(out)]) == 0
    said = capsys.readouterr().out
    assert "3 patients" in said
    assert len(list((out / "patients").glob("*.json"))) == 3
    # The demo signs consents: their PDFs lie beside the patients' JSON.
    signed = len(list((out / "patients").glob("*-consent-*.pdf")))
    assert signed and f"{signed} signed consents" in said
    for wrong, problem in (
        (["export", "--all"], "needs -o DIR"),
        (["export", "1", "--all", "-o", str(tmp_path / "x")], "no PATIENT_ID"),
        (["export", "--all", "--format", "fhir-r5", "-o", str(tmp_path / "y")], "per patient"),
        (["export"], "give a PATIENT_ID"),
        (["export", "--all", "-o", str(out)], "not empty"),
    ):
        assert main(["--db", str(db), *wrong]) == 2
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and problem in err[0], err
    assert not (tmp_path / "x").exists() and not (tmp_path / "y").exists()
