"""A signed photo-use consent sets the uses of the patient's photos: on signing (photos not
retired), on import (the consent in force), on withdrawal or voiding (the uses it granted taken
off); each change kept in the photo's history by the practitioner who countersigned, audited
with the consent it came from; a change made on one photo afterwards wins until the next."""

import datetime as dt

import pytest
from sqlalchemy import select

from consult.domain.consent import ConsentAnswers, ConsentKind, Party, Signature
from consult.domain.photo import PhotoUse
from consult.domain.records import PatientDetails
from consult.store.models import AuditEvent

PASSWORD = "clinic secret"
SIGNED = Signature(typed_name="signed")


@pytest.fixture
def patient(context):
    context.consents.create_certificate("Skin Clinic", PASSWORD)
    return context.patients.create(PatientDetails("Ana", "Silva", dt.date(1990, 1, 1)))


def sign(context, patient, uses, practitioner="Dr Okafor"):
    form = context.consents.photo_use_form("en")
    answers = ConsentAnswers(
        kind=ConsentKind.PHOTO_USE,
        form_version=form.version,
        language=form.language,
        signed_on=dt.date.today(),
        statements=form.statements,
        ticked=(True,) * len(form.statements),
        patient=Party("Ana Silva", SIGNED),
        practitioner=Party(practitioner, SIGNED),
        photo_uses=frozenset({"clinical_record", *uses}),
    )
    return context.consents.sign_photo_use(patient.id, None, answers, PASSWORD)


def uses(context, photo):
    return context.photos.get(photo.id).uses


def test_signing_sets_the_uses_on_photos_not_retired_by_the_countersigning_practitioner(
    context, patient, add_photo, make_photo, tmp_path
):
    kept = add_photo(patient.id, make_photo(tmp_path / "a.jpg"))
    retired = add_photo(patient.id, make_photo(tmp_path / "b.jpg", "#203040"))
    context.photos.retire(retired.id, "Dr Okafor")
    consent = sign(context, patient, {"teaching", "publication"})
    assert uses(context, kept) == {
        PhotoUse.CLINICAL_RECORD,
        PhotoUse.TEACHING,
        PhotoUse.PUBLICATION,
    }
    assert uses(context, retired) == {PhotoUse.CLINICAL_RECORD}
    history = context.photos.consent_history(kept.id)
    assert {(c.use, c.granted, c.by) for c in history} == {
        (PhotoUse.TEACHING, True, "Dr Okafor"),
        (PhotoUse.PUBLICATION, True, "Dr Okafor"),
    }
    with context.database.read() as session:
        events = session.execute(
            select(AuditEvent.actor, AuditEvent.record_id, AuditEvent.detail).where(
                AuditEvent.action == "photo.use_granted"
            )
        ).all()
    assert sorted(events) == [
        ("Dr Okafor", kept.id, f"publication (signed consent {consent.id})"),
        ("Dr Okafor", kept.id, f"teaching (signed consent {consent.id})"),
    ]


def test_a_photo_imported_later_starts_with_the_consent_in_force(
    context, patient, add_photo, make_photo, tmp_path
):
    before = add_photo(patient.id, make_photo(tmp_path / "none.jpg"))
    assert uses(context, before) == {PhotoUse.CLINICAL_RECORD}
    sign(context, patient, {"marketing"}, practitioner="Dr Reyes")
    later = add_photo(patient.id, make_photo(tmp_path / "later.jpg", "#405060"))
    assert later.uses == {PhotoUse.CLINICAL_RECORD, PhotoUse.MARKETING}
    assert [(c.use, c.by) for c in context.photos.consent_history(later.id)] == [
        (PhotoUse.MARKETING, "Dr Reyes")
    ]
    assert context.consents.signed_photo_uses(patient.id) == {"clinical_record", "marketing"}


def test_a_newer_consent_refusing_a_use_takes_it_off(
    context, patient, add_photo, make_photo, tmp_path
):
    photo = add_photo(patient.id, make_photo(tmp_path / "a.jpg"))
    sign(context, patient, {"teaching", "marketing"})
    sign(context, patient, {"teaching"})
    assert uses(context, photo) == {PhotoUse.CLINICAL_RECORD, PhotoUse.TEACHING}
    assert context.photos.get(photo.id).withdrawn == {PhotoUse.MARKETING}
    # Signed again as it stands: nothing to change, nothing added to the history.
    count = len(context.photos.consent_history(photo.id))
    sign(context, patient, {"teaching"})
    assert len(context.photos.consent_history(photo.id)) == count


@pytest.mark.parametrize("withdraw", [True, False])
def test_withdrawing_or_voiding_the_consent_in_force_withdraws_its_uses_history_kept(
    context, patient, add_photo, make_photo, tmp_path, withdraw
):
    photo = add_photo(patient.id, make_photo(tmp_path / "a.jpg"))
    retired = add_photo(patient.id, make_photo(tmp_path / "b.jpg", "#203040"))
    consent = sign(context, patient, {"teaching", "publication"})
    # Retired after the signing: it had the uses, and a withdrawal takes them off it too.
    context.photos.retire(retired.id, "Dr Okafor")
    change = context.consents.withdraw if withdraw else context.consents.void
    change(consent.id, "no longer")
    for each in (photo, retired):
        assert uses(context, each) == {PhotoUse.CLINICAL_RECORD}
        history = context.photos.consent_history(each.id)
        assert sorted((c.use.value, c.granted) for c in history) == [
            ("publication", False),
            ("publication", True),
            ("teaching", False),
            ("teaching", True),
        ]
    with context.database.read() as session:
        withdrawn = session.scalars(
            select(AuditEvent.detail).where(AuditEvent.action == "photo.use_withdrawn")
        ).all()
    assert len(withdrawn) == 4 and all(f"signed consent {consent.id}" in d for d in withdrawn)
    # A photo imported now starts with no consented use.
    later = add_photo(patient.id, make_photo(tmp_path / "c.jpg", "#607080"))
    assert later.uses == {PhotoUse.CLINICAL_RECORD}


def test_withdrawing_falls_back_without_granting_and_an_old_consent_changes_nothing(
    context, patient, add_photo, make_photo, tmp_path
):
    photo = add_photo(patient.id, make_photo(tmp_path / "a.jpg"))
    older = sign(context, patient, {"teaching", "publication"})
    newer = sign(context, patient, {"teaching", "marketing"})
    # The superseded consent withdrawn: the photos follow the newer one, untouched.
    context.consents.withdraw(older.id, "replaced")
    assert uses(context, photo) == {
        PhotoUse.CLINICAL_RECORD,
        PhotoUse.TEACHING,
        PhotoUse.MARKETING,
    }
    third = sign(context, patient, {"teaching", "publication"})
    context.consents.withdraw(third.id, "changed her mind")
    # `newer` is in force again: teaching stays (it grants it), publication goes, and
    # marketing, which `third` had taken off, is not given back by a withdrawal.
    assert context.consents.signed_photo_uses(patient.id) == {
        "clinical_record",
        "teaching",
        "marketing",
    }
    assert uses(context, photo) == {PhotoUse.CLINICAL_RECORD, PhotoUse.TEACHING}
    assert newer.valid


def test_a_change_on_one_photo_after_signing_wins_until_the_next_signing(
    context, patient, add_photo, make_photo, tmp_path
):
    photo = add_photo(patient.id, make_photo(tmp_path / "a.jpg"))
    other = add_photo(patient.id, make_photo(tmp_path / "b.jpg", "#203040"))
    consent = sign(context, patient, {"teaching"})
    context.photos.set_use(photo.id, PhotoUse.TEACHING, False, "Dr Okafor")
    context.photos.set_use(photo.id, PhotoUse.MARKETING, True, "Dr Okafor")
    assert uses(context, photo) == {PhotoUse.CLINICAL_RECORD, PhotoUse.MARKETING}
    assert uses(context, other) == {PhotoUse.CLINICAL_RECORD, PhotoUse.TEACHING}
    # The withdrawal takes off what the consent granted; marketing, granted on the photo
    # itself, was never the consent's.
    context.consents.withdraw(consent.id, "no teaching")
    assert uses(context, photo) == {PhotoUse.CLINICAL_RECORD, PhotoUse.MARKETING}
    assert uses(context, other) == {PhotoUse.CLINICAL_RECORD}
    # A new signing is the latest change: every photo as it says.
    sign(context, patient, {"publication"})
    assert uses(context, photo) == {PhotoUse.CLINICAL_RECORD, PhotoUse.PUBLICATION}
    assert uses(context, other) == {PhotoUse.CLINICAL_RECORD, PhotoUse.PUBLICATION}
