"""The matching development set: top-1 accuracy per kind of query, guarded at its floor.

bench/matching.py prints the figures; this test only keeps them from falling below the target.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from snitflade.ask.matching import find_area
from snitflade.errors import NoMatchError
from snitflade.store.model import Catalog

DEVSET = Path(__file__).parent / "data" / "matching_devset.tsv"
KINDS = {"exact", "synonym", "typo", "no-aeoeaa", "question", "english", "unrelated"}


def load_devset() -> list[tuple[str, str, str]]:
    rows = []
    for line in DEVSET.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            kind, query, expected = line.split("\t")
            rows.append((kind, query, expected))
    return rows


def accuracy(catalog: Catalog) -> dict[str, float]:
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for kind, query, expected in load_devset():
        try:
            got = find_area(catalog, query).area.id
        except NoMatchError:
            got = "-"
        total[kind] += 1
        right[kind] += got == expected
    return {kind: right[kind] / total[kind] for kind in total}


def test_devset_is_big_and_covers_every_kind(catalog: Catalog) -> None:
    rows = load_devset()
    assert len(rows) >= 150
    assert {kind for kind, _, _ in rows} == KINDS
    area_ids = {a.id for a in catalog.areas} | {"-"}
    assert all(expected in area_ids for _, _, expected in rows)


def test_accuracy_floor(catalog: Catalog) -> None:
    scores = accuracy(catalog)
    for kind, score in scores.items():
        floor = 1.0 if kind == "unrelated" else 0.95
        assert score >= floor, f"{kind}: {score:.0%} < {floor:.0%}"
