"""Name order in the window: the list, the patient page and the patient form follow it;
search finds a patient by either name whatever the order."""

import datetime as dt

from consult.domain.names import NameOrder
from consult.domain.records import PatientDetails
from consult.ui.patients.dialog import PatientDialog
from consult.ui.patients.listing import PatientListView
from consult.ui.patients.page import PatientView
from consult.ui.patients.table import Column, PatientTableModel

VIETNAMESE = PatientDetails("Thị Ánh", "Nguyễn", dt.date(1990, 5, 1), language="vi")


def test_a_vietnamese_patient_is_listed_family_name_first(qtbot, sqlite_context):
    record = sqlite_context.patients.create(VIETNAMESE)
    model = PatientTableModel()
    model.set_records([record])
    assert model.data(model.index(0, Column.NAME)) == "Nguyễn Thị Ánh"


def test_the_patient_page_and_the_search_follow_the_order(qtbot, sqlite_context):
    record = sqlite_context.patients.create(VIETNAMESE)
    view = PatientView(sqlite_context)
    qtbot.addWidget(view)
    view.show_patient(record.id)
    assert "Nguyễn Thị Ánh" in view.name.text()
    listing = PatientListView(sqlite_context.patients)
    qtbot.addWidget(listing)
    for query in ("nguyen", "anh", "thi nguyen"):
        qtbot.keyClicks(listing.search, query)
        assert listing.model.rowCount() == 1, query
        assert listing.model.record(0).details.full_name == "Nguyễn Thị Ánh"
        listing.search.clear()


def test_the_form_keeps_the_order_chosen_and_offers_automatic(qtbot, sqlite_context):
    record = sqlite_context.patients.create(VIETNAMESE)
    dialog = PatientDialog(sqlite_context.patients, record, ("en",))
    qtbot.addWidget(dialog)
    assert dialog.name_order.currentData() is None  # automatic
    dialog.name_order.setCurrentIndex(dialog.name_order.findData(NameOrder.GIVEN_FIRST))
    dialog.save()
    saved = sqlite_context.patients.get(record.id).details
    assert saved.name_order == NameOrder.GIVEN_FIRST
    assert saved.full_name == "Thị Ánh Nguyễn"
    again = PatientDialog(sqlite_context.patients, sqlite_context.patients.get(record.id), ("en",))
    qtbot.addWidget(again)
    assert again.name_order.currentData() == NameOrder.GIVEN_FIRST
    again.name_order.setCurrentIndex(again.name_order.findData(None))
    again.save()
    assert sqlite_context.patients.get(record.id).details.name_order is None
