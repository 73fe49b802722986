"""packaging/check_installed.py, which .ci/run runs on consult as `pip install .` installs it:
it names each module that does not import, or that is read from the checkout instead of the
installation, and refuses a consult that is not installed (an editable install)."""

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

TOP = Path(__file__).resolve().parents[2]
SCRIPT = TOP / "packaging" / "check_installed.py"


@pytest.fixture(scope="module")
def check_installed():
    spec = importlib.util.spec_from_file_location("check_installed", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def package(tmp_path, monkeypatch):
    """A package `shipped` on the path with a good module, a subpackage, and a module that
    fails as it is imported (the fault injected)."""
    top = tmp_path / "site" / "shipped"
    (top / "room").mkdir(parents=True)
    (top / "__init__.py").write_text("")
    (top / "good.py").write_text("VALUE = 1\n")
    (top / "room" / "__init__.py").write_text("")
    (top / "room" / "page.py").write_text("import shipped.good\n")
    (top / "room" / "broken.py").write_text("import shipped.missing_module\n")
    monkeypatch.syspath_prepend(str(tmp_path / "site"))
    yield tmp_path / "site"
    for name in [name for name in sys.modules if name.split(".")[0] == "shipped"]:
        del sys.modules[name]


def test_a_module_that_does_not_import_is_named(check_installed, package, tmp_path):
    problems = check_installed.import_every_module("shipped", tmp_path / "checkout")
    assert problems == [
        "shipped.room.broken does not import "
        "(ModuleNotFoundError: No module named 'shipped.missing_module')"
    ]


def test_modules_read_from_the_checkout_are_named(check_installed, package):
    problems = check_installed.import_every_module("shipped", package)
    assert [line.split(" ")[0] for line in problems] == [
        "shipped",
        "shipped.good",
        "shipped.room",
        "shipped.room.broken",
        "shipped.room.page",
    ]
    assert all("comes from the checkout" in line for line in problems if "broken" not in line)


def test_an_editable_install_is_refused_in_one_line(tmp_path):
    # The suite runs on the editable install of this checkout: consult is read from it.
    done = subprocess.run(
        [sys.executable, str(SCRIPT), str(TOP)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        f"check-installed: consult is not the one installed in {sys.prefix}"
    ]
