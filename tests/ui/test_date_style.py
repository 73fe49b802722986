"""One date style in the window: the locale's medium date, in what is read and in what is
typed ("6 Dec 2026" in British English, "Dec 6, 2026" in American English)."""

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QLocale

from consult.domain.records import PatientDetails
from consult.ui.date_field import OptionalDay
from consult.ui.formats import read_date, show_date, show_time
from consult.ui.patients.dialog import PatientDialog

DAY = dt.date(2026, 12, 6)


@pytest.fixture
def speaking():
    """`speaking(name)`: the window's locale for this test, the previous one back after."""
    before = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(before)


@pytest.mark.parametrize(
    ("locale", "shown"),
    [("en_GB", "6 Dec 2026"), ("en_US", "Dec 6, 2026"), ("de_DE", "6. Dez. 2026")],
)
def test_a_date_reads_as_the_locale_writes_its_medium_date(speaking, locale, shown):
    speaking(locale)
    assert show_date(DAY) == shown
    assert show_time(dt.datetime(2026, 12, 6, 12, 0, tzinfo=dt.UTC)).startswith(shown)
    assert read_date(shown) == DAY  # what is shown can be typed back


def test_a_date_of_birth_being_edited_is_shown_in_the_window_style(qtbot, sqlite_context, speaking):
    speaking("en_US")
    record = sqlite_context.patients.create(
        PatientDetails("Ana", "Moreno", dt.date(1994, 3, 18), fitzpatrick=3)
    )
    dialog = PatientDialog(sqlite_context.patients, record)
    qtbot.addWidget(dialog)
    assert dialog.date_of_birth.text() == "Mar 18, 1994"
    dialog.save()
    assert dialog.saved is not None and dialog.saved.details.date_of_birth == dt.date(1994, 3, 18)


def test_a_report_range_date_box_shows_the_window_style(qtbot, speaking):
    speaking("en_GB")
    box = OptionalDay("From", QDate(2026, 12, 6))
    qtbot.addWidget(box)
    assert box.date.text() == "6 Dec 2026"
