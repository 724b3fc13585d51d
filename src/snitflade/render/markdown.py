"""Markdown for notes and onboarding documents. Pure: answers in, text out."""

from __future__ import annotations

import re
from collections.abc import Iterable

from snitflade.answers import (
    AreaAnswer,
    CompareAnswer,
    GlossaryAnswer,
    RoleAnswer,
    SearchAnswer,
    SourceUse,
)
from snitflade.checklists import Checklist, Meeting, OnboardingNote
from snitflade.folding import token_forms
from snitflade.models import Area, Contact, Link, Role, Statement
from snitflade.render import words
from snitflade.render.footnotes import Footnotes
from snitflade.render.text import printable

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def escape(text: str) -> str:
    """Escape what Markdown would otherwise read as formatting; data is shown as written."""
    return _SPECIAL.sub(r"\\\1", printable(text))


def _items(items: Iterable[Statement], notes: Footnotes) -> list[str]:
    lines = []
    for item in items:
        lines.append(f"- {escape(item.text)} {notes.label(item)}")
        if item.note:
            lines.append(f"  *{words.NOTE}: {escape(item.note)}*")
    return lines


def _section(title: str, body: list[str], level: int = 2) -> list[str]:
    return [f"{'#' * level} {title}", "", *body, ""] if body else []


def _links(links: Iterable[Link], notes: Footnotes) -> list[str]:
    lines = []
    for link in links:
        line = f"- [{escape(link.title)}](<{link.url}>) {notes.label(link)}"
        lines.append(line + (f" – {escape(link.note)}" if link.note else ""))
    return lines


def _source_list(notes: Footnotes) -> list[str]:
    lines = []
    for number, cited, facts in notes.entries:
        label = escape(cited.label)
        text = f"[{label}](<{cited.source.url}>)" if cited.source.url else label
        if facts:
            text += f" ({', '.join(facts)})"
        lines.append(f"{number}. {text}")
    return _section(words.SOURCES, lines)


def _contact_lines(contacts: Iterable[tuple[Role, tuple[Contact, ...]]]) -> list[str]:
    lines = [
        escape(words.contact_line(role.abbreviation, c.name, _details(c))) + "  "
        for role, people in contacts
        for c in people
    ]
    return [*lines, ""] if lines else []


def _details(contact: Contact) -> list[str]:
    return [d for d in (contact.email, contact.phone, contact.note) if d]


def _area_line(area: Area) -> str:
    return f"- `{area.id}` – {escape(area.title)}"


def _why(answer: AreaAnswer) -> list[str]:
    match = answer.match
    lines = [f"> {escape(words.why_line(match.matched, match.field, match.how, match.score))}"]
    if match.others:
        others = ", ".join(f"`{m.area.id}` ({m.score:.2f})" for m in match.others)
        lines.append(f"> {words.ALSO_CLOSE}: {others}")
    return [*lines, ""]


def who(answer: AreaAnswer, why: bool = False, explain: bool = False) -> str:
    area = answer.area
    notes = Footnotes(answer.sources, answer.origins if explain else None)
    groups = ", ".join(words.GROUP_LABEL[g] for g in area.groups)
    lines = [f"# {escape(area.title)}", ""]
    if why:
        lines += _why(answer)
    lines += [escape(area.summary), ""]
    lines += [f"*{words.LEAD_SENTENCE[area.lead]} · {groups}*", ""]
    lines += _contact_lines(answer.contacts)
    lines += _section(words.ROLE_LABEL["tr"], _items(answer.tr, notes) or [words.NOTHING])
    lines += _section(words.ROLE_LABEL["amr"], _items(answer.amr, notes) or [words.NOTHING])
    lines += _section(words.TOGETHER, _items(answer.shared, notes))
    lines += _section(words.LOCAL, _items(answer.local, notes))
    lines += _section(words.EMPLOYER, _items(answer.employer, notes))
    advice: list[str] = []
    for section in answer.advice:
        if section.title:
            advice += [f"### {escape(section.title)}", ""]
        advice += [*_items(section.items, notes), ""]
    lines += _section(words.ADVICE, advice[:-1] if advice else [])
    lines += _section(words.FACTS, _items(answer.facts, notes))
    lines += _section(words.LINKS, _links(answer.links, notes))
    lines += _section(words.SEE_ALSO, [_area_line(a) for a in answer.related])
    lines += _source_list(notes)
    return "\n".join(lines).rstrip() + "\n"


def topics(areas: Iterable[Area], explain: bool = False) -> str:
    lines = [f"# {words.TOPICS_TITLE}", ""]
    lines += [f"{_area_line(a)} ({words.LEAD_SENTENCE[a.lead]})" for a in areas]
    return "\n".join(lines) + "\n"


def role(answer: RoleAnswer, explain: bool = False) -> str:
    found = answer.role
    notes = Footnotes(answer.sources, answer.origins if explain else None)
    lines = [
        f"# {escape(found.name)} ({escape(found.abbreviation)})",
        "",
        escape(found.summary),
        "",
    ]
    lines += _contact_lines([(found, found.contacts)] if found.contacts else [])
    lines += _section(words.DUTIES, _items(found.duties, notes))
    basis = []
    for item in found.basis:
        basis.append(
            f"- **{words.ASPECT_LABEL[item.aspect]}:** {escape(item.text)} {notes.label(item)}"
        )
        if item.note:
            basis.append(f"  *{words.NOTE}: {escape(item.note)}*")
    lines += _section(words.BASIS, basis)
    lines += _section(words.OWN_AREAS, [_area_line(a) for a in answer.own_areas])
    shared_title = f"{words.SHARED_AREAS} {words.other_role(found.id)}"
    lines += _section(shared_title, [_area_line(a) for a in answer.shared_areas])
    lines += _source_list(notes)
    return "\n".join(lines).rstrip() + "\n"


def compare(answer: CompareAnswer, explain: bool = False) -> str:
    notes = Footnotes(answer.sources, answer.origins if explain else None)
    lines = [f"# {words.COMPARE_TITLE}", ""]
    for row in answer.rows:
        lines += [f"## {words.ASPECT_LABEL[row.aspect]}", ""]
        for label, items in (("TR", row.tr), ("AMR", row.amr)):
            texts = [f"{escape(i.text)} {notes.label(i)}" for i in items]
            lines.append(f"- **{label}:** {' '.join(texts) if texts else '–'}")
        lines.append("")
    lines += _source_list(notes)
    return "\n".join(lines).rstrip() + "\n"


def sources(uses: Iterable[SourceUse], explain: bool = False) -> str:
    lines = [f"# {words.SOURCES_TITLE}", ""]
    for use in uses:
        title = escape(use.source.title)
        text = f"[{title}](<{use.source.url}>)" if use.source.url else title
        lines.append(f"- {text} – `{use.source.id}`, {use.citations}")
    return "\n".join(lines) + "\n"


def search(answer: SearchAnswer, explain: bool = False) -> str:
    notes = Footnotes(answer.sources, answer.origins if explain else None)
    lines = [f"# {words.SEARCH_TITLE}: {escape(answer.query)}", ""]
    for number, hit in enumerate(answer.hits, 1):
        where = hit.area or (words.ROLE_LABEL[hit.role] if hit.role else "")
        label = words.KIND_LABEL[hit.kind] + (f" · `{where}`" if where else "")
        lines.append(f"{number}. {_highlight(hit.text, hit.terms)} {notes.label(hit)}")
        lines.append(f"   *{label}*")
    lines.append("")
    lines += _source_list(notes)
    return "\n".join(lines).rstrip() + "\n"


def _highlight(text: str, terms: frozenset[str]) -> str:
    """Escape `text` and make the words that matched bold."""
    parts = []
    for piece in re.split(r"(\w+)", printable(text)):
        matched = piece and any(set(form) & terms for form in token_forms(piece))
        parts.append(f"**{escape(piece)}**" if matched else escape(piece))
    return "".join(parts)


def glossary(answer: GlossaryAnswer, explain: bool = False) -> str:
    notes = Footnotes(answer.sources, answer.origins if explain else None)
    lines = [f"# {words.GLOSSARY_TITLE}", ""]
    for term in answer.terms:
        name = f"**{escape(term.term)}**"
        if term.expansion:
            name += f" ({escape(term.expansion)})"
        line = f"- {name}: {escape(term.text)} {notes.label(term)}"
        if term.area:
            line += f" – {words.READ_MORE}: `snitflade who {term.area}`"
        lines.append(line)
    lines.append("")
    lines += _source_list(notes)
    return "\n".join(lines).rstrip() + "\n"


def _meeting_lines(meeting: Meeting) -> list[str]:
    blank = "_" * 24  # after a label, a run of underscores is plain text in Markdown
    fields = (
        (words.WORKPLACE, escape(meeting.workplace) if meeting.workplace else blank),
        (words.DATE, escape(meeting.date) if meeting.date else blank),
        (words.PARTICIPANTS, escape(", ".join(meeting.participants)) or blank),
    )
    return [f"**{label}:** {value}  " for label, value in fields] + [""]


def checklist(answer: Checklist, explain: bool = False) -> str:
    notes = Footnotes(answer.sources, answer.origins if explain else None)
    lines = [
        f"# {escape(words.checklist_title(answer.area.title if answer.area else None))}",
        "",
        *_meeting_lines(answer.meeting),
    ]
    for section in answer.sections:
        box = "- [ ] " if section.checkable else "- "
        body = []
        for item in section.items:
            prefix = f"{words.RAISE_WITH_MANAGEMENT}: " if section.key == "follow_up" else ""
            body.append(f"{box}{prefix}{escape(item.text)} {notes.label(item)}")
            if item.note:
                body.append(f"  *{words.NOTE}: {escape(item.note)}*")
        if section.key == "follow_up":
            body += [f"{box}{prompt}" for prompt in words.FOLLOW_UP_PROMPTS]
        lines += _section(escape(section.title or words.SECTION_TITLE[section.key]), body)
    lines += _section(words.LINKS, _links(answer.links, notes))
    lines += _source_list(notes)
    return "\n".join(lines).rstrip() + "\n"


def onboarding(note: OnboardingNote, explain: bool = False) -> str:
    notes = Footnotes(note.sources, note.origins if explain else None)
    role, other = note.role, note.other
    lines = [f"# {words.ONBOARDING_TITLE} {escape(role.abbreviation)}", ""]
    lines += [f"**{escape(role.name)} ({escape(role.abbreviation)}).** {escape(role.summary)}", ""]
    people = [(r, r.contacts) for r in (role, other) if r.contacts]
    lines += _section(words.CONTACTS, _contact_lines(people)[:-1])
    lines += _section(words.YOUR_DUTIES, _items(role.duties, notes))
    basis = [
        f"- **{words.ASPECT_LABEL[b.aspect]}:** {escape(b.text)} {notes.label(b)}"
        for b in role.basis
    ]
    lines += _section(words.YOUR_BASIS, basis)
    lines += _section(words.YOUR_AREAS, [_area_line(a) for a in note.own_areas])
    coordinate: list[str] = []
    for item in note.coordinate:
        coordinate += [f"### {escape(item.area.title)}", ""]
        for label, duties in (
            (words.YOU, item.own),
            (other.abbreviation, item.other),
            (words.TOGETHER, item.together),
        ):
            coordinate += [
                f"- **{escape(label)}:** {escape(d.text)} {notes.label(d)}" for d in duties
            ]
        coordinate.append("")
    lines += _section(f"{words.COORDINATE_WITH} {escape(other.abbreviation)}", coordinate[:-1])
    advice: list[str] = []
    for group in note.advice:
        advice += [f"### {escape(group.title)}", "", *_items(group.items, notes), ""]
    lines += _section(words.ADVICE, advice[:-1])
    lines += _section(words.LINKS, _links(note.links, notes))
    lines += _source_list(notes)
    return "\n".join(lines).rstrip() + "\n"
