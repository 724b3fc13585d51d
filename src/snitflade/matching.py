"""Find the area a user means from the words they type, and say why.

Deterministic and explainable. For every name of every area (id, title, aliases) we score how
well it covers the user's words:

- exact:  the whole query is the name (case, punctuation and æ/ø/å folded)          -> 1.0
- phrase: the name stands inside the query as whole words                           -> 0.70-0.95
- typo:   every word of the name is a near spelling of a word in the query          -> 0.55-0.85

Phrase and typo scores grow with how much of the query's content the name covers, so in
"hvad gør TR ved sygefravær" the long specific word beats the short role word. Small words
("med", "i", "hvem") never match on their own. Below ACCEPT nothing is returned: a word that has
nothing to do with the domain gets suggestions, never a confident wrong answer.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from snitflade.errors import NoMatchError
from snitflade.folding import fold, is_content, query_forms, token_forms, typo_of

if TYPE_CHECKING:
    from snitflade.catalog import Area, Catalog

ACCEPT = 0.6
CLOSE = 0.12  # others within this of the best are named under "Se også"
MAX_SUGGESTIONS = 3
SUGGESTION_CUTOFF = 0.6


@dataclass(frozen=True)
class Match:
    """The area found, what in the data matched, how, and how strongly."""

    area: Area
    matched: str  # the id, title or alias that matched
    field: str  # "id", "title" or "alias"
    score: float
    how: str = "exact"  # "exact", "phrase" or "typo"
    words: tuple[str, ...] = ()  # the user's words that the name covered
    others: tuple[Match, ...] = ()  # close runners-up, best first


@dataclass(frozen=True)
class _Name:
    area_index: int
    field: str
    text: str
    forms: tuple[tuple[str, ...], ...]


def build_index(catalog: Catalog) -> tuple[_Name, ...]:
    """Every name of every area, folded once: what matching compares the user's words with."""
    names = []
    for i, area in enumerate(catalog.areas):
        for field_name, text in (("id", area.id), ("title", area.title)):
            names.append(_Name(i, field_name, text, token_forms(text)))
        names += [_Name(i, "alias", alias, token_forms(alias)) for alias in area.aliases]
    return tuple(names)


def _contains(query: tuple[str, ...], name: tuple[str, ...]) -> bool:
    size = len(name)
    return any(query[i : i + size] == name for i in range(len(query) - size + 1))


def _score_name(
    query: tuple[str, ...], name: tuple[str, ...]
) -> tuple[float, str, tuple[str, ...]]:
    """Return (score, how, covered words) for one spelling of the query against one of a name."""
    if not name:
        return 0.0, "", ()
    if query == name:
        return 1.0, "exact", query
    content = [w for w in query if is_content(w)]
    letters = sum(len(w) for w in content)
    if not letters:
        return 0.0, "", ()
    if _contains(query, name) and any(is_content(w) for w in name):
        covered = tuple(w for w in name if is_content(w))
        return 0.70 + 0.25 * sum(len(w) for w in covered) / letters, "phrase", covered
    wanted = [w for w in name if is_content(w)]
    if not wanted:
        return 0.0, "", ()
    matched: list[tuple[str, float]] = []
    for word in wanted:
        best = max(((typo_of(q, word), q) for q in content), default=(0.0, ""))
        if best[0] == 0.0:
            return 0.0, "", ()
        matched.append((best[1], best[0]))
    covered = tuple(dict.fromkeys(q for q, _ in matched))
    mean = sum(s for _, s in matched) / len(matched)
    return 0.55 + 0.30 * mean * min(1.0, sum(len(w) for w in covered) / letters), "typo", covered


def rank_areas(catalog: Catalog, query: str) -> list[Match]:
    """Return every area that matches `query` at all, best first, one Match per area."""
    names = catalog.memo("matching.index", build_index)
    queries = query_forms(query)
    best: dict[int, Match] = {}
    for name in names:
        for q in queries:
            for form in name.forms:
                score, how, words = _score_name(q, form)
                current = best.get(name.area_index)
                if score and (current is None or score > current.score):
                    area = catalog.areas[name.area_index]
                    best[name.area_index] = Match(
                        area, name.text, name.field, round(score, 3), how, words
                    )
    return sorted(best.values(), key=lambda m: (-m.score, catalog.areas.index(m.area)))


def find_area(catalog: Catalog, query: str) -> Match:
    """Return the best area for `query`, with close runners-up; raise NoMatchError if none."""
    ranked = [m for m in rank_areas(catalog, query) if m.score >= ACCEPT]
    if not ranked:
        raise NoMatchError(query, suggest(catalog, query))
    top = ranked[0]
    others = tuple(m for m in ranked[1:] if m.score >= top.score - CLOSE)
    return Match(top.area, top.matched, top.field, top.score, top.how, top.words, others)


def suggest(catalog: Catalog, query: str, limit: int = MAX_SUGGESTIONS) -> list[tuple[str, str]]:
    """Return up to `limit` (id, title) pairs of areas whose names look like `query`."""
    wanted = fold(query)
    words = {w for form in wanted for w in form.split() if len(w) >= 3 and is_content(w)}
    scored: list[tuple[float, int, str, str]] = []
    for i, area in enumerate(catalog.areas):
        best = 0.0
        for name in (area.id, area.title, *area.aliases):
            for form in fold(name):
                for query_form in wanted:
                    ratio = difflib.SequenceMatcher(None, query_form, form).ratio()
                    best = max(best, ratio)
                if words & set(form.split()):
                    best = max(best, SUGGESTION_CUTOFF)
        if best >= SUGGESTION_CUTOFF:
            scored.append((best, i, area.id, area.title))
    scored.sort(key=lambda item: (-item[0], item[1]))
    return [(area_id, title) for _score, _i, area_id, title in scored[:limit]]
