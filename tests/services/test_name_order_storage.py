"""The name order is kept with the patient and carried by the export."""

import datetime as dt

from consult.domain.names import NameOrder
from consult.domain.records import PatientDetails
from consult.services.export import export_patient


def test_the_name_order_is_stored_and_exported(sqlite_context):
    context = sqlite_context
    chosen = context.patients.create(
        PatientDetails("Ana", "Moreno", dt.date(1990, 1, 1), name_order=NameOrder.FAMILY_FIRST)
    )
    automatic = context.patients.create(PatientDetails("Bo", "Lind", dt.date(1991, 1, 1)))

    assert context.patients.get(chosen.id).details.full_name == "Moreno Ana"
    assert context.patients.get(automatic.id).details.name_order is None
    exported = export_patient(context.database, context.rules, chosen.id, current=context.current)[
        "patient"
    ]
    assert exported["name_order"] == "family-first"
    assert (
        export_patient(context.database, context.rules, automatic.id, current=context.current)[
            "patient"
        ]["name_order"]
        is None
    )
