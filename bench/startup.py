"""Start-up time of snitflade on NEW questions, as ratios to `python -c pass` in the same run.

Run it from an environment made as the README says:

    python3 -m venv .venv && .venv/bin/pip install . && .venv/bin/python bench/startup.py

People rarely ask the same thing twice, so no command line repeats here: every `who` question is
a topic from the data (at least 20 of them) in a wording not used before in the run: its id, its
title, an alias, or an alias inside an everyday question ("hvad gør TR ved …"). Every wording is
checked in-process first to find its topic, so every run measures an answer, not a miss.

Each round runs one of each command in turn (so that a shared machine's load hits them all
alike): `python -c pass`, `who -f json`, `who -f table` (COLUMNS=100), the first run after
installation (an empty cache folder: the data is checked and compiled), `--help` piped and on a
pseudo-terminal (the same list, styled there; both under the --help target), TAB completion
of a topic (as bash asks Typer: _SNITFLADE_COMPLETE=complete_bash, COMP_WORDS, COMP_CWORD) and
the peer, the Python tldr client showing a local page, installed from PyPI into a temporary venv
(skipped with a note if that fails). It prints medians, peak memory and ratios to the baseline,
and the targets of issue 10. Nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

PYTHON = sys.executable
SNITFLADE = shutil.which("snitflade", path=str(Path(PYTHON).parent)) or "snitflade"
TOPICS = 24  # at least 20 different topics
TEMPLATES = (
    "{}",
    "hvad gør TR ved {}",
    "hvem tager sig af {}",
    "{} på arbejdspladsen",
    "hvad gør AMR med {}",
    "hvordan håndterer vi {}",
    "hjælp til {}",
    "spørgsmål om {}",
)
TLDR_PAGES = ("tar", "ls", "cp", "mv", "grep", "find", "ssh", "git", "curl", "less", "sed", "awk")
TLDR_PAGE = "# {0}\n\n> The {0} command.\n\n- Run it:\n\n`{0} {{{{path/to/file}}}}`\n"
TARGETS = {
    "who -f json, new question": 6,
    "who -f table, new question": 10,
    "first run, empty cache": 12,
    "--help": 8,
    "--help on a terminal": 8,
    "TAB completion of a topic": 5,
}


def wordings(per_topic: int) -> list[list[str]]:
    """For TOPICS areas, `per_topic` different wordings each that `who` maps to that area.

    Worked out in a child process, so that this one stays small (a child's peak memory counts
    what it was forked from).
    """
    code = f"import json, sys; sys.path[:0] = {[str(Path(__file__).parent)]!r}\n"
    code += f"from startup import _wordings; print(json.dumps(_wordings({per_topic})))"
    result = subprocess.run([PYTHON, "-c", code], capture_output=True, text=True, check=True)
    found: list[list[str]] = json.loads(result.stdout)
    return found


def _wordings(per_topic: int) -> list[list[str]]:
    from snitflade.ask.matching import find_area
    from snitflade.errors import NoMatchError
    from snitflade.store import load_catalog

    catalog = load_catalog()
    found: list[list[str]] = []
    for area in catalog.areas:
        names = list(dict.fromkeys([area.id, area.title, *area.aliases]))
        candidates = [t.format(n) for t in TEMPLATES for n in names]
        own = []
        for text in candidates:
            try:
                if find_area(catalog, text).area.id == area.id:
                    own.append(text)
            except NoMatchError:
                continue
            if len(own) == per_topic:
                found.append(own)
                break
        if len(found) == TOPICS:
            return found
    raise SystemExit(f"only {len(found)} topics have {per_topic} wordings; use fewer --rounds")


def prefixes(topics: list[list[str]]) -> Iterator[str]:
    """Beginnings of topic names to complete, each different: 'st', 'stre', 'ap', …"""
    seen: set[str] = set()
    for length in range(2, 8):
        for wordings_of_topic in topics:
            word = wordings_of_topic[0].split()[0].lower()[:length]
            if len(word) == length and word not in seen:
                seen.add(word)
                yield word


def run_once(argv: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Return (seconds, CPU seconds, peak memory in MiB) of one run; stop on a failure."""
    started = time.perf_counter()
    process = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert process.stderr is not None
    error = process.stderr.read()
    _pid, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(argv)}\n{error.decode(errors='replace')}")
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def run_on_a_terminal(argv: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """As run_once, with standard output a pseudo-terminal (what a person at a prompt sees)."""
    import pty

    primary, secondary = pty.openpty()
    started = time.perf_counter()
    process = subprocess.Popen(argv, env=env, stdout=secondary, stderr=subprocess.DEVNULL)
    os.close(secondary)
    with contextlib.suppress(OSError):  # EIO: the program closed the terminal
        while os.read(primary, 65536):
            pass
    os.close(primary)
    _pid, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(argv)}")
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def install_tldr(work: Path) -> str | None:
    """The Python tldr client from PyPI in a temporary venv, or None with a note."""
    venv = work / "tldr-venv"
    try:
        subprocess.run([PYTHON, "-m", "venv", str(venv)], check=True, capture_output=True)
        pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "-q", "tldr"]
        subprocess.run(pip, check=True, capture_output=True, timeout=300)
    except (OSError, subprocess.SubprocessError) as error:
        print(f"note: the Python tldr client could not be installed ({error}); peer skipped")
        return None
    return str(venv / "bin" / "tldr")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20, help="runs of each command (≥ 5)")
    parser.add_argument("--no-peer", action="store_true", help="skip the Python tldr client")
    args = parser.parse_args()
    rounds = max(args.rounds, 5)
    work = Path(tempfile.mkdtemp(prefix="snitflade-bench-"))
    env = {**os.environ, "SNITFLADE_CACHE_DIR": str(work / "cache"), "COLUMNS": "100"}
    for name in ("PYTHONDONTWRITEBYTECODE", "SNITFLADE_DATA_PATH", "SNITFLADE_DATA_DIR"):
        env.pop(name, None)  # an installed program has its .pyc files, and no test data
    env["XDG_CONFIG_HOME"] = str(work / "config")  # no personal layer

    # Each topic is asked twice a round (JSON, table) and once more on an empty cache, in a
    # wording of its own each time; the topics take turns.
    per_topic = -(-rounds * 3 // TOPICS) + 1
    topics = wordings(per_topic)
    unused = [iter(w) for w in topics]
    turn = itertools.cycle(range(TOPICS))

    def question() -> list[str]:
        return next(unused[next(turn)]).split()

    shipped = subprocess.run(
        [PYTHON, "-c", "from snitflade.store import sources; print(sources.builtin_data_dir())"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    if not (Path(shipped) / "compiled-da.bin").is_file():
        print("note: no compiled catalog shipped (an editable install?): the first run compiles\n")
    completions = prefixes(topics)
    tldr = None if args.no_peer else install_tldr(work)
    tldr_env = {**env, "XDG_CACHE_HOME": str(work / "tldr-cache"), "LANG": "en_US.UTF-8"}
    if tldr:
        pages = work / "tldr-cache" / "tldr" / "pages" / "common"
        pages.mkdir(parents=True)
        for page in TLDR_PAGES:
            (pages / f"{page}.md").write_text(TLDR_PAGE.format(page), encoding="utf-8")

    # Warm-up: the first run writes .pyc files and the compiled catalog, as after installation.
    run_once([SNITFLADE, "who", "--format", "json", *question()], env)
    run_once([SNITFLADE, "--help"], env)
    if tldr:
        run_once([tldr, "tar"], tldr_env)

    times: dict[str, list[float]] = {}
    cpu: dict[str, list[float]] = {}
    memory: dict[str, float] = {}
    asked: set[tuple[str, ...]] = set()

    def measure(name: str, argv: list[str], run_env: dict[str, str], tty: bool = False) -> None:
        seconds, cpu_seconds, peak = (run_on_a_terminal if tty else run_once)(argv, run_env)
        times.setdefault(name, []).append(seconds)
        cpu.setdefault(name, []).append(cpu_seconds)
        memory[name] = max(memory.get(name, 0.0), peak)

    for n in range(rounds):
        json_q, table_q, first_q = question(), question(), question()
        for q in (json_q, table_q, first_q):
            assert tuple(q) not in asked, q  # a new question every time
            asked.add(tuple(q))
        word = next(completions)
        complete = {**env, "_SNITFLADE_COMPLETE": "complete_bash",
                    "COMP_WORDS": f"snitflade who {word}", "COMP_CWORD": "2"}  # fmt: skip
        cold = {**env, "SNITFLADE_CACHE_DIR": str(work / f"cold-{n}")}
        measure("python -c pass", [PYTHON, "-c", "pass"], env)
        measure("who -f json, new question", [SNITFLADE, "who", "-f", "json", *json_q], env)
        measure("who -f table, new question", [SNITFLADE, "who", "-f", "table", *table_q], env)
        measure("first run, empty cache", [SNITFLADE, "who", "-f", "json", *first_q], cold)
        measure("--help", [SNITFLADE, "--help"], env)
        measure("--help on a terminal", [SNITFLADE, "--help"], env, tty=True)
        measure("TAB completion of a topic", [SNITFLADE], complete)
        if tldr:
            page = TLDR_PAGES[n % len(TLDR_PAGES)]
            measure("peer: Python tldr client", [tldr, page], tldr_env)
        shutil.rmtree(work / f"cold-{n}", ignore_errors=True)

    base = statistics.median(times["python -c pass"])
    cpu_base = statistics.median(cpu["python -c pass"])
    print(f"{rounds} rounds, {len(asked)} different questions on {TOPICS} topics, no repeats")
    print("wall: elapsed time; CPU: user + system time of the process (steadier when the machine")
    print("is shared); both as medians and as ratios to python -c pass in the same rounds\n")
    print(f"{'command':30} {'wall':>8} {'× pass':>7} {'CPU':>8} {'× pass':>7} {'peak RSS':>9}"
          f" {'target':>12}")  # fmt: skip
    for name, values in times.items():
        median = statistics.median(values)
        ratio = median / base
        cpu_median = statistics.median(cpu[name])
        target = TARGETS.get(name)
        verdict = "" if target is None else f"≤ {target}× " + ("ok" if ratio <= target else "OVER")
        print(f"{name:30} {median * 1000:6.1f}ms {ratio:6.1f}× {cpu_median * 1000:6.1f}ms "
              f"{cpu_median / cpu_base:6.1f}× {memory[name]:7.1f}MB {verdict:>12}")  # fmt: skip
    if tldr:
        json_median = statistics.median(times["who -f json, new question"])
        faster = json_median < statistics.median(times["peer: Python tldr client"])
        print(f"\nA new `who -f json` beats the Python tldr client: {'yes' if faster else 'no'}")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
