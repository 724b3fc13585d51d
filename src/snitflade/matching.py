"""Find the area a user means from the words they type."""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

from snitflade.errors import NoMatchError

if TYPE_CHECKING:
    from snitflade.models import Area, Catalog

_NOT_WORD = re.compile(r"[\W_]+")
_AE = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa"})
_A = str.maketrans({"æ": "a", "ø": "o", "å": "a"})
MAX_SUGGESTIONS = 3
SUGGESTION_CUTOFF = 0.6
# A name found inside a longer question must be specific: short words like "med" or "syg"
# are everyday Danish and would give confident wrong answers.
PHRASE_MIN_LETTERS = 6
PHRASE_SCORE = 0.8


def fold(text: str) -> frozenset[str]:
    """Return the forms `text` matches under, with case, punctuation and æ/ø/å folded.

    æ/ø/å fold both to ae/oe/aa and to a/o/a, so either spelling finds the other.
    """
    base = " ".join(_NOT_WORD.sub(" ", unicodedata.normalize("NFKC", text).casefold()).split())
    return frozenset(form for form in (base.translate(_AE), base.translate(_A)) if form)


@dataclass(frozen=True)
class Match:
    """The area found, and what in the data the user's words matched."""

    area: Area
    matched: str
    field: str  # "id", "title" or "alias"
    score: float
    how: str = "exact"  # "exact": the whole query; "phrase": a name found inside the query


def _names(area: Area) -> list[tuple[str, str]]:
    return [("id", area.id), ("title", area.title), *(("alias", alias) for alias in area.aliases)]


def find_area(catalog: Catalog, query: str) -> Match:
    """Return the area whose id, title or alias matches `query`; raise NoMatchError otherwise.

    The whole query matching a name wins. Otherwise the longest specific name that stands
    inside the query as whole words wins, if exactly one area has it.
    """
    wanted = fold(query)
    if not wanted:
        raise NoMatchError(query, [])
    for area in catalog.areas:
        for field, name in _names(area):
            if wanted & fold(name):
                return Match(area=area, matched=name, field=field, score=1.0)
    phrase = _longest_phrase(catalog, wanted)
    if phrase is not None:
        return phrase
    raise NoMatchError(query, suggest(catalog, query))


def _longest_phrase(catalog: Catalog, wanted: frozenset[str]) -> Match | None:
    padded = [f" {form} " for form in wanted]
    best: list[tuple[int, Area, str, str]] = []
    for area in catalog.areas:
        for field, name in _names(area):
            for form in fold(name):
                specific = " " in form or len(form) >= PHRASE_MIN_LETTERS
                if specific and any(f" {form} " in text for text in padded):
                    best.append((len(form), area, name, field))
    if not best:
        return None
    longest = max(length for length, *_ in best)
    winners = {
        area.id: (area, name, field) for length, area, name, field in best if length == longest
    }
    if len(winners) != 1:
        return None
    area, name, field = next(iter(winners.values()))
    return Match(area=area, matched=name, field=field, score=PHRASE_SCORE, how="phrase")


def suggest(catalog: Catalog, query: str, limit: int = MAX_SUGGESTIONS) -> list[tuple[str, str]]:
    """Return up to `limit` (id, title) pairs of areas whose names look like `query`."""
    wanted = fold(query)
    words = {word for form in wanted for word in form.split() if len(word) >= 3}
    scored: list[tuple[float, str, str]] = []
    for area in catalog.areas:
        best = 0.0
        for _field, name in _names(area):
            for form in fold(name):
                for query_form in wanted:
                    ratio = difflib.SequenceMatcher(None, query_form, form).ratio()
                    best = max(best, ratio)
                if words & set(form.split()):
                    best = max(best, SUGGESTION_CUTOFF)
        if best >= SUGGESTION_CUTOFF:
            scored.append((best, area.id, area.title))
    scored.sort(key=lambda item: (-item[0], item[1]))
    return [(area_id, title) for _score, area_id, title in scored[:limit]]
