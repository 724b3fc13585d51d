"""Matching quality and cost: top-1 accuracy per kind of query, and the typo measure's price.

Run from a checkout with the project installed (see README):  python bench/matching.py

Prints, for the development set in tests/data/matching_devset.tsv:
- top-1 accuracy per kind, and "no match" accuracy on the unrelated words;
- the same with rapidfuzz's OSA distance in place of our own, if rapidfuzz is installed;
- the median time of one `who` lookup, and what importing each typo measure costs, as ratios to
  the standard library's in the same run (never as absolute targets).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from snitflade import folding
from snitflade.ask.matching import find_area
from snitflade.errors import NoMatchError
from snitflade.store import load_catalog

DEVSET = Path(__file__).resolve().parents[1] / "tests" / "data" / "matching_devset.tsv"


def devset() -> list[tuple[str, str, str]]:
    rows = []
    for line in DEVSET.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            kind, query, expected = line.split("\t")
            rows.append((kind, query, expected))
    return rows


def accuracy() -> dict[str, tuple[int, int]]:
    catalog = load_catalog()
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for kind, query, expected in devset():
        try:
            got = find_area(catalog, query).area.id
        except NoMatchError:
            got = "-"
        total[kind] += 1
        right[kind] += got == expected
    return {kind: (right[kind], total[kind]) for kind in total}


def lookup_seconds(repeat: int = 5) -> float:
    catalog = load_catalog()
    queries = [query for _, query, _ in devset()]
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        for query in queries:
            try:
                find_area(catalog, query)
            except NoMatchError:
                pass
        runs.append((time.perf_counter() - start) / len(queries))
    return statistics.median(runs)


def import_seconds(statement: str, repeat: int = 15) -> float:
    """Median wall time of a fresh interpreter running `statement`."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", statement], check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def with_distance(distance: Callable[[str, str, int], int]) -> dict[str, tuple[int, int]]:
    original = folding.edit_distance
    folding.edit_distance = distance  # type: ignore[assignment]
    try:
        return accuracy()
    finally:
        folding.edit_distance = original


def report(title: str, scores: dict[str, tuple[int, int]]) -> None:
    print(title)
    for kind, (right, total) in scores.items():
        label = "no match" if kind == "unrelated" else "top-1"
        print(f"  {kind:<10} {label:<8} {right:>3}/{total:<3} {right / total:6.1%}")


def main() -> None:
    report("snitflade matching (standard library OSA distance)", accuracy())
    baseline = lookup_seconds()
    print(f"  one lookup: {baseline * 1e6:.0f} µs median")
    try:
        from rapidfuzz.distance import OSA
    except ImportError:
        print("\nrapidfuzz is not installed: `pip install rapidfuzz` to compare.")
        return

    def rapid(a: str, b: str, limit: int) -> int:
        return int(OSA.distance(a, b, score_cutoff=limit))

    report("\nsame matcher, rapidfuzz OSA distance", with_distance(rapid))
    original = folding.edit_distance
    folding.edit_distance = rapid  # type: ignore[assignment]
    try:
        fast = lookup_seconds()
    finally:
        folding.edit_distance = original
    ratio = fast / baseline
    print(f"  one lookup: {fast * 1e6:.0f} µs median, {ratio:.2f}× the standard library's")
    plain = import_seconds("pass")
    ours = import_seconds("import snitflade.folding")
    theirs = import_seconds("import snitflade.folding, rapidfuzz.distance.OSA")
    print("\nstart-up, as ratios to `python -c pass` in this run:")
    print(f"  import snitflade.folding               {ours / plain:.2f}×")
    print(f"  … and rapidfuzz.distance.OSA           {theirs / plain:.2f}×")


if __name__ == "__main__":
    main()
