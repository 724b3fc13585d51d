"""The matching development set and its held-out part: top-1 accuracy per kind, at its floor.

bench/matching.py prints the figures; these tests keep them from falling below the targets.
A row names a topic id, "role:tr" / "role:amr" (a question about the role itself) or "-" (no
answer), or several ids joined by "|" where topics answer it equally well. A row is measured
only when one of its ids is in the loaded catalog; the rest wait for their topics.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from snitflade.ask.matching import Match, lookup
from snitflade.errors import NoMatchError
from snitflade.store.model import Catalog

DATA = Path(__file__).parent / "data"
DEVSET = DATA / "matching_devset.tsv"
HELDOUT = DATA / "matching_heldout.tsv"
KINDS = {
    "exact",
    "synonym",
    "everyday",
    "compound",
    "inflection",
    "typo",
    "ascii",
    "question",
    "english",
    "english-question",
    "role",
    "unrelated",
}


def load(path: Path) -> list[tuple[str, str, tuple[str, ...]]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            kind, query, expected = line.split("\t")
            rows.append((kind, query, tuple(expected.split("|"))))
    return rows


def answer(catalog: Catalog, query: str) -> tuple[str, tuple[str, ...]]:
    """What the matcher says: the id (or "role:…", "-"), and the ids it names under "Se også"."""
    try:
        found = lookup(catalog, query)
    except NoMatchError:
        return "-", ()
    if not isinstance(found, Match):
        return f"role:{found.role.id}", ()
    return found.area.id, tuple(m.area.id for m in found.others)


@dataclass
class Score:
    right: Counter[str] = field(default_factory=Counter)
    total: Counter[str] = field(default_factory=Counter)
    confident_wrong: list[tuple[str, str, str]] = field(default_factory=list)
    waiting: int = 0  # rows whose topics are not in the catalog yet


def measure(catalog: Catalog, path: Path) -> Score:
    known = {a.id for a in catalog.areas} | {"-"} | {f"role:{r.id}" for r in catalog.roles}
    score = Score()
    for kind, query, expected in load(path):
        wanted = [e for e in expected if e in known]
        if not wanted:
            score.waiting += 1
            continue
        got, others = answer(catalog, query)
        score.total[kind] += 1
        score.right[kind] += got in wanted
        # Confident and wrong: an answer to an unrelated query, or a wrong topic with the
        # right one nowhere under "Se også".
        if got != "-" and got not in wanted and not set(others) & set(wanted):
            score.confident_wrong.append((query, "|".join(expected), got))
    return score


@pytest.mark.parametrize("path", [DEVSET, HELDOUT], ids=["devset", "heldout"])
def test_sets_are_big_and_cover_every_kind(path: Path) -> None:
    rows = load(path)
    assert {kind for kind, _, _ in rows} == KINDS
    if path == DEVSET:
        assert len(rows) >= 400
        assert sum(kind in {"question", "english-question"} for kind, _, _ in rows) >= 150


def test_no_query_is_in_both_sets() -> None:
    dev = {q.casefold() for _, q, _ in load(DEVSET)}
    assert not dev & {q.casefold() for _, q, _ in load(HELDOUT)}


@pytest.mark.parametrize("path,floor", [(DEVSET, 0.95), (HELDOUT, 0.90)], ids=["devset", "heldout"])
def test_accuracy_floor(catalog: Catalog, path: Path, floor: float) -> None:
    score = measure(catalog, path)
    right, total = sum(score.right.values()), sum(score.total.values())
    assert right / total >= floor, f"{right}/{total} < {floor:.0%}"
    assert score.right["unrelated"] == score.total["unrelated"]


@pytest.mark.parametrize("path", [DEVSET, HELDOUT], ids=["devset", "heldout"])
def test_no_confident_wrong_answers(catalog: Catalog, path: Path) -> None:
    assert measure(catalog, path).confident_wrong == []
