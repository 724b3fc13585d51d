"""Meeting checklists and onboarding notes, built from the data by one mechanism each. Pure."""

from __future__ import annotations

import datetime
from collections.abc import Iterable

from snitflade.ask.answers import Page, page
from snitflade.ask.matching import Match, find_area
from snitflade.ask.scope import in_sector
from snitflade.records import dataclass
from snitflade.store.model import (
    Area,
    BasisItem,
    Catalog,
    Deadline,
    Guidance,
    Link,
    Role,
    Sector,
    Statement,
)


@dataclass(frozen=True)
class Meeting:
    """What fills a checklist's header; anything left out is printed as a line to write on."""

    workplace: str | None = None
    date: datetime.date | None = None
    participants: tuple[str, ...] = ()


@dataclass(frozen=True)
class CheckItem:
    """One line of a checklist: something to do (or, under "Godt at vide", to know).

    `text` is what is printed: a step's own text or a duty's action. `item` is the statement
    it comes from, for its sources, its sectors and its note.
    """

    text: str
    item: Statement


@dataclass(frozen=True)
class CheckSection:
    """A part of a checklist. `key` names it for the renderers, which give it its heading.

    key: questions, advice (the coordination checklist), tr, amr, together, follow_up, know.
    `follow_up` ends with the lines the meeting fills in: who does what by when, and the next
    meeting (the renderers add them, from the strings table). `know` is background, no boxes.
    """

    key: str
    items: tuple[CheckItem, ...]
    title: str | None = None  # the deck's own heading, where it has one
    checkable: bool = True


@dataclass(frozen=True)
class Checklist(Page):
    kind: str  # "coordination" or "area"
    meeting: Meeting
    sections: tuple[CheckSection, ...]
    links: tuple[Link, ...]  # confirmed links only: a checklist goes on paper
    match: Match | None = None

    @property
    def area(self) -> Area | None:
        return self.match.area if self.match else None


@dataclass(frozen=True)
class Booklet(Page):
    """Every topic's checklist, for `checklist --all`: one booklet with a contents page."""

    meeting: Meeting
    checklists: tuple[Checklist, ...]


def _as_is(items: tuple[Statement, ...]) -> tuple[CheckItem, ...]:
    return tuple(CheckItem(text=item.text, item=item) for item in items)


def _guidance_section(group: Guidance, sector: Sector | None) -> CheckSection:
    key = "questions" if group.kind == "questions" else "advice"
    return CheckSection(key=key, items=_as_is(in_sector(group.items, sector)), title=group.title)


def _confirmed(catalog: Catalog, link_ids: Iterable[str]) -> tuple[Link, ...]:
    links = (catalog.link(link_id) for link_id in dict.fromkeys(link_ids))
    return tuple(link for link in links if link.confirmed)


def coordination_checklist(catalog: Catalog, meeting: Meeting) -> Checklist:
    """The checklist for a TR–AMR coordination meeting: the deck's questions and advice."""
    sector = catalog.settings.sector
    groups = sorted(catalog.guidance, key=lambda g: g.kind != "questions")  # questions first
    sections = [_guidance_section(g, sector) for g in groups]
    sections.append(CheckSection(key="follow_up", items=()))
    return Checklist(
        kind="coordination",
        meeting=meeting,
        sections=tuple(s for s in sections if s.items or s.key == "follow_up"),
        links=_confirmed(catalog, (link for g in groups for link in g.links)),
        **page(catalog),
    )


# A checklist goes to a meeting on paper: the first two facts of a topic (the data puts the key
# rules first), not all of them; `snitflade who TOPIC` shows the rest.
FACTS_ON_A_CHECKLIST = 2
FOLLOW_UP = "-opfoelgning"  # the id ending of a topic's follow-up step


def _actions(area: Area, role: str, sector: Sector | None) -> tuple[CheckItem, ...]:
    """What `role` does on this topic: its practical steps, then its duties as actions."""
    steps = [
        CheckItem(text=step.text, item=step)
        for step in in_sector(area.steps, sector)
        if step.role == role and not step.id.endswith(FOLLOW_UP)
    ]
    duties = [
        CheckItem(text=duty.action or duty.text, item=duty)
        for duty in in_sector(area.duties, sector)
        if duty.role == role
    ]
    return (*steps, *duties)


def topic_checklist(catalog: Catalog, area: Area, meeting: Meeting, match: Match) -> Checklist:
    """The checklist for a meeting on one topic, by one mechanism for every topic.

    Four sections with boxes (TR prepares, AMR prepares, you decide together, follow-up), built
    from the topic's steps and its duties as actions; then background without boxes.
    """
    sector = catalog.settings.sector
    follow_up = tuple(
        CheckItem(text=step.text, item=step)
        for step in in_sector(area.steps, sector)
        if step.id.endswith(FOLLOW_UP)
    )
    know = (
        *in_sector(area.facts, sector)[:FACTS_ON_A_CHECKLIST],
        *in_sector(area.employer, sector),
        *in_sector(area.local, sector),
    )
    sections = (
        CheckSection(key="tr", items=_actions(area, "tr", sector)),
        CheckSection(key="amr", items=_actions(area, "amr", sector)),
        CheckSection(key="together", items=_actions(area, "shared", sector)),
        CheckSection(key="follow_up", items=follow_up),
        CheckSection(key="know", items=_as_is(know), checkable=False),
    )
    return Checklist(
        kind="area",
        meeting=meeting,
        sections=sections,
        links=_confirmed(catalog, area.links),
        **page(catalog),
        match=match,
    )


def area_checklist(catalog: Catalog, query: str, meeting: Meeting) -> Checklist:
    """The checklist for a meeting on the topic `query` names."""
    match = find_area(catalog, query)
    return topic_checklist(catalog, match.area, meeting, match)


def booklet(catalog: Catalog, meeting: Meeting) -> Booklet:
    """Every topic's checklist, in the data's order, for `checklist --all`."""
    checklists = tuple(
        topic_checklist(catalog, area, meeting, Match(area, area.id, "id", 1.0))
        for area in catalog.areas
    )
    return Booklet(meeting=meeting, checklists=checklists, **page(catalog))


# What a newly elected rep needs of the role's basis: time, protection and training.
RIGHTS = ("tid", "beskyttelse", "uddannelse")
# The topics whose deadlines are the rep's own (training, term of office).
OWN_DEADLINE_TOPICS = ("tid-og-vilkaar", "valg-af-repraesentanter")
MAX_LINKS = 8


@dataclass(frozen=True)
class OnboardingNote(Page):
    """The "Godt i gang" note: what a new rep reads in ten minutes and keeps."""

    role: Role
    other: Role
    first_steps: tuple[Statement, ...]
    rights: tuple[BasisItem, ...]
    deadlines: tuple[Deadline, ...]
    own_areas: tuple[Area, ...]
    shared_areas: tuple[Area, ...]
    links: tuple[Link, ...]


def onboarding_note(catalog: Catalog, role_id: str) -> OnboardingNote:
    """The "Godt i gang" note for a newly elected TR or AMR."""
    sector = catalog.settings.sector
    role = catalog.role(role_id)
    other = next(r for r in catalog.roles if r.id != role_id)
    rights = tuple(b for b in in_sector(role.basis, sector) if b.aspect in RIGHTS)
    rights = tuple(sorted(rights, key=lambda b: RIGHTS.index(b.aspect)))
    deadlines = tuple(
        d
        for d in in_sector(catalog.deadlines, sector)
        if d.area in OWN_DEADLINE_TOPICS and d.role == role_id
    )
    return OnboardingNote(
        role=role,
        other=other,
        first_steps=in_sector(role.first_steps, sector),
        rights=rights,
        deadlines=deadlines,
        own_areas=tuple(a for a in catalog.areas if a.lead == role_id),
        shared_areas=tuple(a for a in catalog.areas if a.lead == "shared"),
        links=_confirmed(catalog, (link.id for link in catalog.links))[:MAX_LINKS],
        **page(catalog),
    )
