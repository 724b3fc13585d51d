"""Markdown for notes and onboarding documents. Pure: answers in, text out."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

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
from snitflade.render import words
from snitflade.render.footnotes import Footnotes
from snitflade.render.text import link_target, printable
from snitflade.render.words import Words
from snitflade.store.model import Area, Contact, Link, Role, Statement

if TYPE_CHECKING:  # only named in annotations: `who` need not import the checklists
    from snitflade.ask.checklists import Booklet, Checklist, Meeting, OnboardingNote


# Anywhere in a line: what opens emphasis, code, a link or an image, HTML, a heading, a quote, a
# table cell, or strikethrough (GFM); and an & that would begin an entity such as &lt; or &#60;.
_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~]|&(?=#?\w+;))")
# At the start of a line, or of a list item's text: what would open a list, a thematic break or a
# setext heading underline ("- ", "+ ", "=", "1. ", "2) ").
_BLOCK_START = re.compile(r"^(?:[-+=]|\d{1,9}(?=[.)]))")


def escape(text: str) -> str:
    """Escape what Markdown would otherwise read as formatting; data is shown as written.

    The text is put on one line first, so nothing in it can begin a block of its own. Text that
    begins a line or a list item goes through `leading` instead.
    """
    return _SPECIAL.sub(r"\\\1", printable(text))


def leading(text: str) -> str:
    """`escape` for text at the start of a line or a list item, where "- " or "1. " opens a list."""
    return _block_safe(escape(text))


def _block_safe(line: str) -> str:
    """Escape a list marker, a thematic break or a heading underline at the start of `line`."""
    found = _BLOCK_START.match(line)
    if found is None:
        return line
    end = found.end()
    if line[0].isdigit():  # "1." or "1)": the dot or the parenthesis is what makes the list
        return f"{line[:end]}\\{line[end:]}"
    return f"\\{line}"


def _target(url: str | None) -> str | None:
    """The link target for `url` in <…>, or None if the data's URL must not become a link."""
    return link_target(url) if url else None


def _items(w: Words, items: Iterable[Statement], notes: Footnotes) -> list[str]:
    lines = []
    for item in items:
        lines.append(f"- {leading(notes.say(item))} {notes.label(item)}")
        if item.note:
            lines.append(f"  *{w.NOTE}: {escape(item.note)}*")
    return lines


def _section(title: str, body: list[str], level: int = 2) -> list[str]:
    return [f"{'#' * level} {title}", "", *body, ""] if body else []


def _links(links: Iterable[Link], notes: Footnotes) -> list[str]:
    lines = []
    for link in links:
        target = _target(link.url)
        title = escape(link.title)
        shown = f"[{title}](<{target}>)" if target else _block_safe(title)
        line = f"- {shown} {notes.label(link)}"
        lines.append(line + (f" – {escape(link.note)}" if link.note else ""))
    return lines


def _source_list(w: Words, notes: Footnotes) -> list[str]:
    lines = []
    for number, cited, facts in notes.entries:
        label = escape(cited.label)
        target = _target(cited.source.url)
        text = f"[{label}](<{target}>)" if target else _block_safe(label)
        if facts:
            text += f" ({', '.join(facts)})"
        lines.append(f"{number}. {text}")
    return _section(w.SOURCES, lines)


def _contact_lines(w: Words, contacts: Iterable[tuple[Role, tuple[Contact, ...]]]) -> list[str]:
    lines = [
        leading(w.contact_line(role.abbreviation, c.name, _details(c))) + "  "
        for role, people in contacts
        for c in people
    ]
    return [*lines, ""] if lines else []


def _details(contact: Contact) -> list[str]:
    return [d for d in (contact.email, contact.phone, contact.note) if d]


def _gloss(w: Words) -> list[str]:
    """In English, the Danish institutions the page names, glossed once at the top."""
    return [f"*{escape(w.GLOSS)}*", ""] if w.GLOSS else []


def _sector(w: Words, page: Page) -> list[str]:
    """With a sector chosen, the page says once which rules it shows."""
    return [f"*{escape(w.showing(page.sector))}*", ""] if page.sector else []


def _labelled(w: Words, items: Iterable[Statement], notes: Footnotes) -> list[str]:
    """Items with the role that does them in front: steps, and duties in a shared list."""
    lines = []
    for item in items:
        who = w.ROLE_LABEL[getattr(item, "role", "shared")]
        lines.append(f"- **{escape(who)}:** {escape(notes.say(item))} {notes.label(item)}")
        if item.note:
            lines.append(f"  *{w.NOTE}: {escape(item.note)}*")
    return lines


def _part(w: Words, part: Part, notes: Footnotes) -> list[str]:
    """One section of an area's page, as Markdown."""
    if part.key in ("tr", "amr"):
        return _section(w.ROLE_LABEL[part.key], _items(w, part.items, notes) or [w.NOTHING])
    if part.key == "steps":
        return _section(w.STEPS, _labelled(w, part.items, notes))
    if part.key == "links":
        return _section(w.LINKS, _links(part.items, notes))
    if part.key == "related":
        return _section(w.SEE_ALSO, [_area_line(a) for a in part.items])
    titles = {"together": w.TOGETHER, "local": w.LOCAL, "employer": w.EMPLOYER}
    titles |= {"advice": w.ADVICE, "facts": w.FACTS}
    title = escape(part.title) if part.title else titles[part.key]
    return _section(title, _items(w, part.items, notes))


def _area_line(area: Area) -> str:
    return f"- `{area.id}` – {escape(area.title)}"


def _match_notes(w: Words, answer: AreaAnswer) -> list[str]:
    """Say when two topics fit equally well, and when the topic was found by search."""
    match, lines = answer.match, []
    if match.ambiguous and match.others:
        other = match.others[0].area
        pair = w.equally_good((match.area.id, match.area.title), (other.id, other.title))
        lines.append(f"**{escape(pair)}**")
    if match.via == "search":
        lines.append(f"*{escape(w.SEARCH_NOTE)}*")
    return [line for note in lines for line in (note, "")]


def _why(w: Words, answer: AreaAnswer) -> list[str]:
    match = answer.match
    lines = [f"> {leading(w.why_line(match.matched, match.field, match.how, match.score))}"]
    if match.others:
        others = ", ".join(f"{escape(m.area.title)} ({m.score:.2f})" for m in match.others)
        lines.append(f"> {w.ALSO_CLOSE}: {others}")
    return [*lines, ""]


def who(answer: AreaAnswer, why: bool = False, explain: bool = False, lang: str = "da") -> str:
    w = words.for_language(lang)
    area = answer.area
    notes = Footnotes.for_page(answer, explain, w)
    groups = ", ".join(w.GROUP_LABEL[g] for g in area.groups)
    lines = [f"# {escape(area.title)}", "", *_match_notes(w, answer)]
    if why:
        lines += _why(w, answer)
    lines += [leading(area.summary), ""]
    lines += _gloss(w)
    lines += _sector(w, answer)
    lines += [f"*{w.LEAD_SENTENCE[area.lead]} · {groups}*", ""]
    lines += _contact_lines(w, answer.contacts)
    for part in answer.parts:
        lines += _part(w, part, notes)
    lines += _source_list(w, notes)
    return "\n".join(lines).rstrip() + "\n"


def topics(areas: Iterable[Area], explain: bool = False, lang: str = "da") -> str:
    w = words.for_language(lang)
    lines = [f"# {w.TOPICS_TITLE}", ""]
    lines += [f"{_area_line(a)} ({w.LEAD_SENTENCE[a.lead]})" for a in areas]
    return "\n".join(lines) + "\n"


def role(answer: RoleAnswer, explain: bool = False, lang: str = "da") -> str:
    w = words.for_language(lang)
    found = answer.role
    notes = Footnotes.for_page(answer, explain, w)
    lines = [
        f"# {escape(found.name)} ({escape(found.abbreviation)})",
        "",
        leading(found.summary),
        "",
        *_gloss(w),
        *_sector(w, answer),
    ]
    lines += _contact_lines(w, [(found, found.contacts)] if found.contacts else [])
    lines += _section(w.DUTIES, _items(w, found.duties, notes))
    basis = []
    for item in found.basis:
        basis.append(
            f"- **{w.ASPECT_LABEL[item.aspect]}:** {escape(notes.say(item))} {notes.label(item)}"
        )
        if item.note:
            basis.append(f"  *{w.NOTE}: {escape(item.note)}*")
    lines += _section(w.BASIS, basis)
    lines += _section(w.OWN_AREAS, [_area_line(a) for a in answer.own_areas])
    shared_title = f"{w.SHARED_AREAS} {w.other_role(found.id)}"
    lines += _section(shared_title, [_area_line(a) for a in answer.shared_areas])
    lines += _source_list(w, notes)
    return "\n".join(lines).rstrip() + "\n"


def compare(answer: CompareAnswer, explain: bool = False, lang: str = "da") -> str:
    w = words.for_language(lang)
    notes = Footnotes.for_page(answer, explain, w)
    lines = [f"# {w.COMPARE_TITLE}", "", *_gloss(w), *_sector(w, answer)]
    for row in answer.rows:
        lines += [f"## {w.ASPECT_LABEL[row.aspect]}", ""]
        for label, items in (("TR", row.tr), ("AMR", row.amr)):
            texts = [f"{escape(notes.say(i))} {notes.label(i)}" for i in items]
            lines.append(f"- **{label}:** {' '.join(texts) if texts else '–'}")
        lines.append("")
    lines += _source_list(w, notes)
    return "\n".join(lines).rstrip() + "\n"


def sources(uses: Iterable[SourceUse], explain: bool = False, lang: str = "da") -> str:
    w = words.for_language(lang)
    lines = [f"# {w.SOURCES_TITLE}", ""]
    for use in uses:
        title = escape(use.source.title)
        target = _target(use.source.url)
        text = f"[{title}](<{target}>)" if target else _block_safe(title)
        lines.append(f"- {text} – `{use.source.id}`, {use.citations}")
    return "\n".join(lines) + "\n"


def search(answer: SearchAnswer, explain: bool = False, lang: str = "da") -> str:
    w = words.for_language(lang)
    notes = Footnotes.for_page(answer, explain, w)
    lines = [f"# {w.SEARCH_TITLE}: {escape(answer.query)}", ""]
    for number, hit in enumerate(answer.hits, 1):
        where = hit.area or (w.ROLE_LABEL[hit.role] if hit.role else "")
        label = w.KIND_LABEL[hit.kind] + (f" · `{where}`" if where else "")
        lines.append(f"{number}. {_highlight(hit.text, hit.terms)} {notes.label(hit)}")
        lines.append(f"   *{label}*")
    lines.append("")
    lines += _source_list(w, notes)
    return "\n".join(lines).rstrip() + "\n"


def _highlight(text: str, terms: frozenset[str]) -> str:
    """Escape `text` and make the words that matched bold."""
    parts = []
    for piece in re.split(r"(\w+)", printable(text)):
        matched = piece and any(set(form) & terms for form in token_forms(piece))
        safe = _SPECIAL.sub(r"\\\1", piece)
        parts.append(f"**{safe}**" if matched else safe)
    return _block_safe("".join(parts))


def glossary(answer: GlossaryAnswer, explain: bool = False, lang: str = "da") -> str:
    w = words.for_language(lang)
    notes = Footnotes.for_page(answer, explain, w)
    lines = [f"# {w.GLOSSARY_TITLE}", ""]
    for term in answer.terms:
        name = f"**{escape(term.term)}**"
        if term.expansion:
            name += f" ({escape(term.expansion)})"
        line = f"- {name}: {escape(notes.say(term))} {notes.label(term)}"
        if term.area:
            line += f" – {w.READ_MORE}: `{w.WHO_COMMAND} {term.area}`"
        lines.append(line)
    lines.append("")
    lines += _source_list(w, notes)
    return "\n".join(lines).rstrip() + "\n"


def _meeting_lines(w: Words, meeting: Meeting) -> list[str]:
    blank = "_" * 24  # after a label, a run of underscores is plain text in Markdown
    fields = (
        (w.WORKPLACE, escape(meeting.workplace) if meeting.workplace else blank),
        (w.DATE, escape(w.long_date(meeting.date)) if meeting.date else blank),
        (w.PARTICIPANTS, escape(", ".join(meeting.participants)) or blank),
    )
    return [f"**{label}:** {value}  " for label, value in fields] + [""]


def _paper_sources(w: Words, notes: Footnotes) -> list[str]:
    """The sources on paper: a numbered list of titles and addresses, no internal codes."""
    lines = []
    for number, cited, _facts in notes.entries:
        label = escape(cited.label)
        target = _target(cited.source.url)
        lines.append(
            f"{number}. [{label}](<{target}>)" if target else f"{number}. {_block_safe(label)}"
        )
    return _section(w.SOURCES, lines)


def _checklist_body(w: Words, answer: Checklist, notes: Footnotes, level: int = 1) -> list[str]:
    title = w.checklist_title(answer.area.title if answer.area else None)
    lines = [f"{'#' * level} {escape(title)}", ""]
    for section in answer.sections:
        box = "- [ ] " if section.checkable else "- "
        body = []
        for line in section.items:
            item = line.item
            body.append(f"{box}{leading(notes.say(item, line.text))} {notes.label(item)}")
            if item.note and not section.checkable:
                body.append(f"  *{w.NOTE}: {escape(item.note)}*")
        if section.key == "follow_up":
            body += [f"{box}{prompt}: {'_' * 24}" for prompt in w.FOLLOW_UP_PROMPTS]
        heading = escape(section.title) if section.title else w.SECTION_TITLE[section.key]
        lines += _section(heading, body, level + 1)
    lines += _section(w.LINKS, _links(answer.links, notes), level + 1)
    return lines


def checklist(answer: Checklist, explain: bool = False, lang: str = "da") -> str:
    w = words.for_language(lang)
    notes = Footnotes.for_page(answer, explain, w)
    lines = _checklist_body(w, answer, notes)
    head = [*([f"*{escape(w.GLOSS_PAPER)}*", ""] if w.GLOSS_PAPER else []), *_sector(w, answer)]
    head += _meeting_lines(w, answer.meeting)
    lines[2:2] = head
    lines += _paper_sources(w, notes)
    return "\n".join(lines).rstrip() + "\n"


def booklet(answer: Booklet, explain: bool = False, lang: str = "da") -> str:
    w = words.for_language(lang)
    notes = Footnotes.for_page(answer, explain, w)
    lines = [f"# {w.BOOKLET_TITLE}", "", *_sector(w, answer), *_meeting_lines(w, answer.meeting)]
    lines += [f"## {w.CONTENTS}", ""]
    lines += [f"{n}. {leading(c.area.title)}" for n, c in enumerate(answer.checklists, 1) if c.area]
    lines.append("")
    for one in answer.checklists:
        lines += _checklist_body(w, one, notes, level=2)
    lines += _paper_sources(w, notes)
    return "\n".join(lines).rstrip() + "\n"


def onboarding(note: OnboardingNote, explain: bool = False, lang: str = "da") -> str:
    w = words.for_language(lang)
    notes = Footnotes.for_page(note, explain, w)
    role, other = note.role, note.other
    lines = [f"# {w.ONBOARDING_TITLE} {escape(role.abbreviation)}", ""]
    if w.GLOSS_PAPER:
        lines += [f"*{escape(w.GLOSS_PAPER)}*", ""]
    lines += _sector(w, note)
    lines += [escape(w.onboarding_intro(role.abbreviation, other.abbreviation)), ""]
    steps = [
        f"{n}. {leading(notes.say(step))} {notes.label(step)}"
        for n, step in enumerate(note.first_steps, 1)
    ]
    lines += _section(w.FIRST_30_DAYS, steps)
    rights = [
        f"- **{w.ASPECT_LABEL[b.aspect]}:** {escape(notes.say(b))} {notes.label(b)}"
        for b in note.rights
    ]
    lines += _section(w.YOUR_RIGHTS, rights)
    deadlines = [
        f"- **{escape(w.amount(d.value, d.unit))}** ({w.RUNS_FROM} {escape(d.runs_from)}): "
        f"{escape(notes.say(d))} {notes.label(d)}"
        for d in note.deadlines
    ]
    lines += _section(w.YOUR_DEADLINES, deadlines)
    lines += _section(w.TOPICS_YOU_LEAD, [leading(", ".join(a.title for a in note.own_areas))])
    lines += _section(w.TOPICS_YOU_SHARE, [leading(", ".join(a.title for a in note.shared_areas))])
    people = [(r, r.contacts) for r in (role, other) if r.contacts]
    coordinate = [leading(f"{other.name} ({other.abbreviation}). {other.summary}"), ""]
    coordinate += _contact_lines(w, people)
    lines += _section(
        f"{w.COORDINATE_HEADING} {escape(other.abbreviation)}",
        coordinate[:-1] if coordinate[-1] == "" else coordinate,
    )
    lines += _section(w.LINKS, _links(note.links, notes))
    lines += _paper_sources(w, notes)
    return "\n".join(lines).rstrip() + "\n"


def deadlines(answer: DeadlinesAnswer, explain: bool = False, lang: str = "da") -> str:
    w = words.for_language(lang)
    notes = Footnotes.for_page(answer, explain, w)
    lines = [f"# {w.DEADLINES_TITLE}", "", *_gloss(w), *_sector(w, answer)]
    if not answer.deadlines:
        lines += [w.NO_DEADLINES, ""]
    current = None
    for d in answer.deadlines:
        if d.area != current:
            current = d.area
            lines += ["", f"## {escape(answer.areas[d.area].title)}", ""][lines[-1] == "" :]
        head = f"{w.amount(d.value, d.unit)}, {w.RUNS_FROM} {d.runs_from}"
        who = w.ROLE_LABEL[d.role]
        lines.append(
            f"- **{escape(head)}** ({escape(who)}): {escape(notes.say(d))} {notes.label(d)}"
        )
        if d.note:
            lines.append(f"  *{w.NOTE}: {escape(d.note)}*")
    lines.append("")
    lines += _source_list(w, notes)
    return "\n".join(lines).rstrip() + "\n"
