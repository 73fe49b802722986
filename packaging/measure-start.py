"""Median wall time of `COMMAND --self-test` over N runs, each a new process started as from a
bare shell (env -i HOME PATH=/usr/bin:/bin), for packaging/README.md.

    python packaging/measure-start.py [-n 5] COMMAND [COMMAND...]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import time


def measure(command: str, runs: int) -> list[float]:
    env = {"HOME": os.environ.get("HOME", "/"), "PATH": "/usr/bin:/bin"}
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([command, "--self-test"], env=env, check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return times


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("-n", type=int, default=5)
    parser.add_argument("commands", nargs="+")
    args = parser.parse_args()
    for command in args.commands:
        times = measure(command, args.n)
        shown = ", ".join(f"{t:.2f}" for t in times)
        print(f"{command}: median {statistics.median(times):.2f} s ({shown})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
