"""The photos room: many files imported in one dialog with views and visits, the gallery on
the patient page (filters, consent with its history, retire, delete with a reason), and
photos dropped onto the page or the dialog."""

import datetime as dt
import shutil
import threading

import pytest
from PIL import ExifTags, Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QThreadPool, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog

from consult.domain.consultation import ConsultationDraft
from consult.domain.photo import Lighting, PhotoUse, PhotoView, TakenFrom, VisitKind
from consult.services.photos import PhotoImport
from consult.ui.patients.page import PatientView
from consult.ui.photos.consent_dialog import ConsentDialog, DeleteDialog, RetireDialog
from consult.ui.photos.gallery import PhotoListModel
from consult.ui.photos.import_dialog import PhotoImportDialog

CAMERA_DATE = dt.datetime(2026, 10, 1, 14, 5, 9)
ZONES = {"cheek_left": "Left cheek", "chin": "Chin"}


def camera_jpeg(path, colour, taken=CAMERA_DATE):
    exif = Image.Exif()
    exif.get_ifd(ExifTags.IFD.Exif)[ExifTags.Base.DateTimeOriginal] = taken.strftime(
        "%Y:%m:%d %H:%M:%S"
    )
    Image.new("RGB", (90, 60), colour).save(path, "JPEG", exif=exif)
    return path


@pytest.fixture(autouse=True)
def workers_done(sqlite_context):
    """Thumbnails and file checks still under way end before the database closes."""
    yield
    QThreadPool.globalInstance().waitForDone()


@pytest.fixture
def visits(sqlite_context, patient):
    first = sqlite_context.consultations.start(
        patient.id, ConsultationDraft(date=dt.date(2026, 10, 1))
    )
    second = sqlite_context.consultations.start(
        patient.id, ConsultationDraft(date=dt.date(2026, 12, 1))
    )
    return first, second


def test_twelve_photos_for_two_visits_in_one_dialog(
    qtbot, sqlite_context, patient, visits, tmp_path
):
    first, second = visits
    dialog = PhotoImportDialog(sqlite_context.photos, patient.id, ZONES)
    qtbot.addWidget(dialog)
    files = [
        camera_jpeg(tmp_path / f"{n}.jpg", f"#{n * 20:02x}8080", CAMERA_DATE + dt.timedelta(n))
        for n in range(12)
    ]
    dialog.add_files(files)
    dialog.add_files(files[:2])  # listed once
    assert dialog.table.rowCount() == 12
    assert dialog.import_button.text() == "&Import 12 photos"
    for row in range(12):
        views, zones, visit_box, lighting = dialog.row_widgets(row)
        assert dialog.taken_field(row).dateTime().toPython() == CAMERA_DATE + dt.timedelta(row)
        views.setCurrentIndex(row % 6)
        assert zones.isEnabled() == (row % 6 == 5)
        if row % 6 == 5:
            zones.setCurrentIndex(zones.findData("chin"))
        chosen = first if row < 6 else second
        visit_box.setCurrentIndex(1 if chosen is first else 2)
        lighting.setCurrentIndex(list(Lighting).index(Lighting.CROSS_POLARISED))
    dialog.grab().save(str(tmp_path / "import.png"))
    with qtbot.waitSignal(dialog.imported):
        dialog.import_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    kept = sqlite_context.photos.for_patient(patient.id)
    assert len(kept) == 12
    assert [p.consultation_id for p in kept] == [first.id] * 6 + [second.id] * 6
    assert [p.view for p in kept[:6]] == list(PhotoView) and kept[5].zone == "chin"
    assert all(p.taken_from is TakenFrom.EXIF for p in kept)
    assert {p.lighting for p in kept} == {Lighting.CROSS_POLARISED}


def test_a_photo_without_a_camera_date_is_asked_for_one(
    qtbot, sqlite_context, patient, tmp_path, make_photo
):
    dialog = PhotoImportDialog(sqlite_context.photos, patient.id, ZONES)
    qtbot.addWidget(dialog)
    dialog.add_files([make_photo(tmp_path / "scan.png")])
    assert dialog.taken_field(0).text() == "Enter the date taken"
    dialog.import_button.click()
    qtbot.waitUntil(lambda: not dialog.busy)
    assert dialog.problem.isVisibleTo(dialog)
    assert "scan.png carries no date taken" in dialog.problem.text()
    assert sqlite_context.photos.for_patient(patient.id) == []
    dialog.taken_field(0).setDateTime(dt.datetime(2026, 9, 30, 10, 0))
    with qtbot.waitSignal(dialog.imported):
        dialog.import_button.click()
    (photo,) = sqlite_context.photos.for_patient(patient.id)
    assert photo.taken_at == dt.datetime(2026, 9, 30, 10, 0)
    assert photo.taken_from is TakenFrom.ENTERED


def drop(widget, files):
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(file)) for file in files])
    event = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    # Offscreen Qt delivers no drop without a drag under way: the handlers are called as
    # the drag would.
    enter = QDragEnterEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    widget.dragEnterEvent(enter)
    assert enter.isAccepted() == any(file.suffix == ".jpg" for file in files)
    widget.dropEvent(event)


def test_photos_dropped_on_the_dialog_and_on_the_patient_page_are_imported(
    qtbot, sqlite_context, patient, visits, tmp_path, make_photo, monkeypatch
):
    dialog = PhotoImportDialog(sqlite_context.photos, patient.id, ZONES)
    qtbot.addWidget(dialog)
    notes = tmp_path / "notes.txt"
    notes.write_text("not a photo")
    drop(dialog, [camera_jpeg(tmp_path / "a.jpg", "#806060"), notes])
    assert dialog.table.rowCount() == 1

    page = PatientView(sqlite_context)
    qtbot.addWidget(page)
    page.show_patient(patient.id)

    def import_it():
        QApplication.activeModalWidget().import_button.click()

    QTimer.singleShot(0, import_it)
    drop(page, [camera_jpeg(tmp_path / "b.jpg", "#608060")])
    (photo,) = sqlite_context.photos.for_patient(patient.id)
    assert page.photos.model.rowCount() == 1
    assert page.photos.summary.text() == "1 photo"
    assert photo.visit is not None  # the latest visit, preset


def add(context, patient_id, tmp_path, n, visit, view=PhotoView.FRONT):
    tag = visit[1] if visit else 0
    items = [
        PhotoImport(
            camera_jpeg(tmp_path / f"{tag}-{view}-{i}.jpg", f"#{i * 40:02x}{tag * 40:02x}70"),
            view,
            "chin" if view is PhotoView.CLOSEUP else "",
            visit,
        )
        for i in range(n)
    ]
    return context.photos.import_photos(patient_id, items)


def test_the_gallery_filters_by_visit_and_view_and_its_model_passes_the_tester(
    qtbot, qtmodeltester, sqlite_context, patient, visits, tmp_path
):
    first, second = visits
    add(sqlite_context, patient.id, tmp_path, 2, (VisitKind.CONSULTATION, first.id))
    add(sqlite_context, patient.id, tmp_path, 1, (VisitKind.CONSULTATION, second.id))
    add(
        sqlite_context,
        patient.id,
        tmp_path,
        1,
        (VisitKind.CONSULTATION, second.id),
        PhotoView.CLOSEUP,
    )
    page = PatientView(sqlite_context)
    qtbot.addWidget(page)
    page.resize(1000, 800)
    page.show_patient(patient.id)
    gallery = page.photos
    qtmodeltester.check(gallery.model)
    assert gallery.model.rowCount() == 4 and gallery.summary.text() == "4 photos"
    assert gallery.visit_filter.count() == 3  # every visit, and the two
    gallery.visit_filter.setCurrentIndex(2)
    assert gallery.model.rowCount() == 2 and gallery.summary.text() == "2 shown of 4 photos"
    gallery.view_filter.setCurrentIndex(gallery.view_filter.findData(PhotoView.CLOSEUP.value))
    assert gallery.model.rowCount() == 1
    assert gallery.model.index(0).data().startswith("Chin\n")
    page.show()
    qtbot.waitExposed(page)
    gallery.visit_filter.setCurrentIndex(0)
    gallery.view_filter.setCurrentIndex(0)
    page.grab().save(str(tmp_path / "page.png"))
    assert not gallery.model.index(0).data(Qt.ItemDataRole.DecorationRole).isNull()


def select_first(gallery):
    gallery.view.setCurrentIndex(gallery.model.index(0))
    return gallery.selected()


def test_consent_retire_and_delete_from_the_gallery(
    qtbot, sqlite_context, patient, visits, tmp_path, monkeypatch
):
    sqlite_context.practitioners.add("Dr Okafor")
    first, _ = visits
    add(sqlite_context, patient.id, tmp_path, 3, (VisitKind.CONSULTATION, first.id))
    page = PatientView(sqlite_context)
    qtbot.addWidget(page)
    page.show_patient(patient.id)
    gallery = page.photos

    photo = select_first(gallery)
    dialog = ConsentDialog(sqlite_context.photos, photo, ["Dr Okafor"])
    qtbot.addWidget(dialog)
    assert not dialog.boxes[PhotoUse.CLINICAL_RECORD].isEnabled()
    dialog.boxes[PhotoUse.TEACHING].setChecked(True)
    dialog.save()
    again = ConsentDialog(sqlite_context.photos, sqlite_context.photos.get(photo.id), ["Dr Okafor"])
    qtbot.addWidget(again)
    assert again.boxes[PhotoUse.TEACHING].isChecked() and again.history.rowCount() == 1
    again.boxes[PhotoUse.TEACHING].setChecked(False)
    again.save()
    assert again.history.rowCount() == 1  # it closed; the next opening shows both
    assert [c.granted for c in sqlite_context.photos.consent_history(photo.id)] == [True, False]

    def answer(kind, act):
        def run():
            dialog = QApplication.activeModalWidget()
            assert isinstance(dialog, kind)
            act(dialog)

        QTimer.singleShot(0, run)

    answer(RetireDialog, lambda d: d.save())
    gallery.retire_button.click()
    assert gallery.model.rowCount() == 2
    assert len(sqlite_context.photos.for_patient(patient.id, include_retired=True)) == 3

    select_first(gallery)

    def refuse_then_delete(dialog):
        dialog.save()  # no reason
        assert "reason" in dialog.problem.text()
        dialog.reason.setText("wrong patient")
        dialog.save()

    answer(DeleteDialog, refuse_then_delete)
    gallery.delete_button.click()
    assert gallery.model.rowCount() == 1


def test_the_model_reads_a_thumbnail_only_when_asked_and_once(
    qtbot, sqlite_context, patient, tmp_path
):
    records = add(sqlite_context, patient.id, tmp_path, 3, None)
    asked = []

    def thumbnail(photo):
        asked.append(photo.id)
        return sqlite_context.photos.thumbnail(photo)

    model = PhotoListModel(sqlite_context.photos.thumbnail_made, thumbnail, ZONES)
    model.set_photos(records)
    assert asked == []
    for _ in range(2):
        assert not model.index(1).data(Qt.ItemDataRole.DecorationRole).isNull()
    assert asked == []  # the import made them


def test_a_thumbnail_not_made_yet_is_made_off_the_gui_thread_with_a_placeholder_meanwhile(
    qtbot, sqlite_context, patient, tmp_path
):
    records = add(sqlite_context, patient.id, tmp_path, 3, None)
    shutil.rmtree(sqlite_context.locations.photos / str(patient.id) / "thumbs")
    threads = []

    def thumbnail(photo):
        threads.append(threading.current_thread())
        return sqlite_context.photos.thumbnail(photo)

    model = PhotoListModel(sqlite_context.photos.thumbnail_made, thumbnail, ZONES)
    model.set_photos(records)
    placeholder = model.index(1).data(Qt.ItemDataRole.DecorationRole)
    assert model.pending
    with qtbot.waitSignal(model.dataChanged) as changed:
        pass
    assert changed.args[0].row() == 1 and not model.pending
    made = model.index(1).data(Qt.ItemDataRole.DecorationRole)
    assert made.cacheKey() != placeholder.cacheKey() and not made.isNull()
    model.index(1).data(Qt.ItemDataRole.DecorationRole)
    assert len(threads) == 1 and threads[0] is not threading.main_thread()


def test_a_second_open_of_the_page_makes_no_thumbnail_again(
    qtbot, sqlite_context, patient, visits, tmp_path, monkeypatch
):
    from consult.services import photos as photo_service

    first, _ = visits
    add(sqlite_context, patient.id, tmp_path, 4, (VisitKind.CONSULTATION, first.id))
    thumbs = sqlite_context.locations.photos / str(patient.id) / "thumbs"
    assert len(list(thumbs.iterdir())) == 4  # made by the import
    # As for photos imported before the import made thumbnails.
    shutil.rmtree(thumbs)
    made = []
    original = photo_service._thumbnail
    monkeypatch.setattr(
        photo_service, "_thumbnail", lambda content: made.append(1) or original(content)
    )
    counts = []
    for _ in range(2):
        page = PatientView(sqlite_context)
        qtbot.addWidget(page)
        page.resize(1280, 900)
        page.show()
        qtbot.waitExposed(page)
        page.show_patient(patient.id)
        # Laid out and painted: the visible thumbnails are read.
        page.photos.view.doItemsLayout()
        page.repaint()
        QApplication.processEvents()
        qtbot.waitUntil(lambda page=page: not page.photos.model.pending)
        counts.append(len(made))
    # Made on the first open (those shown), none on the second.
    assert counts[0] == counts[1] == len(list(thumbs.iterdir())) > 0


def test_files_dropped_on_a_gallery_filtered_to_a_visit_start_at_that_visit(
    qtbot, sqlite_context, patient, visits, tmp_path
):
    first, second = visits
    add(sqlite_context, patient.id, tmp_path, 1, (VisitKind.CONSULTATION, first.id))
    add(sqlite_context, patient.id, tmp_path, 1, (VisitKind.CONSULTATION, second.id))
    page = PatientView(sqlite_context)
    qtbot.addWidget(page)
    page.show_patient(patient.id)
    gallery = page.photos
    gallery.visit_filter.setCurrentIndex(1)  # the first visit, not the latest
    chosen = []

    def look_and_cancel():
        dialog = QApplication.activeModalWidget()
        chosen.extend(dialog.row_widgets(row)[2].currentData() for row in range(2))
        dialog.reject()

    QTimer.singleShot(0, look_and_cancel)
    drop(gallery, [camera_jpeg(tmp_path / f"d{n}.jpg", f"#70{n}070") for n in range(2)])
    assert [(visit.kind, visit.id) for visit in chosen] == [(VisitKind.CONSULTATION, first.id)] * 2


def test_captions_show_the_view_and_the_visit_and_the_tooltip_the_date_taken(
    qtbot, sqlite_context, patient, visits, tmp_path
):
    first, _ = visits
    add(sqlite_context, patient.id, tmp_path, 1, (VisitKind.CONSULTATION, first.id))
    page = PatientView(sqlite_context)
    qtbot.addWidget(page)
    page.show_patient(patient.id)
    index = page.photos.model.index(0)
    assert index.data() == "Front\nConsultation 1 Oct 2026"
    assert index.data(Qt.ItemDataRole.ToolTipRole).startswith("Taken 1 Oct 2026, 14:05 ·")


def test_show_retired_lists_retired_photos_marked_and_they_open(
    qtbot, sqlite_context, patient, visits, tmp_path, monkeypatch
):
    first, _ = visits
    kept = add(sqlite_context, patient.id, tmp_path, 2, (VisitKind.CONSULTATION, first.id))
    sqlite_context.photos.retire(kept[0].id, "Dr Okafor")
    page = PatientView(sqlite_context)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show_patient(patient.id)
    gallery = page.photos
    assert gallery.model.rowCount() == 1
    gallery.show_retired.setChecked(True)
    assert gallery.model.rowCount() == 2
    captions = [gallery.model.index(row).data() for row in range(2)]
    assert sum(caption.endswith("\nRetired") for caption in captions) == 1
    row = next(row for row, caption in enumerate(captions) if caption.endswith("Retired"))
    gallery.view.setCurrentIndex(gallery.model.index(row))
    assert gallery.selected().retired
    assert gallery.open_button.isEnabled() and not gallery.retire_button.isEnabled()
    opened = []
    monkeypatch.setattr(
        "consult.ui.photos.gallery.PhotoViewer.exec", lambda viewer: opened.append(viewer)
    )
    gallery.open_selected()
    assert len(opened) == 1
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: not gallery.model.pending)
    page.grab().save(str(tmp_path / "retired.png"))
    gallery.show_retired.setChecked(False)
    assert gallery.model.rowCount() == 1


def test_the_delete_dialog_fits_its_text_and_says_its_refusal_as_a_sentence(
    qtbot, sqlite_context, patient, tmp_path
):
    (photo,) = add(sqlite_context, patient.id, tmp_path, 1, None)
    dialog = DeleteDialog(sqlite_context.photos, photo, ["Dr Okafor"])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.save()
    assert dialog.problem.text() == "Give the reason the photo is deleted."
    QApplication.processEvents()
    dialog.grab().save(str(tmp_path / "delete.png"))
    for label in (dialog.problem, dialog.findChildren(type(dialog.problem))[0]):
        assert label.height() >= label.heightForWidth(label.width())
        assert label.width() >= min(label.sizeHint().width(), 300)


def test_import_rows_warn_of_a_date_far_from_the_visit_a_picture_kept_already_and_the_future(
    qtbot, sqlite_context, patient, visits, tmp_path
):
    first, _ = visits  # 1 Oct (and 1 Dec) 2026
    kept = camera_jpeg(tmp_path / "kept.jpg", "#a06050")
    sqlite_context.photos.import_photos(patient.id, [PhotoImport(kept, PhotoView.FRONT)])
    again = tmp_path / "again.jpg"
    again.write_bytes(kept.read_bytes())
    near = camera_jpeg(tmp_path / "near.jpg", "#6050a0", CAMERA_DATE + dt.timedelta(days=7))
    ahead = camera_jpeg(
        tmp_path / "ahead.jpg",
        "#50a060",
        dt.datetime.now().replace(microsecond=0) + dt.timedelta(days=3),
    )
    damaged = tmp_path / "damaged.jpg"
    damaged.write_bytes(b"not a picture at all " * 40)
    dialog = PhotoImportDialog(
        sqlite_context.photos, patient.id, ZONES, visit=(VisitKind.CONSULTATION, first.id)
    )
    qtbot.addWidget(dialog)
    dialog.add_files([again, near, ahead, damaged])
    qtbot.waitUntil(lambda: not dialog.checking)
    assert dialog.notes(0) == ["This picture is kept for the patient already"]
    assert dialog.notes(1) == []  # 7 days from the visit: not far
    assert dialog.notes(2) == ["Taken in the future: check the date taken"]
    assert dialog.notes(3) == ["damaged.jpg could not be read as a picture"]
    _, _, visit_box, _ = dialog.row_widgets(1)
    visit_box.setCurrentIndex(2)  # 1 Dec: 54 days after it was taken
    assert dialog.notes(1) == ["Taken 54 days from the visit's date: is it the right visit?"]
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grab().save(str(tmp_path / "notes.png"))
    # Warnings do not refuse; a date in the future does.
    dialog.import_button.click()
    qtbot.waitUntil(lambda: not dialog.busy)
    assert "ahead.jpg was taken on" in dialog.problem.text()
    assert "in the future" in dialog.problem.text()


def test_the_photo_consent_dialog_shows_the_signed_consent_the_photo_follows(
    qtbot, sqlite_context, patient, make_photo, import_photo, tmp_path
):
    from consult.domain.consent import ConsentAnswers, ConsentKind, Party, Signature

    photo = import_photo(sqlite_context, patient.id, make_photo(tmp_path / "a.jpg"))
    dialog = ConsentDialog(sqlite_context.photos, photo, ["Dr Okafor"])
    qtbot.addWidget(dialog)
    assert "No photo-use consent is signed" in dialog.signed.text()

    consents = sqlite_context.consents
    consents.create_certificate("Skin Clinic", "secret-password")
    form = consents.photo_use_form("en")
    signed = Signature(typed_name="signed")
    consents.sign_photo_use(
        patient.id,
        None,
        ConsentAnswers(
            ConsentKind.PHOTO_USE,
            form.version,
            form.language,
            dt.date.today(),
            form.statements,
            (True,) * len(form.statements),
            Party("Ana Silva", signed),
            Party("Dr Okafor", signed),
            photo_uses=frozenset({"clinical_record", "teaching"}),
        ),
        "secret-password",
    )
    after = ConsentDialog(sqlite_context.photos, sqlite_context.photos.get(photo.id), ["Dr Okafor"])
    qtbot.addWidget(after)
    assert after.boxes[PhotoUse.TEACHING].isChecked()
    assert not after.boxes[PhotoUse.MARKETING].isChecked()
    assert "grants: " in after.signed.text() and "wins until" in after.signed.text()
    assert after.history.rowCount() == 1 and after.history.item(0, 3).text() == "Dr Okafor"
