from __future__ import annotations

import contextlib
import json

import pytest
from typer.testing import CliRunner

from snitflade.ask.matching import Match, RoleMatch, RoleQuestion, find_area, lookup
from snitflade.ask.search import search
from snitflade.cli import app
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


# --- issue 13: the words people really use, and never a confident wrong answer ------------


@pytest.mark.parametrize(
    "query,area_id",
    [
        # Everyday words, compounds and inflections nobody wrote into the names.
        ("langtidssygemeldt", "langtidssygdom-fastholdelse"),
        ("der er for mange overarbejdstimer", "arbejdstid"),  # overarbejds·timer
        ("min kollega er blevet truet af en borger", "vold-mobning-chikane"),
        ("en kollega faldt på en glat trappe", "arbejdsskader"),
        ("vores leder råber ad folk", "konflikter-samarbejde"),
        ("vi skal fusioneres med en anden afdeling", "forandringer"),
        ("for varmt på kontoret", "fysisk-arbejdsmiljoe"),
        # A typo correction never beats a real word elsewhere in the question.
        ("nyt IT-system", "ny-teknologi"),
        ("Vi skal have nyt IT system, hvem skal inddrages?", "ny-teknologi"),
        # A role word never decides alone, but completes a name.
        ("Skal AMR være med når der ansættes nye?", "ansaettelser"),
        ("valg af AMR", "valg-af-repraesentanter"),
        ("AMR-valget", "valg-af-repraesentanter"),
        ("TR-uddannelse", "tid-og-vilkaar"),
        ("TR-kursus", "tid-og-vilkaar"),  # the whole name, not "kursus" alone
        ("hvordan vælger vi en ny arbejdsmiljørepræsentant", "valg-af-repraesentanter"),
        ("arbejdsmiljoerepraesentantens vilkaar", "tid-og-vilkaar"),  # meets "AMR's vilkår"
        ("psyk arbejdsmiljø", "psykisk-arbejdsmiljoe"),
        ("hvad må en 15-årig arbejde med?", "gravide-unge"),  # a number completes "15-årig"
    ],
)
def test_everyday_words_and_questions(catalog: Catalog, query: str, area_id: str) -> None:
    assert find_area(catalog, query).area.id == area_id


@pytest.mark.parametrize(
    "query,role_id",
    [
        ("hvad laver en AMR?", "amr"),
        ("what does a TR do?", "tr"),
        ("Hvad er en tillidsrepræsentants opgaver?", "tr"),
        ("hvad laver en tillidsrepræsentant egentlig?", "tr"),
    ],
)
def test_a_question_about_a_role_itself_answers_with_the_role(
    catalog: Catalog, query: str, role_id: str
) -> None:
    found = lookup(catalog, query)
    assert isinstance(found, RoleMatch) and found.role.id == role_id
    with pytest.raises(RoleQuestion) as raised:  # find_area() points at `role ROLE`
        find_area(catalog, query)
    assert raised.value.suggestions[0][0] == f"role {role_id}"


@pytest.mark.parametrize("query", ["kollega", "ledelsen", "arbejde", "TR", "vores leder"])
def test_role_and_generic_words_never_decide_alone(catalog: Catalog, query: str) -> None:
    found = None
    with contextlib.suppress(NoMatchError):
        found = lookup(catalog, query)
    assert not isinstance(found, Match) or found.how == "exact", found


def test_two_equally_good_topics_say_so(catalog: Catalog) -> None:
    match = find_area(catalog, "får AMR løn når han er på kursus?")
    assert match.area.id == "tid-og-vilkaar"  # "AMR-kursus" also holds the role named
    assert match.ambiguous and match.others[0].area.id == "mus-kompetence"
    assert not find_area(catalog, "stress").ambiguous


def test_a_miss_falls_back_on_the_full_text(catalog: Catalog) -> None:
    match = find_area(catalog, "hvordan tilrettelægger vi drøftelsen")
    assert (match.area.id, match.via, match.field) == (
        "arbejdsmiljoedroeftelse",
        "search",
        "search",
    )
    assert match.why.startswith("fundet ved søgning: ")


@pytest.mark.parametrize("query", ["pizza", "bitcoin", "opskrift på lasagne", "vejret i morgen"])
def test_unrelated_words_get_no_answer_and_no_noise(catalog: Catalog, query: str) -> None:
    with pytest.raises(NoMatchError) as raised:
        lookup(catalog, query)
    assert raised.value.suggestions == []


def test_suggestions_hold_the_question_s_own_words(catalog: Catalog) -> None:
    with pytest.raises(NoMatchError) as raised:
        find_area(catalog, "høreværn i produktionen")
    assert all(not s.startswith("role ") for s, _ in raised.value.suggestions)


# --- the command line: role page, notes, exit codes ----------------------------------------

runner = CliRunner()


def test_who_answers_a_role_question_with_the_role_page() -> None:
    asked = runner.invoke(app, ["who", "hvad", "laver", "en", "AMR?"])
    page = runner.invoke(app, ["role", "amr"])
    assert (asked.exit_code, asked.stdout) == (0, page.stdout)


def test_who_says_when_two_topics_fit_equally_well_and_when_it_searched() -> None:
    both = runner.invoke(app, ["who", "får AMR løn når han er på kursus?"])
    assert both.exit_code == 0
    assert "To emner passer lige godt" in both.stdout
    assert "snitflade who mus-kompetence" in " ".join(both.stdout.split())
    found = runner.invoke(app, ["who", "--why", "hvordan tilrettelægger vi drøftelsen"])
    assert found.exit_code == 0
    assert "Fundet ved søgning: " in found.stdout
    document = json.loads(
        runner.invoke(app, ["who", "-f", "json", "hvordan tilrettelægger vi drøftelsen"]).stdout
    )
    assert (document["match"]["via"], document["match"]["ambiguous"]) == ("search", False)


def test_who_misses_with_exit_1_and_the_topics_of_search_hits() -> None:
    result = runner.invoke(app, ["who", "hvem skriver referatet"])
    assert result.exit_code == 1
    assert "Mente du: " in result.stderr
    assert runner.invoke(app, ["who", "pizza"]).stderr.count("Mente du") == 0
