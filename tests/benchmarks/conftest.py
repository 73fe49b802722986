"""The 100,000-patient demo database the benchmarks share.

It is built once per run by `consult demo`, as a user builds it (about a minute), and only read
by the tests; a test that writes to it works on a copy. `CONSULT_BENCHMARK_DEMO` names one
built before (`consult demo --patients 100000 --db FILE`) to use instead.
"""

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

PATIENTS = 100_000


def _demo_process(path: Path, home: Path) -> subprocess.CompletedProcess:
    """`consult demo --patients 100000` as a user runs it."""
    command_line = [sys.executable, "-m", "consult", "demo", "--patients", str(PATIENTS)]
    environment = {**os.environ, "CONSULT_HOME": str(home)}
    return subprocess.run(
        [*command_line, "--db", str(path)], capture_output=True, text=True, env=environment
    )


@pytest.fixture(scope="session")
def demo_process() -> Callable[[Path, Path], subprocess.CompletedProcess]:
    """Runs `consult demo` for 100,000 patients into a file (path, CONSULT_HOME)."""
    return _demo_process


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory) -> Path:
    built = os.environ.get("CONSULT_BENCHMARK_DEMO")
    if built:
        return Path(built)
    folder = tmp_path_factory.mktemp("demo100k")
    path = folder / "demo.sqlite3"
    done = _demo_process(path, folder)
    assert done.returncode == 0, done.stderr
    print(f"\n{done.stdout.strip()}; file {path.stat().st_size / 1e6:.0f} MB")
    return path
