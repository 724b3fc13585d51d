"""The terminal view, drawn with Rich. Data text is always wrapped in Text, never read as markup."""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from rich import box
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.measure import Measurement
from rich.padding import Padding
from rich.segment import Segment
from rich.style import Style
from rich.table import Table
from rich.text import Text

from snitflade.ask.answers import (
    AreaAnswer,
    CompareAnswer,
    DeadlinesAnswer,
    GlossaryAnswer,
    Page,
    Part,
    RoleAnswer,
    SearchAnswer,
    SourceUse,
)
from snitflade.folding import token_forms
from snitflade.render import READING_WIDTH, words
from snitflade.render.footnotes import Footnotes
from snitflade.render.text import link_target, printable
from snitflade.render.words import Words
from snitflade.store.model import Area, Contact, Link, Role, Statement

if TYPE_CHECKING:  # only named in annotations: `who` need not import the checklists
    from snitflade.ask.checklists import Booklet, Checklist, Meeting, OnboardingNote

# Below this width two columns would break long Danish compounds; stack the roles instead.
SIDE_BY_SIDE_MIN_WIDTH = 70

ROLE_STYLE = {"tr": "bold blue", "amr": "bold green", "shared": "bold magenta"}


# A URL is drawn as a short token while Rich lays out the page, then written out whole, so no
# column, pipe or file ever breaks it. The tokens use private-use characters no text contains.
_URL_TOKEN = re.compile("\ue000(\\d+)\ue001")
_urls: list[str] = []


def reading_width(width: int) -> int:
    """The width to lay out a page in: the terminal's, at most READING_WIDTH."""
    return min(width, READING_WIDTH)


def _url(url: str, style: str) -> Text:
    """A URL that will not be wrapped or folded: a token now, the whole URL when written.

    A link (OSC 8) only to https://, http:// or mailto:.
    """
    _urls.append(printable(url))
    link = Style.parse(style) + Style(link=link_target(url))
    return Text(f"\ue000{len(_urls) - 1}\ue001", style=link)


def render(console: Console, renderable: RenderableType, width: int, plain: bool) -> str:
    """Lay out `renderable` at `width` and return the text, URLs whole.

    plain (a pipe or a file): no padding at the ends of lines.
    """
    console.width = width  # print(width=…) only ever narrows the console's own width
    with console.capture() as captured:
        console.print(renderable)
    text = _URL_TOKEN.sub(lambda m: _urls[int(m.group(1))], captured.get())
    if plain:
        text = "".join(line.rstrip() + "\n" for line in text.splitlines())
    return text


# Below this, a width is a mistake (COLUMNS=0, 1 or 5 would draw nothing, or a letter a line);
# at 40 columns every view stays readable and loses no words.
MIN_WIDTH = 40


def as_text(view: str, answer: Any, *, to_file: bool, **options: Any) -> str:
    """The answer drawn by the view function `view` (who, role …) as the terminal shows it.

    to_file: for a file, plain text without colour at the reading width; otherwise the terminal's
    width, colours and links if standard output is a terminal, plain text in a pipe.
    """
    extra: dict[str, Any] = {"file": io.StringIO(), "color_system": None} if to_file else {}
    console = Console(highlight=False, emoji=False, **extra)
    width = reading_width(max(console.width, MIN_WIDTH))
    renderable = _VIEWS[view](answer, width, **options)
    return render(console, renderable, width, plain=to_file or not console.is_terminal)


def _plain(text: str, style: str = "") -> Text:
    return Text(printable(text), style=style)


def _heading(title: str, style: str = "bold") -> Text:
    return Text(printable(title), style=style)  # a guidance group's title comes from the data


class _Rows:
    """Short labels ("•", "[3]", "TR") each before a text that wraps under itself.

    Lays out as a two-column Table.grid would (the label column as wide as the widest label, the
    text in the rest, folded where a word is too long), but draws the rows directly: a grid
    measures, wraps and pads every cell twice over, and the grids were most of a page's layout.
    """

    def __init__(self, label_style: str = "", padding: int = 1) -> None:
        self.rows: list[tuple[Text, RenderableType]] = []
        self.label_style, self.padding = label_style, padding

    def add_row(self, label: str | Text, body: RenderableType) -> None:
        # A label is text, never markup: a glossary term or an id may come from a layer.
        self.rows.append((Text(label) if isinstance(label, str) else label, body))

    def _label_width(self, console: Console, options: ConsoleOptions) -> int:
        widths = (Measurement.get(console, options, label).maximum for label, _ in self.rows)
        return max(widths, default=0)

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        beside = self._label_width(console, options) + self.padding
        bodies = [Measurement.get(console, options, body) for _, body in self.rows]
        least = max((m.minimum for m in bodies), default=0)
        most = max((m.maximum for m in bodies), default=0)
        return Measurement(beside + least, beside + most)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        label_width = self._label_width(console, options)
        text_width = max(options.max_width - label_width - self.padding, 1)
        style = console.get_style(self.label_style) if self.label_style else None
        # As a grid's columns: a str label is never highlighted; labels never wrap; texts fold.
        labels = options.update(
            width=label_width, no_wrap=True, overflow="ellipsis", justify="left", highlight=False
        )
        texts = options.update(width=text_width, no_wrap=False, overflow="fold", highlight=False)
        gap = Segment(" " * self.padding, style)
        under = Segment(" " * (label_width + self.padding), style)
        newline = Segment.line()
        for label, body in self.rows:
            label_line = console.render_lines(label, labels, style=style, pad=True)[0]
            for n, line in enumerate(console.render_lines(body, texts, pad=False)):
                if n:
                    yield under
                else:
                    yield from label_line
                    yield gap
                yield from line
                yield newline


def _grid(label_style: str = "", padding: int = 1) -> _Rows:
    """A label ("•", "[3]", an id) before each text, which wraps under itself."""
    return _Rows(label_style, padding)


# Below this width for its text, a labelled list puts each label above its text.
NARROW_TEXT = 30


class _Labelled:
    """Labels ("apv", "Hvem vælger") beside their text, or above it when the text would be
    squeezed so narrow that long Danish words break: the choice is made at the width given."""

    def __init__(self, label_style: str = "bold", padding: int = 2, max_label: int = 40) -> None:
        self.rows: list[tuple[str, RenderableType]] = []
        self.label_style, self.padding, self.max_label = label_style, padding, max_label

    def add_row(self, label: str, body: RenderableType) -> None:
        self.rows.append((label, body))  # drawn as Text, never as markup (see below)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        label_width = min(max((len(label) for label, _ in self.rows), default=0), self.max_label)
        if options.max_width - label_width - self.padding >= NARROW_TEXT:
            grid = Table.grid(padding=(0, self.padding))
            grid.add_column(style=self.label_style, max_width=self.max_label)
            grid.add_column(overflow="fold")
            for label, body in self.rows:
                grid.add_row(Text(label), body)
            yield grid
            return
        for label, body in self.rows:
            yield Text(label, style=self.label_style)
            yield Padding(body, (0, 0, 0, 2))


def _item_line(w: Words, text: str, item: Statement | Link, notes: Footnotes) -> Text:
    """`text` with the item's footnote marks and, if it has one, its note."""
    line = _plain(text)
    line.append(" " + notes.label(item), style="dim")
    if item.note:
        line.append(f"\n{w.NOTE}: ", style="italic yellow")
        line.append(printable(item.note), style="italic")
    return line


def _bullets(w: Words, items: Iterable[Statement], notes: Footnotes) -> RenderableType:
    grid = _grid()
    for item in items:
        grid.add_row("•", _item_line(w, notes.say(item), item, notes))
    return grid


def _labelled(w: Words, items: Iterable[Statement], notes: Footnotes) -> RenderableType:
    """Items with the role that does them in front: the practical steps."""
    grid = _grid(padding=1)
    for item in items:
        role = getattr(item, "role", "shared")
        grid.add_row(
            Text(w.ROLE_LABEL[role], style=ROLE_STYLE[role]),
            _item_line(w, notes.say(item), item, notes),
        )
    return grid


def _section(title: str, body: RenderableType | None, style: str = "bold") -> list[RenderableType]:
    return [Text(""), _heading(title, style), body] if body is not None else []


def _links(w: Words, links: Sequence[Link], notes: Footnotes) -> RenderableType | None:
    if not links:
        return None
    grid = _grid()
    for link in links:
        line = _item_line(w, link.title, link, notes)
        line.append("\n")
        line.append_text(_url(link.url, "cyan underline"))
        grid.add_row("•", line)
    return grid


def _source_list(w: Words, notes: Footnotes) -> list[RenderableType]:
    if not notes.entries:
        return []
    grid = _grid(label_style="dim")
    for number, cited, facts in notes.entries:
        line = _plain(cited.label)
        if facts:
            line.append(f" ({', '.join(facts)})", style="dim")
        if cited.source.url:
            line.append("\n")
            line.append_text(_url(cited.source.url, "cyan"))
        grid.add_row(f"[{number}]", line)
    return _section(w.SOURCES, grid)


def _contacts(
    w: Words, contacts: Iterable[tuple[Role, tuple[Contact, ...]]]
) -> list[RenderableType]:
    return [
        _plain(
            w.contact_line(role.abbreviation, c.name, [d for d in (c.email, c.phone, c.note) if d]),
            ROLE_STYLE[role.id],
        )
        for role, people in contacts
        for c in people
    ]


def _gloss(w: Words) -> list[RenderableType]:
    """In English, the Danish institutions the page names, glossed once at the top."""
    return [Text(w.GLOSS, style="dim italic")] if w.GLOSS else []


def _sector(w: Words, page: Page) -> list[RenderableType]:
    """With a sector chosen, the page says once which rules it shows."""
    return [Text(w.showing(page.sector), style="italic")] if page.sector else []


def _area_list(areas: Iterable[Area]) -> RenderableType:
    grid = _Labelled()
    for area in areas:
        grid.add_row(area.id, _plain(area.title))
    return grid


def _match_notes(w: Words, answer: AreaAnswer) -> list[RenderableType]:
    """Say when two topics fit equally well, and when the topic was found by search."""
    match, notes = answer.match, list[RenderableType]()
    if match.ambiguous and match.others:
        other = match.others[0].area
        pair = w.equally_good((match.area.id, match.area.title), (other.id, other.title))
        notes.append(_plain(pair, "bold"))
    if match.via == "search":
        notes.append(_plain(w.SEARCH_NOTE, "dim italic"))
    return notes


def _why(w: Words, answer: AreaAnswer) -> Text:
    match = answer.match
    line = _plain(w.why_line(match.matched, match.field, match.how, match.score), "italic")
    if match.others:
        others = ", ".join(f"{printable(m.area.title)} ({m.score:.2f})" for m in match.others)
        line.append(f"\n{w.ALSO_CLOSE}: {others}", style="italic")
    return line


def _roles_side_by_side(
    w: Words, roles: dict[str, Part], notes: Footnotes, width: int
) -> list[RenderableType]:
    """TR and AMR in two columns on a wide screen; stacked where columns would break words."""
    columns = {
        role: _bullets(w, roles[role].items, notes)
        if roles[role].items
        else Text(w.NOTHING, style="dim")
        for role in ("tr", "amr")
    }
    if width >= SIDE_BY_SIDE_MIN_WIDTH:
        table = Table(box=box.ROUNDED, expand=True, show_lines=False)
        for role in ("tr", "amr"):
            table.add_column(w.ROLE_LABEL[role], style="", header_style=ROLE_STYLE[role], ratio=1)
        table.add_row(columns["tr"], columns["amr"])
        return [Text(""), table]
    parts: list[RenderableType] = []
    for role in ("tr", "amr"):
        parts += _section(
            w.ROLE_LABEL[role], Padding(columns[role], (0, 0, 0, 2)), ROLE_STYLE[role]
        )
    return parts


def _part(w: Words, part: Part, notes: Footnotes) -> list[RenderableType]:
    """One section of an area's page, other than the TR and AMR columns."""
    if part.key == "steps":
        return _section(w.STEPS, _labelled(w, part.items, notes), "bold")
    if part.key == "links":
        return _section(w.LINKS, _links(w, part.items, notes))
    if part.key == "related":
        return _section(w.SEE_ALSO, _area_list(part.items))
    styles = {"together": ROLE_STYLE["shared"], "local": "bold cyan"}
    titles = {"together": w.TOGETHER, "local": w.LOCAL, "employer": w.EMPLOYER}
    titles |= {"advice": w.ADVICE, "facts": w.FACTS}
    title = part.title or titles[part.key]
    return _section(title, _bullets(w, part.items, notes), styles.get(part.key, "bold"))


def who(
    answer: AreaAnswer, width: int, why: bool = False, explain: bool = False, lang: str = "da"
) -> RenderableType:
    w = words.for_language(lang)
    area = answer.area
    notes = Footnotes.for_page(answer, explain, w)
    groups = ", ".join(w.GROUP_LABEL[g] for g in area.groups)
    parts: list[RenderableType] = [_plain(area.title, "bold underline"), *_match_notes(w, answer)]
    if why:
        parts.append(_why(w, answer))
    parts += [
        _plain(area.summary),
        *_gloss(w),
        *_sector(w, answer),
        Text(f"{w.LEAD_SENTENCE[area.lead]} · {groups}", style="dim"),
        *_contacts(w, answer.contacts),
    ]
    roles = {p.key: p for p in answer.parts if p.key in ("tr", "amr")}
    for part in answer.parts:
        if part.key == "tr":
            parts += _roles_side_by_side(w, roles, notes, width)
        elif part.key != "amr":  # the AMR column stands beside the TR's
            parts += _part(w, part, notes)
    parts += _source_list(w, notes)
    return Group(*parts)


def topics(
    areas: Iterable[Area], width: int, explain: bool = False, lang: str = "da"
) -> RenderableType:
    w = words.for_language(lang)
    if width < SIDE_BY_SIDE_MIN_WIDTH:  # three columns would break the titles mid-word
        listing = _Labelled()
        for area in areas:
            listing.add_row(area.id, _plain(f"{area.title} · {w.LEAD_SHORT[area.lead]}"))
        return Group(Text(f"{w.TOPIC} · {w.TITLE} · {w.AREA}", style="dim"), Text(""), listing)
    table = Table(box=box.SIMPLE_HEAD, expand=False)
    table.add_column(w.TOPIC, style="bold", no_wrap=True)
    table.add_column(w.TITLE, overflow="fold")
    table.add_column(w.AREA, overflow="fold")
    for area in areas:
        table.add_row(area.id, _plain(area.title), w.LEAD_SHORT[area.lead])
    return table


def role(answer: RoleAnswer, width: int, explain: bool = False, lang: str = "da") -> RenderableType:
    w = words.for_language(lang)
    del width  # one column reads well at every width
    found = answer.role
    notes = Footnotes.for_page(answer, explain, w)
    parts: list[RenderableType] = [
        _plain(f"{found.name} ({found.abbreviation})", "bold underline"),
        _plain(found.summary),
        *_gloss(w),
        *_sector(w, answer),
        *_contacts(w, [(found, found.contacts)]),
    ]
    parts += _section(w.DUTIES, _bullets(w, found.duties, notes), ROLE_STYLE[found.id])
    grid = _Labelled(max_label=22)
    for item in found.basis:
        grid.add_row(w.ASPECT_LABEL[item.aspect], _item_line(w, notes.say(item), item, notes))
    parts += _section(w.BASIS, grid)
    parts += _section(w.OWN_AREAS, _area_list(answer.own_areas))
    parts += _section(f"{w.SHARED_AREAS} {w.other_role(found.id)}", _area_list(answer.shared_areas))
    parts += _source_list(w, notes)
    return Group(*parts)


def _basis_cell(w: Words, items: Sequence[Statement], notes: Footnotes) -> RenderableType:
    if not items:
        return Text("–", style="dim")
    return _bullets(w, items, notes)


def _longest_word(texts: Iterable[str]) -> int:
    """The width a column needs so that it breaks its texts between words only."""
    return max((len(word) for text in texts for word in text.split()), default=1)


def compare(
    answer: CompareAnswer, width: int, explain: bool = False, lang: str = "da"
) -> RenderableType:
    w = words.for_language(lang)
    notes = Footnotes.for_page(answer, explain, w)
    parts: list[RenderableType] = [
        Text(w.COMPARE_TITLE, style="bold underline"),
        *_gloss(w),
        *_sector(w, answer),
    ]
    if width >= SIDE_BY_SIDE_MIN_WIDTH:
        table = Table(box=box.ROUNDED, expand=True, show_lines=True)
        labels = [w.ASPECT_LABEL[row.aspect] for row in answer.rows]
        table.add_column("", style="bold", width=_longest_word(labels))
        table.add_column("TR", header_style=ROLE_STYLE["tr"], ratio=1)
        table.add_column("AMR", header_style=ROLE_STYLE["amr"], ratio=1)
        for row in answer.rows:
            table.add_row(
                w.ASPECT_LABEL[row.aspect],
                _basis_cell(w, row.tr, notes),
                _basis_cell(w, row.amr, notes),
            )
        parts.append(table)
    else:
        for row in answer.rows:
            parts += [Text(""), _heading(w.ASPECT_LABEL[row.aspect])]
            for role, items in (("tr", row.tr), ("amr", row.amr)):
                parts.append(Text(w.ROLE_LABEL[role], style=ROLE_STYLE[role]))
                parts.append(Padding(_basis_cell(w, items, notes), (0, 0, 0, 2)))
    parts += _source_list(w, notes)
    return Group(*parts)


def sources(
    uses: Iterable[SourceUse], width: int, explain: bool = False, lang: str = "da"
) -> RenderableType:
    w = words.for_language(lang)
    del width
    grid = Table.grid(padding=(0, 2))
    grid.add_column(justify="right", no_wrap=True, header_style="bold")
    grid.add_column(overflow="fold")
    for use in uses:
        line = _plain(use.source.title)
        line.append(f"  [{use.source.id}]", style="dim")
        if use.source.url:
            line.append("\n")
            line.append_text(_url(use.source.url, "cyan"))
        grid.add_row(str(use.citations), line)
    return Group(
        Text(w.SOURCES_TITLE, style="bold underline"),
        Text(f"{w.CITED_BY} · {w.TITLE} · {w.URL}", style="dim"),
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


def search(
    answer: SearchAnswer, width: int, explain: bool = False, lang: str = "da"
) -> RenderableType:
    w = words.for_language(lang)
    del width
    notes = Footnotes.for_page(answer, explain, w)
    grid = _grid(label_style="dim")
    for number, hit in enumerate(answer.hits, 1):
        where = hit.area or (w.ROLE_LABEL[hit.role] if hit.role else "")
        line = Text()
        line.append(w.KIND_LABEL[hit.kind] + (f" · {where}" if where else ""), style="dim")
        line.append("\n")
        line.append_text(_highlighted(hit.text, hit.terms))
        line.append(" " + notes.label(hit), style="dim")
        grid.add_row(f"{number}.", line)
    title = _plain(f"{w.SEARCH_TITLE}: {answer.query}", "bold underline")
    return Group(title, Text(""), grid, *_source_list(w, notes))


def glossary(
    answer: GlossaryAnswer, width: int, explain: bool = False, lang: str = "da"
) -> RenderableType:
    w = words.for_language(lang)
    del width
    notes = Footnotes.for_page(answer, explain, w)
    grid = _Labelled()
    for term in answer.terms:
        line = Text()
        if term.expansion:
            line.append(printable(term.expansion), style="bold")
            line.append("\n")
        line.append_text(_item_line(w, notes.say(term), term, notes))
        if term.area:
            line.append(f"\n{w.READ_MORE}: {w.WHO_COMMAND} {term.area}", style="dim")
        grid.add_row(printable(term.term), line)
    return Group(
        Text(w.GLOSSARY_TITLE, style="bold underline"), Text(""), grid, *_source_list(w, notes)
    )


def _checklist_parts(w: Words, answer: Checklist, notes: Footnotes) -> list[RenderableType]:
    parts: list[RenderableType] = []
    for section in answer.sections:
        grid = _grid()
        box = "☐" if section.checkable else "•"
        for line in section.items:
            grid.add_row(box, _item_line(w, notes.say(line.item, line.text), line.item, notes))
        if section.key == "follow_up":
            for prompt in w.FOLLOW_UP_PROMPTS:
                grid.add_row(box, Text(f"{prompt}: {'_' * 24}"))
        parts += _section(section.title or w.SECTION_TITLE[section.key], grid)
    parts += _section(w.LINKS, _links(w, answer.links, notes))
    return parts


def _meeting(w: Words, meeting: Meeting) -> list[RenderableType]:
    lines: list[RenderableType] = []
    for label, value in (
        (w.WORKPLACE, meeting.workplace),
        (w.DATE, w.long_date(meeting.date) if meeting.date else None),
        (w.PARTICIPANTS, ", ".join(meeting.participants) or None),
    ):
        line = Text(f"{label}: ", style="bold")
        line.append(printable(value) if value else "_" * 24)
        lines.append(line)
    return lines


def checklist(
    answer: Checklist, width: int, explain: bool = False, lang: str = "da"
) -> RenderableType:
    w = words.for_language(lang)
    del width
    notes = Footnotes.for_page(answer, explain, w)
    parts: list[RenderableType] = [
        _plain(w.checklist_title(answer.area.title if answer.area else None), "bold underline"),
        *_gloss(w),
        *_sector(w, answer),
        *_meeting(w, answer.meeting),
        *_checklist_parts(w, answer, notes),
    ]
    parts += _source_list(w, notes)
    return Group(*parts)


def booklet(answer: Booklet, width: int, explain: bool = False, lang: str = "da") -> RenderableType:
    w = words.for_language(lang)
    del width
    notes = Footnotes.for_page(answer, explain, w)
    parts: list[RenderableType] = [
        Text(w.BOOKLET_TITLE, style="bold underline"),
        *_gloss(w),
        *_sector(w, answer),
        *_meeting(w, answer.meeting),
    ]
    for one in answer.checklists:
        title = w.checklist_title(one.area.title if one.area else None)
        parts += [Text(""), _plain(title, "bold underline"), *_checklist_parts(w, one, notes)]
    parts += _source_list(w, notes)
    return Group(*parts)


def onboarding(
    note: OnboardingNote, width: int, explain: bool = False, lang: str = "da"
) -> RenderableType:
    w = words.for_language(lang)
    del width
    notes = Footnotes.for_page(note, explain, w)
    role, other = note.role, note.other
    parts: list[RenderableType] = [
        _plain(f"{w.ONBOARDING_TITLE} {role.abbreviation}", "bold underline"),
        *_gloss(w),
        *_sector(w, note),
        _plain(w.onboarding_intro(role.abbreviation, other.abbreviation)),
    ]
    steps = _grid(label_style="bold")
    for number, step in enumerate(note.first_steps, 1):
        steps.add_row(f"{number}.", _item_line(w, notes.say(step), step, notes))
    parts += _section(w.FIRST_30_DAYS, steps, ROLE_STYLE[role.id])
    rights = _grid(label_style="bold", padding=2)
    for item in note.rights:
        rights.add_row(w.ASPECT_LABEL[item.aspect], _item_line(w, notes.say(item), item, notes))
    parts += _section(w.YOUR_RIGHTS, rights)
    if note.deadlines:
        grid = _grid(label_style="bold", padding=2)
        for d in note.deadlines:
            grid.add_row(w.amount(d.value, d.unit), _item_line(w, notes.say(d), d, notes))
        parts += _section(w.YOUR_DEADLINES, grid)
    parts += _section(w.TOPICS_YOU_LEAD, _plain(", ".join(a.title for a in note.own_areas)))
    parts += _section(w.TOPICS_YOU_SHARE, _plain(", ".join(a.title for a in note.shared_areas)))
    coordinate: list[RenderableType] = [
        _plain(f"{other.name} ({other.abbreviation}). {other.summary}")
    ]
    coordinate += _contacts(w, [(r, r.contacts) for r in (role, other)])
    parts += _section(f"{w.COORDINATE_HEADING} {other.abbreviation}", Group(*coordinate))
    parts += _section(w.LINKS, _links(w, note.links, notes))
    parts += _source_list(w, notes)
    return Group(*parts)


def deadlines(
    answer: DeadlinesAnswer, width: int, explain: bool = False, lang: str = "da"
) -> RenderableType:
    w = words.for_language(lang)
    del width  # one column reads well at every width
    notes = Footnotes.for_page(answer, explain, w)
    parts: list[RenderableType] = [
        Text(w.DEADLINES_TITLE, style="bold underline"),
        *_gloss(w),
        *_sector(w, answer),
    ]
    if not answer.deadlines:
        parts.append(Text(w.NO_DEADLINES, style="dim"))
    grid: _Rows | None = None
    current = None
    for d in answer.deadlines:
        if d.area != current:
            current = d.area
            grid = _grid(label_style="bold", padding=2)
            parts += _section(answer.areas[d.area].title, grid)
        assert grid is not None
        head = Text(w.amount(d.value, d.unit), style="bold")
        line = Text()
        line.append(f"{w.RUNS_FROM} {printable(d.runs_from)}", style="dim")
        line.append(f" · {w.ROLE_LABEL[d.role]}", style=ROLE_STYLE[d.role])
        line.append("\n")
        line.append_text(_item_line(w, notes.say(d), d, notes))
        grid.add_row(head, line)
    parts += _source_list(w, notes)
    return Group(*parts)


# The views as_text draws, by the name the command line gives them.
_VIEWS: dict[str, Any] = {
    "who": who,
    "topics": topics,
    "role": role,
    "compare": compare,
    "sources": sources,
    "search": search,
    "glossary": glossary,
    "checklist": checklist,
    "booklet": booklet,
    "onboarding": onboarding,
    "deadlines": deadlines,
}
