from __future__ import annotations

from snitflade.ask import answers
from snitflade.store.model import ASPECTS, Catalog


def test_who_splits_duties_by_role(catalog: Catalog) -> None:
    answer = answers.who(catalog, "arbejdstid")
    assert [d.role for d in answer.tr] == ["tr"] * len(answer.tr)
    assert answer.tr and answer.amr and answer.shared
    assert {d.id for d in (*answer.tr, *answer.amr, *answer.shared)} == {
        d.id for d in answer.area.duties
    }


def test_who_adds_the_guidance_that_applies(catalog: Catalog) -> None:
    titles = [s.title for s in answers.who(catalog, "samarbejde").advice]
    assert "Råd til det gode samarbejde" in titles
    assert "Spørgsmål til jeres samarbejde" in titles
    loen = [s.title for s in answers.who(catalog, "løn").advice]
    assert "Spørgsmål til jeres samarbejde" not in loen


def test_who_resolves_links_and_related(catalog: Catalog) -> None:
    answer = answers.who(catalog, "trio")
    assert any("trio" in link.url for link in answer.links)
    assert all(area.id != "trio" for area in answer.related)


def test_who_shows_the_employer_responsibility(catalog: Catalog) -> None:
    assert answers.who(catalog, "apv").employer


def test_role_lists_own_arenas_from_the_deck(catalog: Catalog) -> None:
    tr = {a.id for a in answers.role(catalog, "tr").own_areas}
    amr = {a.id for a in answers.role(catalog, "amr").own_areas}
    # The deck's own arenas, and the second edition's topics that each role leads alone.
    assert tr == {"samarbejdsudvalg", "loen", "ansaettelser", "advarsler", "afskedigelser"} | {
        a.id for a in catalog.areas if a.lead == "tr" and "tr" in a.groups
    }
    assert amr == {"arbejdsmiljoeudvalg", "arbejdsskader", "apv", "fysisk-arbejdsmiljoe"} | {
        a.id for a in catalog.areas if a.lead == "amr" and "amr" in a.groups
    }
    assert "kontrolforanstaltninger" in tr and "alenearbejde" in amr


def test_compare_covers_what_the_issue_asks_for(catalog: Catalog) -> None:
    rows = {row.aspect: row for row in answers.compare(catalog).rows}
    wanted = [
        "valg",
        "regler",
        "afsaettelse",
        "valgperiode",
        "suppleant",
        "beskyttelse",
        "uddannelse",
        "tid",
        "ansvar",
    ]
    for aspect in wanted:
        assert rows[aspect].tr and rows[aspect].amr, aspect
    assert [r.aspect for r in answers.compare(catalog).rows] == [a for a in ASPECTS if a in rows]


def test_source_usage_counts_items_not_citations(catalog: Catalog) -> None:
    uses = {u.source.id: u.citations for u in answers.source_usage(catalog)}
    items = answers.all_statements(catalog)
    assert uses["deck"] == sum(any(c.id == "deck" for c in i.sources) for i in items)
    assert uses["aml"] > 10


def test_the_readme_library_example_runs() -> None:
    # README, "Sådan er koden bygget": the core used as a library, through the package's own names.
    from snitflade import find_area, load_catalog

    assert find_area(load_catalog(), "hviletid").area.id
