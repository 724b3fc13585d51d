"""Rules for the data itself: sources, facts and the fact sheet's confidence levels."""

from __future__ import annotations

import re

from snitflade.ask.answers import all_statements
from snitflade.store.model import Catalog

# Fact-sheet items marked UNVERIFIED or L(ow), in the first sheet (facts.md) and the three
# topic sheets of the second edition: never cited as the basis of a sentence.
NOT_SHIPPABLE = {
    "TR-BASIS-03", "SYG-07", "AMR-ELECT-06", "AMR-SUPP-03", "AMR-EDU-07", "SYG-04",
    "ALENE-05", "AT-06", "AT-14", "FAST-13", "FAST-16", "GRAV-05", "GRAV-12", "HJEM-07",
    "HJEM-08", "HJEM-12", "HJEM-13", "KONFL-11", "KONTROL-03", "KONTROL-05", "KONTROL-13",
    "KONTROL-14", "MUS-01", "TEK-07", "ULYK-07", "ULYK-10", "VALG-04", "VALG-05", "VALG-07",
    "VARSL-08", "VARSL-13", "VIK-04", "VIK-08", "VIKTR-11", "VIKTR-12", "VILK-11", "WHISTLE-09",
    "WHISTLE-10", "WHISTLE-12", "WHISTLE-14",
}  # fmt: skip


def test_every_source_in_sources_yaml_is_cited(catalog: Catalog) -> None:
    cited = {c.id for item in all_statements(catalog) for c in item.sources}
    assert {s.id for s in catalog.sources} - cited == set()


def test_every_source_but_the_deck_has_a_url(catalog: Catalog) -> None:
    assert [s.id for s in catalog.sources if s.url is None] == ["deck"]


def test_facts_rest_on_more_than_the_deck(catalog: Catalog) -> None:
    for area in catalog.areas:
        for fact in (*area.facts, *area.employer):
            assert {c.id for c in fact.sources} - {"deck"}, fact.id


def test_nothing_cites_an_unverified_or_low_confidence_fact(catalog: Catalog) -> None:
    cited = {c.fact for item in all_statements(catalog) for c in item.sources if c.fact}
    assert cited & NOT_SHIPPABLE == set()


def test_citations_of_the_fact_sheet_name_a_real_source(catalog: Catalog) -> None:
    for item in all_statements(catalog):
        for citation in item.sources:
            if citation.fact:
                assert citation.id != "deck", item.id
                assert re.fullmatch(r"[A-ZØ]+(-[A-Z0-9Ø]+)*", citation.fact)


def test_every_area_has_danish_aliases_people_type(catalog: Catalog) -> None:
    for area in catalog.areas:
        assert len(area.aliases) >= 3, area.id
        assert area.summary.endswith("."), area.id
