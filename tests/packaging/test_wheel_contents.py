"""What `pip install .` installs is the whole program: the wheel built from the tree holds
every file of consult/ and of resources/ (as consult/resources), a package or a resource
folder added later included, and nothing else."""

import importlib.util
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

TOP = Path(__file__).resolve().parents[2]
SCRIPT = TOP / "packaging" / "check_installed.py"


def _check_installed():
    spec = importlib.util.spec_from_file_location("check_installed", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _copy_tree(target: Path) -> None:
    """The files a build reads, without the caches a test run leaves."""
    for name in ("pyproject.toml", "setup.py", "README.md"):
        shutil.copy2(TOP / name, target / name)
    for folder in ("consult", "resources"):
        shutil.copytree(TOP / folder, target / folder, ignore=shutil.ignore_patterns("__pycache__"))


def test_the_wheel_holds_every_module_and_resource_even_ones_added_later(tmp_path):
    tree = tmp_path / "tree"
    tree.mkdir()
    _copy_tree(tree)
    # Fault injected: what a hand-kept package list forgets, a new room of the window and a
    # new resource folder nested two deep without __init__.py.
    room = tree / "consult" / "ui" / "newroom" / "inner"
    room.mkdir(parents=True)
    (room.parent / "__init__.py").write_text("")
    (room / "__init__.py").write_text("")
    (room / "page.py").write_text("PAGE = 1\n")
    data = tree / "resources" / "newdata" / "deep"
    data.mkdir(parents=True)
    (data / "notes.txt").write_text("kept\n")

    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", "dist", str(tree)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert built.returncode == 0, built.stderr
    [wheel] = (tmp_path / "dist").glob("consult-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = {name for name in archive.namelist() if ".dist-info/" not in name}

    expected = _check_installed().source_files(tree)
    assert {
        "consult/ui/wizard/wizard.py",
        "consult/ui/newroom/inner/page.py",
        "consult/store/migrations/script.py.mako",
        "consult/store/migrations/versions/0001_initial_schema.py",
        "consult/resources/rules/plan.toml",
        "consult/resources/handout/en/handout.toml",
        "consult/resources/guide/en/00-contents.md",
        "consult/resources/guide/images/assessment.png",
        "consult/resources/newdata/deep/notes.txt",
    } <= expected
    assert sorted(expected - names) == []  # nothing left out
    assert sorted(names - expected) == []  # nothing that is not in the tree
