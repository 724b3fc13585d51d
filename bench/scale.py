"""How `who` and `search` grow with the data: a generated layer of 500, 5,000 and 50,000 areas.

Run from an environment made as the README says:  .venv/bin/python bench/scale.py

For each size it writes a layer of generated areas (each with aliases, TR/AMR duties and a fact)
and reports, as ratios to the same kind of command on the built-in data alone, measured in the
same run:
- the first run, which checks and compiles the layer (seconds);
- a new `who` question and a new `search` (every command line different: nothing is replayed,
  each run reads the compiled catalog and answers).
Targets from the issue at 5,000 areas: `who` at most 1.5×, `search` at most 3×.
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
WORDS = "lager hal truck kran skur værksted kantine depot rampe kontor".split()


def layer(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    lines = ["areas:"]
    for i in range(count):
        word = WORDS[i % len(WORDS)]
        lines += [
            f"  - id: omraade-{i}",
            f"    title: Lokalt område {i} ({word})",
            f"    summary: Et genereret område nummer {i} om {word}.",
            "    lead: shared",
            "    groups: [faelles]",
            f"    aliases: [genord{i}, {word} {i}, lokalt {word} nummer {i}]",
            "    duties:",
            f"      - {{id: omraade-{i}-tr, role: tr, text: TR tager sig af {word} {i}., "
            "sources: [deck]}",
            f"      - {{id: omraade-{i}-amr, role: amr, text: AMR ser på {word} {i}., "
            "sources: [deck]}",
            "    facts:",
            f"      - {{id: omraade-{i}-fakta, text: Fakta om {word} nummer {i}., "
            "sources: [deck]}",
        ]
    (folder / "collaboration_areas.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def timed(argv: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - started


# Questions that the built-in data answers; each is asked once per size, in turn.
WHO = [
    "stress",
    "sygefravær",
    "apv",
    "arbejdstid",
    "løn",
    "mobning",
    "vikarer",
    "trivsel",
    "hjemmearbejde",
    "ergonomi",
    "fyring",
    "advarsel",
    "overvågning",
    "tavshedspligt",
]
SEARCH = [
    "hviletid mellem vagter",
    "hvor tit skal man lave apv",
    "bisidder ved sygesamtale",
    "valg af arbejdsmiljørepræsentant",
    "lønforhandling",
    "whistleblower ordning",
    "gravide og arbejdsmiljø",
    "indeklima og støj",
    "vikar fra bureau",
    "tid til hvervet",
    "masseafskedigelse varsling",
    "konflikt med leder",
    "mus samtale",
    "ny teknologi",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 5000, 50000])
    parser.add_argument("--runs", type=int, default=len(WHO), help=f"at most {len(WHO)}")
    args = parser.parse_args()
    runs = min(args.runs, len(WHO))
    work = Path(tempfile.mkdtemp(prefix="snitflade-scale-"))
    base_env = {**os.environ, "COLUMNS": "100", "SNITFLADE_CACHE_DIR": str(work / "cache-0")}
    for name in ("SNITFLADE_DATA_PATH", "PYTHONDONTWRITEBYTECODE"):
        base_env.pop(name, None)
    envs = {0: base_env}
    first = {}
    timed([SNITFLADE, "topics"], base_env)  # warm-up: compiles the built-in data if need be
    for size in args.sizes:
        folder = layer(work / f"layer-{size}", size)
        envs[size] = {**base_env, "SNITFLADE_DATA_PATH": str(folder),
                      "SNITFLADE_CACHE_DIR": str(work / f"cache-{size}")}  # fmt: skip
        first[size] = timed([SNITFLADE, "topics"], envs[size])
    # Each question is asked of every size in turn, so that a shared machine's load hits all
    # alike; no command line is repeated for one size.
    times: dict[tuple[int, str], list[float]] = {}
    for n in range(runs):
        for command, questions in (("who", WHO), ("search", SEARCH)):
            for size, env in envs.items():
                seconds = timed([SNITFLADE, command, *questions[n].split()], env)
                times.setdefault((size, command), []).append(seconds)
    median = {key: statistics.median(values) for key, values in times.items()}
    who, search = median[0, "who"] * 1000, median[0, "search"] * 1000
    print(f"built-in data alone: who {who:.0f} ms, search {search:.0f} ms ({runs} new questions)")
    print(f"\n{'areas':>7} {'first run':>10} {'who, new':>24} {'search, new':>24}")
    for size in args.sizes:
        cells = " ".join(
            f"{median[size, c] * 1000:14.0f} ms {median[size, c] / median[0, c]:5.2f}×"
            for c in ("who", "search")
        )
        print(f"{size:>7} {first[size]:9.1f}s {cells}")
    print("\ntargets at 5,000 areas: who ≤ 1.5×, search ≤ 3× (ratios to the built-in data alone)")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
