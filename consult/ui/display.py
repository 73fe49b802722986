"""Can a window be shown here? Checked before Qt starts: without a display, or when its X11
platform plugin cannot load, Qt aborts (qFatal) instead of saying what to do."""

from __future__ import annotations

import ctypes
import os
import re
import sys
from pathlib import Path

HEADLESS_HINT = (
    "consult: no display found (DISPLAY and WAYLAND_DISPLAY are unset); to run without a screen "
    "use `QT_QPA_PLATFORM=offscreen consult`, or `consult assess FILE` for the engine alone."
)
# What Qt's xcb plugin and the Qt libraries it loads need beyond a minimal Debian or Ubuntu
# (`ldd` on libqxcb.so, `dpkg -S` on each library; their own dependencies follow). The README
# gives the same line.
XCB_PACKAGES = (
    "sudo apt-get install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-randr0 "
    "libxcb-shape0 libxcb-sync1 libxcb-xfixes0 libxkbcommon-x11-0 libx11-xcb1 libgl1 libegl1 "
    "libfontconfig1 libdbus-1-3"
)
XCB_HINT = (
    "consult: the window cannot open: Qt's X11 plugin (xcb) {reason}; on Debian or Ubuntu "
    "install the X11 libraries with `{packages}`, or run without a screen as "
    "`QT_QPA_PLATFORM=offscreen consult`."
)
_MISSING = re.compile(r"^(\S+?): cannot open shared object file")


def display_problem() -> str | None:
    """One line saying why no window can open here, or None when one can."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    # offscreen, minimal, vnc, eglfs... need no window system; xcb and wayland do.
    if (platform and not platform.startswith(("xcb", "wayland"))) or sys.platform in (
        "win32",
        "darwin",
    ):
        return None
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        return HEADLESS_HINT
    # Without a choice, Qt takes Wayland where there is one (and falls back to X11 itself).
    uses_xcb = platform.startswith("xcb") or (
        not platform and not os.environ.get("WAYLAND_DISPLAY")
    )
    return xcb_plugin_problem() if uses_xcb else None


def xcb_plugin_problem() -> str | None:
    """One line when Qt's xcb plugin is there but cannot load (a system library missing).

    Loading it as Qt would (dlopen) is the check; it stays loaded for Qt. A plugin not found
    is left to Qt, which looks in more places than these.
    """
    plugin = _xcb_plugin()
    if plugin is None:
        return None
    try:
        ctypes.CDLL(str(plugin))
    except OSError as error:
        first = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        missing = _MISSING.match(first)
        reason = (
            f"needs {missing.group(1)}, which is not installed"
            if missing
            else f"does not load ({first})"
        )
        return XCB_HINT.format(reason=reason, packages=XCB_PACKAGES)
    return None


def _xcb_plugin() -> Path | None:
    """The libqxcb.so Qt would load: from QT_QPA_PLATFORM_PLUGIN_PATH, QT_PLUGIN_PATH, or
    the plugins folder of this Qt."""
    from PySide6.QtCore import QLibraryInfo

    folders = [os.environ.get("QT_QPA_PLATFORM_PLUGIN_PATH", "")]
    folders += [
        str(Path(entry) / "platforms")
        for entry in os.environ.get("QT_PLUGIN_PATH", "").split(os.pathsep)
        if entry
    ]
    folders.append(str(Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath), "platforms")))
    for folder in folders:
        if folder and (Path(folder) / "libqxcb.so").is_file():
            return Path(folder) / "libqxcb.so"
    return None
