"""Start times of consult for packaging/README.md: each run a new process started as from a
bare shell (env -i HOME PATH=/usr/bin:/bin), the median of N runs per command.

    python packaging/measure-start.py [-n 5] COMMAND [COMMAND...]
    python packaging/measure-start.py --window [-n 7] [--patients 1000] COMMAND [COMMAND...]

The first form times `COMMAND --self-test` to its exit. The second times the real start: from
starting `COMMAND --db FILE` to its main window being mapped on a virtual X screen (Xvfb,
started here; QT_QPA_PLATFORM=xcb), then ends the program. All commands open copies of one
demo database (`consult demo`, with the clinic's details saved so that no first-start
question is asked), each in its own CONSULT_HOME. One run per command comes first and is not
counted (the files read into the page cache, the day's backup made); then the commands take
turns, their order swapped each round, so that a busy moment on the machine does not fall on
one of them only. Run it with the virtual environment's Python: it saves the clinic's
details through consult's services. Needs Xvfb and libX11 (Debian: xvfb, libx11-6).
"""

from __future__ import annotations

import argparse
import ctypes
import os
import re
import select
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

# The main window's title is "consult <version>" (consult/ui/main_window.py).
MAIN_WINDOW_TITLE = re.compile(r"^consult \d")
WINDOW_TIMEOUT_SECONDS = 120


def bare_environment(**extra: str) -> dict[str, str]:
    return {"HOME": os.environ.get("HOME", "/"), "PATH": "/usr/bin:/bin", **extra}


def measure(command: str, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(
            [command, "--self-test"], env=bare_environment(), check=True, capture_output=True
        )
        times.append(time.perf_counter() - started)
    return times


class VirtualScreen:
    """An Xvfb server, and a connection to it that hears of every top-level window mapped
    (libX11 through ctypes: the moment is reported by the server, not found by polling)."""

    MAP_NOTIFY = 19
    SUBSTRUCTURE_NOTIFY_MASK = 1 << 19

    def __init__(self) -> None:
        read_end, write_end = os.pipe()
        self.server = subprocess.Popen(
            [
                "Xvfb",
                "-displayfd",
                str(write_end),
                "-screen",
                "0",
                "1920x1080x24",
                "-nolisten",
                "tcp",
            ],
            pass_fds=(write_end,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(write_end)
        with os.fdopen(read_end) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise SystemExit("measure-start: Xvfb did not start")
        self.display = f":{number}"
        x11 = ctypes.CDLL("libX11.so.6")
        x11.XOpenDisplay.restype = ctypes.c_void_p
        x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x11.XDefaultRootWindow.restype = ctypes.c_ulong
        x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        x11.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
        x11.XConnectionNumber.argtypes = [ctypes.c_void_p]
        x11.XPending.argtypes = [ctypes.c_void_p]
        x11.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
        x11.XFetchName.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_void_p]
        x11.XFree.argtypes = [ctypes.c_void_p]
        x11.XFlush.argtypes = [ctypes.c_void_p]
        x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
        self.x11 = x11
        self.connection = x11.XOpenDisplay(self.display.encode())
        if not self.connection:
            raise SystemExit(f"measure-start: cannot connect to {self.display}")
        root = x11.XDefaultRootWindow(self.connection)
        x11.XSelectInput(self.connection, root, self.SUBSTRUCTURE_NOTIFY_MASK)
        x11.XFlush(self.connection)
        self.socket = x11.XConnectionNumber(self.connection)
        # XEvent is a union of 24 longs; a map event holds (type, serial, send_event,
        # display, event, window, override_redirect), each padded to a long.
        self.event = (ctypes.c_long * 24)()

    def _title(self, window: int) -> str:
        name = ctypes.c_void_p()
        if not self.x11.XFetchName(self.connection, window, ctypes.byref(name)) or not name:
            return ""
        try:
            return ctypes.string_at(name.value).decode("latin-1")
        finally:
            self.x11.XFree(name)

    def _mapped_titles(self) -> list[str]:
        titles = []
        while self.x11.XPending(self.connection):
            self.x11.XNextEvent(self.connection, ctypes.byref(self.event))
            if self.event[0] & 0xFFFFFFFF == self.MAP_NOTIFY:
                titles.append(self._title(self.event[5]))
        return titles

    def forget_earlier_windows(self) -> None:
        self._mapped_titles()

    def wait_for_window(self, title: re.Pattern[str], program: subprocess.Popen) -> float:
        """The perf_counter() time at which a window whose title matches was mapped."""
        deadline = time.perf_counter() + WINDOW_TIMEOUT_SECONDS
        while time.perf_counter() < deadline:
            select.select([self.socket], [], [], 0.1)
            now = time.perf_counter()
            if any(title.search(name) for name in self._mapped_titles()):
                return now
            if program.poll() is not None:
                raise SystemExit(f"measure-start: {program.args[0]} ended ({program.returncode})")
        raise SystemExit(f"measure-start: {program.args[0]} showed no window")

    def close(self) -> None:
        self.x11.XCloseDisplay(self.connection)
        self.server.terminate()
        self.server.wait()


def prepare_database(command: str, folder: Path, patients: int) -> Path:
    """A demo database with the clinic's details saved, made by `command`."""
    from consult.domain.clinic import ClinicDetails
    from consult.services.context import open_context

    database = folder / "demo.sqlite3"
    subprocess.run(
        [command, "demo", "--patients", str(patients), "--db", str(database)],
        env=bare_environment(CONSULT_HOME=str(folder / "demo-home")),
        check=True,
        capture_output=True,
    )
    context = open_context(str(database))
    try:
        context.clinic.save(ClinicDetails(name="Measuring clinic"))
    finally:
        context.close()
    return database


def start_window(command: str, home: Path, database: Path, screen: VirtualScreen) -> float:
    """Seconds from starting the program to its main window mapped; the program is then ended."""
    screen.forget_earlier_windows()
    environment = bare_environment(
        DISPLAY=screen.display, QT_QPA_PLATFORM="xcb", CONSULT_HOME=str(home)
    )
    started = time.perf_counter()
    program = subprocess.Popen(
        [command, "--db", str(database)],
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        shown = screen.wait_for_window(MAIN_WINDOW_TITLE, program)
    finally:
        program.terminate()
        try:
            program.wait(timeout=30)
        except subprocess.TimeoutExpired:
            program.kill()
            program.wait()
    return shown - started


def measure_windows(commands: list[str], runs: int, patients: int) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {command: [] for command in commands}
    with tempfile.TemporaryDirectory(prefix="consult-measure-") as temporary:
        folder = Path(temporary)
        demo = prepare_database(commands[0], folder, patients)
        places = {}
        for index, command in enumerate(commands):
            database = folder / f"{index}.sqlite3"
            shutil.copyfile(demo, database)
            places[command] = (folder / f"home-{index}", database)
        screen = VirtualScreen()
        try:
            for command in commands:  # not counted
                start_window(command, *places[command], screen)
            for round_number in range(runs):
                order = commands if round_number % 2 == 0 else commands[::-1]
                for command in order:
                    times[command].append(start_window(command, *places[command], screen))
        finally:
            screen.close()
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=5, help="runs counted per command")
    parser.add_argument(
        "--window", action="store_true", help="time the main window's start, not --self-test"
    )
    parser.add_argument(
        "--patients", type=int, default=1000, help="patients in the demo database (--window)"
    )
    parser.add_argument("commands", nargs="+")
    args = parser.parse_args()
    if args.window:
        results = measure_windows(args.commands, args.n, args.patients)
    else:
        results = {command: measure(command, args.n) for command in args.commands}
    medians = {}
    for command, times in results.items():
        medians[command] = statistics.median(times)
        shown = ", ".join(f"{t:.2f}" for t in times)
        print(f"{command}: median {medians[command]:.2f} s ({shown})")
    if len(medians) == 2:
        first, second = medians.values()
        print(f"ratio of the medians, first to second: {first / second:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
