"""Compound splitting (folding.split_compound): same answers as the plain search, bounded work."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

from snitflade.folding import LONGEST_COMPOUND, PART_MIN_LETTERS, STOPWORDS, split_compound

VOCABULARY = {"arbejde", "miljø", "organisation", "repræsentant", "tid", "syg", "meldt", "plan",
              "lang", "over", "timer", "fast", "holdelse", "kursus", "udvalg", "møde"}  # fmt: skip


def _plain_split(word: str, known: Callable[[str], bool], depth: int = 0) -> tuple[str, ...]:
    """The search without remembering what was tried: the reference the fast one must equal."""
    if depth > 3:
        return ()
    for cut in range(len(word) - PART_MIN_LETTERS, PART_MIN_LETTERS - 1, -1):
        left, right = word[:cut], word[cut:]
        head: tuple[str, ...] = ()
        if known(right):
            head = (right,)
        elif len(right) >= 2 * PART_MIN_LETTERS:
            head = _plain_split(right, known, depth + 1)
        if not head:
            continue
        forms = [left]
        if left.endswith(("s", "e")) and len(left) > PART_MIN_LETTERS:
            forms.append(left[:-1])
            if left.endswith("s"):
                forms.append(left[:-1] + "e")
        for form in forms:
            if known(form) and form not in STOPWORDS:
                return (form, *head)
    return ()


_PIECES = st.sampled_from([*sorted(VOCABULARY), "s", "e", "x", "ab"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=7).map("".join))
def test_split_finds_what_the_plain_search_finds(word: str) -> None:
    assert split_compound(word, VOCABULARY.__contains__) == _plain_split(
        word, VOCABULARY.__contains__
    )


def test_a_long_compound_is_split_with_bounded_work() -> None:
    calls = 0

    def known(word: str) -> bool:
        nonlocal calls
        calls += 1
        return word in VOCABULARY

    word = "arbejdsmiljøorganisationsrepræsentantsmødeplanlægning"
    split_compound(word, known)
    assert calls < 5 * len(word) ** 2  # the plain search asks 126,257 times here; this 2,766


def test_a_pasted_line_is_not_taken_for_a_compound() -> None:
    asked: list[str] = []

    def known(word: str) -> bool:
        asked.append(word)
        return word in VOCABULARY

    word = "arbejde" * (LONGEST_COMPOUND // 7 + 1)
    assert split_compound(word, known, open_ends=True) == ()
    assert asked == []
