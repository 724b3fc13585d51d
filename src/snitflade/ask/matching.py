"""Find the area a user means from the words they type, and say why.

Deterministic and explainable. For every name of every area (id, title, aliases) we score how
well it covers the user's words:

- exact:  the whole query is the name (case, punctuation and æ/ø/å folded)          -> 1.0
- phrase: the name stands inside the query as whole words                           -> 0.70-0.95
- typo:   every word of the name is a near spelling of a word in the query          -> 0.55-0.85

Only names that share a word with the query, or a near spelling of one (which keeps its first
letter), are scored: MatchIndex finds them without reading every name, so a lookup stays fast
with thousands of areas. Phrase and typo scores grow with how much of the query's content the
name covers, so in
"hvad gør TR ved sygefravær" the long specific word beats the short role word. Small words
("med", "i", "hvem") never match on their own. Below ACCEPT nothing is returned: a word that has
nothing to do with the domain gets suggestions, never a confident wrong answer.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from snitflade.errors import NoMatchError
from snitflade.folding import TYPO_MIN_LETTERS, fold, is_content, query_forms, token_forms, typo_of

if TYPE_CHECKING:
    from snitflade.store.model import Area, Catalog

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


# One name of an area: (area index, field, text, folded word tuples).
_Name = tuple[int, str, str, tuple[tuple[str, ...], ...]]


@dataclass(frozen=True)
class MatchIndex:
    """The areas' names, folded once, and the ways into them, so a lookup scores only the few
    names that share a word (or a near spelling of one) with the query.

    Built from the data and kept in the cache as plain tuples and dicts, which read back fast.
    """

    names: tuple[_Name, ...]
    exact: dict[str, tuple[int, ...]]  # a whole name, words joined -> names
    by_word: dict[str, tuple[int, ...]]  # a content word -> names holding it
    by_shape: dict[tuple[str, int], tuple[str, ...]]  # (first letter, length) -> content words


def build_index(catalog: Catalog) -> MatchIndex:
    """Every name of every area, folded once: what matching compares the user's words with."""
    names: list[_Name] = []
    for i, area in enumerate(catalog.areas):
        for field_name, text in (("id", area.id), ("title", area.title)):
            names.append((i, field_name, text, token_forms(text)))
        names += [(i, "alias", alias, token_forms(alias)) for alias in area.aliases]
    exact: dict[str, list[int]] = {}
    by_word: dict[str, list[int]] = {}
    for n, (_area, _field, _text, forms) in enumerate(names):
        for form in forms:
            exact.setdefault(" ".join(form), []).append(n)
            for word in form:
                if is_content(word):
                    holders = by_word.setdefault(word, [])
                    if not holders or holders[-1] != n:
                        holders.append(n)
    by_shape: dict[tuple[str, int], list[str]] = {}
    for word in by_word:
        by_shape.setdefault((word[0], len(word)), []).append(word)
    return MatchIndex(
        names=tuple(names),
        exact={k: tuple(v) for k, v in exact.items()},
        by_word={k: tuple(v) for k, v in by_word.items()},
        by_shape={k: tuple(v) for k, v in by_shape.items()},
    )


def _candidates(index: MatchIndex, query: tuple[str, ...]) -> set[int]:
    """The names that can score at all: the whole query, or a shared word or near spelling."""
    found = set(index.exact.get(" ".join(query), ()))
    for word in query:
        if not is_content(word):
            continue
        found.update(index.by_word.get(word, ()))
        if len(word) < TYPO_MIN_LETTERS:
            continue
        for length in range(len(word) - 2, len(word) + 3):
            for known in index.by_shape.get((word[0], length), ()):
                if known != word and typo_of(word, known):
                    found.update(index.by_word[known])
    return found


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
    index = catalog.memo("matching.index", build_index)
    found: dict[int, tuple[float, str, str, str, tuple[str, ...]]] = {}
    for query_words in query_forms(query):
        for n in sorted(_candidates(index, query_words)):
            area_index, field_name, text, forms = index.names[n]
            for form in forms:
                score, how, words = _score_name(query_words, form)
                current = found.get(area_index)
                if score and (current is None or score > current[0]):
                    found[area_index] = (score, text, field_name, how, words)
    order = sorted(found, key=lambda i: (-found[i][0], i))
    return [
        Match(catalog.areas[i], text, field_name, round(score, 3), how, words)
        for i in order
        for score, text, field_name, how, words in [found[i]]
    ]


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
    index = catalog.memo("matching.index", build_index)
    best: dict[int, float] = {}
    for area_index, _field, _text, forms in index.names:
        for form in (" ".join(f) for f in forms):
            score = SUGGESTION_CUTOFF if words & set(form.split()) else 0.0
            for query_form in wanted:
                matcher = difflib.SequenceMatcher(None, query_form, form)
                # The quick bounds skip most names before the full comparison.
                bar = max(score, SUGGESTION_CUTOFF)
                if matcher.real_quick_ratio() >= bar and matcher.quick_ratio() >= bar:
                    score = max(score, matcher.ratio())
            if score >= SUGGESTION_CUTOFF and score > best.get(area_index, 0.0):
                best[area_index] = score
    ranked = sorted(best, key=lambda i: (-best[i], i))[:limit]
    return [(catalog.areas[i].id, catalog.areas[i].title) for i in ranked]
