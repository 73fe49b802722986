"""`consult assess`: the engine from the command line."""

import copy
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from consult.cli import main

EXAMPLE = Path(__file__).parents[2] / "resources" / "examples" / "assessment.json"

# Every block item answered: without them the plan is "incomplete" (DECISIONS.md 7.4).
BLOCKS_NO = {
    item: False
    for item in (
        "active_acne",
        "active_infection",
        "active_cold_sore",
        "active_sunburn",
        "pregnant_or_breastfeeding",
        "radiotherapy_last_3_months",
        "skin_cancer_in_area",
    )
}
VALID = {
    "schema": "consult.assessment/1",
    "date": "2026-11-24",
    "patient": {
        "name": "Zoë Ångström",
        "date_of_birth": "1990-05-01",
        "fitzpatrick": "IV",
        "language": "en",
    },
    "screening": {**BLOCKS_NO, "herpes_history": True, "isotretinoin_last_dose": None},
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
    # The raised scar on the jaw shows a keloid tendency, though the question was not asked.
    items = result["screening"]["items"]
    assert [i["id"] for i in items] == ["herpes_history", "keloid_tendency"]
    assert items[1]["derived_from"] == "hypertrophic_keloid" and "derived_from" not in items[0]
    assert plan["status"] == "suggested"
    assert plan["sessions"] == {"min": 5, "suggested": 6, "max": 8}
    assert plan["interval_weeks"] == 6
    # The keloid precaution starts the plan with a test patch on the start (Saturday 5
    # December, so Monday 7); the first full session 4 weeks later.
    assert plan["start"] == "2026-12-07"
    assert plan["test_patch"] == {"date": "2026-12-07", "first_session_from": "2027-01-04"}
    assert plan["dates"][:2] == ["2027-01-04", "2027-02-15"] and len(plan["dates"]) == 6
    assert plan["needle_depth_mm"] == {
        "cheek_left": [1.0, 1.5, 1.0],
        "cheek_right": [1.0, 1.5, 1.0],
    }
    assert plan["needle_depth_accepted_max_mm"] == {"cheek_left": 2.0, "cheek_right": 2.0}
    assert {tuple(a["scar_types"]) for a in plan["adjuncts"]} == {
        ("icepick",),
        ("rolling_moderate",),
        ("hypertrophic_keloid",),
    }
    assert all(r["text"] and r["source"] for r in plan["reasons"])
    assert plan["rules_version"] == "2026.12.5"


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
    document = {**VALID, "screening": {**BLOCKS_NO, "active_cold_sore": True}}
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
    assert "Test patch: 2026-12-07; full sessions from 2027-01-04" in out
    assert "Dates: 2027-01-04, 2027-02-15" in out


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
        "raised scar count 0",
        _finding(zone="chin", type="hypertrophic_keloid", area_cm2=1, count=0),
        "findings[3].count: must be a whole number ≥ 1",
    ),
    ("contact not text", _with(["patient", "contact"], 5), "patient.contact: must be text"),
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
        'screening.isotretinoin_last_dose: must be a date written YYYY-MM-DD, "current"',
    ),
    (
        "isotretinoin yes without a date",
        _with(["screening", "isotretinoin_last_dose"], True),
        "screening.isotretinoin_last_dose: must be a date",
    ),
    (
        "qualitative answer not yes/no",
        _with(["qualitative_answers"], {"contour": "yes"}),
        "qualitative_answers.contour: must be true, false or null",
    ),
    (
        "unknown qualitative question",
        _with(["qualitative_answers"], {"deep": True}),
        "qualitative_answers.deep: unknown field",
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


# What `consult assess` has no use for, and which cost it milliseconds of a 0.1 s run (its
# budget: 3 times `python -c "import json"`, tests/benchmarks/test_assess_speed.py).
NOT_FOR_ASSESS = ("logging", "uuid", "platform", "difflib", "consult.domain.records")


def test_assess_as_a_process_leaves_out_what_it_does_not_use(tmp_path):
    path = write(tmp_path, {**VALID, "calendar_uid": None})
    probe = (
        "import runpy, sys\n"
        f"sys.argv = ['consult', 'assess', {path!r}, '--json']\n"
        "try:\n"
        "    runpy.run_module('consult', run_name='__main__')\n"
        "finally:\n"
        f"    print(sorted(set({NOT_FOR_ASSESS!r}) & set(sys.modules)), file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["scores"]["ecca"] == 140
    assert done.stderr.strip() == "[]"


def test_version():
    done = run_consult("--version")
    assert done.returncode == 0
    assert done.stdout.strip().startswith("consult 0.")


# The clinical review of December 2026 (DECISIONS.md 7), through `consult assess --json`.
def _document(findings, screening=None, **fields):
    return {
        "schema": "consult.assessment/1",
        "date": "2026-11-24",  # a Tuesday
        "patient": {"name": "A Patient", "date_of_birth": "1990-05-01", "fitzpatrick": 2},
        "screening": {**BLOCKS_NO, **(screening or {})},
        "findings": findings,
        **fields,
    }


ROLLING = [{"zone": "cheek_left", "type": "rolling_moderate", "count": 8}]


def test_without_plan_start_the_first_session_is_14_days_after_the_consultation(tmp_path, capsys):
    plan = assess_json(tmp_path, capsys, _document(ROLLING, global_grade=3))["plan"]
    assert plan["start"] == plan["dates"][0] == "2026-12-08"
    assert plan["test_patch"] is None


def test_a_default_start_on_a_sunday_moves_to_monday(tmp_path, capsys):
    document = {**_document(ROLLING, global_grade=3), "date": "2026-11-22"}  # a Sunday
    assert assess_json(tmp_path, capsys, document)["plan"]["dates"][0] == "2026-12-07"


def test_darker_skin_with_dark_mark_history_gets_a_test_patch(tmp_path, capsys):
    document = _document(ROLLING, {"pih_history": True}, global_grade=3)
    document["patient"]["fitzpatrick"] = "V"
    plan = assess_json(tmp_path, capsys, document)["plan"]
    assert plan["test_patch"] == {"date": "2026-12-08", "first_session_from": "2027-01-05"}
    assert plan["start"] == "2026-12-08" and plan["dates"][0] == "2027-01-05"
    assert all(day >= plan["test_patch"]["first_session_from"] for day in plan["dates"])
    assert len(plan["dates"]) == plan["sessions"]["suggested"]


def test_unanswered_block_items_make_an_incomplete_plan_naming_them(tmp_path, capsys):
    document = _document(ROLLING, global_grade=3)
    del document["screening"]["active_sunburn"], document["screening"]["skin_cancer_in_area"]
    result = assess_json(tmp_path, capsys, document)
    plan = result["plan"]
    assert plan["status"] == "incomplete" and plan["dates"] == [] and plan["start"] is None
    named = " ".join(reason["text"] for reason in plan["reasons"])
    assert "active_sunburn" in named and "skin_cancer_in_area" in named
    assert {"active_sunburn", "skin_cancer_in_area"} <= set(result["screening"]["unanswered"])


def test_a_raised_scar_with_keloid_tendency_answered_no_derives_the_precaution(tmp_path, capsys):
    findings = [*ROLLING, {"zone": "chin", "type": "hypertrophic_keloid", "area_cm2": 2}]
    result = assess_json(tmp_path, capsys, _document(findings, {"keloid_tendency": False}))
    keloid = next(i for i in result["screening"]["items"] if i["id"] == "keloid_tendency")
    assert keloid["level"] == "precaution" and keloid["derived_from"] == "hypertrophic_keloid"
    precaution = next(p for p in result["plan"]["precautions"] if p["id"] == "keloid_tendency")
    assert precaution["derived_from"] == "hypertrophic_keloid"
    assert result["plan"]["test_patch"] is not None


def test_the_cheek_is_needled_at_1_25_in_a_usual_range_of_1_to_1_5(tmp_path, capsys):
    findings = [
        {"zone": "cheek_right", "type": "boxcar_shallow", "count": 4},
        {"zone": "forehead", "type": "rolling_mild", "count": 2},
        {"zone": "nose", "type": "rolling_mild", "count": 2},
    ]
    plan = assess_json(tmp_path, capsys, _document(findings, global_grade=3))["plan"]
    assert plan["needle_depth_mm"] == {
        "forehead": [0.5, 0.75, 0.5],
        "nose": [0.25, 0.5, 0.25],
        "cheek_right": [1.0, 1.5, 1.25],
    }
    assert all((depth[2] / 0.25).is_integer() for depth in plan["needle_depth_mm"].values())


def test_raised_scars_do_not_raise_the_suggested_grade(tmp_path, capsys):
    findings = [
        {"zone": "cheek_left", "type": "rolling_mild", "count": 5},
        {"zone": "chin", "type": "hypertrophic_keloid", "area_cm2": 3},
        {"zone": "nose", "type": "papular", "count": 4},
        {"zone": "jaw_left", "type": "bridge_tunnel", "count": 1},
    ]
    scores = assess_json(tmp_path, capsys, _document(findings))["scores"]
    assert scores["qualitative_suggested"] == 2 and scores["qualitative_used"] == 2
    # Still scored: D-a papular, D-b keloid by area.
    assert scores["goodman_baron_rows"]["D-a"]["points"] == 2
    assert scores["goodman_baron_rows"]["D-b"]["points"] == 6


def test_the_qualitative_answers_grade_is_the_suggestion(tmp_path, capsys):
    answers = {"contour": True, "obvious_at_50_cm": True, "flattens": False}
    document = _document(ROLLING, qualitative_answers=answers)
    scores = assess_json(tmp_path, capsys, document)["scores"]
    assert scores["qualitative_suggested"] == 4 and scores["qualitative_from_questions"] == 4
    assert scores["qualitative_from_types"] == 3


def test_isotretinoin_current_is_a_precaution_told_apart_from_past_use(tmp_path, capsys):
    current = _document(ROLLING, {"isotretinoin_last_dose": "current"}, global_grade=3)
    item = assess_json(tmp_path, capsys, current)["screening"]["items"][0]
    assert item["id"] == "isotretinoin_last_dose" and item["level"] == "precaution"
    assert item["detail"] == "taking it now" and "Spring 2017" in item["text"]
    past = _document(ROLLING, {"isotretinoin_last_dose": "2026-10-01"}, global_grade=3)
    past_item = assess_json(tmp_path, capsys, past)["screening"]["items"][0]
    assert past_item["detail"] == "last dose 2026-10-01" and past_item["text"] != item["text"]


NEW_SCREENING = [
    "mild_comedonal_acne",
    "recent_filler_threads_laser_peel_in_area",
    "recent_tan",
    "vitiligo",
    "lupus_or_photosensitivity",
    "connective_tissue_disease",
    "antiseptic_allergy",
    "expectations_concern",
]


@pytest.mark.parametrize("item", NEW_SCREENING)
def test_each_new_precaution_is_read_and_applies(tmp_path, capsys, item):
    result = assess_json(tmp_path, capsys, _document(ROLLING, {item: True}, global_grade=3))
    assert [(i["id"], i["level"]) for i in result["screening"]["items"]] == [(item, "precaution")]
    assert result["plan"]["status"] == "suggested"


def test_active_sunburn_blocks(tmp_path, capsys):
    result = assess_json(tmp_path, capsys, _document(ROLLING, {"active_sunburn": True}))
    assert result["screening"]["status"] == "blocked" and result["plan"]["status"] == "blocked"


def test_an_old_document_lists_the_new_items_unanswered(tmp_path, capsys):
    document = _document(ROLLING, global_grade=3)
    del document["screening"]["active_sunburn"]
    unanswered = assess_json(tmp_path, capsys, document)["screening"]["unanswered"]
    assert set(NEW_SCREENING) | {"active_sunburn"} <= set(unanswered)


def test_flat_marks_only_give_no_depths_and_no_sessions(tmp_path, capsys):
    findings = [
        {"zone": "cheek_left", "type": "macular_erythematous", "count": 6},
        {"zone": "chin", "type": "macular_hypopigmented", "count": 3},
    ]
    plan = assess_json(tmp_path, capsys, _document(findings))["plan"]
    assert plan["grade"] == 1 and plan["flat_marks_only"] is True
    assert plan["needle_depth_mm"] == {} and plan["dates"] == []


def test_rolling_scars_prompt_prp(tmp_path, capsys):
    plan = assess_json(tmp_path, capsys, _document(ROLLING, global_grade=3))["plan"]
    prp = [a for a in plan["adjuncts"] if a["id"] == "prp"]
    assert prp and "PRP" in prp[0]["text"] and prp[0]["source"] == "kang_lu_2022"


def test_a_bridge_is_accepted_not_needled_and_prompts_excision(tmp_path, capsys):
    findings = [*ROLLING, {"zone": "chin", "type": "bridge_tunnel", "count": 1}]
    plan = assess_json(tmp_path, capsys, _document(findings, global_grade=3))["plan"]
    assert "chin" not in plan["needle_depth_mm"]
    assert any(a["id"] == "excision" for a in plan["adjuncts"])


def test_a_last_isotretinoin_dose_after_the_consultation_is_refused(tmp_path, capsys):
    document = json.loads(EXAMPLE.read_text("utf-8"))
    document["screening"]["isotretinoin_last_dose"] = "2026-12-01"  # the example is 24 Nov
    path = tmp_path / "later.json"
    path.write_text(json.dumps(document), "utf-8")
    assert main(["assess", str(path)]) == 2
    assert capsys.readouterr().err == (
        "consult: screening.isotretinoin_last_dose: must not be after the consultation date "
        '(or "current")\n'
    )


def test_output_cut_short_by_its_reader_gives_no_traceback():
    # The reader is gone before consult writes a byte (as `consult assess … | head` once
    # head has read its lines): its output has nowhere to go, and no traceback follows.
    unbuffered = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    child = subprocess.Popen(
        [sys.executable, "-m", "consult", "assess", str(EXAMPLE)],
        env=unbuffered,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    child.stdout.close()
    _, err = child.communicate(timeout=60)
    assert child.returncode == 1
    assert b"Traceback" not in err and b"BrokenPipe" not in err
