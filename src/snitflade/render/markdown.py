"""Markdown for notes and onboarding documents. Pure: answers in, text out."""

from __future__ import annotations

import re
from collections.abc import Iterable

from snitflade.ask.answers import (
    AreaAnswer,
    CompareAnswer,
    GlossaryAnswer,
    RoleAnswer,
    SearchAnswer,
    SourceUse,
)
from snitflade.ask.checklists import Checklist, Meeting, OnboardingNote
from snitflade.folding import token_forms
from snitflade.render import words
from snitflade.render.footnotes import Footnotes
from snitflade.render.text import printable
from snitflade.render.words import Words
from snitflade.store.model import Area, Contact, Link, Role, Statement

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def escape(text: str) -> str:
    """Escape what Markdown would otherwise read as formatting; data is shown as written."""
    return _SPECIAL.sub(r"\\\1", printable(text))


def _items(w: Words, items: Iterable[Statement], notes: Footnotes) -> list[str]:
    lines = []
    for item in items:
        lines.append(f"- {escape(item.text)} {notes.label(item)}")
        if item.note:
            lines.append(f"  *{w.NOTE}: {escape(item.note)}*")
    return lines


def _section(title: str, body: list[str], level: int = 2) -> list[str]:
    return [f"{'#' * level} {title}", "", *body, ""] if body else []


def _links(links: Iterable[Link], notes: Footnotes) -> list[str]:
    lines = []
    for link in links:
        line = f"- [{escape(link.title)}](<{link.url}>) {notes.label(link)}"
        lines.append(line + (f" – {escape(link.note)}" if link.note else ""))
    return lines


def _source_list(w: Words, notes: Footnotes) -> list[str]:
    lines = []
    for number, cited, facts in notes.entries:
        label = escape(cited.label)
        text = f"[{label}](<{cited.source.url}>)" if cited.source.url else label
        if facts:
            text += f" ({', '.join(facts)})"
        lines.append(f"{number}. {text}")
    return _section(w.SOURCES, lines)


def _contact_lines(w: Words, contacts: Iterable[tuple[Role, tuple[Contact, ...]]]) -> list[str]:
    lines = [
        escape(w.contact_line(role.abbreviation, c.name, _details(c))) + "  "
        for role, people in contacts
        for c in people
    ]
    return [*lines, ""] if lines else []


def _details(contact: Contact) -> list[str]:
    return [d for d in (contact.email, contact.phone, contact.note) if d]


def _gloss(w: Words) -> list[str]:
    """In English, the Danish institutions the page names, glossed once at the top."""
    return [f"*{escape(w.GLOSS)}*", ""] if w.GLOSS else []


def _area_line(area: Area) -> str:
    return f"- `{area.id}` – {escape(area.title)}"


def _why(w: Words, answer: AreaAnswer) -> list[str]:
    match = answer.match
    lines = [f"> {escape(w.why_line(match.matched, match.field, match.how, match.score))}"]
    if match.others:
        others = ", ".join(f"{escape(m.area.title)} ({m.score:.2f})" for m in match.others)
        lines.append(f"> {w.ALSO_CLOSE}: {others}")
    return [*lines, ""]


def who(answer: AreaAnswer, why: bool = False, explain: bool = False, lang: str = "da") -> str:
    w = words.for_language(lang)
    area = answer.area
    notes = Footnotes(answer.sources, answer.origins if explain else None, answer.untranslated, w)
    groups = ", ".join(w.GROUP_LABEL[g] for g in area.groups)
    lines = [f"# {escape(area.title)}", ""]
    if why:
        lines += _why(w, answer)
    lines += [escape(area.summary), ""]
    lines += _gloss(w)
    lines += [f"*{w.LEAD_SENTENCE[area.lead]} · {groups}*", ""]
    lines += _contact_lines(w, answer.contacts)
    lines += _section(w.ROLE_LABEL["tr"], _items(w, answer.tr, notes) or [w.NOTHING])
    lines += _section(w.ROLE_LABEL["amr"], _items(w, answer.amr, notes) or [w.NOTHING])
    lines += _section(w.TOGETHER, _items(w, answer.shared, notes))
    lines += _section(w.LOCAL, _items(w, answer.local, notes))
    lines += _section(w.EMPLOYER, _items(w, answer.employer, notes))
    advice: list[str] = []
    for section in answer.advice:
        if section.title:
            advice += [f"### {escape(section.title)}", ""]
        advice += [*_items(w, section.items, notes), ""]
    lines += _section(w.ADVICE, advice[:-1] if advice else [])
    lines += _section(w.FACTS, _items(w, answer.facts, notes))
    lines += _section(w.LINKS, _links(answer.links, notes))
    lines += _section(w.SEE_ALSO, [_area_line(a) for a in answer.related])
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
    notes = Footnotes(answer.sources, answer.origins if explain else None, answer.untranslated, w)
    lines = [
        f"# {escape(found.name)} ({escape(found.abbreviation)})",
        "",
        escape(found.summary),
        "",
        *_gloss(w),
    ]
    lines += _contact_lines(w, [(found, found.contacts)] if found.contacts else [])
    lines += _section(w.DUTIES, _items(w, found.duties, notes))
    basis = []
    for item in found.basis:
        basis.append(
            f"- **{w.ASPECT_LABEL[item.aspect]}:** {escape(item.text)} {notes.label(item)}"
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
    notes = Footnotes(answer.sources, answer.origins if explain else None, answer.untranslated, w)
    lines = [f"# {w.COMPARE_TITLE}", "", *_gloss(w)]
    for row in answer.rows:
        lines += [f"## {w.ASPECT_LABEL[row.aspect]}", ""]
        for label, items in (("TR", row.tr), ("AMR", row.amr)):
            texts = [f"{escape(i.text)} {notes.label(i)}" for i in items]
            lines.append(f"- **{label}:** {' '.join(texts) if texts else '–'}")
        lines.append("")
    lines += _source_list(w, notes)
    return "\n".join(lines).rstrip() + "\n"


def sources(uses: Iterable[SourceUse], explain: bool = False, lang: str = "da") -> str:
    w = words.for_language(lang)
    lines = [f"# {w.SOURCES_TITLE}", ""]
    for use in uses:
        title = escape(use.source.title)
        text = f"[{title}](<{use.source.url}>)" if use.source.url else title
        lines.append(f"- {text} – `{use.source.id}`, {use.citations}")
    return "\n".join(lines) + "\n"


def search(answer: SearchAnswer, explain: bool = False, lang: str = "da") -> str:
    w = words.for_language(lang)
    notes = Footnotes(answer.sources, answer.origins if explain else None, answer.untranslated, w)
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
        parts.append(f"**{escape(piece)}**" if matched else escape(piece))
    return "".join(parts)


def glossary(answer: GlossaryAnswer, explain: bool = False, lang: str = "da") -> str:
    w = words.for_language(lang)
    notes = Footnotes(answer.sources, answer.origins if explain else None, answer.untranslated, w)
    lines = [f"# {w.GLOSSARY_TITLE}", ""]
    for term in answer.terms:
        name = f"**{escape(term.term)}**"
        if term.expansion:
            name += f" ({escape(term.expansion)})"
        line = f"- {name}: {escape(term.text)} {notes.label(term)}"
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


def checklist(answer: Checklist, explain: bool = False, lang: str = "da") -> str:
    w = words.for_language(lang)
    notes = Footnotes(answer.sources, answer.origins if explain else None, answer.untranslated, w)
    lines = [
        f"# {escape(w.checklist_title(answer.area.title if answer.area else None))}",
        "",
        *_gloss(w),
        *_meeting_lines(w, answer.meeting),
    ]
    for section in answer.sections:
        box = "- [ ] " if section.checkable else "- "
        body = []
        for item in section.items:
            prefix = f"{w.RAISE_WITH_MANAGEMENT}: " if section.key == "follow_up" else ""
            body.append(f"{box}{prefix}{escape(item.text)} {notes.label(item)}")
            if item.note:
                body.append(f"  *{w.NOTE}: {escape(item.note)}*")
        if section.key == "follow_up":
            body += [f"{box}{prompt}" for prompt in w.FOLLOW_UP_PROMPTS]
        lines += _section(escape(section.title or w.SECTION_TITLE[section.key]), body)
    lines += _section(w.LINKS, _links(answer.links, notes))
    lines += _source_list(w, notes)
    return "\n".join(lines).rstrip() + "\n"


def onboarding(note: OnboardingNote, explain: bool = False, lang: str = "da") -> str:
    w = words.for_language(lang)
    notes = Footnotes(note.sources, note.origins if explain else None, note.untranslated, w)
    role, other = note.role, note.other
    lines = [f"# {w.ONBOARDING_TITLE} {escape(role.abbreviation)}", "", *_gloss(w)]
    lines += [f"**{escape(role.name)} ({escape(role.abbreviation)}).** {escape(role.summary)}", ""]
    people = [(r, r.contacts) for r in (role, other) if r.contacts]
    lines += _section(w.CONTACTS, _contact_lines(w, people)[:-1])
    lines += _section(w.YOUR_DUTIES, _items(w, role.duties, notes))
    basis = [
        f"- **{w.ASPECT_LABEL[b.aspect]}:** {escape(b.text)} {notes.label(b)}" for b in role.basis
    ]
    lines += _section(w.YOUR_BASIS, basis)
    lines += _section(w.YOUR_AREAS, [_area_line(a) for a in note.own_areas])
    coordinate: list[str] = []
    for item in note.coordinate:
        coordinate += [f"### {escape(item.area.title)}", ""]
        for label, duties in (
            (w.YOU, item.own),
            (other.abbreviation, item.other),
            (w.TOGETHER, item.together),
        ):
            coordinate += [
                f"- **{escape(label)}:** {escape(d.text)} {notes.label(d)}" for d in duties
            ]
        coordinate.append("")
    lines += _section(f"{w.COORDINATE_WITH} {escape(other.abbreviation)}", coordinate[:-1])
    advice: list[str] = []
    for group in note.advice:
        advice += [f"### {escape(group.title)}", "", *_items(w, group.items, notes), ""]
    lines += _section(w.ADVICE, advice[:-1])
    lines += _section(w.LINKS, _links(note.links, notes))
    lines += _source_list(w, notes)
    return "\n".join(lines).rstrip() + "\n"
