"""Starting the window where there is no screen says so in one line, instead of a Qt abort."""

import os
import subprocess
import sys


def test_no_display_gives_one_line_with_the_headless_hint():
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    done = subprocess.run(
        [sys.executable, "-m", "consult"], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "no display" in lines[0] and "QT_QPA_PLATFORM=offscreen" in lines[0]
