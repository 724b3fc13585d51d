"""Rules for the data itself: sources, facts and the fact sheet's confidence levels."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from snitflade.ask.answers import all_statements
from snitflade.store import load_catalog
from snitflade.store.model import SECTORS, Catalog
from tests.support import builtin_data_dir

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


# --- Checklists and first steps (issue 15): every box is something to do ----------------------

VERBS_FILE = Path(__file__).parent / "data" / "imperative_verbs.txt"
FOLLOW_UP_SUFFIX = "-opfoelgning"
WHO_WHAT_WHEN = {"da": "hvem der gør hvad og hvornår.", "en": "who does what by when."}


def _imperatives() -> dict[str, set[str]]:
    words: dict[str, set[str]] = {"da": set(), "en": set()}
    lang = "da"
    for line in VERBS_FILE.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line == "# en":
            lang = "en"
        elif line and not line.startswith("#"):
            words[lang].add(line)
    return words


def _to_tick(catalog: Catalog) -> Iterator[tuple[str, str]]:
    """Every item a checklist or the first-steps list may put a box in front of."""
    for area in catalog.areas:
        yield from ((step.id, step.text) for step in area.steps)
        # A duty without an action stands as its own sentence, which is not an imperative.
        yield from ((duty.id, duty.action or duty.text) for duty in area.duties)
    for role in catalog.roles:
        yield from ((step.id, step.text) for step in role.first_steps)


@pytest.fixture(scope="module", params=["da", "en"])
def in_language(request: pytest.FixtureRequest) -> tuple[str, Catalog]:
    lang: str = request.param
    return lang, load_catalog(builtin_data_dir(), lang)


def test_the_verb_list_has_both_languages() -> None:
    words = _imperatives()
    assert {"aftal", "tjek"} <= words["da"] and {"agree", "check"} <= words["en"]
    assert "sikrer" not in words["da"] and "makes" not in words["en"]


def test_every_item_to_tick_begins_with_an_imperative(in_language: tuple[str, Catalog]) -> None:
    lang, catalog = in_language
    verbs = _imperatives()[lang]
    wrong = []
    for item_id, text in _to_tick(catalog):
        first = re.match(r"[^\s,:;.]+", text)
        if not (text[:1].isupper() and first and first.group(0).lower() in verbs):
            wrong.append((item_id, text))
    assert wrong == []


def test_every_topic_has_one_shared_follow_up_that_ends_with_who_what_when(
    in_language: tuple[str, Catalog],
) -> None:
    lang, catalog = in_language
    for area in catalog.areas:
        follow_ups = [s for s in area.steps if s.id.endswith(FOLLOW_UP_SUFFIX)]
        assert [s.role for s in follow_ups] == ["shared"], area.id
        assert follow_ups[0].text.endswith(WHO_WHAT_WHEN[lang]), area.id
        assert not follow_ups[0].sectors, area.id
        duty_ids = {d.id for d in area.duties}
        assert not any(i.endswith(FOLLOW_UP_SUFFIX) for i in duty_ids), area.id


def test_every_topic_fills_the_tr_amr_and_together_sections(catalog: Catalog) -> None:
    for area in catalog.areas:
        items = [*area.duties, *(s for s in area.steps if not s.id.endswith(FOLLOW_UP_SUFFIX))]
        assert {i.role for i in items} >= {"tr", "amr", "shared"}, area.id


def test_both_roles_have_five_to_eight_first_steps_in_every_sector(catalog: Catalog) -> None:
    for role in catalog.roles:
        for sector in SECTORS:
            steps = [s for s in role.first_steps if not s.sectors or sector in s.sectors]
            assert 5 <= len(steps) <= 8, (role.id, sector, len(steps))
