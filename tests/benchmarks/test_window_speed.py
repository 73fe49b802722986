"""Budgets of the window on a 100,000-patient demo database, encrypted as a new database is
(`encrypted_demo`): start, a search answered, search as you type (also while the daily backup
runs), the daily backup, memory. The window signs in from a password file
(`CONSULT_PASSWORD_FILE`), as automation does: its times are those after the password.

Run on demand: pytest tests/benchmarks -m benchmark --benchmark-enable
Start and memory are measured in separate processes started as a user starts consult; the
window tests work on a copy of the demo database, since starting writes the daily backup.
Ratios to a bare window are taken against the shared baseline script (`CONSULT_BASELINES`,
default /work/shared/baselines), run alternately with the measured command, as whole
processes; the median of the ratios is quoted.
"""

import os
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from consult.config import locations
from consult.services.backup import daily_backup_command
from consult.services.patients import PatientService
from consult.store.database import open_database
from consult.ui.daily_backup import DailyBackup
from consult.ui.patients.listing import PatientListView

START_BUDGET_SECONDS = 1.0
START_BUDGET_TIMES_BARE_WINDOW = 2.5
SEARCH_ANSWERED_BUDGET_TIMES_BARE_WINDOW = 2.5
SEARCH_ANSWERED_ROUNDS = 11
DAILY_BACKUP_BUDGET_SECONDS = 4.0
KEYSTROKE_BUDGET_SECONDS = 0.050
KEYSTROKES_DURING_BACKUP = 150
BASELINES = Path(os.environ.get("CONSULT_BASELINES", "/work/shared/baselines"))
MEMORY_BUDGET_MB = 200
START_ROUNDS = 5
# A child that has not shown its window by then is stuck (a dialog nobody can close offscreen).
CHILD_TIMEOUT_SECONDS = 120

BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication([sys.argv[0]])
window = QMainWindow()
window.resize(1280, 760)
window.show()

def usable():
    app.processEvents()  # painted
    print("usable", flush=True)
    app.quit()

QTimer.singleShot(0, usable)
sys.exit(app.exec())
"""

# `consult --db PATH` through its real entry point, modules imported in the same order (the
# order costs time: PySide6 inspects each module imported after it). A demo database holds
# unfinished consultations: should the question to resume one be asked, it is answered No.
CONSULT_PRELUDE = """
import re
import sys
from consult.cli import main
import consult.ui.app
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from consult.ui.main_window import MainWindow

app = QApplication([sys.argv[0]])
QMessageBox.question = staticmethod(lambda *args, **kwargs: QMessageBox.StandardButton.No)

def main_window():
    shown = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    return shown[0] if shown and shown[0].patient_list.model.rowCount() else None

def peak_mb():
    # The process's own peak (VmHWM, Linux), not ru_maxrss: Linux gives a child started by
    # subprocess (vfork, then exec) its parent's peak as ru_maxrss, which measured the test
    # process instead of the window.
    with open("/proc/self/status") as status:
        return int(re.search(r"VmHWM:\\s*(\\d+) kB", status.read())[1]) / 1024
"""

CONSULT_START = (
    CONSULT_PRELUDE
    + """
import time

shown = []

def usable():
    visible = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    if visible and not shown:  # painted, the search field taking typing
        shown.append(True)
        print("shown", flush=True)
    if main_window() is None:  # shown and the list filled: the first turn after that
        QTimer.singleShot(0, usable)
        return
    app.processEvents()  # painted
    print("usable", flush=True)
    QTimer.singleShot(0, records_open)

def records_open():
    if not main_window().menuBar().isEnabled():  # the store loaded, the database migrated
        QTimer.singleShot(0, records_open)
        return
    print(f"open {time.time()}", flush=True)  # read by the parent after the round
    QTimer.singleShot(0, backed_up)

def backed_up():
    # Closing would stop an unfinished backup: a first start of the day waits for it.
    if main_window().backup_progress.isVisible():
        QTimer.singleShot(10, backed_up)
        return
    app.quit()

QTimer.singleShot(0, usable)
sys.exit(main(["--db", sys.argv[1]]))
"""
)

# Open the newest consultation of a patient found by a search in the wizard and show every
# page, waiting on the Handout page for the PDF to be built and shown. An unexpected error
# ends the child (its dialog could not be closed offscreen).
CONSULT_WALK = (
    CONSULT_PRELUDE
    + """
import consult.ui.errors
from consult.ui.wizard.handout_step import HandoutStep

def fail(parent, details):
    print(details, file=sys.stderr, flush=True)
    app.exit(1)

consult.ui.errors.show_error_dialog = fail

def wait_built(page):
    if page.files is None or page.building:
        loop = QEventLoop()
        page.built.connect(loop.quit)
        QTimer.singleShot(60_000, loop.quit)
        loop.exec()
    assert page.files is not None, "the handout was not built"
    for _ in range(20):  # the preview draws its pages on the next turns
        app.processEvents()

def open_walkable(window):
    # The newest consultation of the first match that no page holds back: demo
    # consultations may leave screening questions unanswered.
    found = window.patient_list
    found.search.setText("garcia")
    for row in range(found.model.rowCount()):
        window.open_patient(found.model.record(row).id)
        model = window.patient_view.model
        entries = [model.record(r) for r in range(model.rowCount())]
        consultations = [e for e in entries if e.kind == "consultation"]
        if consultations:
            window.open_consultation(consultations[-1].record_id)
            if not any(page.blocker() for page in window.wizard.pages):
                return window.wizard
    raise AssertionError("no consultation of the matches can be walked through")

def walk():
    window = main_window()
    if window is None or not window.menuBar().isEnabled():  # until the records are open
        QTimer.singleShot(0, walk)
        return
    wizard = open_walkable(window)
    for index in range(1, len(wizard.pages)):
        assert wizard.go_to(index), wizard.message.text()
        app.processEvents()
        if isinstance(wizard.pages[index], HandoutStep):
            wait_built(wizard.pages[index])
    print(f"walked {peak_mb():.1f}", flush=True)
    QTimer.singleShot(0, app.quit)  # once the loop runs

QTimer.singleShot(0, walk)
code = main(["--db", sys.argv[1]])
print(f"exit {peak_mb():.1f}", flush=True)
sys.exit(code)
"""
)


@pytest.fixture(scope="module")
def window_db(encrypted_demo, tmp_path_factory):
    """A copy of the encrypted demo database: starting consult on it writes the daily backup
    beside it."""
    return encrypted_demo.copy_to(tmp_path_factory.mktemp("window"))


@pytest.fixture(scope="module")
def data_key(encrypted_demo):
    return encrypted_demo.key()


@pytest.fixture(scope="module")
def child_environment(tmp_path_factory, encrypted_demo):
    """Offscreen, a private CONSULT_HOME, the demo's password file, and compiled modules kept
    as an installed consult has them (in a private folder: with PYTHONDONTWRITEBYTECODE every
    start compiles)."""
    home = tmp_path_factory.mktemp("window-home")
    environment = {
        **os.environ,
        "CONSULT_HOME": str(home),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPYCACHEPREFIX": str(tmp_path_factory.mktemp("pycache")),
        "CONSULT_PASSWORD_FILE": str(encrypted_demo.password_file),
    }
    environment.pop("CONSULT_USER", None)
    environment.pop("CONSULT_DB", None)
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    return environment


def _spawn(script, arguments, environment):
    return subprocess.Popen(
        [sys.executable, "-c", script, *map(str, arguments)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment,
    )


def _read_until(child, prefix):
    """The child's first line starting with `prefix`; kills a child that never prints it."""
    watchdog = threading.Timer(CHILD_TIMEOUT_SECONDS, child.kill)
    watchdog.start()
    try:
        for line in child.stdout:
            if line.startswith(prefix):
                return line
    finally:
        watchdog.cancel()
    child.wait()
    raise AssertionError(f"no {prefix!r} line (exit {child.returncode}): {child.stderr.read()}")


def _finish(child):
    """Wait for a child (a daily backup of the demo database takes a while) and check it."""
    _out, errors = child.communicate(timeout=600)
    assert child.returncode == 0, errors
    # No warning, no traceback; the offscreen platform's note on size hints is no warning.
    said = [line for line in errors.splitlines() if "propagateSizeHints" not in line]
    assert not said, errors


def _bare_window_seconds(environment):
    started = time.perf_counter()
    child = _spawn(BARE_WINDOW, [], environment)
    _read_until(child, "usable")
    elapsed = time.perf_counter() - started
    _finish(child)
    return elapsed


@pytest.mark.parametrize(
    "first_of_the_day", [True, False], ids=["first start of the day", "later start"]
)
def test_start_to_a_usable_window_in_under_1_s_and_2_5_times_a_bare_window(
    benchmark, window_db, child_environment, first_of_the_day
):
    """Wall time from starting the process to the main window shown with its patient list;
    a bare PySide6 window is started before each round, under the same load."""
    backups = window_db.parent / "backups"
    bare: list[float] = []
    running: list[subprocess.Popen] = []

    def before_round():
        while running:
            finish(*running.pop())
        bare.append(_bare_window_seconds(child_environment))
        if first_of_the_day:
            shutil.rmtree(backups, ignore_errors=True)

    shown: list[float] = []
    records_open: list[float] = []

    def start():
        spawned = time.time()
        started = time.perf_counter()
        child = _spawn(CONSULT_START, [window_db], child_environment)
        _read_until(child, "shown")
        shown.append(time.perf_counter() - started)
        _read_until(child, "usable")
        running.append((child, spawned))

    def finish(child, spawned):
        """The records opened (store loaded, migrated), as stamped by the child."""
        records_open.append(float(_read_until(child, "open").split()[1]) - spawned)
        _finish(child)

    benchmark.pedantic(start, setup=before_round, rounds=START_ROUNDS, warmup_rounds=1)
    while running:
        finish(*running.pop())
    if first_of_the_day:
        assert any(backups.glob("*.zip")), "the daily backup was not made"
    bare_median = statistics.median(bare)
    shown_median = statistics.median(shown[-START_ROUNDS:])  # the warm-up round left out
    open_median = statistics.median(records_open[-START_ROUNDS:])
    median = benchmark.stats.stats.median
    benchmark.extra_info["bare_window_median_s"] = round(bare_median, 3)
    benchmark.extra_info["shown_median_s"] = round(shown_median, 3)
    benchmark.extra_info["usable_times_bare_window"] = round(median / bare_median, 2)
    benchmark.extra_info["records_open_median_s"] = round(open_median, 3)
    print(
        f"\nstart: window shown {shown_median:.3f} s, recent patients listed {median:.3f} s "
        f"(x{median / bare_median:.2f} a bare window), records open {open_median:.3f} s; bare "
        f"window median {bare_median:.3f} s, rounds {[round(b, 3) for b in bare]}"
    )
    # Usable: shown with the recently seen patients listed, the search field taking typing
    # (a search or an opened patient is done once the records are open, about 0.5 s later).
    assert median < START_BUDGET_SECONDS
    assert median < START_BUDGET_TIMES_BARE_WINDOW * bare_median


@pytest.fixture(scope="module")
def patients(encrypted_demo, data_key):
    database = open_database(f"sqlite:///{encrypted_demo.path}", key=data_key)
    yield PatientService(database)
    database.engine.dispose()


TYPED = {"common prefix": "mar", "two words": "maria garcia", "phone prefix": "+44 77"}
KEYSTROKES = [
    pytest.param(text[:typed], text[typed], id=f"{name} {text[: typed + 1]!r}")
    for name, text in TYPED.items()
    for typed in range(len(text))
]


@pytest.mark.parametrize(("before", "key"), KEYSTROKES)
def test_search_results_are_shown_within_50_ms_of_a_keystroke(
    benchmark, qtbot, patients, before, key
):
    """From the key press to the table repainted with the new matches."""
    view = PatientListView(patients)
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    qtbot.waitExposed(view)
    resets: list[bool] = []
    view.model.modelReset.connect(lambda: resets.append(True))

    def type_before():
        view.search.setText(before)
        QApplication.processEvents()
        resets.clear()

    def keystroke():
        qtbot.keyClick(view.search, key)
        QApplication.processEvents()  # the table repainted

    benchmark.pedantic(keystroke, setup=type_before, rounds=20, warmup_rounds=2)
    query = before + key
    assert view.search.text() == query
    assert resets == [True], "the keystroke did not show new results"
    shown = [view.model.record(row).id for row in range(view.model.rowCount())]
    assert shown == [patient.id for patient in patients.search(query)]
    # The median and 9 keystrokes in 10; a single slow one is the machine's, not the search's.
    ninth_decile = statistics.quantiles(benchmark.stats.stats.data, n=10)[-1]
    benchmark.extra_info["p90_s"] = round(ninth_decile, 4)
    assert benchmark.stats.stats.median < KEYSTROKE_BUDGET_SECONDS
    assert ninth_decile < KEYSTROKE_BUDGET_SECONDS


def test_peak_memory_through_a_consultation_stays_under_200_mb(window_db, child_environment):
    """The started window, a patient page and a consultation walked to its handout, in one
    process, on the first start of the day (the daily backup runs meanwhile)."""
    shutil.rmtree(window_db.parent / "backups", ignore_errors=True)
    child = _spawn(CONSULT_WALK, [window_db], child_environment)
    walked = float(_read_until(child, "walked").split()[1])
    exited = float(_read_until(child, "exit").split()[1])
    _finish(child)
    print(f"\npeak RSS: {walked:.1f} MB after the walk, {exited:.1f} MB at exit")
    assert walked < MEMORY_BUDGET_MB
    assert exited < MEMORY_BUDGET_MB


def _whole_process(command, environment, given=None):
    """Wall time of a whole process (`given` on its standard input), and what it said."""
    started = time.perf_counter()
    done = subprocess.run(
        command,
        capture_output=True,
        text=True,
        env=environment,
        timeout=CHILD_TIMEOUT_SECONDS,
        input=given,
    )
    elapsed = time.perf_counter() - started
    assert done.returncode == 0, done.stderr
    return elapsed, done


def test_start_to_a_search_answered_within_2_5_times_a_bare_window(
    benchmark, window_db, child_environment
):
    """`consult --quit-when-ready` (shown, `a` typed into the search, its results listed, then
    exit) against the shared bare-window script, alternately, as whole processes."""
    bare_window = BASELINES / "bare_window.py"
    assert bare_window.is_file(), f"no baseline {bare_window}: set CONSULT_BASELINES"
    consult = [sys.executable, "-m", "consult", "--quit-when-ready", "--db", str(window_db)]
    bare: list[float] = []
    ready: list[float] = []

    def before_round():
        bare.append(_whole_process([sys.executable, str(bare_window)], child_environment)[0])

    def start():
        elapsed, done = _whole_process(consult, child_environment)
        assert done.stdout == ""  # nothing printed, no patient data
        ready.append(elapsed)

    benchmark.pedantic(start, setup=before_round, rounds=SEARCH_ANSWERED_ROUNDS, warmup_rounds=1)
    pairs = list(zip(ready, bare, strict=True))[1:]  # the warm-up round left out
    ratio = statistics.median(mine / theirs for mine, theirs in pairs)
    bare_median = statistics.median(theirs for _mine, theirs in pairs)
    benchmark.extra_info["bare_window_median_s"] = round(bare_median, 3)
    benchmark.extra_info["times_bare_window"] = round(ratio, 2)
    rounds = [(round(mine, 3), round(theirs, 3)) for mine, theirs in pairs]
    print(
        f"\nsearch answered: {statistics.median(m for m, _t in pairs):.3f} s, x{ratio:.2f} a "
        f"bare window ({bare_median:.3f} s); rounds (consult, bare) {rounds}"
    )
    assert ratio <= SEARCH_ANSWERED_BUDGET_TIMES_BARE_WINDOW


def test_the_daily_backup_of_100000_patients_in_under_4_s(
    benchmark, window_db, child_environment, data_key
):
    """The command the window runs (`consult backup --daily`, the data key on its standard
    input), as a whole process."""
    backups = window_db.parent / "backups"
    command = daily_backup_command(locations(str(window_db)), keyed=True)
    assert command is not None

    def no_backup_yet():
        shutil.rmtree(backups, ignore_errors=True)
        return (), {}

    def back_up():
        return _whole_process(command, child_environment, f"{data_key.hex()}\n")[1]

    done = benchmark.pedantic(back_up, setup=no_backup_yet, rounds=3)
    archive = Path(done.stdout.strip())
    size = archive.stat().st_size
    benchmark.extra_info["archive_mb"] = round(size / 1e6)
    print(f"\ndaily backup: {benchmark.stats.stats.median:.1f} s, archive {size / 1e6:.0f} MB")
    assert benchmark.stats.stats.median < DAILY_BACKUP_BUDGET_SECONDS


def test_keystrokes_are_answered_within_50_ms_while_the_daily_backup_runs(
    benchmark, qtbot, patients, window_db, data_key
):
    """From the key press to the table repainted, while the window's daily backup of the
    100,000-patient database runs beside it."""
    shutil.rmtree(window_db.parent / "backups", ignore_errors=True)
    view = PatientListView(patients)
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    qtbot.waitExposed(view)
    owner = QWidget()
    qtbot.addWidget(owner)
    backup = DailyBackup(locations(str(window_db)), owner, data_key)
    made: list[object] = []
    backup.made.connect(made.append)
    backup.start()
    texts = list(TYPED.values())
    during: list[bool] = []
    typed = {"text": texts[0], "at": 0}

    def type_before():
        text, at = typed["text"], typed["at"]
        if at == len(text):
            text = texts[(texts.index(text) + 1) % len(texts)]
            at = 0
        typed.update(text=text, at=at)
        view.search.setText(text[:at])
        QApplication.processEvents()
        return (text[at],), {}

    def keystroke(key):
        qtbot.keyClick(view.search, key)
        QApplication.processEvents()  # the table repainted
        typed["at"] += 1
        during.append(backup.running())

    benchmark.pedantic(keystroke, setup=type_before, rounds=KEYSTROKES_DURING_BACKUP)
    qtbot.waitUntil(lambda: bool(made), timeout=CHILD_TIMEOUT_SECONDS * 1000)
    times = [t for t, running in zip(benchmark.stats.stats.data, during, strict=True) if running]
    assert len(times) >= KEYSTROKES_DURING_BACKUP // 2, "the backup ended too soon to measure"
    ninth_decile = statistics.quantiles(times, n=10)[-1]
    benchmark.extra_info["during_backup"] = len(times)
    benchmark.extra_info["p90_s"] = round(ninth_decile, 4)
    benchmark.extra_info["max_s"] = round(max(times), 4)
    print(
        f"\n{len(times)} keystrokes during the backup: median {statistics.median(times) * 1000:.0f}"
        f" ms, p90 {ninth_decile * 1000:.0f} ms, slowest {max(times) * 1000:.0f} ms"
    )
    assert statistics.median(times) < KEYSTROKE_BUDGET_SECONDS
    assert ninth_decile < KEYSTROKE_BUDGET_SECONDS
