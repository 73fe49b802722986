"""`consult lots LOT`: every session of a lot, found as the lot is typed by hand."""

import json

from consult.cli import main
from consult.services.context import open_context


def test_a_lot_is_found_whatever_its_case_and_the_spaces_around_it(
    tmp_path, capsys, rules, make_course
):
    path = tmp_path / "clinic.sqlite3"
    context = open_context(str(path), rules=rules)
    try:
        patient, *_ = make_course(context, sessions=2)
    finally:
        context.close()

    assert main(["lots", "  cart-77 ", "--json", "--db", str(path)]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(row["patient_id"], row["lot"]) for row in rows] == [(patient.id, "CART-77")] * 2

    assert main(["lots", "CART-7", "--db", str(path)]) == 0
    assert "no session used lot" in capsys.readouterr().err
