"""Full-text search over everything the data says: areas, duties, facts, advice and glossary.

Ranking is BM25 over folded words. A query word also finds longer words it begins
("sygefravær" finds "sygefraværet") and near spellings, at a lower weight. Items in the area
the query is about (as `who` would match it) are lifted, so a question lands on the right fact.
"""

from __future__ import annotations

import bisect
import math
from collections import Counter
from typing import Any

from snitflade.ask.matching import ACCEPT, build_index, is_generic, rank_areas, role_asked
from snitflade.folding import (
    LONG_WORD,
    base_words,
    fold_word,
    is_content,
    query_forms,
    split_compound,
    stems,
    token_forms,
    typo_of,
)
from snitflade.records import dataclass
from snitflade.store.model import Catalog, Citation

K1 = 1.2
B = 0.75
PREFIX_MIN_LETTERS = 4
PREFIX_WEIGHT = 0.8
TYPO_WEIGHT = 0.6
AREA_LIFT = 0.6  # an item in the matched area scores up to 60 % higher
ROLE_LIFT = 0.3  # an item of the role the question names ("hvad gør TR …") scores 30 % higher
# A question about the role itself ("Hvad laver en AMR?"): the role's own duties come first,
# with this score when they share no word with the question.
OWN_DUTY_SCORE = 1.0
INFLECTION_MAX_LETTERS = 4  # "uddannelsen", "arbejdsgiveren": an ending on a known word
INFLECTION_WEIGHT = 0.9
STEM_WEIGHT = (
    0.9  # the same Snowball stem: "truede" finds "truet"'s neighbours, "trusler" "trussel"
)
PART_WEIGHT = 0.6  # a part of a compound: "overarbejdstimer" finds "overarbejde"
PART_MIN_LETTERS = 4
GENERIC_WEIGHT = 0.5  # "arbejdspladsen", "kollega": in every question, they decide little
DEFAULT_LIMIT = 10
# A glossary entry says what a word means or stands for: "hvad betyder AMG", "hvad står APV for".
GLOSSARY_WORDS = ("betyder", "betydning", "står for", "forkortelse", "means", "stands for")


@dataclass(frozen=True)
class Hit:
    """One thing the search found."""

    kind: str  # area, duty, basis, employer, advice, question, fact, link, glossary
    id: str
    area: str | None
    role: str | None
    text: str
    sources: tuple[Citation, ...]
    score: float
    terms: frozenset[str]  # folded words of `text` that matched, for highlighting


@dataclass(frozen=True)
class _Document:
    kind: str
    id: str
    area: str | None
    role: str | None
    text: str
    sources: tuple[Citation, ...]
    words: Counter[str]
    length: int


def _document(
    kind: str,
    item_id: str,
    area: str | None,
    role: str | None,
    text: str,
    sources: tuple[Citation, ...],
    extra: tuple[str, ...] = (),
) -> _Document:
    words: Counter[str] = Counter()
    for part in (text, *extra):
        # Each word once, under both æ/ø/å spellings where they differ.
        for spellings in zip(*token_forms(part), strict=True):
            words.update(w for w in set(spellings) if is_content(w))
    return _Document(kind, item_id, area, role, text, sources, words, sum(words.values()))


def _role_words(catalog: Catalog) -> dict[str, tuple[str, ...]]:
    """Return the words that name each role ("tr", "tillidsrepræsentant"), and both for shared."""
    names: dict[str, tuple[str, ...]] = {r.id: (r.abbreviation, r.name) for r in catalog.roles}
    return {**names, "shared": tuple(w for ws in names.values() for w in ws)}


def _documents(catalog: Catalog) -> tuple[_Document, ...]:
    docs: list[_Document] = []
    role_words = _role_words(catalog)
    for area in catalog.areas:
        first = area.duties[0].sources
        docs.append(
            _document(
                "area",
                area.id,
                area.id,
                area.lead,
                f"{area.title}. {area.summary}",
                first,
                area.aliases,
            )
        )
        for duty in area.duties:
            docs.append(
                _document(
                    "duty",
                    duty.id,
                    area.id,
                    duty.role,
                    duty.text,
                    duty.sources,
                    (*role_words[duty.role], *duty.keywords),
                )
            )
        for kind, items in (
            ("employer", area.employer),
            ("advice", area.advice),
            ("fact", area.facts),
        ):
            docs += [
                _document(kind, s.id, area.id, None, s.text, s.sources, s.keywords) for s in items
            ]
    for role in catalog.roles:
        # The role's name counts as a word of its items: "hvor længe er en AMR valgt".
        docs += [
            _document(
                "duty", d.id, None, role.id, d.text, d.sources, (*role_words[role.id], *d.keywords)
            )
            for d in role.duties
        ]
        docs += [
            _document(
                "basis", b.id, None, role.id, b.text, b.sources, (*role_words[role.id], *b.keywords)
            )
            for b in role.basis
        ]
    for group in catalog.guidance:
        kind = "question" if group.kind == "questions" else "advice"
        area_id = group.applies_to[0] if group.applies_to else None
        docs += [
            _document(kind, s.id, area_id, None, s.text, s.sources, (group.title, *s.keywords))
            for s in group.items
        ]
    for term in catalog.glossary:
        label = f"{term.term} ({term.expansion})" if term.expansion else term.term
        docs.append(
            _document(
                "glossary",
                term.id,
                term.area,
                None,
                f"{label}: {term.text}",
                term.sources,
                (term.term, *term.aliases, *term.keywords, *GLOSSARY_WORDS),
            )
        )
    return tuple(docs)


# The search index is plain data (dicts, tuples, strings, numbers), so the cache can keep it as
# JSON or marshal: "documents" (kind, id, area, role, text, sources as (id, ref, fact) tuples),
# "lengths", "postings" (word -> (document, count) pairs), "vocabulary" (sorted, for the words a
# query word begins), "by_shape" ("<first letter><length>" -> words), "by_stem" (a tagged
# Snowball stem -> words) and "average_length".
SearchIndex = dict[str, Any]


def build_search_index(catalog: Catalog) -> SearchIndex:
    """Every item of the data as a document of folded words, with the words' postings."""
    documents = _documents(catalog)
    postings: dict[str, list[tuple[int, int]]] = {}
    for n, doc in enumerate(documents):
        for word, count in doc.words.items():
            postings.setdefault(word, []).append((n, count))
    by_shape: dict[tuple[str, int], list[str]] = {}
    for word in postings:
        by_shape.setdefault((word[0], len(word)), []).append(word)
    by_stem: dict[str, set[str]] = {}
    for doc in documents:
        for part in (doc.text,):
            for raw in base_words(part):
                word = fold_word(raw)
                if word in postings:
                    for stem in stems(raw):
                        by_stem.setdefault(stem, set()).add(word)
    return {
        "documents": tuple(
            (d.kind, d.id, d.area, d.role, d.text, tuple((c.id, c.ref, c.fact) for c in d.sources))
            for d in documents
        ),
        "lengths": tuple(d.length for d in documents),
        "postings": {word: tuple(found) for word, found in postings.items()},
        "vocabulary": tuple(sorted(postings)),
        "by_shape": {f"{w}{n}": tuple(words) for (w, n), words in by_shape.items()},
        "by_stem": {stem: tuple(sorted(words)) for stem, words in by_stem.items()},
        "average_length": sum(d.length for d in documents) / max(1, len(documents)),
    }


def _expand(word: str, index: SearchIndex, raw: str | None = None) -> dict[str, float]:
    """Return the indexed words that `word` stands for, with how much each counts."""
    found = {word: 1.0} if word in index["postings"] else {}

    def add(known: str, weight: float) -> None:
        if known != word and weight > found.get(known, 0.0):
            found[known] = weight

    for stem in stems(raw or word):  # the same stem: "truede", "sygemeldte"
        for known in index["by_stem"].get(stem, ()):
            add(known, STEM_WEIGHT)
    if not found and len(word) >= 6:  # a compound of known words: "overarbejds·timer"
        for part in split_compound(word, lambda w: w in index["postings"]):
            # A short part finds too much in passing: "vej·ret" is the weather.
            if is_content(part) and len(part) >= PART_MIN_LETTERS:
                add(part, PART_WEIGHT)

    if len(word) >= PREFIX_MIN_LETTERS:  # words it begins: "sygefravær" -> "sygefraværet"
        start = bisect.bisect_left(index["vocabulary"], word)
        for known in index["vocabulary"][start:]:
            if not known.startswith(word):
                break
            add(known, PREFIX_WEIGHT)
    for cut in range(max(LONG_WORD - 1, len(word) - INFLECTION_MAX_LETTERS), len(word)):
        if word[:cut] in index["postings"]:  # a known word with an ending: "uddannelsen"
            add(word[:cut], INFLECTION_WEIGHT)
    if len(word) >= LONG_WORD - 2:  # a near spelling; a typo keeps the first letter
        for length in range(len(word) - 2, len(word) + 3):
            for known in index["by_shape"].get(f"{word[0]}{length}", ()):
                if typo_of(word, known):
                    add(known, TYPO_WEIGHT)
    return found


def search(catalog: Catalog, query: str, limit: int = DEFAULT_LIMIT) -> list[Hit]:
    """Return the items that best answer `query`, best first; empty if nothing matches."""
    index = catalog.memo("search.index", build_search_index)
    raw_words = {fold_word(w): w for w in base_words(query)}
    words = {w for form in query_forms(query) for w in form if is_content(w)}
    total = len(index["documents"])
    lift = {m.area.id: m.score for m in rank_areas(catalog, query) if m.score >= ACCEPT}
    roles = {
        role_id
        for role_id, names in _role_words(catalog).items()
        if role_id != "shared" and any(set(f) & words for n in names for f in query_forms(n))
    }
    asked = role_asked(catalog, query)
    generic = catalog.memo("matching.index", build_index)["generic"]
    scores: dict[int, float] = {}
    terms: dict[int, set[str]] = {}
    for word in words:
        best: dict[int, float] = {}
        raw = raw_words.get(word)
        damp = GENERIC_WEIGHT if is_generic(word, raw or word, generic) else 1.0
        for known, weight in _expand(word, index, raw).items():
            weight *= damp
            postings = index["postings"][known]
            df = len(postings)
            idf = math.log(1 + (total - df + 0.5) / (df + 0.5))
            for n, count in postings:
                norm = 1 - B + B * index["lengths"][n] / index["average_length"]
                value = weight * idf * count * (K1 + 1) / (count + K1 * norm)
                best[n] = max(best.get(n, 0.0), value)
                terms.setdefault(n, set()).add(known)
        for n, value in best.items():
            scores[n] = scores.get(n, 0.0) + value
    if asked is not None:  # the role's duties answer it, even in words they do not use
        for n, (kind, _id, area, role, _text, _cited) in enumerate(index["documents"]):
            if kind == "duty" and area is None and role == asked and n not in scores:
                scores[n], terms[n] = OWN_DUTY_SCORE, set()
    hits = []
    for n, score in sorted(scores.items()):  # document order breaks ties, as before
        kind, item_id, area, role, text, cited = index["documents"][n]
        sources = tuple(Citation(id=c, ref=r, fact=f) for c, r, f in cited)
        if area in lift:
            score *= 1 + AREA_LIFT * lift[area]
        if role in roles:
            score *= 1 + ROLE_LIFT
        hits.append(
            Hit(kind, item_id, area, role, text, sources, round(score, 3), frozenset(terms[n]))
        )
    hits.sort(key=lambda h: -h.score)  # stable: equal scores stay in document order
    if asked is not None:
        hits.sort(key=lambda h: not (h.kind == "duty" and h.area is None and h.role == asked))
    return hits[:limit]
