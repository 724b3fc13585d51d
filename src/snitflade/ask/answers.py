"""Build what each command answers, from the catalog. Pure: no printing, no terminal."""

from __future__ import annotations

import dataclasses
from collections import Counter
from dataclasses import field
from typing import TYPE_CHECKING, Any

from snitflade.ask.matching import SUGGESTION_CUTOFF, Match, RoleMatch, find_area, lookup, suggest
from snitflade.ask.scope import holds, in_sector
from snitflade.errors import NoMatchError
from snitflade.folding import fold
from snitflade.records import dataclass
from snitflade.store.model import (
    ASPECTS,
    Area,
    Aspect,
    BasisItem,
    Catalog,
    Citation,
    Contact,
    Deadline,
    Duty,
    GlossaryTerm,
    Link,
    Role,
    Sector,
    Source,
    Statement,
    Step,
)

if TYPE_CHECKING:
    from snitflade.ask.search import Hit


@dataclass(frozen=True, kw_only=True)
class Page:
    """What every answer carries, so that its renderer can cite the sources and mark items."""

    sources: dict[str, Source]
    origins: dict[str, str] = field(default_factory=dict)  # item id -> layer, if not built in
    untranslated: frozenset[str] = frozenset()  # ids shown in Danish for want of English
    sector: Sector | None = None  # the sector shown; None: all, limited items labelled


def page(catalog: Catalog) -> dict[str, Any]:
    """The Page fields for an answer drawn from `catalog`."""
    return {
        "sources": {source.id: source for source in catalog.sources},
        "origins": catalog.origins,
        "untranslated": catalog.untranslated,
        "sector": catalog.settings.sector,
    }


@dataclass(frozen=True)
class Part:
    """One titled section of a page, in the order the page shows it.

    `key` names the kind of section (its heading comes from the strings table unless the data
    gives one in `title`): tr, amr, together, steps, local, employer, advice, facts, links,
    related, duties, first_steps, basis, own_areas, shared_areas.
    """

    key: str
    items: tuple[Any, ...]
    title: str | None = None


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
    steps: tuple[Step, ...] = ()

    @property
    def area(self) -> Area:
        return self.match.area

    @property
    def parts(self) -> tuple[Part, ...]:
        """The page's sections in the order every format shows them. TR and AMR always show."""
        parts = [Part("tr", self.tr), Part("amr", self.amr), Part("together", self.shared)]
        parts += [Part("steps", self.steps), Part("local", self.local)]
        parts += [Part("employer", self.employer)]
        parts += [Part("advice", section.items, section.title) for section in self.advice]
        parts += [Part("facts", self.facts), Part("links", self.links)]
        parts.append(Part("related", self.related))
        return tuple(p for p in parts if p.items or p.key in ("tr", "amr"))


@dataclass(frozen=True)
class RoleAnswer(Page):
    role: Role
    own_areas: tuple[Area, ...]
    shared_areas: tuple[Area, ...]

    @property
    def parts(self) -> tuple[Part, ...]:
        """The role page's sections, in the order every format shows them."""
        found = self.role
        parts = (
            Part("duties", found.duties),
            Part("basis", found.basis),
            Part("own_areas", self.own_areas),
            Part("shared_areas", self.shared_areas),
        )
        return tuple(p for p in parts if p.items)


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
class DeadlinesAnswer(Page):
    deadlines: tuple[Deadline, ...]
    areas: dict[str, Area]  # the topic of each deadline
    role: str | None = None  # the role asked for, if any
    topic: Area | None = None  # the topic asked for, if any


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
    sector = catalog.settings.sector
    advice = []
    if in_sector(area.advice, sector):
        advice.append(Section(title=None, kind="advice", items=in_sector(area.advice, sector)))
    advice += [
        Section(title=group.title, kind=group.kind, items=in_sector(group.items, sector))
        for group in catalog.guidance
        if area.id in group.applies_to and in_sector(group.items, sector)
    ]
    duties = in_sector(area.duties, sector)
    return AreaAnswer(
        match=match,
        tr=tuple(d for d in duties if d.role == "tr"),
        amr=tuple(d for d in duties if d.role == "amr"),
        shared=tuple(d for d in duties if d.role == "shared"),
        employer=in_sector(area.employer, sector),
        advice=tuple(advice),
        facts=in_sector(area.facts, sector),
        steps=in_sector(area.steps, sector),
        links=tuple(catalog.link(link_id) for link_id in area.links),
        related=_see_also(catalog, match),
        local=in_sector(area.local, sector),
        contacts=tuple((r, r.contacts) for r in catalog.roles if r.contacts),
        **page(catalog),
    )


def _see_also(catalog: Catalog, match: Match) -> tuple[Area, ...]:
    """Close runners-up of the match first, then the area's own related topics."""
    ids = [m.area.id for m in match.others] + list(match.area.related)
    return tuple(catalog.area(area_id) for area_id in dict.fromkeys(ids))


def glossary(catalog: Catalog, term: str | None = None) -> GlossaryAnswer:
    """Answer `snitflade glossary [TERM]`: every term, or the one that `term` names."""
    terms = in_sector(_glossary_terms(catalog, term), catalog.settings.sector)
    return GlossaryAnswer(terms=terms, **page(catalog))


def _glossary_terms(catalog: Catalog, term: str | None) -> tuple[GlossaryTerm, ...]:
    if term is None:
        return catalog.glossary
    wanted = fold(term)

    def names(entry: GlossaryTerm) -> list[str]:
        return [entry.term, entry.expansion or "", *entry.aliases]

    for entry in catalog.glossary:
        if any(wanted & fold(name) for name in names(entry)):
            return (entry,)
    from difflib import SequenceMatcher  # only for a term not found as written

    scored = []
    for entry in catalog.glossary:
        best = (
            max(
                SequenceMatcher(None, q, form).ratio()
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


def search(catalog: Catalog, query: str, limit: int | None = None) -> SearchAnswer:
    """Answer `snitflade search WORDS`: ranked hits over everything; NoMatchError if none.

    limit: at most this many hits (None: search.DEFAULT_LIMIT).
    """
    from snitflade.ask.search import DEFAULT_LIMIT
    from snitflade.ask.search import search as find  # only here: `who` need not load it

    hits = find(catalog, query, DEFAULT_LIMIT if limit is None else limit)
    if sector := catalog.settings.sector:
        items = {item.id: item for item in all_statements(catalog)}
        hits = [h for h in hits if holds(items.get(h.id), sector)]
    if not hits:
        raise NoMatchError(
            query, suggest(catalog, query), what="what_result", listing="snitflade topics"
        )
    return SearchAnswer(query=query, hits=tuple(hits), **page(catalog))


def role(catalog: Catalog, role_id: str) -> RoleAnswer:
    """Answer `snitflade role tr|amr`: duties, arbejdsgrundlag, own and shared areas."""
    found = _role_in_sector(catalog.role(role_id), catalog.settings.sector)
    return RoleAnswer(
        role=found,
        own_areas=tuple(a for a in catalog.areas if role_id in a.groups),
        shared_areas=tuple(a for a in catalog.areas if a.lead == "shared"),
        **page(catalog),
    )


def compare(catalog: Catalog) -> CompareAnswer:
    """Answer `snitflade compare`: the two roles' arbejdsgrundlag, aspect by aspect."""
    sector = catalog.settings.sector
    tr, amr = (_role_in_sector(catalog.role(r), sector) for r in ("tr", "amr"))
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


def _role_in_sector(found: Role, sector: Sector | None) -> Role:
    """The role with only what holds in `sector` (a role always keeps its summary)."""
    if sector is None:
        return found
    return dataclasses.replace(
        found,
        duties=in_sector(found.duties, sector),
        basis=in_sector(found.basis, sector),
        first_steps=in_sector(found.first_steps, sector),
    )


def deadlines(
    catalog: Catalog, role_id: str | None = None, query: str | None = None
) -> DeadlinesAnswer:
    """Answer `snitflade deadlines`: every deadline, or those of one role or one topic."""
    topic = find_area(catalog, query).area if query else None
    found = [
        d
        for d in in_sector(catalog.deadlines, catalog.settings.sector)
        if (role_id is None or d.role in (role_id, "shared"))
        and (topic is None or d.area == topic.id)
    ]
    areas = {d.area: catalog.area(d.area) for d in found}
    order = {area_id: i for i, area_id in enumerate(catalog.areas.ids)}  # type: ignore[attr-defined]
    found.sort(key=lambda d: order.get(d.area, len(order)))  # grouped by topic, data order
    return DeadlinesAnswer(
        deadlines=tuple(found), areas=areas, role=role_id, topic=topic, **page(catalog)
    )


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
