"""Build what each command answers, from the catalog. Pure: no printing, no terminal."""

from __future__ import annotations

import difflib
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from snitflade.ask.matching import SUGGESTION_CUTOFF, Match, RoleMatch, lookup, suggest
from snitflade.ask.search import DEFAULT_LIMIT, Hit
from snitflade.ask.search import search as find
from snitflade.errors import NoMatchError
from snitflade.folding import fold
from snitflade.store.model import (
    ASPECTS,
    Area,
    Aspect,
    BasisItem,
    Catalog,
    Citation,
    Contact,
    Duty,
    GlossaryTerm,
    Link,
    Role,
    Source,
    Statement,
)


@dataclass(frozen=True, kw_only=True)
class Page:
    """What every answer carries, so that its renderer can cite the sources and mark items."""

    sources: dict[str, Source]
    origins: dict[str, str] = field(default_factory=dict)  # item id -> layer, if not built in
    untranslated: frozenset[str] = frozenset()  # ids shown in Danish for want of English


def page(catalog: Catalog) -> dict[str, Any]:
    """The Page fields for an answer drawn from `catalog`."""
    return {
        "sources": {source.id: source for source in catalog.sources},
        "origins": catalog.origins,
        "untranslated": catalog.untranslated,
    }


@dataclass(frozen=True)
class Cited:
    """A citation with its source looked up, ready to print."""

    source: Source
    ref: str | None
    fact: str | None

    @property
    def label(self) -> str:
        """The source's title with the paragraph or page, e.g. 'Arbejdsmiljøloven … § 15 a'."""
        return f"{self.source.title}, {self.ref}" if self.ref else self.source.title


@dataclass(frozen=True)
class Section:
    """A titled list of statements, such as 'Råd til det gode samarbejde'."""

    title: str | None
    kind: str  # "advice" or "questions"
    items: tuple[Statement, ...]


@dataclass(frozen=True)
class AreaAnswer(Page):
    match: Match
    tr: tuple[Duty, ...]
    amr: tuple[Duty, ...]
    shared: tuple[Duty, ...]
    employer: tuple[Statement, ...]
    advice: tuple[Section, ...]
    facts: tuple[Statement, ...]
    links: tuple[Link, ...]
    related: tuple[Area, ...]
    local: tuple[Statement, ...]
    contacts: tuple[tuple[Role, tuple[Contact, ...]], ...]  # roles that have local contacts

    @property
    def area(self) -> Area:
        return self.match.area


@dataclass(frozen=True)
class RoleAnswer(Page):
    role: Role
    own_areas: tuple[Area, ...]
    shared_areas: tuple[Area, ...]


@dataclass(frozen=True)
class CompareRow:
    aspect: Aspect
    tr: tuple[BasisItem, ...]
    amr: tuple[BasisItem, ...]


@dataclass(frozen=True)
class CompareAnswer(Page):
    tr: Role
    amr: Role
    rows: tuple[CompareRow, ...]


@dataclass(frozen=True)
class SearchAnswer(Page):
    query: str
    hits: tuple[Hit, ...]


@dataclass(frozen=True)
class GlossaryAnswer(Page):
    terms: tuple[GlossaryTerm, ...]


@dataclass(frozen=True)
class SourceUse:
    source: Source
    citations: int


def cite(citation: Citation, sources: dict[str, Source]) -> Cited:
    return Cited(source=sources[citation.id], ref=citation.ref, fact=citation.fact)


def who(catalog: Catalog, query: str) -> AreaAnswer | RoleAnswer:
    """Answer `snitflade who QUERY`: the area side by side, with advice, facts and links.

    A question about a role itself ("hvad laver en AMR?") gets the role's page, as `role amr`.
    """
    found = lookup(catalog, query)
    if isinstance(found, RoleMatch):
        return role(catalog, found.role.id)
    return area_answer(catalog, found)


def area_answer(catalog: Catalog, match: Match) -> AreaAnswer:
    """The area `match` found, side by side, with advice, facts and links."""
    area = match.area
    advice = []
    if area.advice:
        advice.append(Section(title=None, kind="advice", items=area.advice))
    advice += [
        Section(title=group.title, kind=group.kind, items=group.items)
        for group in catalog.guidance
        if area.id in group.applies_to
    ]
    return AreaAnswer(
        match=match,
        tr=tuple(d for d in area.duties if d.role == "tr"),
        amr=tuple(d for d in area.duties if d.role == "amr"),
        shared=tuple(d for d in area.duties if d.role == "shared"),
        employer=area.employer,
        advice=tuple(advice),
        facts=area.facts,
        links=tuple(catalog.link(link_id) for link_id in area.links),
        related=_see_also(catalog, match),
        local=area.local,
        contacts=tuple((r, r.contacts) for r in catalog.roles if r.contacts),
        **page(catalog),
    )


def _see_also(catalog: Catalog, match: Match) -> tuple[Area, ...]:
    """Close runners-up of the match first, then the area's own related topics."""
    ids = [m.area.id for m in match.others] + list(match.area.related)
    return tuple(catalog.area(area_id) for area_id in dict.fromkeys(ids))


def glossary(catalog: Catalog, term: str | None = None) -> GlossaryAnswer:
    """Answer `snitflade glossary [TERM]`: every term, or the one that `term` names."""
    return GlossaryAnswer(terms=_glossary_terms(catalog, term), **page(catalog))


def _glossary_terms(catalog: Catalog, term: str | None) -> tuple[GlossaryTerm, ...]:
    if term is None:
        return catalog.glossary
    wanted = fold(term)

    def names(entry: GlossaryTerm) -> list[str]:
        return [entry.term, entry.expansion or "", *entry.aliases]

    for entry in catalog.glossary:
        if any(wanted & fold(name) for name in names(entry)):
            return (entry,)
    scored = []
    for entry in catalog.glossary:
        best = (
            max(
                difflib.SequenceMatcher(None, q, form).ratio()
                for name in names(entry)
                for form in fold(name)
                for q in wanted
            )
            if wanted
            else 0.0
        )
        if best >= SUGGESTION_CUTOFF:
            scored.append((best, entry.term, entry.expansion or entry.term))
    suggestions = [(t, title) for _, t, title in sorted(scored, key=lambda x: -x[0])[:3]]
    raise NoMatchError(term, suggestions, what="what_term", listing="snitflade glossary")


def search(catalog: Catalog, query: str, limit: int = DEFAULT_LIMIT) -> SearchAnswer:
    """Answer `snitflade search WORDS`: ranked hits over everything; NoMatchError if none."""
    hits = find(catalog, query, limit)
    if not hits:
        raise NoMatchError(
            query, suggest(catalog, query), what="what_result", listing="snitflade topics"
        )
    return SearchAnswer(query=query, hits=tuple(hits), **page(catalog))


def role(catalog: Catalog, role_id: str) -> RoleAnswer:
    """Answer `snitflade role tr|amr`: duties, arbejdsgrundlag, own and shared areas."""
    found = catalog.role(role_id)
    return RoleAnswer(
        role=found,
        own_areas=tuple(a for a in catalog.areas if role_id in a.groups),
        shared_areas=tuple(a for a in catalog.areas if a.lead == "shared"),
        **page(catalog),
    )


def compare(catalog: Catalog) -> CompareAnswer:
    """Answer `snitflade compare`: the two roles' arbejdsgrundlag, aspect by aspect."""
    tr, amr = catalog.role("tr"), catalog.role("amr")
    rows = tuple(
        CompareRow(
            aspect=aspect,
            tr=tuple(b for b in tr.basis if b.aspect == aspect),
            amr=tuple(b for b in amr.basis if b.aspect == aspect),
        )
        for aspect in ASPECTS
        if any(b.aspect == aspect for b in (*tr.basis, *amr.basis))
    )
    return CompareAnswer(tr=tr, amr=amr, rows=rows, **page(catalog))


def all_statements(catalog: Catalog) -> list[Statement | Link]:
    """Return every item of the data that cites a source."""
    items: list[Statement | Link] = []
    for r in catalog.roles:
        items += [*r.duties, *r.basis, *r.first_steps]
    for a in catalog.areas:
        items += [*a.duties, *a.employer, *a.advice, *a.facts, *a.steps]
    for g in catalog.guidance:
        items += g.items
    items += catalog.links
    items += catalog.glossary
    items += catalog.deadlines
    return items


def source_usage(catalog: Catalog) -> list[SourceUse]:
    """Answer `snitflade sources`: every source with how many items cite it, most cited first."""
    counts = Counter(
        source_id
        for item in all_statements(catalog)
        for source_id in {citation.id for citation in item.sources}
    )
    uses = [SourceUse(source=s, citations=counts[s.id]) for s in catalog.sources]
    return sorted(uses, key=lambda use: (-use.citations, use.source.title.casefold()))
