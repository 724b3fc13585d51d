"""Start-up time and peak memory of snitflade, as ratios to `python -c pass` in the same run.

Run it from a fresh environment made as the README says:

    python3 -m venv .venv && .venv/bin/pip install . && .venv/bin/python bench/startup.py

The commands are alternated (one of each per round) so that drift in a shared machine's load
hits them all alike. One warm-up round first fills the caches, as a user's first run does.
Then it prints each command's median wall time, peak memory (max RSS), the ratio to
`python -c pass` and the target from the issue. It also measures the path without the replay
cache (SNITFLADE_NO_REPLAY=1) and a first run on an empty cache, and, if it is installed, the
Python tldr client (`pip install tldr`) on a local page. Nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PYTHON = sys.executable
SNITFLADE = shutil.which("snitflade", path=str(Path(PYTHON).parent)) or "snitflade"
TLDR_PAGE = """# tar

> Archiving utility.

- Create an archive from files:

`tar cf {{target.tar}} {{file1}} {{file2}}`
"""


def run_once(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Return (seconds, peak memory in MiB) of one run."""
    started = time.perf_counter()
    process = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(argv)}")
    return elapsed, usage.ru_maxrss / 1024


def measure(
    commands: dict[str, tuple[list[str], dict[str, str]]], rounds: int
) -> dict[str, tuple[float, float]]:
    for argv, env in commands.values():  # warm-up: compiles .pyc files and fills the caches
        run_once(argv, env)
    times: dict[str, list[float]] = {name: [] for name in commands}
    memory: dict[str, float] = dict.fromkeys(commands, 0.0)
    for _ in range(rounds):
        for name, (argv, env) in commands.items():
            seconds, peak = run_once(argv, env)
            times[name].append(seconds)
            memory[name] = max(memory[name], peak)
    return {name: (statistics.median(times[name]), memory[name]) for name in commands}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=25, help="runs of each command (≥ 20)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="snitflade-bench-"))
    env = {**os.environ, "SNITFLADE_CACHE_DIR": str(work / "cache"), "COLUMNS": "100"}
    env.pop("SNITFLADE_NO_REPLAY", None)
    complete = {**env, "_SNITFLADE_COMPLETE": "complete_bash", "COMP_WORDS": "snitflade who st",
                "COMP_CWORD": "2"}  # fmt: skip
    no_replay = {**env, "SNITFLADE_NO_REPLAY": "1"}
    commands: dict[str, tuple[list[str], dict[str, str]]] = {
        "python -c pass": ([PYTHON, "-c", "pass"], env),
        "snitflade who stress": ([SNITFLADE, "who", "stress"], env),
        "snitflade who stress --format json": (
            [SNITFLADE, "who", "stress", "--format", "json"],
            env,
        ),
        "completion of `snitflade who st`": ([SNITFLADE], complete),
        "snitflade --help": ([SNITFLADE, "--help"], env),
        "who stress, no replay cache": ([SNITFLADE, "who", "stress"], no_replay),
        "who stress --format json, no replay": (
            [SNITFLADE, "who", "stress", "--format", "json"],
            no_replay,
        ),
    }
    tldr = shutil.which("tldr", path=str(Path(PYTHON).parent))
    if tldr:
        pages = work / "tldr-cache" / "tldr" / "pages" / "common"
        pages.mkdir(parents=True)
        (pages / "tar.md").write_text(TLDR_PAGE, encoding="utf-8")
        tldr_env = {**env, "XDG_CACHE_HOME": str(work / "tldr-cache"), "LANG": "en_US.UTF-8"}
        commands["Python tldr client `tldr tar`"] = ([tldr, "tar"], tldr_env)
    targets = {
        "snitflade who stress": 6,
        "snitflade who stress --format json": 5,
        "completion of `snitflade who st`": 5,
        "snitflade --help": 8,
    }
    results = measure(commands, max(args.rounds, 20))
    base = results["python -c pass"][0]
    print(f"{'command':42} {'median':>9} {'peak RSS':>9} {'× pass':>7} {'target':>7}")
    for name, (seconds, peak) in results.items():
        ratio = seconds / base
        target = targets.get(name)
        verdict = (
            "" if target is None else (f"≤ {target}×" + (" ok" if ratio <= target else " OVER"))
        )
        print(f"{name:42} {seconds * 1000:7.1f}ms {peak:7.1f}MB {ratio:6.1f}× {verdict:>10}")
    if tldr:
        faster = results["snitflade who stress"][0] < results["Python tldr client `tldr tar`"][0]
        print(f"\n`snitflade who stress` beats the Python tldr client: {'yes' if faster else 'no'}")

    # A first run: nothing cached, the data is checked and compiled.
    first = []
    for _ in range(3):
        cold = {**env, "SNITFLADE_CACHE_DIR": str(work / f"cold-{len(first)}")}
        first.append(run_once([SNITFLADE, "who", "stress"], cold)[0])
    print(f"\nfirst run on an empty cache (median of 3): {statistics.median(first) * 1000:.0f} ms, "
          f"{statistics.median(first) / base:.1f}× python -c pass")  # fmt: skip
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
