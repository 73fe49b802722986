"""`consult --self-test`: the installed command checks itself without a screen, walking a
consultation through every page of the wizard, and names the step that failed."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

from consult.cli import main
from consult.services import selftest

PAGES = ["Patient", "Screening", "Assessment", "Scores", "Plan", "Handout", "Finish"]
STEPS = [
    "database",
    "encryption",
    "assessment",
    "handout",
    "preview",
    "window",
    *(f"wizard {p}" for p in PAGES),
]
HIDDEN = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "CONSULT_DB")


def _installed_consult() -> str:
    """The `consult` script installed beside this Python (the venv's), else the one on PATH."""
    beside = Path(sys.executable).parent / "consult"
    found = str(beside) if beside.exists() else shutil.which("consult")
    assert found, "the consult command is not installed (pip install -e .)"
    return found


def test_the_installed_command_passes_every_step_without_a_screen(tmp_path):
    home = tmp_path / "home"
    env = {k: v for k, v in os.environ.items() if k not in HIDDEN}
    env["CONSULT_HOME"] = str(home)  # must stay untouched: the self-test uses its own
    done = subprocess.run(
        [_installed_consult(), "--self-test"], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [f"self-test: {step} ok" for step in STEPS]
    assert "Traceback" not in done.stderr
    assert not home.exists()


def test_a_failing_step_is_named_in_one_line_with_exit_code_1(monkeypatch, capsys):
    def broken(*args, **kwargs):
        raise RuntimeError("fonts missing\nsecond line")

    monkeypatch.setattr("consult.services.handout.HandoutMaker.build", broken)
    assert main(["--self-test"]) == 1
    out, err = capsys.readouterr()
    assert out.splitlines() == [
        "self-test: database ok",
        "self-test: encryption ok",
        "self-test: assessment ok",
    ]
    assert err.splitlines() == ["self-test: handout failed (RuntimeError: fonts missing)"]


def test_a_wizard_page_that_fails_to_open_is_named_and_the_walk_stops_there(monkeypatch, capsys):
    def broken(page):
        raise RuntimeError("plan editor broken")

    monkeypatch.setattr("consult.ui.wizard.plan.step.PlanStep.refresh", broken)
    assert main(["--self-test"]) == 1
    out, err = capsys.readouterr()
    passed = STEPS[: STEPS.index("wizard Plan")]
    assert out.splitlines() == [f"self-test: {step} ok" for step in passed]
    assert err.splitlines() == ["self-test: wizard Plan failed (RuntimeError: plan editor broken)"]


def test_the_steps_run_in_a_temporary_home_that_is_removed(monkeypatch, tmp_path):
    monkeypatch.setenv("CONSULT_HOME", str(tmp_path / "real"))
    monkeypatch.setenv("CONSULT_DB", str(tmp_path / "real.sqlite3"))
    seen = []

    def look(run):
        seen.append((run.home, os.environ.get("CONSULT_HOME"), os.environ.get("CONSULT_DB")))

    lines = []
    assert selftest.run_self_test([("look", look)], lines.append) is None
    [(home, during, db)] = seen
    assert during == str(home) and db is None
    assert not home.exists()
    assert lines == ["self-test: look ok"]
    assert os.environ["CONSULT_HOME"] == str(tmp_path / "real")
    assert os.environ["CONSULT_DB"] == str(tmp_path / "real.sqlite3")
    assert not (tmp_path / "real").exists() and not (tmp_path / "real.sqlite3").exists()


def test_a_platform_needing_a_display_fails_the_window_step_by_name():
    env = {k: v for k, v in os.environ.items() if k not in HIDDEN}
    env["QT_QPA_PLATFORM"] = "xcb"
    done = subprocess.run(
        [_installed_consult(), "--self-test"], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 1
    assert done.stderr.startswith("self-test: window failed (")
    assert len(done.stderr.strip().splitlines()) == 1
