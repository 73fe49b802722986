"""The clinic's practitioners: added, renamed, listed by name; each change audited."""

import pytest
from sqlalchemy import select

from consult.domain.errors import DocumentError
from consult.services.errors import NotFound
from consult.store.models import AuditEvent


def test_practitioners_are_listed_by_name_as_added(context):
    assert context.practitioners.list() == []
    souza = context.practitioners.add("  Dr Souza ")
    bakker = context.practitioners.add("ana Bakker")  # case ignored: not after "Dr"
    assert souza.name == "Dr Souza"
    assert context.practitioners.list() == [bakker, souza]


def test_a_rename_is_kept_and_reordered(context):
    souza = context.practitioners.add("Dr Ana Souza")
    context.practitioners.add("Dr Lotte Bakker")
    renamed = context.practitioners.rename(souza.id, "Dr Ana Almeida")
    assert renamed.id == souza.id
    assert [p.name for p in context.practitioners.list()] == ["Dr Ana Almeida", "Dr Lotte Bakker"]


@pytest.mark.parametrize(("name", "problem"), [("   ", "required"), ("x" * 201, "200")])
def test_an_empty_or_long_name_is_refused_and_nothing_saved(context, name, problem):
    with pytest.raises(DocumentError, match=problem):
        context.practitioners.add(name)
    souza = context.practitioners.add("Dr Ana Souza")
    with pytest.raises(DocumentError, match=problem):
        context.practitioners.rename(souza.id, name)
    assert context.practitioners.list() == [souza]


def test_a_name_of_200_characters_is_kept_whole(context):
    name = "x" * 200
    assert context.practitioners.add(name).name == name
    assert context.practitioners.list()[0].name == name


def test_renaming_an_unknown_practitioner_is_refused(context):
    with pytest.raises(NotFound):
        context.practitioners.rename(404, "Dr Ana Souza")


def test_every_change_leaves_one_audit_event_without_the_name(context):
    souza = context.practitioners.add("Dr Ana Souza")
    context.practitioners.rename(souza.id, "Dr Ana Almeida")
    context.practitioners.list()
    with context.database.read() as session:
        events = session.scalars(
            select(AuditEvent).where(AuditEvent.record_type == "practitioner")
        ).all()
        rows = [(e.action, e.record_id) for e in events]
        texts = " ".join(f"{e.actor} {e.action}" for e in events)
    assert rows == [("practitioner.add", souza.id), ("practitioner.rename", souza.id)]
    assert "Ana" not in texts


@pytest.mark.parametrize(
    ("name", "problem"),
    [("Dr\x00Souza", "NUL character"), ("Dr \udcff", "broken character \\(\\\\udcff\\)")],
)
def test_point11_a_nul_or_lone_surrogate_in_a_practitioner_or_clinic_is_refused(
    context, name, problem
):
    from consult.domain.clinic import ClinicDetails

    with pytest.raises(DocumentError, match=f"name: must not contain a {problem}"):
        context.practitioners.add(name)
    with pytest.raises(DocumentError, match=f"name: must not contain a {problem}"):
        context.clinic.save(ClinicDetails(name=name))
    assert context.practitioners.list() == [] and context.clinic.get() is None


def test_one_who_left_is_kept_on_the_list_but_not_offered_and_each_change_audited(context):
    souza = context.practitioners.add("Dr Souza")
    bakker = context.practitioners.add("Dr Bakker")
    left = context.practitioners.set_active(souza.id, False)
    assert not left.active and context.practitioners.list() == [bakker, left]
    assert context.practitioners.offered() == [bakker]
    assert context.practitioners.offered(souza.id) == [bakker, left]
    assert context.practitioners.set_active(souza.id, True).active
    with pytest.raises(NotFound):
        context.practitioners.set_active(souza.id + 10, False)
    with context.database.read() as session:
        actions = session.scalars(
            select(AuditEvent.action).where(AuditEvent.record_id == souza.id)
        ).all()
    assert actions[-2:] == ["practitioner.deactivate", "practitioner.reactivate"]
