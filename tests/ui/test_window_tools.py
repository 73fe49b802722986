"""The File menu's tools (back up now, restore, export, data folder), the patient number on
the patient's page, discarding a draft and erasing a patient, offscreen."""

import datetime as dt
import json
import stat
import threading
import zipfile
from dataclasses import replace

import pytest
from fhir.resources.bundle import Bundle
from fhir.resources.R4B.bundle import Bundle as BundleR4B
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton
from sqlalchemy import select

from consult.domain.access import Account, Role
from consult.domain.records import PatientDetails
from consult.services import backup as backup_service
from consult.services import export_formats
from consult.services.access import SignedIn
from consult.services.backup import make_backup
from consult.store.models import AuditEvent
from consult.ui.admin.erase_dialog import EraseDialog
from consult.ui.admin.tools import ExportDialog
from consult.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, sqlite_context):
    made = MainWindow(sqlite_context)
    qtbot.addWidget(made)
    made.resize(1280, 800)
    made.show()
    return made


@pytest.fixture
def answers(monkeypatch):
    """Message boxes answered without showing: what each said, by kind."""
    said: dict[str, list[str]] = {"question": [], "information": [], "warning": []}

    def answer(kind, reply):
        def box(_parent, _title, text, *_args, **_kwargs):
            said[kind].append(text)
            return reply

        return box

    monkeypatch.setattr(QMessageBox, "question", answer("question", QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(QMessageBox, "information", answer("information", None))
    monkeypatch.setattr(QMessageBox, "warning", answer("warning", None))
    return said


def _archives(context):
    return sorted(p.name for p in context.locations.backups.iterdir())


def test_the_file_menu_offers_the_tools(window):
    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    for wanted in ("&Back up now", "&Restore a backup…", "&Export patient…", "Open &data folder"):
        assert wanted in texts


def test_back_up_now_runs_off_the_gui_thread_and_says_where(qtbot, window, sqlite_context, patient):
    window.backup_action.trigger()
    run = window.tools.backup
    assert run is not None and run.dialog.isVisible()
    with qtbot.waitSignal(run.made, timeout=30_000) as made:
        pass
    archive = made.args[0]
    assert archive.parent == sqlite_context.locations.backups and archive.is_file()
    assert window.statusBar().currentMessage() == f"Backup made: {archive}"
    assert window.tools.backup is None and not run.dialog.isVisible()


def test_a_cancelled_backup_leaves_no_archive(qtbot, window, sqlite_context, patient, monkeypatch):
    gate = threading.Event()
    real = backup_service.make_backup

    def held(locations, progress, key):
        gate.wait(30)  # until Cancel was pressed
        return real(locations, progress=progress, key=key)

    monkeypatch.setattr(backup_service, "make_backup", held)
    window.back_up_now()
    run = window.tools.backup
    qtbot.mouseClick(run.dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    assert run.dialog.labelText() == "Stopping the backup…"
    with qtbot.waitSignal(run.cancelled, timeout=30_000):
        gate.set()
    assert window.statusBar().currentMessage().startswith("The backup was cancelled")
    window.open_patient(patient.id)
    assert window.statusBar().currentMessage() == ""  # gone with the page it was said on
    backups = sqlite_context.locations.backups
    assert not backups.exists() or list(backups.iterdir()) == []


def test_what_was_done_leaves_the_status_bar_after_a_while(qtbot, window, monkeypatch):
    monkeypatch.setattr("consult.ui.main_window.SAID_MS", 50)
    window.tools.said.emit("The backup was cancelled: no archive was kept.")
    assert window.statusBar().currentMessage().startswith("The backup was cancelled")
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "")


def test_restore_names_the_archive_then_keeps_later_erasures(
    qtbot, window, sqlite_context, patient, answers, monkeypatch
):
    later = sqlite_context.patients.create(PatientDetails("Bea", "Lund", dt.date(1990, 1, 1)))
    archive = make_backup(sqlite_context.locations)
    sqlite_context.erasure.erase(later.id, str(later.id), "patient request")
    newer = sqlite_context.patients.create(PatientDetails("Cai", "Moss", dt.date(1991, 1, 1)))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(archive), ""))
    window.restore_action.trigger()
    qtbot.waitUntil(lambda: bool(answers["information"]), timeout=30_000)
    question = answers["question"][0]
    assert archive.name in question and "holds 2 patients" in question
    assert "kept beside them" in question
    assert "erased again: 1" in answers["information"][0]
    restored = window._context
    assert restored is not sqlite_context
    assert restored.patients.search("lund") == [] and restored.patients.search("moss") == []
    assert [p.id for p in restored.patients.search("moreno")] == [patient.id]
    assert window.stack.currentWidget() is window.patient_list
    assert newer.id not in [p.id for p in restored.patients.search("")]


def test_a_refused_archive_changes_nothing_and_says_why(
    qtbot, window, sqlite_context, patient, answers, monkeypatch, tmp_path
):
    bad = tmp_path / "consult-backup-20260101-000000.zip"
    with zipfile.ZipFile(bad, "w") as archive:
        archive.writestr("notes.txt", "not a backup")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    window.restore_backup()
    qtbot.waitUntil(lambda: bool(answers["warning"]), timeout=30_000)
    assert "nothing was changed" in answers["warning"][0]
    assert answers["question"] == []
    assert window._context is sqlite_context
    assert sqlite_context.patients.get(patient.id)


def test_the_patient_page_shows_the_number_and_exports_the_record(
    qtbot, window, sqlite_context, patient, monkeypatch, tmp_path
):
    window.open_patient(patient.id)
    assert f"Patient number {patient.id}" in window.patient_view.facts.text()
    target = tmp_path / "out" / "record.json"
    target.parent.mkdir()
    monkeypatch.setattr(ExportDialog, "exec", lambda self: 1)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    done = f"Patient {patient.id} exported to {target}"
    window.export_action.trigger()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == done, timeout=30_000)
    assert json.loads(target.read_text(encoding="utf-8"))["patient"]["id"] == patient.id
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


@pytest.mark.parametrize(("format_id", "bundle"), [("fhir-r5", Bundle), ("fhir-r4b", BundleR4B)])
def test_a_patient_is_exported_as_a_fhir_bundle_off_the_gui_thread(
    qtbot, window, sqlite_context, make_course, monkeypatch, tmp_path, format_id, bundle
):
    exported, _consultation, _ = make_course(sqlite_context, sessions=1)
    offered = []

    def choose(self):
        self.format.setCurrentIndex(self.format.findData(format_id))
        return 1

    def save_as(_parent, _title, suggested, *_args):
        offered.append(suggested)
        return str(target), ""

    target = tmp_path / "record.fhir.json"
    monkeypatch.setattr(ExportDialog, "exec", choose)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    workers = []

    def watched(write):
        def on_a_thread(*args):
            workers.append(threading.current_thread())
            return write(*args)

        return on_a_thread

    formats = tuple(replace(f, write=watched(f.write)) for f in export_formats.EXPORT_FORMATS)
    monkeypatch.setattr(export_formats, "EXPORT_FORMATS", formats)
    window.tools.export_patient(exported.id)
    assert offered[0].endswith(f"patient-{exported.id}-{format_id}.json")
    done = f"Patient {exported.id} exported to {target}"
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == done, timeout=60_000)
    assert workers and workers[0] is not threading.main_thread()
    parsed = bundle.model_validate_json(target.read_bytes())
    kinds = {entry.resource.get_resource_type() for entry in parsed.entry}
    assert {"Patient", "Encounter", "Observation", "CarePlan", "Procedure"} <= kinds
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_reception_is_refused_the_export_by_the_service_and_nothing_is_written(
    qtbot, window, sqlite_context, monkeypatch, tmp_path, answers
):
    patient = sqlite_context.patients.create(PatientDetails("Rossi", "Ada", dt.date(1990, 1, 2)))
    # Whatever the window shows a reception account, the service is what refuses.
    rita = Account(id=7, username="rita", display_name="Rita", role=Role.RECEPTION)
    sqlite_context.current.signed_in = SignedIn(rita, key=None)
    sqlite_context.current.accounts = True
    target = tmp_path / "record.json"
    monkeypatch.setattr(ExportDialog, "exec", lambda self: 1)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(target), ""))
    window.tools.export_patient(patient.id)
    qtbot.waitUntil(lambda: bool(answers["warning"]), timeout=30_000)
    assert "clinical records" in answers["warning"][0]
    assert not target.exists() and list(tmp_path.glob(".record.json.*")) == []


def test_the_export_dialog_offers_every_format(qtbot, window):
    dialog = ExportDialog(7, window)
    qtbot.addWidget(dialog)
    assert dialog.chosen().id == "json"
    offered = [dialog.format.itemData(i) for i in range(dialog.format.count())]
    assert offered == ["json", "fhir-r5", "fhir-r4b"]


def test_open_data_folder_opens_the_folder_of_the_records(window, sqlite_context, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window.folder_action.trigger()
    assert [url.toLocalFile() for url in opened] == [str(sqlite_context.locations.folder)]


def test_a_draft_is_discarded_once_confirmed_and_audited(
    qtbot, window, sqlite_context, patient, monkeypatch
):
    asked = []

    def discard(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "question", discard)
    draft = sqlite_context.consultations.start(patient.id)
    window.open_patient(patient.id)
    page = window.patient_view
    page.table.selectRow(0)
    assert page.discard_button.isEnabled()
    qtbot.mouseClick(page.discard_button, Qt.MouseButton.LeftButton)
    assert "photos taken during it stay" in asked[0]
    assert sqlite_context.consultations.history(patient.id) == []
    with sqlite_context.database.read() as session:
        actions = session.scalars(
            select(AuditEvent.action).where(AuditEvent.record_id == draft.id)
        ).all()
    assert "consultation.discard" in actions
    assert not page.discard_button.isEnabled()


def test_erase_patient_needs_the_reason_and_the_number_typed(
    qtbot, window, sqlite_context, make_course, answers, monkeypatch
):
    erased, _consultation, _ = make_course(sqlite_context, sessions=1)
    facts = sqlite_context.erasure.facts(erased.id)
    dialog = EraseDialog(sqlite_context.erasure, facts, window)
    qtbot.addWidget(dialog)
    assert "Ana Silva" in dialog.summary.text() and dialog.early
    assert not dialog.erase_button.isEnabled()
    qtbot.keyClicks(dialog.reason, "Silva asked")
    qtbot.keyClicks(dialog.early_reason, "duplicate record")
    qtbot.keyClicks(dialog.typed, str(erased.id))
    assert dialog.erase_button.isEnabled()
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    assert "must not name the patient" in dialog.problem.text()
    assert sqlite_context.patients.get(erased.id)

    def fill_and_erase(self):
        self.reason.setText("patient request")
        self.early_reason.setText("duplicate record")
        self.typed.setText(str(erased.id))
        self.erase()
        return self.result()

    monkeypatch.setattr(EraseDialog, "exec", fill_and_erase)
    window.open_patient(erased.id)
    qtbot.mouseClick(window.patient_view.erase_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.patient_list
    assert window.statusBar().currentMessage() == f"Patient {erased.id} was erased."
    assert sqlite_context.patients.search("silva") == []
