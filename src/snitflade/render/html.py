"""Standalone, printable HTML: checklists, the booklet and the onboarding note. A4, boxes, lines.

Everything from the data is escaped. The page loads nothing from outside: no fonts, no
scripts, no images. Links are printed with their address, so paper keeps them readable.
"""

from __future__ import annotations

from html import escape as _escape

from snitflade import __version__
from snitflade.ask.checklists import Booklet, Checklist, Meeting, OnboardingNote
from snitflade.render import words
from snitflade.render.footnotes import Cites, Footnotes
from snitflade.render.text import link_target, printable
from snitflade.render.words import Words
from snitflade.store.model import Link, Statement

_PAGE_LANG = {"da": "da", "en": "en"}

STYLE = """
@page { size: A4; margin: 10mm 13mm; }
* { box-sizing: border-box; }
html { font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; font-size: 8.5pt;
       line-height: 1.25; color: #111; background: #fff; }
body { margin: 0; }
main { max-width: 182mm; margin: 0 auto; }
h1 { font-size: 14pt; margin: 0 0 2.5mm; }
h2 { font-size: 10pt; margin: 2.4mm 0 1mm; padding-bottom: 0.4mm;
     border-bottom: 0.3mm solid #444; }
ul { list-style: none; margin: 0; padding: 0; }
li { margin: 0 0 0.7mm; break-inside: avoid; page-break-inside: avoid; display: flex; gap: 2mm; }
li > div { flex: 1; }
.box { flex: none; width: 3.4mm; height: 3.4mm; border: 0.35mm solid #111; margin-top: 0.5mm; }
.dot { flex: none; width: 3.4mm; text-align: center; }
.note { font-style: italic; color: #333; }
.gloss { font-size: 7pt; color: #444; margin: 0 0 1.5mm; }
.mark { font-size: 7pt; color: #555; vertical-align: super; }
.meeting { display: grid; grid-template-columns: 26mm 1fr; row-gap: 1mm; margin: 0 0 1mm; }
.meeting dt { font-weight: bold; }
.meeting dd { margin: 0; min-height: 5mm; border-bottom: 0.25mm solid #888; }
.line { height: 4.5mm; border-bottom: 0.25mm solid #888; }
.links li, .sources li { font-size: 6.8pt; line-height: 1.2; }
.url { font-size: 6.8pt; color: #333; word-break: break-all; }
.sources { margin-top: 2mm; }
.sources h2, .links h2 { font-size: 9pt; margin: 2mm 0 0.8mm; }
.sources ol { margin: 0; padding-left: 5mm; }
.sources li { display: list-item; margin-bottom: 0.2mm; }
a { color: inherit; text-decoration: none; }
ol.steps { margin: 0; padding-left: 5mm; }
ol.steps li { display: list-item; }
.toc { columns: 2; column-gap: 8mm; padding-left: 6mm; margin: 0; }
.toc li { display: list-item; }
/* A page of its own per checklist; the notes fill what the checklist leaves of its page. */
.sheet { display: flex; flex-direction: column; min-height: 276mm; }
.sheet + .sheet { break-before: page; page-break-before: always; }
.notes { flex: 1 0 14mm; display: flex; flex-direction: column; }
.notes .lines { flex: 1; min-height: 10mm; background-image: repeating-linear-gradient(
  to bottom, transparent 0, transparent 6.2mm, #888 6.2mm, #888 6.45mm); }
.wwh { width: 100%; border-collapse: collapse; margin-top: 1mm; }
.wwh th { text-align: left; font-size: 8pt; border-bottom: 0.3mm solid #444; }
.wwh td { height: 6mm; border-bottom: 0.25mm solid #888; }
@media screen { body { padding: 10mm; background: #eee; }
  main { background: #fff; padding: 14mm 16mm; box-shadow: 0 0 3mm #999; }
  .sheet { min-height: 0; } .sheet + .sheet { margin-top: 12mm; border-top: 1mm dashed #bbb; } }
"""


_LINE = '<div class="line"></div>'


def esc(text: str) -> str:
    return _escape(printable(text), quote=True)


def _marks(item: Cites, notes: Footnotes) -> str:
    numbers = ",".join(str(n) for n in notes.marks(item))
    return f' <span class="mark">[{numbers}]</span>'


def _anchor(link: Link) -> str:
    """The link's title, a link only to https://, http:// or mailto: (never javascript:)."""
    target = link_target(link.url)
    if target is None:
        return esc(link.title)
    return f'<a href="{esc(target)}">{esc(link.title)}</a>'


def _meeting(w: Words, meeting: Meeting) -> str:
    rows = (
        (w.WORKPLACE, meeting.workplace or ""),
        (w.DATE, w.long_date(meeting.date) if meeting.date else ""),
        (w.PARTICIPANTS, ", ".join(meeting.participants)),
    )
    cells = "".join(f"<dt>{esc(label)}</dt><dd>{esc(value)}</dd>" for label, value in rows)
    return f'<dl class="meeting">{cells}</dl>'


def _item(
    w: Words, text: str, item: Statement | None, notes: Footnotes, box: bool, lines: int = 0
) -> str:
    mark = _marks(item, notes) if item is not None else ""
    note = ""
    if item is not None and item.note:
        note = f'<div class="note">{esc(w.NOTE)}: {esc(item.note)}</div>'
    blank = _LINE * lines
    lead = '<span class="box"></span>' if box else '<span class="dot">•</span>'
    said = notes.say(item, text) if item is not None else text
    return f"<li>{lead}<div>{esc(said)}{mark}{note}{blank}</div></li>"


def _who_what_when(w: Words) -> str:
    head = "".join(f"<th>{esc(label)}</th>" for label in w.WHO_WHAT_WHEN)
    rows = "<tr><td></td><td></td><td></td></tr>" * 3
    return f'<table class="wwh"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>'


def _sections(w: Words, answer: Checklist, notes: Footnotes) -> list[str]:
    parts = []
    for section in answer.sections:
        heading = section.title or w.SECTION_TITLE[section.key]
        items = []
        for line in section.items:
            lines = 1 if section.key == "questions" else 0
            items.append(_item(w, line.text, line.item, notes, section.checkable, lines))
        extra = ""
        if section.key == "follow_up":
            first, *rest = w.FOLLOW_UP_PROMPTS
            items.append(_item(w, first, None, notes, True))
            items += [_item(w, prompt, None, notes, True, 1) for prompt in rest]
            extra = _who_what_when(w)
        body = f"<ul>{''.join(items)}</ul>" if items else ""
        parts.append(f"<section><h2>{esc(heading)}</h2>{body}{extra}</section>")
    return parts


def _links_section(w: Words, links: tuple[Link, ...], notes: Footnotes) -> list[str]:
    if not links:
        return []
    items = "".join(
        f'<li><span class="dot">•</span><div>{_anchor(link)}'
        f"{_marks(link, notes)}"
        f'<br><span class="url">{esc(link.url)}</span></div></li>'
        for link in links
    )
    return [f'<section class="links"><h2>{esc(w.LINKS)}</h2><ul>{items}</ul></section>']


def _sources_section(w: Words, notes: Footnotes) -> list[str]:
    """The sources on paper: numbered titles and addresses, no internal codes."""
    sources = []
    for number, cited, _facts in notes.entries:
        text = esc(cited.label)
        if cited.source.url:
            text += f' <span class="url">{esc(cited.source.url)}</span>'
        sources.append(f'<li value="{number}">{text}</li>')
    if not sources:
        return []
    heading = f"<h2>{esc(w.SOURCES)}</h2>"
    return [f'<section class="sources">{heading}<ol>{"".join(sources)}</ol></section>']


def _notes_area(w: Words) -> str:
    return f'<section class="notes"><h2>{esc(w.NOTES)}</h2><div class="lines"></div></section>'


def _document(title: str, lang: str, body: list[str]) -> str:
    return (
        f'<!doctype html>\n<html lang="{_PAGE_LANG.get(lang, "da")}">\n<head>\n'
        '<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="snitflade {esc(__version__)}">\n'
        f"<title>{esc(title)}</title>\n<style>{STYLE}</style>\n</head>\n"
        f"<body><main>\n{chr(10).join(body)}\n</main></body>\n</html>\n"
    )


def _gloss(w: Words) -> list[str]:
    return [f'<p class="gloss">{esc(w.GLOSS_PAPER)}</p>'] if w.GLOSS_PAPER else []


def _sector(w: Words, sector: str | None) -> list[str]:
    return [f'<p class="gloss">{esc(w.showing(sector))}</p>'] if sector else []


def checklist(answer: Checklist, explain: bool = False, lang: str = "da") -> str:
    w = words.for_language(lang)
    notes = Footnotes.for_page(answer, explain, w)
    title = w.checklist_title(answer.area.title if answer.area else None)
    sheet = [f"<h1>{esc(title)}</h1>", *_gloss(w), *_sector(w, answer.sector)]
    sheet += [_meeting(w, answer.meeting), *_sections(w, answer, notes)]
    sheet += _links_section(w, answer.links, notes)
    sheet += [*_sources_section(w, notes), _notes_area(w)]
    return _document(title, lang, [f'<div class="sheet">{"".join(sheet)}</div>'])


def booklet(answer: Booklet, explain: bool = False, lang: str = "da") -> str:
    """Every topic's checklist, each starting on a new page, after a contents page."""
    w = words.for_language(lang)
    toc = "".join(f"<li>{esc(one.area.title)}</li>" for one in answer.checklists if one.area)
    front = [f"<h1>{esc(w.BOOKLET_TITLE)}</h1>", *_gloss(w), *_sector(w, answer.sector)]
    front += [_meeting(w, answer.meeting), f"<h2>{esc(w.CONTENTS)}</h2>"]
    front.append(f'<ol class="toc">{toc}</ol>')
    sheets = [f'<div class="sheet front">{"".join(front)}</div>']
    for one in answer.checklists:
        notes = Footnotes.for_page(one, explain, w)  # each page its own
        title = w.checklist_title(one.area.title if one.area else None)
        sheet = [f'<h2 class="topic">{esc(title)}</h2>', *_sections(w, one, notes)]
        sheet += _links_section(w, one.links, notes)
        sheet += [*_sources_section(w, notes), _notes_area(w)]
        sheets.append(f'<div class="sheet">{"".join(sheet)}</div>')
    return _document(w.BOOKLET_TITLE, lang, sheets)


def onboarding(note: OnboardingNote, explain: bool = False, lang: str = "da") -> str:
    """The "Godt i gang" note as a printable page: at most two A4 pages."""
    w = words.for_language(lang)
    notes = Footnotes.for_page(note, explain, w)
    role, other = note.role, note.other
    title = f"{w.ONBOARDING_TITLE} {role.abbreviation}"
    body = [f"<h1>{esc(title)}</h1>", *_gloss(w), *_sector(w, note.sector)]
    body.append(f"<p>{esc(w.onboarding_intro(role.abbreviation, other.abbreviation))}</p>")
    steps = "".join(
        f"<li>{esc(notes.say(step))}{_marks(step, notes)}</li>" for step in note.first_steps
    )
    if steps:
        body.append(
            f'<section><h2>{esc(w.FIRST_30_DAYS)}</h2><ol class="steps">{steps}</ol></section>'
        )
    rights = "".join(
        _item(w, f"{w.ASPECT_LABEL[b.aspect]}: {b.text}", b, notes, False) for b in note.rights
    )
    body.append(f"<section><h2>{esc(w.YOUR_RIGHTS)}</h2><ul>{rights}</ul></section>")
    if note.deadlines:
        items = "".join(
            _item(w, f"{w.amount(d.value, d.unit)}: {d.text}", d, notes, False)
            for d in note.deadlines
        )
        body.append(f"<section><h2>{esc(w.YOUR_DEADLINES)}</h2><ul>{items}</ul></section>")
    for heading, areas in (
        (w.TOPICS_YOU_LEAD, note.own_areas),
        (w.TOPICS_YOU_SHARE, note.shared_areas),
    ):
        listed = esc(", ".join(a.title for a in areas))
        body.append(f"<section><h2>{esc(heading)}</h2><p>{listed}</p></section>")
    people = [
        w.contact_line(r.abbreviation, c.name, [d for d in (c.email, c.phone, c.note) if d])
        for r in (role, other)
        for c in r.contacts
    ]
    about = f"{other.name} ({other.abbreviation}). {other.summary}"
    contacts = "".join(f"<p>{esc(line)}</p>" for line in [about, *people])
    heading = f"{w.COORDINATE_HEADING} {other.abbreviation}"
    body.append(f"<section><h2>{esc(heading)}</h2>{contacts}</section>")
    body += _links_section(w, note.links, notes)
    body += _sources_section(w, notes)
    return _document(title, lang, body)
