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
