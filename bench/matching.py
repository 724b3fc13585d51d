"""Matching quality and cost, for the development set and its held-out part separately.

Run from a checkout with the project installed (see README):  python bench/matching.py

Prints, for tests/data/matching_devset.tsv and tests/data/matching_heldout.tsv:
- top-1 accuracy per kind of query ("no match" accuracy for the unrelated ones), counting only
  rows whose expected topic is in the loaded catalog (the others wait for their topics);
- the number of confident wrong answers: an answer to an unrelated query, or a wrong topic
  without the right one under "Se også";
- the median time of one lookup, with the indexes already built (as in the cache);
- what loading the two Snowball stemmers costs, against importing the whole package.
The held-out figures are for measuring only: never tune on them.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

from snitflade.ask.matching import lookup
from snitflade.errors import NoMatchError
from snitflade.store import load_catalog

TESTS = Path(__file__).resolve().parents[1] / "tests"
sys.path.insert(0, str(TESTS))
from test_matching_devset import DEVSET, HELDOUT, load, measure  # noqa: E402


def lookup_seconds(path: Path, repeat: int = 5) -> float:
    catalog = load_catalog()
    queries = [query for _, query, _ in load(path)]
    for query in queries[:1]:  # build the indexes once, as the cache holds them
        try:
            lookup(catalog, query)
        except NoMatchError:
            pass
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        for query in queries:
            try:
                lookup(catalog, query)
            except NoMatchError:
                pass
        runs.append((time.perf_counter() - start) / len(queries))
    return statistics.median(runs)


def import_seconds(statement: str, repeat: int = 11) -> float:
    """Median wall time of a fresh interpreter running `statement`."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", statement], check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def report(title: str, path: Path) -> None:
    catalog = load_catalog()
    score = measure(catalog, path)
    print(title)
    for kind in sorted(score.total, key=lambda k: list(score.total).index(k)):
        right, total = score.right[kind], score.total[kind]
        label = "no match" if kind == "unrelated" else "top-1"
        print(f"  {kind:<17} {label:<8} {right:>3}/{total:<3} {right / total:6.1%}")
    right, total = sum(score.right.values()), sum(score.total.values())
    print(f"  {'all':<17} {'top-1':<8} {right:>3}/{total:<3} {right / total:6.1%}")
    print(f"  confident wrong answers: {len(score.confident_wrong)}")
    print(f"  not measurable yet (topic not in the catalog): {score.waiting}")
    print(f"  one lookup: {lookup_seconds(path) * 1e3:.2f} ms median")


def main() -> None:
    report("development set", DEVSET)
    report("\nheld-out set (measure only, never tune)", HELDOUT)
    plain = import_seconds("pass")
    ours = import_seconds("from snitflade.folding import stems; stems('truede')")
    whole = import_seconds(
        "import snitflade.folding, snowballstemmer as s; "
        "s.stemmer('danish').stemWord('truede'); s.stemmer('english').stemWord('truede')"
    )
    base = import_seconds("import snitflade.folding")
    print("\nstart-up, as ratios to `python -c pass` in this run:")
    print(f"  import snitflade.folding                       {base / plain:.2f}×")
    print(f"  … and load the Danish and English stemmers     {ours / plain:.2f}×")
    print(f"  … and `import snowballstemmer` (36 languages)  {whole / plain:.2f}×")


if __name__ == "__main__":
    main()
