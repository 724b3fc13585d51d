from __future__ import annotations

import pytest

from snitflade.ask.matching import find_area
from snitflade.ask.search import search
from snitflade.errors import NoMatchError
from snitflade.folding import fold
from snitflade.store.model import Catalog


@pytest.mark.parametrize(
    "text,forms",
    [
        ("Sygefravær", {"sygefravaer", "sygefravar"}),
        ("  MED-udvalg ", {"med udvalg"}),
        ("Årlig drøftelse?", {"aarlig droeftelse", "arlig droftelse"}),
        ("", set()),
        ("?!", set()),
    ],
)
def test_fold(text: str, forms: set[str]) -> None:
    assert fold(text) == forms


@pytest.mark.parametrize(
    "query,area_id",
    [
        ("stress", "stress"),
        ("STRESS", "stress"),
        ("løn", "loen"),
        ("loen", "loen"),
        ("lon", "loen"),
        ("ergonomi", "fysisk-arbejdsmiljoe"),
        ("MED-udvalg", "med-udvalg"),
        ("med udvalg", "med-udvalg"),
        ("psykisk arbejdsmiljø", "psykisk-arbejdsmiljoe"),
        ("psykisk arbejdsmiljo", "psykisk-arbejdsmiljoe"),
        ("sygefravaer", "sygefravaer"),
        ("sygefravar", "sygefravaer"),
        ("APV", "apv"),
        ("ArbejdsPladsVurdering", "apv"),
        ("Forebyggelse af stress", "stress"),
        ("SU", "samarbejdsudvalg"),
        ("AMO", "arbejdsmiljoeudvalg"),
        ("TRIO", "trio"),
        ("årlig arbejdsmiljødrøftelse", "arbejdsmiljoedroeftelse"),
        ("aarlig arbejdsmiljoedroeftelse", "arbejdsmiljoedroeftelse"),
    ],
)
def test_find_area(catalog: Catalog, query: str, area_id: str) -> None:
    assert find_area(catalog, query).area.id == area_id


def test_match_says_what_matched(catalog: Catalog) -> None:
    match = find_area(catalog, "Ergonomi")
    assert (match.field, match.matched) == ("alias", "ergonomi")


def test_no_match_suggests_the_topics_of_the_best_search_hits(catalog: Catalog) -> None:
    # Issue 13: suggestions come from what the data says, not from names that look alike.
    with pytest.raises(NoMatchError) as raised:
        find_area(catalog, "arbejd")
    hits = [h.area for h in search(catalog, "arbejd", limit=12) if h.area]
    assert [s for s, _ in raised.value.suggestions] == list(dict.fromkeys(hits))[:3]
    assert "Mente du" in str(raised.value)


@pytest.mark.parametrize("query", ["pizza", "fodbold", "kaffemaskine", "", "   "])
def test_unrelated_words_get_no_match(catalog: Catalog, query: str) -> None:
    with pytest.raises(NoMatchError):
        find_area(catalog, query)
