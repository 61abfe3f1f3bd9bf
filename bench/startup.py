"""Wall time of `timeline --help` and `timeline --version`: the median of several runs.

Usage: python bench/startup.py [--runs N] [--json]

Each run is a fresh interpreter (`python -m timeline.cli ARGS`), as a shell would start
the command; the goal is under 0.3 s, which holds as long as neither loads spaCy.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COMMANDS = (["--help"], ["--version"])


def time_command(args: list[str], runs: int) -> float:
    """The median wall time in seconds of `runs` fresh `python -m timeline.cli ARGS`."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "timeline.cli", *args], env=env, check=True,
                       stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    """Print one line per command: its median wall time over the runs."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--json", action="store_true")
    options = parser.parse_args()
    results = {" ".join(args): time_command(args, options.runs) for args in COMMANDS}
    if options.json:
        print(json.dumps(results, sort_keys=True))
        return
    for name, seconds in results.items():
        print(f"timeline {name}: {seconds:.3f} s (median of {options.runs} runs)")


if __name__ == "__main__":
    main()
