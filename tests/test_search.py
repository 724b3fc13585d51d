"""Full-text search answers real questions with the right item among its first three hits."""

from __future__ import annotations

import pytest

from snitflade.ask.search import search
from snitflade.store.model import Catalog

# Questions as people ask them (several from the FAQ pages in the fact sheet, section 18),
# each with the item that answers it.
QUESTIONS = [
    ("Hvor tit skal man udarbejde APV?", "apv-hvor-tit"),
    ("Hvor lang tid skal der være mellem to vagter?", "arbejdstid-11-timer"),
    ("Hvem kan være med til at vælge arbejdsmiljørepræsentant?", "amr-basis-valg"),
    ("Kan en personalegruppe stå uden for virksomhedens AMO?", "arbejdsmiljoeudvalg-alle"),
    ("Hvem har valgret til valg af arbejdsmiljørepræsentant?", "amr-basis-valg"),
    ("Skal arbejdsgiveren gennemføre arbejdsmiljøuddannelsen?", "arbejdsmiljoeudvalg-uddannelse"),
    ("Hvordan beregner man en hvileperiode på 24 timer?", "arbejdstid-rullende"),
    ("Er det ligegyldigt, hvornår man afholder det ugentlige fridøgn?", "arbejdstid-fridoegn"),
    ("Skal man registrere arbejdstiden?", "arbejdstid-ledelse"),
    ("Hvem skal deltage, når man udarbejder en APV?", "apv-amr-hele-processen"),
    ("Skal unge og deltidsmedarbejdere også indgå i en APV?", "apv-hvem"),
    ("Hvornår skal der være en arbejdsmiljørepræsentant?", "arbejdsmiljoeudvalg-10-34"),
    (
        "Vi er under 10 personer i virksomheden – skal vi vælge en arbejdsmiljørepræsentant?",
        "arbejdsmiljoeudvalg-1-9",
    ),
    ("Skal der altid være en tillidsrepræsentant på arbejdspladsen?", "tr-basis-regler"),
    (
        "Hvor meget tid må en tillidsrepræsentant bruge på tillidsrepræsentantarbejde?",
        "tr-basis-tid",
    ),
    (
        "Hvem kan stemme ved valget af tillidsrepræsentant?",
        # The topic on elections now matches the question, and its fact states TR-ELECT-04 too.
        "tr-basis-valg|valg-af-repraesentanter-tr-stemmeret",
    ),
    (
        "Hvornår skal de to dages supplerende arbejdsmiljøuddannelse tilbydes?",
        # The second edition states the 2 days in more places; each of these holds the answer.
        "amr-basis-supplerende|amr-basis-uddannelse|tid-og-vilkaar-ledelse-uddannelse",
    ),
    ("hvor længe er en AMR valgt", "amr-basis-valgperiode"),
    ("hvornår skal der holdes sygesamtale", "sygefravaer-ledelse-samtale"),
    ("kan man fyre en AMR", "afskedigelser-amr-beskyttelse"),
    ("hvad står APV for", "term-apv"),
]


@pytest.mark.parametrize("question,item_id", QUESTIONS)
def test_question_finds_its_answer_in_the_top_three(
    catalog: Catalog, question: str, item_id: str
) -> None:
    top = [hit.id for hit in search(catalog, question, limit=3)]
    assert set(item_id.split("|")) & set(top), f"{question!r} -> {top}"


@pytest.mark.parametrize("query", ["pizza", "fodbold", "", "?!", "og i på"])
def test_nothing_found_is_an_empty_list(catalog: Catalog, query: str) -> None:
    assert search(catalog, query) == []


def test_hits_are_ranked_and_limited(catalog: Catalog) -> None:
    hits = search(catalog, "sygefravær", limit=5)
    assert len(hits) == 5
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_hits_cover_every_kind_of_item(catalog: Catalog) -> None:
    kinds = {
        h.kind
        for q in ("APV", "bisidder", "TR", "råd strategi", "fælles mål")
        for h in search(catalog, q, limit=50)
    }
    assert {"area", "duty", "basis", "fact", "employer", "advice", "question", "glossary"} <= kinds


def test_a_word_finds_its_inflected_forms(catalog: Catalog) -> None:
    hit = search(catalog, "sygefraværet", limit=1)[0]
    assert "sygefravaer" in hit.terms or "sygefravaeret" in hit.terms


def test_hit_names_its_area_or_role(catalog: Catalog) -> None:
    for hit in search(catalog, "APV", limit=20):
        if hit.kind in {"fact", "employer", "area"}:
            assert hit.area is not None
        if hit.kind == "basis":
            assert hit.role in {"tr", "amr"}


@pytest.mark.parametrize(
    "question,role",
    [
        ("Hvad laver en arbejdsmiljørepræsentant?", "amr"),
        ("Hvad er en tillidsrepræsentants opgaver?", "tr"),
        ("what does a safety rep do?", "amr"),
    ],
)
def test_a_question_about_a_role_finds_its_own_duties(
    catalog: Catalog, question: str, role: str
) -> None:
    top = search(catalog, question, limit=3)
    assert [(h.kind, h.area, h.role) for h in top] == [("duty", None, role)] * 3, top


def test_a_rule_about_a_role_is_not_a_question_about_its_duties(catalog: Catalog) -> None:
    top = [h.id for h in search(catalog, "Hvornår skal der være en arbejdsmiljørepræsentant?")]
    assert not top[0].startswith("amr-duty-")


@pytest.mark.parametrize(
    "query,area",
    [
        ("for varmt", "fysisk-arbejdsmiljoe"),  # issue 13: sygefravær came first
        ("truende", "vold-mobning-chikane"),  # a stem: the data says "truede"
        ("for mange overarbejdstimer", "arbejdstid"),  # a compound: overarbejds·timer
    ],
)
def test_everyday_words_find_their_topic_first(catalog: Catalog, query: str, area: str) -> None:
    assert search(catalog, query, limit=1)[0].area == area


def test_a_short_part_of_a_word_finds_nothing_in_passing(catalog: Catalog) -> None:
    # "vejret" is the weather, not "vej" and "ret".
    assert all(not {"vej", "ret"} & h.terms for h in search(catalog, "vejret"))
