"""Starting the window where there is no screen says so in one line, instead of a Qt abort."""

import os
import subprocess
import sys

import pytest

HIDDEN = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")


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
