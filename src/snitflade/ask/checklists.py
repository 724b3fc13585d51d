"""Meeting checklists and onboarding notes, built from the data by one mechanism each. Pure."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from snitflade.ask.answers import Page, page
from snitflade.ask.matching import Match, find_area
from snitflade.ask.scope import in_sector
from snitflade.store.model import Area, Catalog, Duty, Guidance, Link, Role, Statement


@dataclass(frozen=True)
class Meeting:
    """What fills a checklist's header; anything left out is printed as a line to write on."""

    workplace: str | None = None
    date: datetime.date | None = None
    participants: tuple[str, ...] = ()


@dataclass(frozen=True)
class CheckSection:
    """A part of a checklist. `key` names it for the renderers, which give it its heading.

    key: questions, advice, tr, amr, together, follow_up, local or facts. Local items and
    facts are things to know, not to tick off. `follow_up` ends with the meeting's own lines
    (who does what by when, the next meeting), which the renderers add.
    """

    key: str
    items: tuple[Statement, ...]
    title: str | None = None  # the deck's own heading, where it has one
    checkable: bool = True


@dataclass(frozen=True)
class Checklist(Page):
    kind: str  # "coordination" or "area"
    meeting: Meeting
    sections: tuple[CheckSection, ...]
    links: tuple[Link, ...]
    match: Match | None = None

    @property
    def area(self) -> Area | None:
        return self.match.area if self.match else None


def _guidance_section(group: Guidance) -> CheckSection:
    key = "questions" if group.kind == "questions" else "advice"
    return CheckSection(key=key, items=group.items, title=group.title)


def coordination_checklist(catalog: Catalog, meeting: Meeting) -> Checklist:
    """The checklist for a TR–AMR coordination meeting: the deck's questions and advice."""
    groups = sorted(catalog.guidance, key=lambda g: g.kind != "questions")  # questions first
    sections = [_guidance_section(g) for g in groups]
    sections.append(CheckSection(key="follow_up", items=()))
    links = {link_id: None for group in groups for link_id in group.links}
    return Checklist(
        kind="coordination",
        meeting=meeting,
        sections=tuple(sections),
        links=tuple(catalog.link(link_id) for link_id in links),
        **page(catalog),
    )


# A checklist goes to a meeting on paper: the first two facts of a topic (the data puts the key
# rules first), not all of them; `snitflade who TOPIC` shows the rest.
FACTS_ON_A_CHECKLIST = 2


def area_checklist(catalog: Catalog, query: str, meeting: Meeting) -> Checklist:
    """The checklist for a meeting on one area: who prepares what, what you decide, follow-up."""
    match = find_area(catalog, query)
    area = match.area
    sector = catalog.settings.sector

    def duties(role: str) -> tuple[Duty, ...]:
        return tuple(d for d in in_sector(area.duties, sector) if d.role == role)

    advice: list[Statement] = list(area.advice)
    advice += [
        item
        for group in catalog.guidance
        if group.kind == "advice" and area.id in group.applies_to
        for item in group.items
    ]
    facts = in_sector(area.facts, sector)
    sections = [
        CheckSection(key="tr", items=duties("tr")),
        CheckSection(key="amr", items=duties("amr")),
        CheckSection(key="together", items=(*duties("shared"), *in_sector(advice, sector))),
        CheckSection(key="follow_up", items=in_sector(area.employer, sector)),
        CheckSection(key="local", items=in_sector(area.local, sector), checkable=False),
        CheckSection(key="facts", items=facts[:FACTS_ON_A_CHECKLIST], checkable=False),
    ]
    return Checklist(
        kind="area",
        meeting=meeting,
        sections=tuple(s for s in sections if s.items or s.key == "follow_up"),
        links=tuple(catalog.link(link_id) for link_id in area.links),
        **page(catalog),
        match=match,
    )


@dataclass(frozen=True)
class Coordination:
    """One shared area in an onboarding note: what each side does there."""

    area: Area
    own: tuple[Duty, ...]
    other: tuple[Duty, ...]
    together: tuple[Duty, ...]


@dataclass(frozen=True)
class OnboardingNote(Page):
    role: Role
    other: Role
    own_areas: tuple[Area, ...]
    coordinate: tuple[Coordination, ...]
    advice: tuple[Guidance, ...]
    links: tuple[Link, ...]


def onboarding_note(catalog: Catalog, role_id: str) -> OnboardingNote:
    """The "Godt i gang" note for a newly elected TR or AMR."""
    role = catalog.role(role_id)
    other = next(r for r in catalog.roles if r.id != role_id)
    coordinate = tuple(
        Coordination(
            area=a,
            own=tuple(d for d in a.duties if d.role == role.id),
            other=tuple(d for d in a.duties if d.role == other.id),
            together=tuple(d for d in a.duties if d.role == "shared"),
        )
        for a in catalog.areas
        if a.lead == "shared"
    )
    return OnboardingNote(
        role=role,
        other=other,
        own_areas=tuple(a for a in catalog.areas if role.id in a.groups),
        coordinate=coordinate,
        advice=tuple(g for g in catalog.guidance if g.kind == "advice"),
        links=catalog.links,
        **page(catalog),
    )
