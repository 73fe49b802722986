"""What the benchmarks share: the 100,000-patient demo database, the baseline scripts that
budgets given as "N times a …" are measured against, and how to time whole processes.

It is built once per run by `consult demo`, as a user builds it (about a minute), and only read
by the tests; a test that writes to it works on a copy. `CONSULT_BENCHMARK_DEMO` names one
built before (`consult demo --patients 100000 --db FILE`) to use instead.
"""

import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

PATIENTS = 100_000
PASSWORD_FILE_VARIABLE = "CONSULT_PASSWORD_FILE"
ENCRYPTED_DEMO_VARIABLE = "CONSULT_BENCHMARK_ENCRYPTED_DEMO"
BENCHMARK_PASSWORD_VARIABLE = "CONSULT_BENCHMARK_PASSWORD_FILE"
BENCHMARK_PASSWORD = "benchmark password 1"
# The team's baseline scripts (minimal_pdf.py, bare_window.py and their README) are kept
# outside the repository, in shared/baselines beside the main checkout (worktrees sit a
# level deeper), or wherever CONSULT_BASELINES says.
BASELINES_VARIABLE = "CONSULT_BASELINES"
CHECKOUT = Path(__file__).resolve().parents[2]


def _demo_process(
    path: Path, home: Path, password_file: Path | None = None
) -> subprocess.CompletedProcess:
    """`consult demo --patients 100000` as a user runs it; with `password_file`, a new SQLite
    file is made encrypted, its admin's password read from that file."""
    command_line = [sys.executable, "-m", "consult", "demo", "--patients", str(PATIENTS)]
    environment = {**os.environ, "CONSULT_HOME": str(home)}
    if password_file is not None:
        environment[PASSWORD_FILE_VARIABLE] = str(password_file)
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


@dataclass(frozen=True)
class EncryptedDemo:
    """The 100,000-patient demo made encrypted (as `consult demo` makes a new database with a
    password file), its key file beside it, and the file holding its admin's password."""

    path: Path
    password_file: Path

    @property
    def password(self) -> str:
        return self.password_file.read_text("utf-8").splitlines()[0]

    def key(self) -> bytes:
        from consult.services.access import unlock

        return unlock(str(self.path), None, self.password).key

    def copy_to(self, folder: Path) -> Path:
        """A copy with its key file, in `folder`, for a test that writes."""
        from consult.store.keyslots import key_file

        path = folder / "consult.sqlite3"
        shutil.copyfile(self.path, path)
        shutil.copyfile(key_file(self.path), key_file(path))
        return path


@pytest.fixture(scope="session")
def encrypted_demo(tmp_path_factory) -> EncryptedDemo:
    """Built once per run (about a minute), or named by `CONSULT_BENCHMARK_ENCRYPTED_DEMO`
    with its password file in `CONSULT_BENCHMARK_PASSWORD_FILE` (`CONSULT_PASSWORD_FILE=FILE
    consult demo --patients 100000 --db PATH`). Only read: a test that writes works on a
    copy (`copy_to`)."""
    built = os.environ.get(ENCRYPTED_DEMO_VARIABLE)
    if built:
        return EncryptedDemo(Path(built), Path(os.environ[BENCHMARK_PASSWORD_VARIABLE]))
    folder = tmp_path_factory.mktemp("encrypted100k")
    password_file = folder / "password.txt"
    password_file.write_text(BENCHMARK_PASSWORD + "\n", encoding="utf-8")
    path = folder / "demo.sqlite3"
    done = _demo_process(path, folder, password_file)
    assert done.returncode == 0, done.stderr
    return EncryptedDemo(path, password_file)


@pytest.fixture(scope="session")
def baselines() -> Path:
    """The folder of the baseline scripts; a run that cannot find it fails (never skips)."""
    given = os.environ.get(BASELINES_VARIABLE, "").strip()
    candidates = [Path(given)] if given else [p / "shared" / "baselines" for p in CHECKOUT.parents]
    for folder in candidates:
        if (folder / "minimal_pdf.py").is_file():
            return folder
    pytest.fail(
        f"no baseline scripts in {', '.join(map(str, candidates))}: set {BASELINES_VARIABLE}",
        False,
    )


@pytest.fixture(scope="session")
def process_environment(tmp_path_factory) -> dict[str, str]:
    """For whole processes: a private CONSULT_HOME and no database unless a test names one,
    and compiled modules kept as an installed consult has them (in a private folder: with
    PYTHONDONTWRITEBYTECODE every process would compile consult's modules again)."""
    environment = {
        **os.environ,
        "CONSULT_HOME": str(tmp_path_factory.mktemp("process-home")),
        "PYTHONPYCACHEPREFIX": str(tmp_path_factory.mktemp("pycache")),
    }
    environment.pop("CONSULT_DB", None)
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    return environment


@dataclass(frozen=True)
class Alternated:
    """Seconds per round of a command and of its baseline, run one after the other."""

    command: list[float]
    baseline: list[float]

    @property
    def ratio(self) -> float:
        """The median of the per-round ratios: both ran under the same load in a round."""
        return statistics.median(c / b for c, b in zip(self.command, self.baseline, strict=True))

    @property
    def baseline_median(self) -> float:
        return statistics.median(self.baseline)

    def summary(self, name: str, baseline_name: str) -> str:
        ratios = [c / b for c, b in zip(self.command, self.baseline, strict=True)]
        return (
            f"{name}: median {statistics.median(self.command):.3f} s, {baseline_name} median "
            f"{self.baseline_median:.3f} s; median of ratios {self.ratio:.2f} "
            f"(rounds {min(ratios):.2f}-{max(ratios):.2f})"
        )


def _seconds(command: Sequence[str], environment: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, env=environment, check=False)
    elapsed = time.perf_counter() - started
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    return elapsed


@pytest.fixture(scope="session")
def alternate() -> Callable[..., Alternated]:
    """Runs a command and its baseline as whole processes, alternately (A B A B …), after
    one unmeasured run of each (it compiles the modules and warms the disk cache)."""

    def run(
        benchmark: object,
        command: Sequence[str],
        baseline: Sequence[str],
        environment: dict[str, str],
        rounds: int,
    ) -> Alternated:
        measured = Alternated([], [])
        _seconds(command, environment)
        _seconds(baseline, environment)

        def baseline_first() -> None:
            measured.baseline.append(_seconds(baseline, environment))

        def timed() -> None:
            measured.command.append(_seconds(command, environment))

        # The benchmark's own statistics are the command's; the baseline runs as its setup.
        benchmark.pedantic(timed, setup=baseline_first, rounds=rounds)
        return measured

    return run
