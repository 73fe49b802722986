"""`consult assess`: the engine from the command line."""

import copy
import json
import subprocess
import sys

import pytest

from consult.cli import main

VALID = {
    "schema": "consult.assessment/1",
    "date": "2026-11-24",
    "patient": {
        "name": "Zoë Ångström",
        "date_of_birth": "1990-05-01",
        "fitzpatrick": "IV",
        "language": "en",
    },
    "screening": {"active_acne": False, "herpes_history": True, "isotretinoin_last_dose": None},
    "findings": [
        {"zone": "cheek_left", "type": "icepick", "count": 12},
        {"zone": "cheek_right", "type": "rolling_moderate", "count": 6},
        {
            "zone": "jaw_left",
            "type": "hypertrophic_keloid",
            "area_cm2": 6,
            "older_than_2_years": True,
        },
    ],
    "plan_start": "2026-12-05",
}


def write(tmp_path, document, name="assessment.json"):
    path = tmp_path / name
    text = document if isinstance(document, str) else json.dumps(document)
    path.write_text(text, encoding="utf-8")
    return str(path)


def assess_json(tmp_path, capsys, document):
    code = main(["assess", write(tmp_path, document), "--json"])
    out = capsys.readouterr().out
    assert code == 0
    return json.loads(out)


def test_json_output_carries_scores_screening_and_plan(tmp_path, capsys):
    result = assess_json(tmp_path, capsys, VALID)
    scores, plan = result["scores"], result["plan"]
    # C-b 12 -> 3 x 2; B-a 6 -> 2 x 1; D-b 6 cm2 -> 12.
    assert scores["goodman_baron_quantitative"] == 20
    # V 12 -> 15 x 2; M 6 -> 25 x 2; raised, 2 years or more -> 60 x 1.
    assert scores["ecca"] == 140
    assert scores["qualitative_suggested"] == 4 and scores["qualitative_used"] == 4
    assert result["screening"]["status"] == "precautions"
    assert [i["id"] for i in result["screening"]["items"]] == ["herpes_history"]
    assert plan["sessions"] == {"min": 5, "suggested": 6, "max": 8}
    assert plan["interval_weeks"] == 6
    assert plan["dates"][:2] == ["2026-12-07", "2027-01-18"] and len(plan["dates"]) == 6
    assert plan["needle_depth_mm"] == {
        "cheek_left": [1.0, 2.0, 1.0],
        "cheek_right": [1.0, 2.0, 1.0],
    }
    assert {tuple(a["scar_types"]) for a in plan["adjuncts"]} == {
        ("icepick",),
        ("rolling_moderate",),
        ("hypertrophic_keloid",),
    }
    assert all(r["text"] and r["source"] for r in plan["reasons"])
    assert plan["rules_version"] == "2026.12.2"


def test_the_practitioners_grade_is_used_and_the_suggestion_kept(tmp_path, capsys):
    result = assess_json(tmp_path, capsys, {**VALID, "global_grade": 3})
    assert result["scores"]["qualitative_suggested"] == 4
    assert result["scores"]["qualitative_used"] == 3
    assert result["plan"]["sessions"] == {"min": 4, "suggested": 5, "max": 6}


def test_the_output_does_not_repeat_the_patients_name(tmp_path, capsys):
    main(["assess", write(tmp_path, VALID), "--json"])
    main(["assess", write(tmp_path, VALID)])
    assert "Zoë" not in capsys.readouterr().out


def test_fitzpatrick_may_come_from_the_questionnaire(tmp_path, capsys):
    patient = {**VALID["patient"], "fitzpatrick_answers": [4] * 10}
    del patient["fitzpatrick"]
    result = assess_json(tmp_path, capsys, {**VALID, "patient": patient})
    assert result["patient"]["fitzpatrick_roman"] == "VI"


def test_blocked_document_gives_no_dates_and_says_why(tmp_path, capsys):
    document = {**VALID, "screening": {"active_cold_sore": True}}
    result = assess_json(tmp_path, capsys, document)
    assert result["screening"]["status"] == "blocked"
    assert result["plan"]["dates"] == []
    assert result["plan"]["reasons"][0]["source"] == "clinic_contraindication_lists"


def test_the_readable_summary(tmp_path, capsys):
    assert main(["assess", write(tmp_path, VALID)]) == 0
    out = capsys.readouterr().out
    assert "Goodman & Baron quantitative  20 of 84" in out
    assert "ECCA                          140 of 540" in out
    assert "Screening: precautions" in out
    assert "Dates: 2026-12-07, 2027-01-18" in out


def _with(path, value):
    """VALID with the field at `path` (a list of keys) set, or removed when value is ...."""
    document = copy.deepcopy(VALID)
    target = document
    for key in path[:-1]:
        target = target[key]
    if value is ...:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return document


def _finding(**fields):
    document = copy.deepcopy(VALID)
    document["findings"].append(fields)
    return document


BAD = [
    ("not JSON", '{"schema": "consult.assessment/1",', "document: not valid JSON"),
    ("not an object", "[1, 2]", "document: must be an object"),
    ("date far ahead", _with(["date"], "9999-10-01"), "date: must be between"),
    (
        "isotretinoin date far ahead",
        _with(["screening", "isotretinoin_last_dose"], "9999-09-01"),
        "screening.isotretinoin_last_dose: must be between",
    ),
    ("birth in 1800", _with(["patient", "date_of_birth"], "1800-01-01"), "must be between"),
    (
        "duplicate key",
        '{"schema": "consult.assessment/1", "findings": [], "findings": []}',
        "appears twice",
    ),
    ("empty file", "", "document: not valid JSON"),
    ("nested too deeply", "[" * 100_000, "document: not valid JSON (nested too deeply)"),
    (
        "absurd count",
        _finding(zone="chin", type="icepick", count=10**400),
        "findings[3].count: must be at most 10000",
    ),
    ("NaN is not JSON", '{"schema": NaN}', "document: not valid JSON"),
    ("wrong schema", _with(["schema"], "consult.assessment/2"), "schema: must be"),
    ("missing schema", _with(["schema"], ...), "schema: missing"),
    ("unknown top field", _with(["notes"], "x"), "notes: unknown field"),
    (
        "unknown zone",
        _finding(zone="ear", type="icepick", count=1),
        "findings[3].zone: unknown zone",
    ),
    (
        "unknown type",
        _finding(zone="chin", type="scratch", count=1),
        "findings[3].type: unknown scar type",
    ),
    (
        "negative count",
        _finding(zone="chin", type="icepick", count=-1),
        "findings[3].count: must be a whole number ≥ 0",
    ),
    (
        "fractional count",
        _finding(zone="chin", type="icepick", count=2.5),
        "findings[3].count: must be a whole number ≥ 0",
    ),
    (
        "string count",
        _finding(zone="chin", type="icepick", count="3"),
        "findings[3].count: must be a whole number ≥ 0",
    ),
    (
        "true as count",
        _finding(zone="chin", type="icepick", count=True),
        "findings[3].count: must be a whole number ≥ 0",
    ),
    ("missing count", _finding(zone="chin", type="icepick"), "findings[3].count: missing"),
    (
        "keloid without area",
        _finding(zone="chin", type="hypertrophic_keloid", older_than_2_years=False),
        "findings[3].area_cm2: missing",
    ),
    (
        "keloid area 0",
        _finding(zone="chin", type="hypertrophic_keloid", area_cm2=0),
        "findings[3].area_cm2: must be",
    ),
    (
        "area on a counted type",
        _finding(zone="chin", type="icepick", count=1, area_cm2=2),
        "findings[3].area_cm2: unknown field",
    ),
    ("missing patient", _with(["patient"], ...), "patient: missing"),
    (
        "patient without name",
        _with(["patient", "name"], " "),
        "patient.name: must be non-empty text",
    ),
    (
        "birth date in the future",
        _with(["patient", "date_of_birth"], "2999-01-01"),
        "patient.date_of_birth: must not be in the future",
    ),
    (
        "born after the consultation",
        _with(["date"], "1989-01-01"),
        "patient.date_of_birth: must not be after",
    ),
    (
        "Fitzpatrick 0",
        _with(["patient", "fitzpatrick"], 0),
        "patient.fitzpatrick: must be a skin type 1 to 6",
    ),
    (
        "Fitzpatrick 7",
        _with(["patient", "fitzpatrick"], 7),
        "patient.fitzpatrick: must be a skin type 1 to 6",
    ),
    (
        "Fitzpatrick VII",
        _with(["patient", "fitzpatrick"], "VII"),
        "patient.fitzpatrick: must be a skin type 1 to 6",
    ),
    (
        "duplicate zone and type",
        _finding(zone="cheek_left", type="icepick", count=2),
        "findings[3]: duplicate of findings[0]",
    ),
    ("bad date", _with(["date"], "2026-02-30"), "date: must be a date written YYYY-MM-DD"),
    (
        "date in another format",
        _with(["date"], "24/11/2026"),
        "date: must be a date written YYYY-MM-DD",
    ),
    (
        "bad birth date",
        _with(["patient", "date_of_birth"], "1990-13-01"),
        "patient.date_of_birth: must be a date",
    ),
    (
        "bad isotretinoin date",
        _with(["screening", "isotretinoin_last_dose"], "last spring"),
        "screening.isotretinoin_last_dose: must be a date",
    ),
    (
        "unknown screening item",
        _with(["screening", "smoker"], True),
        "screening.smoker: unknown screening item",
    ),
    (
        "screening answer not yes/no",
        _with(["screening", "active_acne"], "no"),
        "screening.active_acne: must be true or false",
    ),
    ("global grade 5", _with(["global_grade"], 5), "global_grade: must be a whole number 1 to 4"),
    (
        "plan before the consultation",
        _with(["plan_start"], "2026-11-01"),
        "plan_start: must not be before",
    ),
    ("findings not a list", _with(["findings"], {"zone": "chin"}), "findings: must be a list"),
    (
        "bad language",
        _with(["patient", "language"], "English!"),
        "patient.language: must be a language code",
    ),
]


@pytest.mark.parametrize(("case", "document", "message"), BAD, ids=[b[0] for b in BAD])
def test_bad_documents_are_refused_with_exit_2_and_one_line(
    tmp_path, capsys, case, document, message
):
    code = main(["assess", write(tmp_path, document), "--json"])
    captured = capsys.readouterr()
    assert code == 2
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1, captured.err
    assert message in lines[0]


def test_a_byte_order_mark_is_accepted(tmp_path, capsys):
    path = tmp_path / "bom.json"
    path.write_text("\ufeff" + json.dumps(VALID), encoding="utf-8")
    assert main(["assess", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["scores"]["ecca"] == 140


def test_a_missing_file_is_refused_in_one_line(tmp_path, capsys):
    assert main(["assess", str(tmp_path / "nope.json")]) == 2
    assert capsys.readouterr().err.strip().endswith("nope.json: no such file")


def test_usage_mistakes_are_one_line_with_exit_2(capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["assess"])
    assert stopped.value.code == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


def run_consult(*args, stdin=None):
    return subprocess.run(
        [sys.executable, "-m", "consult", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )


def test_as_a_process_bad_input_exits_2_without_a_traceback():
    done = run_consult("assess", "-", stdin='{"schema": "consult.assessment/1", "date": 3}')
    assert done.returncode == 2
    assert done.stdout == ""
    assert "Traceback" not in done.stderr
    assert done.stderr.strip() == "consult: date: must be a date written YYYY-MM-DD"


def test_as_a_process_refuses_stdin_that_is_not_utf8():
    done = subprocess.run(
        [sys.executable, "-m", "consult", "assess", "-"],
        input=json.dumps(VALID, ensure_ascii=False).encode("latin-1", "replace"),
        capture_output=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert done.stderr.decode().strip() == "consult: -: is not UTF-8 text"


def test_as_a_process_reads_stdin_and_prints_json():
    done = run_consult("assess", "-", "--json", stdin=json.dumps(VALID))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["scores"]["ecca"] == 140


def test_assess_does_not_load_qt_reportlab_the_store_or_the_calendar(tmp_path):
    path = write(tmp_path, VALID)
    probe = (
        "import sys, contextlib, io\n"
        "from consult.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    code = main(['assess', {path!r}, '--json'])\n"
        "heavy = {'PySide6', 'reportlab', 'sqlalchemy', 'alembic', 'icalendar'}\n"
        "heavy = [m for m in sys.modules if m.split('.')[0] in heavy]\n"
        "print(code, heavy)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "0 []", done.stderr


def test_version():
    done = run_consult("--version")
    assert done.returncode == 0
    assert done.stdout.strip().startswith("consult 0.")
