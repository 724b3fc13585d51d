"""How the user's words are folded and compared: case, punctuation, æ/ø/å, small words, typos,
stems (Snowball's Danish and English algorithms) and compounds."""

from __future__ import annotations

import importlib
import importlib.machinery
import re
import sys
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from types import ModuleType

_NOT_WORD = re.compile(r"[\W_]+")
_AE = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa"})
_A = str.maketrans({"æ": "a", "ø": "o", "å": "a"})

# Words that carry no topic on their own, in both spellings of æ/ø/å. "tit", "ofte" and
# "hvornår" are kept out on purpose: they ask about frequency and time, which facts answer.
_SMALL_WORDS = """
af alle alt at bare blev blevet blive bliver da de dem den denne der deres det dette dig din dit
du efter
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

    A typo is one slip in a word of 4-7 letters, or two in a longer one (typed with at least 7);
    anything more is a different word ("ferieby" is not "ferie").
    """
    if word == known:
        return 1.0
    if min(len(word), len(known)) < TYPO_MIN_LETTERS:
        return 0.0
    # Two slips only in a long word, typed at 7 letters or more: "natvagt" is "nattevagt",
    # but "rotter" is not "robotter".
    limit = 2 if len(known) >= LONG_WORD and len(word) >= LONG_WORD - 1 else 1
    distance = edit_distance(word, known, limit)
    return 1.0 - distance / len(known) if distance <= limit else 0.0


def base_words(text: str) -> list[str]:
    """Return the words of `text`, case and punctuation folded but æ/ø/å kept (for stemming)."""
    return _base(text).split()


def fold_word(word: str) -> str:
    """Return one word with æ/ø/å written as ae/oe/aa, the spelling the indexes use."""
    return word.translate(_AE)


# The stemmers. `import snowballstemmer` runs its __init__, which imports all 36 languages
# (about 15 ms, as much as the rest of a lookup). We load just the two modules we use, under a
# private package name so that anyone else importing snowballstemmer gets the real package.
_SNOWBALL = "_snitflade_snowball"


def _snowball_module(name: str) -> ModuleType:
    package = sys.modules.get(_SNOWBALL)
    if package is None:
        # (importlib.machinery, not importlib.util: loaded already, util costs a millisecond)
        spec = importlib.machinery.PathFinder.find_spec("snowballstemmer")
        if spec is None or not spec.submodule_search_locations:
            raise ImportError("snowballstemmer is not installed")
        package = ModuleType(_SNOWBALL)
        package.__path__ = list(spec.submodule_search_locations)
        sys.modules[_SNOWBALL] = package
    module = importlib.import_module(f"{_SNOWBALL}.{name}")
    return module


@lru_cache(maxsize=2)
def _stemmer(language: str) -> Callable[[str], str]:
    if language == "da":
        stemmer = _snowball_module("danish_stemmer").DanishStemmer()
    else:
        stemmer = _snowball_module("english_stemmer").EnglishStemmer()
    stem: Callable[[str], str] = stemmer.stemWord
    return stem


@lru_cache(maxsize=1 << 14)
def stems(word: str) -> tuple[str, str]:
    """Return the Danish and the English stem of one word (æ/ø/å kept), folded to ae/oe/aa.

    Tagged "d:" and "e:" so a Danish stem only meets Danish stems: "truede" and "truet" do not
    meet each other, but "trusler", "trussel" do not need to either; "sygemeldt" and "sygemeldte"
    do ("sygemeld").
    """
    return "d:" + fold_word(_stemmer("da")(word)), "e:" + fold_word(_stemmer("en")(word))


PART_MIN_LETTERS = 3
# Longer than this, a "word" is no compound of the data's words (the longest Danish compounds
# in use have some 40 letters); it is not split, so a pasted line cannot keep a question busy.
LONGEST_COMPOUND = 80


def split_compound(
    word: str, known: Callable[[str], bool], *, open_ends: bool = False
) -> tuple[str, ...]:
    """Split a Danish compound into known words, with the linking s or e between them.

    "overarbejdstimer" -> ("overarbejde", "timer"), "langtidssygemeldt" -> ("langtid",
    "sygemeldt") when those are known. The last part may be any inflection of a known word
    (`known` decides). Returns () when the word is not a compound of known words.

    With `open_ends`, one end may be a word the data does not know, if the other is known:
    "sex·chikane", "fyrings·runde" (give `known` only the names' words then).
    """
    if len(word) > LONGEST_COMPOUND:
        return ()
    parts = _split(word, known, 0)
    if parts or not open_ends:
        return parts
    for cut in range(len(word) - PART_MIN_LETTERS, PART_MIN_LETTERS - 1, -1):
        left, right = word[:cut], word[cut:]
        if known(right) and len(left) >= PART_MIN_LETTERS:
            return (right,)
        for form in _left_forms(left):
            if known(form) and form not in STOPWORDS and len(right) >= PART_MIN_LETTERS:
                return (form,)
    return ()


def _left_forms(left: str) -> list[str]:
    forms = [left]
    if left.endswith(("s", "e")) and len(left) > PART_MIN_LETTERS:
        forms.append(left[:-1])  # linking s or e: arbejds-, syge-
        if left.endswith("s"):
            forms.append(left[:-1] + "e")  # overarbejds- -> overarbejde
    return forms


def _split(
    word: str,
    known: Callable[[str], bool],
    depth: int,
    tried: dict[tuple[str, int], tuple[str, ...]] | None = None,
) -> tuple[str, ...]:
    if depth > 3:
        return ()
    # Each ending is split once per depth (`tried`): without that a long word took time in the
    # fourth power of its length (74 letters: 3 s; a pasted line: minutes).
    tried = {} if tried is None else tried
    if (word, depth) in tried:
        return tried[word, depth]
    found: tuple[str, ...] = ()
    # The longest known first part first: "fastholdelses·plan", not "fast·holdelsesplan".
    for cut in range(len(word) - PART_MIN_LETTERS, PART_MIN_LETTERS - 1, -1):
        left, right = word[:cut], word[cut:]
        head: tuple[str, ...] = ()
        if known(right):
            head = (right,)
        elif len(right) >= 2 * PART_MIN_LETTERS:
            head = _split(right, known, depth + 1, tried)
        if not head:
            continue
        form = next((f for f in _left_forms(left) if known(f) and f not in STOPWORDS), None)
        if form is not None:
            found = (form, *head)
            break
    tried[word, depth] = found
    return found
