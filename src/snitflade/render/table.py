"""The terminal view, drawn with Rich. Data text is always wrapped in Text, never read as markup."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from rich import box
from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.style import Style
from rich.table import Table
from rich.text import Text

from snitflade.answers import (
    AreaAnswer,
    CompareAnswer,
    GlossaryAnswer,
    RoleAnswer,
    SearchAnswer,
    SourceUse,
)
from snitflade.checklists import Checklist, OnboardingNote
from snitflade.folding import token_forms
from snitflade.models import Area, Contact, Link, Role, Statement
from snitflade.render import words
from snitflade.render.footnotes import Footnotes
from snitflade.render.text import printable

# Below this width two columns would break long Danish compounds; stack the roles instead.
SIDE_BY_SIDE_MIN_WIDTH = 70

ROLE_STYLE = {"tr": "bold blue", "amr": "bold green", "shared": "bold magenta"}


def _plain(text: str, style: str = "") -> Text:
    return Text(printable(text), style=style)


def _heading(title: str, style: str = "bold") -> Text:
    return Text(title, style=style)


def _grid(label_style: str = "", padding: int = 1) -> Table:
    """A two-column grid: a short label ("•", "[3]", an id) and text that wraps under itself."""
    grid = Table.grid(padding=(0, padding))
    grid.add_column(no_wrap=True, style=label_style)
    grid.add_column(overflow="fold")
    return grid


def _item_line(text: str, item: Statement | Link, notes: Footnotes) -> Text:
    """`text` with the item's footnote marks and, if it has one, its note."""
    line = _plain(text)
    line.append(" " + notes.label(item), style="dim")
    if item.note:
        line.append(f"\n{words.NOTE}: ", style="italic yellow")
        line.append(printable(item.note), style="italic")
    return line


def _bullets(items: Iterable[Statement], notes: Footnotes) -> RenderableType:
    grid = _grid()
    for item in items:
        grid.add_row("•", _item_line(item.text, item, notes))
    return grid


def _section(title: str, body: RenderableType | None, style: str = "bold") -> list[RenderableType]:
    return [Text(""), _heading(title, style), body] if body is not None else []


def _links(links: Sequence[Link], notes: Footnotes) -> RenderableType | None:
    if not links:
        return None
    grid = _grid()
    for link in links:
        line = _item_line(link.title, link, notes)
        line.append("\n" + link.url, style=Style(color="cyan", underline=True, link=link.url))
        grid.add_row("•", line)
    return grid


def _source_list(notes: Footnotes) -> list[RenderableType]:
    if not notes.entries:
        return []
    grid = _grid(label_style="dim")
    for number, cited, facts in notes.entries:
        line = _plain(cited.label)
        if facts:
            line.append(f" ({', '.join(facts)})", style="dim")
        if cited.source.url:
            line.append("\n" + cited.source.url, style=Style(color="cyan", link=cited.source.url))
        grid.add_row(f"[{number}]", line)
    return _section(words.SOURCES, grid)


def _contacts(contacts: Iterable[tuple[Role, tuple[Contact, ...]]]) -> list[RenderableType]:
    return [
        _plain(
            words.contact_line(
                role.abbreviation, c.name, [d for d in (c.email, c.phone, c.note) if d]
            ),
            ROLE_STYLE[role.id],
        )
        for role, people in contacts
        for c in people
    ]


def _area_list(areas: Iterable[Area]) -> RenderableType:
    grid = _grid(label_style="bold", padding=2)
    for area in areas:
        grid.add_row(area.id, _plain(area.title))
    return grid


def _why(answer: AreaAnswer) -> Text:
    match = answer.match
    line = _plain(words.why_line(match.matched, match.field, match.how, match.score), "italic")
    if match.others:
        others = ", ".join(f"{m.area.id} ({m.score:.2f})" for m in match.others)
        line.append(f"\n{words.ALSO_CLOSE}: {others}", style="italic")
    return line


def who(answer: AreaAnswer, width: int, why: bool = False, explain: bool = False) -> RenderableType:
    area = answer.area
    notes = Footnotes(answer.sources, answer.origins if explain else None)
    groups = ", ".join(words.GROUP_LABEL[g] for g in area.groups)
    parts: list[RenderableType] = [_plain(area.title, "bold underline")]
    if why:
        parts.append(_why(answer))
    parts += [
        _plain(area.summary),
        Text(f"{words.LEAD_SENTENCE[area.lead]} · {groups}", style="dim"),
        *_contacts(answer.contacts),
    ]
    columns = {
        role: _bullets(items, notes) if items else Text(words.NOTHING, style="dim")
        for role, items in (("tr", answer.tr), ("amr", answer.amr))
    }
    if width >= SIDE_BY_SIDE_MIN_WIDTH:
        table = Table(box=box.ROUNDED, expand=True, show_lines=False)
        for role in ("tr", "amr"):
            table.add_column(
                words.ROLE_LABEL[role], style="", header_style=ROLE_STYLE[role], ratio=1
            )
        table.add_row(columns["tr"], columns["amr"])
        parts += [Text(""), table]
    else:
        for role in ("tr", "amr"):
            parts += _section(
                words.ROLE_LABEL[role], Padding(columns[role], (0, 0, 0, 2)), ROLE_STYLE[role]
            )
    if answer.shared:
        parts += _section(words.TOGETHER, _bullets(answer.shared, notes), ROLE_STYLE["shared"])
    if answer.local:
        parts += _section(words.LOCAL, _bullets(answer.local, notes), "bold cyan")
    if answer.employer:
        parts += _section(words.EMPLOYER, _bullets(answer.employer, notes))
    for section in answer.advice:
        title = section.title or words.ADVICE
        parts += _section(title, _bullets(section.items, notes))
    if answer.facts:
        parts += _section(words.FACTS, _bullets(answer.facts, notes))
    parts += _section(words.LINKS, _links(answer.links, notes))
    if answer.related:
        parts += _section(words.SEE_ALSO, _area_list(answer.related))
    parts += _source_list(notes)
    return Group(*parts)


def topics(areas: Iterable[Area], width: int, explain: bool = False) -> RenderableType:
    del width  # a plain list reads well at every width
    table = Table(box=box.SIMPLE_HEAD, expand=False)
    table.add_column(words.TOPIC, style="bold", no_wrap=True)
    table.add_column(words.TITLE, overflow="fold")
    table.add_column(words.AREA, overflow="fold")
    for area in areas:
        table.add_row(area.id, _plain(area.title), words.LEAD_SHORT[area.lead])
    return table


def role(answer: RoleAnswer, width: int, explain: bool = False) -> RenderableType:
    del width  # one column reads well at every width
    found = answer.role
    notes = Footnotes(answer.sources, answer.origins if explain else None)
    parts: list[RenderableType] = [
        _plain(f"{found.name} ({found.abbreviation})", "bold underline"),
        _plain(found.summary),
        *_contacts([(found, found.contacts)]),
    ]
    parts += _section(words.DUTIES, _bullets(found.duties, notes), ROLE_STYLE[found.id])
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=False, max_width=22)
    grid.add_column(overflow="fold")
    for item in found.basis:
        grid.add_row(words.ASPECT_LABEL[item.aspect], _item_line(item.text, item, notes))
    parts += _section(words.BASIS, grid)
    parts += _section(words.OWN_AREAS, _area_list(answer.own_areas))
    parts += _section(
        f"{words.SHARED_AREAS} {words.other_role(found.id)}", _area_list(answer.shared_areas)
    )
    parts += _source_list(notes)
    return Group(*parts)


def _basis_cell(items: Sequence[Statement], notes: Footnotes) -> RenderableType:
    if not items:
        return Text("–", style="dim")
    return _bullets(items, notes)


def compare(answer: CompareAnswer, width: int, explain: bool = False) -> RenderableType:
    notes = Footnotes(answer.sources, answer.origins if explain else None)
    parts: list[RenderableType] = [Text(words.COMPARE_TITLE, style="bold underline")]
    if width >= SIDE_BY_SIDE_MIN_WIDTH:
        table = Table(box=box.ROUNDED, expand=True, show_lines=True)
        table.add_column("", style="bold", ratio=1, min_width=12, overflow="fold")
        table.add_column("TR", header_style=ROLE_STYLE["tr"], ratio=3)
        table.add_column("AMR", header_style=ROLE_STYLE["amr"], ratio=3)
        for row in answer.rows:
            table.add_row(
                words.ASPECT_LABEL[row.aspect],
                _basis_cell(row.tr, notes),
                _basis_cell(row.amr, notes),
            )
        parts.append(table)
    else:
        for row in answer.rows:
            parts += [Text(""), _heading(words.ASPECT_LABEL[row.aspect])]
            for role, items in (("tr", row.tr), ("amr", row.amr)):
                parts.append(Text(words.ROLE_LABEL[role], style=ROLE_STYLE[role]))
                parts.append(Padding(_basis_cell(items, notes), (0, 0, 0, 2)))
    parts += _source_list(notes)
    return Group(*parts)


def sources(uses: Iterable[SourceUse], width: int, explain: bool = False) -> RenderableType:
    del width
    grid = Table.grid(padding=(0, 2))
    grid.add_column(justify="right", no_wrap=True, header_style="bold")
    grid.add_column(overflow="fold")
    for use in uses:
        line = _plain(use.source.title)
        line.append(f"  [{use.source.id}]", style="dim")
        if use.source.url:
            line.append("\n" + use.source.url, style=Style(color="cyan", link=use.source.url))
        grid.add_row(str(use.citations), line)
    return Group(
        Text(words.SOURCES_TITLE, style="bold underline"),
        Text(f"{words.CITED_BY} · {words.TITLE} · {words.URL}", style="dim"),
        Text(""),
        grid,
    )


def _highlighted(text: str, terms: frozenset[str]) -> Text:
    """`text` with the words that matched the search in bold."""
    line = Text()
    for piece in re.split(r"(\w+)", printable(text)):
        matched = piece and any(set(form) & terms for form in token_forms(piece))
        line.append(piece, style="bold yellow" if matched else "")
    return line


def search(answer: SearchAnswer, width: int, explain: bool = False) -> RenderableType:
    del width
    notes = Footnotes(answer.sources, answer.origins if explain else None)
    grid = _grid(label_style="dim")
    for number, hit in enumerate(answer.hits, 1):
        where = hit.area or (words.ROLE_LABEL[hit.role] if hit.role else "")
        line = Text()
        line.append(words.KIND_LABEL[hit.kind] + (f" · {where}" if where else ""), style="dim")
        line.append("\n")
        line.append_text(_highlighted(hit.text, hit.terms))
        line.append(" " + notes.label(hit), style="dim")
        grid.add_row(f"{number}.", line)
    title = _plain(f"{words.SEARCH_TITLE}: {answer.query}", "bold underline")
    return Group(title, Text(""), grid, *_source_list(notes))


def glossary(answer: GlossaryAnswer, width: int, explain: bool = False) -> RenderableType:
    del width
    notes = Footnotes(answer.sources, answer.origins if explain else None)
    grid = _grid(label_style="bold", padding=2)
    for term in answer.terms:
        line = Text()
        if term.expansion:
            line.append(printable(term.expansion), style="bold")
            line.append("\n")
        line.append_text(_item_line(term.text, term, notes))
        if term.area:
            line.append(f"\n{words.READ_MORE}: snitflade who {term.area}", style="dim")
        grid.add_row(printable(term.term), line)
    return Group(
        Text(words.GLOSSARY_TITLE, style="bold underline"), Text(""), grid, *_source_list(notes)
    )


def checklist(answer: Checklist, width: int, explain: bool = False) -> RenderableType:
    del width
    notes = Footnotes(answer.sources, answer.origins if explain else None)
    parts: list[RenderableType] = [
        _plain(words.checklist_title(answer.area.title if answer.area else None), "bold underline")
    ]
    meeting = answer.meeting
    for label, value in (
        (words.WORKPLACE, meeting.workplace),
        (words.DATE, meeting.date),
        (words.PARTICIPANTS, ", ".join(meeting.participants) or None),
    ):
        line = Text(f"{label}: ", style="bold")
        line.append(printable(value) if value else "_" * 24)
        parts.append(line)
    for section in answer.sections:
        grid = _grid()
        box = "☐" if section.checkable else "•"
        for item in section.items:
            text = item.text
            if section.key == "follow_up":
                text = f"{words.RAISE_WITH_MANAGEMENT}: {text}"
            grid.add_row(box, _item_line(text, item, notes))
        if section.key == "follow_up":
            for prompt in words.FOLLOW_UP_PROMPTS:
                grid.add_row(box, Text(prompt))
        parts += _section(section.title or words.SECTION_TITLE[section.key], grid)
    parts += _section(words.LINKS, _links(answer.links, notes))
    parts += _source_list(notes)
    return Group(*parts)


def onboarding(note: OnboardingNote, width: int, explain: bool = False) -> RenderableType:
    del width
    notes = Footnotes(note.sources, note.origins if explain else None)
    role, other = note.role, note.other
    parts: list[RenderableType] = [
        _plain(f"{words.ONBOARDING_TITLE} {role.abbreviation}", "bold underline"),
        _plain(f"{role.name} ({role.abbreviation}). {role.summary}"),
        *_contacts((r, r.contacts) for r in (role, other)),
    ]
    parts += _section(words.YOUR_DUTIES, _bullets(role.duties, notes), ROLE_STYLE[role.id])
    basis = _grid(label_style="bold", padding=2)
    for item in role.basis:
        basis.add_row(words.ASPECT_LABEL[item.aspect], _item_line(item.text, item, notes))
    parts += _section(words.YOUR_BASIS, basis)
    parts += _section(words.YOUR_AREAS, _area_list(note.own_areas))
    parts += [Text(""), _heading(f"{words.COORDINATE_WITH} {other.abbreviation}", "bold")]
    for shared in note.coordinate:
        grid = _grid(label_style="bold", padding=1)
        for label, duties in (
            (words.YOU, shared.own),
            (other.abbreviation, shared.other),
            (words.TOGETHER, shared.together),
        ):
            for duty in duties:
                grid.add_row(label, _item_line(duty.text, duty, notes))
        parts += [_plain(shared.area.title, "underline"), Padding(grid, (0, 0, 0, 2))]
    for group in note.advice:
        parts += _section(group.title, _bullets(group.items, notes))
    parts += _section(words.LINKS, _links(note.links, notes))
    parts += _source_list(notes)
    return Group(*parts)
