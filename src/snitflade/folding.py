"""How the user's words are folded and compared: case, punctuation, æ/ø/å, small words, typos."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_NOT_WORD = re.compile(r"[\W_]+")
_AE = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa"})
_A = str.maketrans({"æ": "a", "ø": "o", "å": "a"})

# Words that carry no topic on their own, in both spellings of æ/ø/å. "tit", "ofte" and
# "hvornår" are kept out on purpose: they ask about frequency and time, which facts answer.
_SMALL_WORDS = """
af alle alt at bare blev bliver da de dem den denne der deres det dette dig din dit du efter
eller en end er et for fra fx før få gør gøre gælder har have hele hende ham han hans her hos
hun hvad hvem hvis hvor hvordan hvilke hvilken hvilket hvorfor i ikke ind jeg jer kan kun man
med meget men mig min mine mit mod må ned nogen noget nogle nu når og også om op os over på
sig sin sine sit skal skulle som så til ud under var ved vi vil være været vores jeres hinanden
a an and are as at be by can do does for from how i if in is it me my of on or our should
the their them they this to us was we what when where which who why will with you your
"""
STOPWORDS = frozenset(w.translate(_AE) for w in _SMALL_WORDS.split()) | frozenset(
    w.translate(_A) for w in _SMALL_WORDS.split()
)

TYPO_MIN_LETTERS = 4
LONG_WORD = 8  # from this length two slips are a typo; shorter words allow one


def _base(text: str) -> str:
    return " ".join(_NOT_WORD.sub(" ", unicodedata.normalize("NFKC", text).casefold()).split())


def fold(text: str) -> frozenset[str]:
    """Return the forms `text` matches under, with case, punctuation and æ/ø/å folded.

    æ/ø/å fold both to ae/oe/aa and to a/o/a, so either spelling finds the other.
    """
    base = _base(text)
    return frozenset(form for form in (base.translate(_AE), base.translate(_A)) if form)


def token_forms(text: str) -> tuple[tuple[str, ...], ...]:
    """Return `text` as folded word tuples, one tuple per æ/ø/å spelling."""
    return tuple(tuple(form.split()) for form in sorted(fold(text)))


def query_forms(text: str) -> tuple[tuple[str, ...], ...]:
    """Return what the user typed as folded word tuples to look up.

    Data is indexed under both æ/ø/å spellings, so one spelling of the query suffices: where the
    user typed æ/ø/å we know the letters ("længe" must not find "lange"); where they did not,
    their words match either spelling of the data.
    """
    base = _base(text)
    return ((tuple(base.translate(_AE).split())),) if base else ()


def is_content(token: str) -> bool:
    return token not in STOPWORDS


def edit_distance(a: str, b: str, limit: int) -> int:
    """Return the optimal-string-alignment distance of `a` and `b`, or `limit + 1` if above it.

    One edit is a letter inserted, deleted, replaced, or two neighbours swapped ("tdi"/"tid").
    """
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = ca != cb
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


@lru_cache(maxsize=1 << 16)  # names share words: each pair is measured once
def typo_of(word: str, known: str) -> float:
    """Return how sure we are that `word` is a misspelling of `known` (0 when it is not).

    A typo is one slip in a word of 4-6 letters, or two in a longer one; anything more is a
    different word ("ferieby" is not "ferie").
    """
    if word == known:
        return 1.0
    if min(len(word), len(known)) < TYPO_MIN_LETTERS:
        return 0.0
    limit = 2 if len(known) >= LONG_WORD else 1
    distance = edit_distance(word, known, limit)
    return 1.0 - distance / len(known) if distance <= limit else 0.0
