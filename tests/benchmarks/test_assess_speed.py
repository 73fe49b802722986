"""Budgets: `consult assess` on a 13-finding document, as a whole process, under 0.3 s and
at most 3 times `python -c "import json"`.

Run on demand: pytest tests/benchmarks -m benchmark --benchmark-enable
"""

import json
import subprocess
import sys

BUDGET_SECONDS = 0.3
# Against the same Python importing json, run alternately with it (medians of the ratios).
BUDGET_TIMES_IMPORT_JSON = 3.0
ROUNDS = 15

DOCUMENT = {
    "schema": "consult.assessment/1",
    "date": "2026-11-24",
    "patient": {"name": "Bench Mark", "date_of_birth": "1990-05-01", "fitzpatrick": 3},
    # Every block item answered: without them the plan is "incomplete", with no depths.
    "screening": {
        "active_acne": False,
        "active_infection": False,
        "active_cold_sore": False,
        "active_sunburn": False,
        "pregnant_or_breastfeeding": False,
        "radiotherapy_last_3_months": False,
        "skin_cancer_in_area": False,
        "herpes_history": True,
        "isotretinoin_last_dose": "2026-07-01",
    },
    "findings": [
        {"zone": "forehead", "type": "rolling_mild", "count": 4},
        {"zone": "temple_left", "type": "boxcar_shallow", "count": 3},
        {"zone": "temple_right", "type": "boxcar_shallow", "count": 2},
        {"zone": "nose", "type": "papular", "count": 5},
        {"zone": "perioral", "type": "macular_erythematous", "count": 6},
        {"zone": "cheek_left", "type": "icepick", "count": 14},
        {"zone": "cheek_left", "type": "rolling_moderate", "count": 9},
        {"zone": "cheek_right", "type": "icepick", "count": 11},
        {"zone": "cheek_right", "type": "boxcar_deep", "count": 7},
        {"zone": "chin", "type": "atrophic_broad_shallow", "count": 2},
        {"zone": "jaw_left", "type": "hypertrophic_keloid", "area_cm2": 3.5},
        {"zone": "jaw_right", "type": "macular_pigmented", "count": 8},
        {"zone": "forehead", "type": "elastolysis", "count": 3},
    ],
    "plan_start": "2026-12-01",
}


def test_assess_13_findings_as_a_whole_process(benchmark, tmp_path):
    path = tmp_path / "assessment.json"
    path.write_text(json.dumps(DOCUMENT), encoding="utf-8")
    command = [sys.executable, "-m", "consult", "assess", str(path), "--json"]

    def run():
        return subprocess.run(command, capture_output=True, check=True)

    done = benchmark.pedantic(run, rounds=15, warmup_rounds=2)
    # Ten zones, less the two with raised scars only (the nose's papules, the left jaw's keloid).
    assert len(json.loads(done.stdout)["plan"]["needle_depth_mm"]) == 8
    assert benchmark.stats["mean"] < BUDGET_SECONDS


def test_assess_as_a_process_within_3_times_python_importing_json(
    benchmark, alternate, process_environment, tmp_path
):
    path = tmp_path / "assessment.json"
    path.write_text(json.dumps(DOCUMENT), encoding="utf-8")
    command = [sys.executable, "-m", "consult", "assess", str(path), "--json"]
    import_json = [sys.executable, "-c", "import json"]

    measured = alternate(benchmark, command, import_json, process_environment, ROUNDS)
    benchmark.extra_info["import_json_median_s"] = round(measured.baseline_median, 3)
    benchmark.extra_info["times_import_json"] = round(measured.ratio, 2)
    print("\n" + measured.summary("consult assess", "python -c 'import json'"))
    assert measured.ratio <= BUDGET_TIMES_IMPORT_JSON
