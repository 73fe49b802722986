"""Starting the window where there is no screen, or where Qt's X11 plugin cannot load, says so
in one line, instead of a Qt abort."""

import datetime as dt
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo

from consult.ui import display

HIDDEN = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
README = Path(__file__).resolve().parents[2] / "README.md"


@pytest.mark.parametrize("platform", [None, "xcb"])
def test_no_display_gives_one_line_with_the_headless_hint(platform):
    env = {k: v for k, v in os.environ.items() if k not in HIDDEN}
    if platform:
        env["QT_QPA_PLATFORM"] = platform
    done = subprocess.run(
        [sys.executable, "-m", "consult"], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "no display" in lines[0] and "QT_QPA_PLATFORM=offscreen" in lines[0]


def test_a_damaged_database_is_named_in_one_line_and_left_untouched(tmp_path):
    damaged = tmp_path / "consult.sqlite3"
    damaged.write_bytes(b"not a database at all" * 100)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "consult", "--db", str(damaged)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and str(damaged) in lines[0] and "damaged" in lines[0]
    assert "Traceback" not in done.stderr
    assert damaged.read_bytes() == b"not a database at all" * 100


@pytest.fixture
def plugin_missing_a_library(tmp_path):
    """A copy of Qt's xcb plugin that needs a library no system has (the fault injected: its
    libxcb-cursor.so.0 renamed), beside this Qt's own libraries as the original is."""
    qt = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)).parent
    original = qt / "plugins" / "platforms" / "libqxcb.so"
    platforms = tmp_path / "Qt" / "plugins" / "platforms"
    platforms.mkdir(parents=True)
    (tmp_path / "Qt" / "lib").symlink_to(qt / "lib")  # where the plugin's RUNPATH points
    patched = original.read_bytes().replace(b"libxcb-cursor.so.0", b"libxcb-absent.so.0")
    (platforms / "libqxcb.so").write_bytes(patched)
    return platforms


def test_an_x11_plugin_that_cannot_load_names_the_library_and_the_packages_instead_of_aborting(
    plugin_missing_a_library,
):
    env = {k: v for k, v in os.environ.items() if k not in HIDDEN}
    env["DISPLAY"] = ":99"
    env["QT_QPA_PLATFORM_PLUGIN_PATH"] = str(plugin_missing_a_library)
    done = subprocess.run(
        [sys.executable, "-m", "consult"], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 1, done.stderr  # not -SIGABRT: Qt never got to abort
    assert done.returncode != -signal.SIGABRT
    [line] = done.stderr.strip().splitlines()
    assert line.startswith("consult: the window cannot open: Qt's X11 plugin (xcb) needs ")
    assert "libxcb-absent.so.0, which is not installed" in line
    assert "sudo apt-get install libxcb-cursor0 " in line
    assert "QT_QPA_PLATFORM=offscreen" in line


def test_a_plugin_failing_for_another_reason_is_quoted_in_one_line(monkeypatch, tmp_path):
    broken = tmp_path / "libqxcb.so"
    broken.write_bytes(b"not a shared library")
    monkeypatch.setenv("DISPLAY", ":99")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setenv("QT_QPA_PLATFORM_PLUGIN_PATH", str(tmp_path))
    problem = display.display_problem()
    assert problem is not None and len(problem.splitlines()) == 1
    assert "Qt's X11 plugin (xcb) does not load (" in problem
    assert display.XCB_PACKAGES in problem


@pytest.mark.parametrize(
    "environment",
    [
        {"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":99"},
        {"QT_QPA_PLATFORM": "wayland", "WAYLAND_DISPLAY": "wayland-0"},
        {"DISPLAY": ":99", "WAYLAND_DISPLAY": "wayland-0"},  # Qt takes Wayland first
    ],
)
def test_the_x11_plugin_is_checked_only_where_qt_would_use_it(monkeypatch, tmp_path, environment):
    (tmp_path / "libqxcb.so").write_bytes(b"not a shared library")
    for name in HIDDEN:
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("QT_QPA_PLATFORM_PLUGIN_PATH", str(tmp_path))
    assert display.display_problem() is None


def test_the_readme_gives_the_same_packages_as_the_message():
    assert f"\n{display.XCB_PACKAGES}\n" in README.read_text(encoding="utf-8")


def _quit_when_ready(home, *more):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CONSULT_HOME": str(home)}
    env.pop("CONSULT_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "consult", "--quit-when-ready", *more],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_quit_when_ready_starts_on_a_new_user_folder_and_exits_0_silently(tmp_path):
    home = tmp_path / "home"
    done = _quit_when_ready(home)
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    assert "Traceback" not in done.stderr
    assert any(home.rglob("consult.sqlite3"))  # the records were opened (and made)


def test_quit_when_ready_answers_from_a_database_with_patients_printing_none(tmp_path, rules):
    from consult.domain.records import PatientDetails
    from consult.services.context import open_context

    path = tmp_path / "data" / "consult.sqlite3"
    context = open_context(str(path), rules=rules)
    context.patients.create(
        PatientDetails(given_names="Ana", family_name="Moreno", date_of_birth=dt.date(1994, 3, 18))
    )
    context.close()
    done = _quit_when_ready(tmp_path / "home", "--db", str(path))
    assert done.returncode == 0, done.stderr
    assert "Ana" not in done.stdout + done.stderr and "Moreno" not in done.stdout + done.stderr
    assert not (path.parent / "backups").exists()  # no backup made for a benchmark run


def _encrypted_with_patient(tmp_path, rules, password):
    from consult.domain.records import PatientDetails
    from consult.services import access
    from consult.services.context import open_context

    db = str(tmp_path / "data" / "consult.sqlite3")
    signed_in, _recovery = access.set_up(db, "asilva", "Dr Ana Silva", password)
    context = open_context(db, signed_in, rules=rules)
    context.patients.create(
        PatientDetails(given_names="Ana", family_name="Moreno", date_of_birth=dt.date(1994, 3, 18))
    )
    context.close()
    return db


def test_the_window_signs_in_from_the_password_file_without_a_dialog(
    tmp_path, rules, test_password
):
    db = _encrypted_with_patient(tmp_path, rules, test_password)
    done = _quit_when_ready(tmp_path / "home", "--db", db)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "" and "Moreno" not in done.stderr


def test_a_wrong_password_file_ends_the_window_start_with_one_line_and_exit_2(
    tmp_path, rules, test_password
):
    db = _encrypted_with_patient(tmp_path, rules, test_password)
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the password\n", encoding="utf-8")
    done = _quit_when_ready(tmp_path / "home", "--db", db, "--password-file", str(wrong))
    assert done.returncode == 2
    assert done.stderr == "consult: the user name or password is not right\n"


def test_without_a_password_nobody_can_sign_in_offscreen(tmp_path, rules, test_password):
    db = _encrypted_with_patient(tmp_path, rules, test_password)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CONSULT_HOME": str(tmp_path / "h")}
    env.pop("CONSULT_PASSWORD_FILE")
    done = subprocess.run(
        [sys.executable, "-m", "consult", "--db", db],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "--password-file" in done.stderr
