"""Check consult as `pip install .` put it into a virtual environment (.ci/run runs it).

Run with that environment's Python, from a folder outside the checkout:

    python packaging/check_installed.py CHECKOUT [PYTEST_ARGS...]

It proves that `consult` is imported from the environment, not from CHECKOUT; that every file
of CHECKOUT's consult/ and resources/ was installed; that every module imports; and then runs
pytest with PYTEST_ARGS in this process, so that the tests use that same installed package.
Exit 0 when all of it passes; each problem is one line on stderr.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path

# Not importable on their own: the entry point runs the app, and Alembic's environment needs
# Alembic's context (the self-test's database step runs it).
NOT_IMPORTED = {"consult.__main__", "consult.store.migrations.env"}


def _files(top: Path) -> set[Path]:
    return {
        path.relative_to(top)
        for path in top.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }


def source_files(checkout: Path) -> set[str]:
    """Where each file of the checkout's consult/ and resources/ belongs once installed."""
    code = {f"consult/{path.as_posix()}" for path in _files(checkout / "consult")}
    data = {f"consult/resources/{path.as_posix()}" for path in _files(checkout / "resources")}
    return code | data


def installed_files(package_dir: Path) -> set[str]:
    """The files of an installed consult package, named as `source_files` names them."""
    return {f"consult/{path.as_posix()}" for path in _files(package_dir)}


def import_every_module(package: str, outside: Path) -> list[str]:
    """Import every module of `package`; one line per module that fails or that comes from
    under `outside` (the checkout) instead of the installation."""
    problems = []
    top = importlib.import_module(package)
    # A package that fails while being walked is still listed, and reported below.
    walked = pkgutil.walk_packages(top.__path__, f"{package}.", onerror=lambda name: None)
    names = [package, *(info.name for info in walked)]
    for name in names:
        if name in NOT_IMPORTED:
            continue
        try:
            module = importlib.import_module(name)
        except Exception as error:  # every failure is reported, not only ImportError
            problems.append(f"{name} does not import ({type(error).__name__}: {error})")
            continue
        origin = Path(module.__file__ or "").resolve()
        if origin.is_relative_to(outside.resolve()):
            problems.append(f"{name} comes from the checkout ({origin}), not the installation")
    return problems


def main(argv: list[str]) -> int:
    checkout = Path(argv[0]).resolve()
    import consult

    package_dir = Path(consult.__file__).resolve().parent
    print(f"check-installed: consult from {package_dir}")
    prefix = Path(sys.prefix).resolve()
    if package_dir.is_relative_to(checkout) or not package_dir.is_relative_to(prefix):
        print(f"check-installed: consult is not the one installed in {sys.prefix}", file=sys.stderr)
        return 1
    problems = [
        f"{name} is missing from the installation"
        for name in sorted(source_files(checkout) - installed_files(package_dir))
    ]
    problems += import_every_module("consult", checkout)
    for problem in problems:
        print(f"check-installed: {problem}", file=sys.stderr)
    if problems:
        return 1
    print("check-installed: every file installed, every module imports")
    if len(argv) == 1:
        return 0
    import pytest

    return int(pytest.main(argv[1:]))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
