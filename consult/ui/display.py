"""Can a window be shown here? Checked before Qt starts, because Qt aborts without a display."""

from __future__ import annotations

import os
import sys

HEADLESS_HINT = (
    "consult: no display found (DISPLAY and WAYLAND_DISPLAY are unset); to run without a screen "
    "use `QT_QPA_PLATFORM=offscreen consult`, or `consult assess FILE` for the engine alone."
)


def display_problem() -> str | None:
    """One line saying why no window can open here, or None when one can."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    # offscreen, minimal, vnc, eglfs... need no window system; xcb and wayland do.
    if (platform and not platform.startswith(("xcb", "wayland"))) or sys.platform in (
        "win32",
        "darwin",
    ):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return HEADLESS_HINT
